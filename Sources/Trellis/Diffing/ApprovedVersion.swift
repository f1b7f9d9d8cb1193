import Foundation

/// The version of a pack a program's clinical lead approved, and where to find its text: what
/// `diff --since-approval` compares a pack with.
///
/// The approval comes from the program file (`<approval pack version by date>`). The approved
/// text is a copy the caller names, or the pack file itself as it was in the most recent git
/// commit where it had the approved version.
public struct ApprovedVersion: Hashable, Sendable {
    /// Why the approved version cannot be found.
    public enum Failure: Error, Hashable, Sendable {
        /// No program file was loaded.
        case noProgram
        /// The program approves no version of the pack.
        case noApproval(pack: String, program: String)
        /// The copy named as the approved version has another version.
        case wrongCopy(file: String, version: String, approved: String)
        /// Git is not installed, the file is not in a repository, or git failed.
        case gitUnavailable(String)
        /// No commit within the limit has the file at the approved version.
        case notInHistory(file: String, version: String, commits: Int)
    }

    public var approval: Approval

    public init(approval: Approval) {
        self.approval = approval
    }

    /// The program's approval of `pack`: the latest by date, and of approvals on one date the
    /// last written (an approval names exactly one version; a program may keep older ones).
    public init(pack: String, program: Program?) throws(Failure) {
        guard let program else { throw .noProgram }
        var latest: Approval?
        for approval in program.approvals where approval.pack == pack {
            if let current = latest, approval.date < current.date { continue }
            latest = approval
        }
        guard let latest else { throw .noApproval(pack: pack, program: program.file) }
        self.init(approval: latest)
    }

    /// The approved version's number.
    public var version: String { approval.version }

    /// Accepts `copy` as the approved text when it has the approved version.
    public func accept(_ copy: LoadedDocument) throws(Failure) -> LoadedDocument {
        if let pack = copy.pack, pack.version != version {
            throw .wrongCopy(file: copy.file, version: pack.version, approved: version)
        }
        return copy
    }

    /// Most commits searched for the approved version.
    public static let commitLimit = 200

    /// The pack at `file` as it was in the most recent git commit (of the last `commitLimit`
    /// that changed it) where it was this pack at the approved version. The document's file is
    /// written `COMMIT:file`.
    /// - Parameter git: the git executable.
    public func fromGit(file: String, git: String, reader: DocumentReader) throws(Failure) -> LoadedDocument {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        let log = try Self.run(git, ["-C", folder, "log", "--format=%H", "-n", String(Self.commitLimit), "--", name])
        let commits = String(decoding: log, as: UTF8.self).split(separator: "\n").map(String.init)
        for commit in commits {
            // A commit where the file cannot be shown (a rename, a merge oddity) is passed over.
            guard let bytes = try? Self.run(git, ["-C", folder, "show", "\(commit):./\(name)"]) else { continue }
            let document = reader.read(bytes, file: "\(commit.prefix(10)):\(file)")
            if let pack = document.pack, pack.id == approval.pack, pack.version == version { return document }
        }
        throw .notInHistory(file: file, version: version, commits: commits.count)
    }

    /// Runs git and returns its standard output, or why it failed.
    private static func run(_ git: String, _ arguments: [String]) throws(Failure) -> [UInt8] {
        let result: ChildProcess.Result
        do {
            result = try ChildProcess(executable: git, arguments: arguments, timeout: 60).run(input: [])
        } catch {
            switch error {
            case .cannotStart(let reason): throw .gitUnavailable("git could not be started (\(reason))")
            case .timedOut: throw .gitUnavailable("git gave no answer within a minute")
            }
        }
        guard result.status == 0 else {
            let message = OneLine.escape(String(decoding: result.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            throw .gitUnavailable("git \(arguments.dropFirst(2).first ?? "") failed" + (message.isEmpty ? "" : ": \(message)"))
        }
        return result.stdout
    }

    /// The git executable on `searchPath` (the folders of `PATH`), if there is one.
    public static func git(searchPath: [String]) -> String? {
        ExternalEmitter.executable(named: ["git"], in: searchPath)
    }
}
