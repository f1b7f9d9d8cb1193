import ArgumentParser
import Foundation
import Trellis

/// `trellis diff OLD NEW`, `trellis diff --since-approval NEW`: what changed between two
/// versions of a pack, and whether the version bump matches.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List what changed between two versions of a pack, and whether the version bump matches.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: ArgumentHelp("OLD.xml NEW.xml, or with --since-approval only NEW.xml.", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Compare NEW.xml with the version the program file approves (from --approved-copy or git).")
    var sinceApproval = false

    @Option(help: ArgumentHelp("With --since-approval: the approved version's file (default: found in git).", valueName: "file"))
    var approvedCopy: String?

    @OptionGroup var curricula: CurriculaOptions

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    @Flag(help: "Exit 1 when the version bump does not match the changes.")
    var check = false

    func validate() throws {
        if sinceApproval {
            guard files.count == 1 else { throw ValidationError("--since-approval compares one file, NEW.xml, with its approved version.") }
        } else {
            guard files.count == 2 else { throw ValidationError("diff needs two files, OLD.xml and NEW.xml (or --since-approval NEW.xml).") }
            if approvedCopy != nil { throw ValidationError("--approved-copy goes with --since-approval.") }
        }
    }

    func run() throws {
        try reportingFailures {
            let loader = try curricula.pipeline.loader
            let diff: PackDiff
            if sinceApproval {
                let new = try PackDiff.readPackFile(files[0], loader: loader)
                diff = try PackDiff.compare(old: approvedVersion(of: new, loader: loader), new: new)
            } else {
                diff = try PackDiff.load(old: files[0], new: files[1], loader: loader)
            }
            switch format {
            case .text: print(diff.text, terminator: "")
            case .markdown: print(diff.markdown, terminator: "")
            case .json: print(diff.json.pretty)
            }
            if check && !diff.verdict.matches { throw CommandFailure.inputHasErrors }
        }
    }

    /// The approved version of `new`'s pack: the program on the curricula path names the
    /// version; `--approved-copy` or git gives its text.
    private func approvedVersion(of new: LoadedDocument, loader: CurriculumLoader) throws -> LoadedDocument {
        // A NEW with errors, or not a pack, is compared with itself: compare() reports what is wrong.
        guard new.isValid, let pack = new.pack else { return new }
        let program = try curricula.pipeline.load([], path: curricula.path).library.program
        do {
            let approved = try ApprovedVersion(pack: pack.id, program: program)
            if let approvedCopy {
                return try approved.accept(PackDiff.readPackFile(approvedCopy, loader: loader))
            }
            let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
            guard let git = ApprovedVersion.git(searchPath: searchPath) else {
                throw ApprovedVersion.Failure.gitUnavailable("git is not on PATH")
            }
            return try approved.fromGit(file: new.file, git: git, reader: loader.reader)
        } catch let failure as ApprovedVersion.Failure {
            throw CommandFailure.cannotRun(Self.message(failure, pack: pack.id))
        }
    }

    private static func message(_ failure: ApprovedVersion.Failure, pack: String) -> String {
        switch failure {
        case .noProgram:
            "--since-approval needs the program file with its <approval> of \(pack), and none is on the curricula path; "
                + "pass --curricula DIR, or compare two files: trellis diff OLD.xml NEW.xml"
        case .noApproval(let pack, let program):
            "\(program) approves no version of \(pack); compare two files instead: trellis diff OLD.xml NEW.xml"
        case .wrongCopy(let file, let version, let approved):
            "\(file) is version \(version), but the approved version is \(approved); pass the approved version's file"
        case .gitUnavailable(let reason):
            "cannot look for the approved version in git (\(reason)); pass it with --approved-copy FILE"
        case .notInHistory(let file, let version, 0):
            "\(file) has no commits in git, so its approved version \(version) cannot be found there; "
                + "pass the approved version's file with --approved-copy FILE"
        case .notInHistory(let file, let version, let commits):
            "none of the last \(commits) commits that changed \(file) has version \(version); "
                + "pass the approved version's file with --approved-copy FILE"
        }
    }
}
