import Foundation

extension PackDiff {
    /// Reads two versions of a pack and compares them.
    ///
    /// Each file is read as `validate` reads it first (well-formed XML, the schema), without the
    /// checks that need the rest of a library, so an old version can be compared whatever the
    /// library around it has become.
    /// - Throws: `.cannotRun` when a file is missing, unreadable or not a pack, or when the two
    ///   are different packs; `.inputHasErrors` with the errors of both files when either has any.
    public static func load(old: String, new: String, loader: CurriculumLoader = CurriculumLoader())
        throws(PipelineFailure) -> PackDiff
    {
        try compare(old: readPackFile(old, loader: loader), new: readPackFile(new, loader: loader))
    }

    /// Compares two documents already read (a file, and a version found elsewhere).
    /// - Throws: as `load(old:new:loader:)`.
    public static func compare(old: LoadedDocument, new: LoadedDocument) throws(PipelineFailure) -> PackDiff {
        // The same file on both sides (or a NEW with errors and no approved version) reports once.
        let documents = old.file == new.file ? [new] : [old, new]
        let errors = documents.flatMap(\.diagnostics).filter { $0.severity == .error }
        if !errors.isEmpty {
            throw .inputHasErrors(DiagnosticReport(diagnostics: errors, files: documents.map(\.file)))
        }
        let oldPack = try pack(in: old)
        let newPack = try pack(in: new)
        guard oldPack.id == newPack.id else {
            throw .cannotRun(
                .load,
                "\(old.file) is pack \"\(oldPack.id)\" and \(new.file) is pack \"\(newPack.id)\": "
                    + "diff compares two versions of one pack")
        }
        return PackDiff(old: oldPack, new: newPack)
    }

    /// Reads `file`, refusing a missing path or a folder before reading.
    public static func readPackFile(_ file: String, loader: CurriculumLoader) throws(PipelineFailure) -> LoadedDocument {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            throw .cannotRun(.load, "\(file): no such file")
        }
        guard !isFolder.boolValue else { throw .cannotRun(.load, "\(file) is a folder; diff compares two pack files") }
        guard CurriculumLoader.isRegularFile(file) else {
            throw .cannotRun(.load, "\(file): not a regular file (a pipe, socket or device): Trellis reads only files")
        }
        do {
            return try loader.read(file)
        } catch {
            throw .cannotRun(.load, error.description)
        }
    }

    private static func pack(in document: LoadedDocument) throws(PipelineFailure) -> Pack {
        guard let pack = document.pack else {
            throw .cannotRun(.load, "\(document.file) is not a pack (its root element is not <pack>)")
        }
        return pack
    }
}
