/// What a check covers.
public enum CheckScope: Sendable {
    /// The documents the user named (every file on the curricula path when none), and every
    /// module written in code: what `validate` reports on.
    case inputs
    /// One track and every pack and module it uses: what `plan`, `coverage` and `render` check
    /// before they do anything. Errors in packs the track does not use do not count.
    case track(Track)
    /// One pack, its translations and the program files: what `preview` checks before it
    /// renders the pack. Errors in other packs do not count.
    case pack(Pack)

    /// The documents and modules in scope.
    func resolve(library: CurriculumLibrary, registry: PluginRegistry)
        -> (documents: [LoadedDocument], modules: [any CurriculumModule])
    {
        let allModules = registry.modules.keys.sorted().flatMap { registry.modules[$0]! }
        switch self {
        case .inputs:
            let documents = library.inputDocuments
            let files = Set(documents.map(\.file))
            let modules = allModules.filter { module in
                guard let pack = (module as? PackModule)?.pack else { return true }
                return files.contains(pack.file)
            }
            return (documents, modules)
        case .track(let track):
            var namespaces = Set<String>()
            var codeModules: [any CurriculumModule] = []
            var seen = Set<Reference>()
            for item in track.streams.flatMap(\.items) {
                let module: (any CurriculumModule)? =
                    switch item.kind {
                    case .module: registry.module(item.reference)
                    case .session: registry.session(item.reference)?.module
                    }
                guard let module else { continue }
                if module is PackModule {
                    namespaces.insert(module.namespace)
                } else if seen.insert(Reference(pack: module.namespace, local: module.id)).inserted {
                    codeModules.append(module)
                }
            }
            let packFiles = Set(
                allModules.compactMap { ($0 as? PackModule)?.pack }.filter { namespaces.contains($0.id) }.map(\.file))
            // The program files shape what the track prints (contacts, protocols, approvals).
            let documents = library.documents.filter {
                $0.file == track.file || packFiles.contains($0.file) || $0.program != nil
                    || $0.translation.map { namespaces.contains($0.pack) } == true
            }
            let packModules = allModules.filter { module in
                guard let pack = (module as? PackModule)?.pack else { return false }
                return packFiles.contains(pack.file)
            }
            return (documents, packModules + codeModules)
        case .pack(let pack):
            let documents = library.documents.filter {
                $0.file == pack.file || $0.program != nil || $0.translation.map { $0.pack == pack.id } == true
            }
            let modules = allModules.filter { ($0 as? PackModule)?.pack.file == pack.file }
            return (documents, modules)
        }
    }
}
