import Foundation
import Testing
import TrellisTestSupport

@testable import Trellis

/// `PackDiff` on edited copies of a bundled pack: each kind of edit a pack author makes, the
/// entries a reviewer reads for it, and the verdict on the version bump.
@Suite
struct DiffTests {
    static let original = Fixtures.bundledLibrary + "/packs/relapse-prevention.xml"

    /// The bundled pack's text with each `(old, new)` replacement made once; each must match.
    static func edited(_ replacements: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        var text = try String(contentsOfFile: original, encoding: .utf8)
        for (old, new) in replacements {
            let range = try #require(text.range(of: old), "the bundled pack no longer contains \(old)", sourceLocation: sourceLocation)
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// Writes `text` into a new temporary folder and diffs the bundled pack against it.
    static func diff(_ text: String) throws -> PackDiff {
        try withTemporaryFolder("diff", files: ["new.xml": text]) { folder in
            try PackDiff.load(old: original, new: folder.appendingPathComponent("new.xml").path)
        }
    }

    static func diff(_ replacements: [(String, String)], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PackDiff {
        try diff(edited(replacements, sourceLocation: sourceLocation))
    }

    static let version = ("version=\"1.1.0\"", "version=\"1.1.1\"")

    /// The whole text of session `id`, from `<session` to `</session>`.
    static func session(_ id: String) throws -> String {
        let text = try String(contentsOfFile: original, encoding: .utf8)
        let start = try #require(text.range(of: "<session id=\"\(id)\""))
        let end = try #require(text.range(of: "</session>", range: start.upperBound..<text.endIndex))
        return String(text[start.lowerBound..<end.upperBound])
    }

    // MARK: Edits and verdicts

    @Test func theSameFileHasNoDifferencesAndItsVersionMatches() throws {
        let diff = try PackDiff.load(old: Self.original, new: Self.original)
        #expect(diff.isEmpty)
        #expect(diff.requiredBump == .none)
        #expect(diff.verdict.status == .matches)
        #expect(diff.text.contains("No differences."))
        #expect(diff.text.hasSuffix("Version: 1.1.0 → 1.1.0: nothing changed.\n"))
    }

    @Test func aRemovedSessionNeedsANewMajor() throws {
        let diff = try Self.diff([(Self.session("rp-04"), ""), ("version=\"1.1.0\"", "version=\"1.2.0\"")])
        #expect(diff.sessions.map(\.id) == ["rp-04"])
        let entry = try #require(diff.sessions.first)
        #expect(entry.kind == .removed)
        #expect(entry.module == "core")
        #expect(entry.title == "Seemingly irrelevant decisions")
        #expect(diff.handouts.isEmpty, "the handout rp-04 gave out stays in the pack")
        #expect(diff.modules.map(\.id) == [], "the module's remaining sessions keep their order")
        let verdict = diff.verdict
        #expect(verdict.required == .major)
        #expect(verdict.actual == .minor)
        #expect(verdict.status == .tooSmall)
        #expect(verdict.suggested == "2.0.0")
        #expect(verdict.reasons == ["session rp-04 removed"])
        #expect(
            verdict.sentence
                == "1.1.0 → 1.2.0 is a MINOR, but the changes need at least a MAJOR (2.0.0): session rp-04 removed.")

        let raised = try Self.diff([(Self.session("rp-04"), ""), ("version=\"1.1.0\"", "version=\"2.0.0\"")])
        #expect(raised.verdict.status == .matches)
        #expect(raised.verdict.sentence == "1.1.0 → 2.0.0 is a MAJOR, and the changes need a MAJOR: matches.")
    }

    @Test func aRenamedSessionIsOneRemovedAndOneAdded() throws {
        let diff = try Self.diff([("<session id=\"rp-04\"", "<session id=\"rp-04b\""), ("version=\"1.1.0\"", "version=\"1.2.0\"")])
        #expect(diff.sessions.map(\.id) == ["rp-04", "rp-04b"])
        #expect(diff.sessions.map(\.kind) == [.removed, .added])
        #expect(diff.verdict.required == .major)
        #expect(diff.verdict.status == .tooSmall)
    }

    @Test func aChangedHandoutSentenceNeedsAMinor() throws {
        let diff = try Self.diff([
            ("<p>A lapse is a slip. It is one time of using.</p>", "<p>A lapse is a slip: one time of using.</p>")
        ])
        #expect(diff.sessions.isEmpty)
        let handout = try #require(diff.handouts.first)
        #expect(diff.handouts.count == 1)
        #expect(handout.id == "rp-h01")
        #expect(handout.kind == .changed)
        #expect(
            handout.changes == [
                PackChange(
                    .text, .changed, part: "paragraph", before: "A lapse is a slip. It is one time of using.",
                    after: "A lapse is a slip: one time of using.", bump: .minor)
            ])
        #expect(handout.bump == .minor)
        let verdict = diff.verdict
        #expect(verdict.status == .notRaised)
        #expect(verdict.required == .minor)
        #expect(verdict.actual == nil)
        #expect(verdict.suggested == "1.2.0")
        #expect(verdict.reasons == ["handout rp-h01: text changed"])
        #expect(diff.text.contains("  ~ rp-h01 “My early warning signs” changed [MINOR]"))
        #expect(diff.text.contains("Version: version not raised (1.1.0 → 1.1.0); the changes need a MINOR (1.2.0)"))
    }

    @Test func aFacilitatorScriptEditNeedsOnlyAPatch() throws {
        let diff = try Self.diff([
            ("Write answers on the board.", "Write a few answers on the board."), Self.version,
        ])
        #expect(diff.handouts.isEmpty)
        let session = try #require(diff.sessions.first)
        #expect(diff.sessions.count == 1)
        #expect(session.id == "rp-01")
        let change = try #require(session.changes.first)
        #expect(session.changes.count == 1)
        #expect(change.aspect == .script)
        #expect(change.kind == .changed)
        #expect(change.part == "paragraph")
        #expect(change.activity == ActivityLabel(position: 2, kind: "teach", title: "A slip is not the whole road"))
        #expect(change.bump == .patch)
        #expect(diff.verdict.status == .matches)
        #expect(diff.verdict.required == .patch)
        // The reviewer reads the changed words with a little context, not the whole paragraph.
        #expect(
            change.quotation
                == .beforeAfter(
                    before: "“…down the stairs?\" Write answers on the board.”",
                    after: "“…down the stairs?\" Write a few answers on the board.”"))
    }

    @Test func aCautionIsFacilitatorTextButAnObjectiveIsParticipantText() throws {
        let caution = try Self.diff([
            ("Keep answers brief and general", "Keep every answer brief and general"), Self.version,
        ])
        #expect(caution.sessions.first?.changes.map(\.aspect) == [.caution])
        #expect(caution.verdict.status == .matches)

        let objective = try Self.diff([
            (
                "<objective>Name at least two of your own early warning signs.</objective>",
                "<objective>Name at least two of your own early warning signs.</objective>\n"
                    + "      <objective>Tell one person about a sign.</objective>"
            ),
            Self.version,
        ])
        let change = try #require(objective.sessions.first?.changes.first)
        #expect(change.aspect == .objective)
        #expect(change.kind == .added)
        #expect(change.after == "Tell one person about a sign.")
        #expect(change.headline == "objective added")
        #expect(change.quotation == .inline("“Tell one person about a sign.”"))
        #expect(objective.verdict.status == .tooSmall)
        #expect(objective.verdict.suggested == "1.2.0")
    }

    @Test func changedMinutesNeedAMinor() throws {
        let diff = try Self.diff([
            ("<session id=\"rp-01\" title=\"Lapse and relapse\" minutes=\"60\">", "<session id=\"rp-01\" title=\"Lapse and relapse\" minutes=\"65\">"),
            ("<activity kind=\"wrap-up\" minutes=\"9\" title=\"Wrap-up\">", "<activity kind=\"wrap-up\" minutes=\"14\" title=\"Wrap-up\">"),
            ("version=\"1.1.0\"", "version=\"1.2.0\""),
        ])
        let session = try #require(diff.sessions.first)
        #expect(session.id == "rp-01")
        #expect(session.changes.map(\.aspect) == [.minutes, .minutes])
        #expect(session.changes.map(\.activity?.position) == [nil, 5])
        #expect(session.changes.map(\.before) == ["60", "9"])
        #expect(session.changes.map(\.after) == ["65", "14"])
        #expect(session.changes.map(\.bump) == [.minor, .minor])
        #expect(session.changes[0].quotation == .inline("60 → 65"))
        #expect(diff.verdict.status == .matches)
        #expect(diff.text.contains("      activity 5 “Wrap-up” (wrap-up), minutes changed: 9 → 14"))
    }

    @Test func aRemovedActivityAndANewPrerequisiteNeedAMinor() throws {
        let rp01 = try Self.session("rp-01")
        let start = try #require(rp01.range(of: "<activity kind=\"wrap-up\""))
        let end = try #require(rp01.range(of: "</activity>", range: start.upperBound..<rp01.endIndex))
        let diff = try Self.diff([
            (String(rp01[start.lowerBound..<end.upperBound]), ""),
            (
                "<objective>Choose one way to avoid or prepare for your riskiest situation.</objective>",
                "<objective>Choose one way to avoid or prepare for your riskiest situation.</objective>\n"
                    + "      <requires ref=\"rp-01\"/>"
            ),
            ("version=\"1.1.0\"", "version=\"1.2.0\""),
        ])
        #expect(diff.sessions.map(\.id) == ["rp-01", "rp-02"])
        let removed = try #require(diff.sessions.first?.changes.first)
        #expect(removed.aspect == .activity)
        #expect(removed.kind == .removed)
        #expect(removed.activity == ActivityLabel(position: 5, kind: "wrap-up", title: "Wrap-up"))
        #expect(removed.before == "wrap-up, 9 minutes")
        #expect(removed.bump == .minor)
        let prerequisite = try #require(diff.sessions.last?.changes.first)
        #expect(prerequisite.aspect == .prerequisite)
        #expect(prerequisite.kind == .added)
        #expect(prerequisite.after == "rp-01")
        #expect(diff.verdict.status == .matches)
    }

    @Test func movedSessionsChangeTheModulesOrder() throws {
        let rp02 = try Self.session("rp-02")
        let rp03 = try Self.session("rp-03")
        var text = try Self.edited([Self.version])
        let first = try #require(text.range(of: rp02))
        text.replaceSubrange(first, with: "@@RP02@@")
        let second = try #require(text.range(of: rp03))
        text.replaceSubrange(second, with: rp02)
        text = text.replacingOccurrences(of: "@@RP02@@", with: rp03)
        let diff = try Self.diff(text)
        #expect(diff.sessions.isEmpty, "each session is unchanged; only the order changed")
        let module = try #require(diff.modules.first)
        #expect(module.id == "core")
        #expect(module.changes.map(\.aspect) == [.sessionOrder])
        #expect(module.changes.first?.before?.hasPrefix("rp-01, rp-02, rp-03") == true)
        #expect(module.changes.first?.after?.hasPrefix("rp-01, rp-03, rp-02") == true)
        #expect(diff.verdict.status == .tooSmall)
        #expect(diff.verdict.required == .minor)
    }

    // MARK: Loading

    @Test func twoDifferentPacksMissingFilesAndBrokenFilesCannotBeCompared() throws {
        let other = Fixtures.bundledLibrary + "/packs/mindfulness.xml"
        #expect {
            try PackDiff.load(old: Self.original, new: other)
        } throws: { error in
            guard case .cannotRun(_, let message) = error as? PipelineFailure else { return false }
            return message.contains("is pack \"relapse-prevention\"") && message.contains("is pack \"mindfulness\"")
        }
        #expect {
            try PackDiff.load(old: Self.original, new: "/nonexistent/new.xml")
        } throws: { error in
            guard case .cannotRun(_, let message) = error as? PipelineFailure else { return false }
            return message == "/nonexistent/new.xml: no such file"
        }
        let broken = try Self.edited([("<session id=\"rp-01\"", "<session ident=\"rp-01\"")])
        #expect {
            try Self.diff(broken)
        } throws: { error in
            guard case .inputHasErrors(let report) = error as? PipelineFailure else { return false }
            return report.errorCount > 0 && report.files.count == 2
        }
    }

    // MARK: Versions

    @Test func versionsAreThreeWholeNumbersAndRaisingNeverOverflows() {
        #expect(SemanticVersion("1.2.3") == SemanticVersion(major: 1, minor: 2, patch: 3))
        for bad in ["1.2", "1.2.3.4", "v1.2.3", "1..3", "1.2.-3", "99999999999999999999.0.0", ""] {
            #expect(SemanticVersion(bad) == nil, "\(bad)")
        }
        let version = SemanticVersion(major: 1, minor: 2, patch: 3)
        #expect(version.raised(by: .patch)?.description == "1.2.4")
        #expect(version.raised(by: .minor)?.description == "1.3.0")
        #expect(version.raised(by: .major)?.description == "2.0.0")
        #expect(SemanticVersion(major: Int.max, minor: 0, patch: 0).raised(by: .major) == nil)
        #expect(version.bump(to: SemanticVersion(major: 1, minor: 2, patch: 3)) == .none)
        #expect(version.bump(to: SemanticVersion(major: 1, minor: 1, patch: 9)) == .none)
        #expect(version.bump(to: SemanticVersion(major: 1, minor: 3, patch: 0)) == .minor)
        #expect(version.bump(to: SemanticVersion(major: 2, minor: 0, patch: 0)) == .major)
    }

    @Test func aVersionThatIsNotSemanticCannotBeJudged() throws {
        let diff = try Self.diff([("version=\"1.1.0\"", "version=\"next\"")])
        #expect(diff.isEmpty)
        #expect(diff.verdict.status == .unreadable)
        #expect(diff.verdict.sentence == "cannot compare 1.1.0 → next: \"next\" is not MAJOR.MINOR.PATCH.")
    }

    // MARK: Output

    @Test func textMarkdownAndJSONReadAsTheSnapshotsShow() throws {
        let text = try Self.edited([
            (Self.session("rp-04"), ""),
            ("<p>A lapse is a slip. It is one time of using.</p>", "<p>A lapse is a slip: one time of using.</p>"),
            ("Write answers on the board.", "Write a few answers on the board."),
            ("<activity kind=\"wrap-up\" minutes=\"9\" title=\"Wrap-up\">", "<activity kind=\"wrap-up\" minutes=\"10\" title=\"Wrap-up\">"),
            ("<activity kind=\"discussion\" minutes=\"6\"", "<activity kind=\"discussion\" minutes=\"5\""),
            Self.version,
        ])
        // Read from bytes under fixed names, so the snapshots do not name a temporary folder.
        let reader = DocumentReader()
        let old = reader.read(Array(try Data(contentsOf: URL(fileURLWithPath: Self.original))), file: "old/relapse-prevention.xml")
        let new = reader.read(Array(text.utf8), file: "new/relapse-prevention.xml")
        let diff = try PackDiff.compare(old: old, new: new)
        try Snapshot.assertMatches(diff.text, named: "diff-relapse-prevention.txt")
        try Snapshot.assertMatches(diff.markdown, named: "diff-relapse-prevention.md")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(diff.json.pretty.utf8)) as? [String: Any])
        #expect(Array(json.keys).sorted() == ["changes", "handouts", "modules", "new", "old", "pack", "sessions", "title", "verdict"])
        let verdict = try #require(json["verdict"] as? [String: Any])
        #expect(verdict["status"] as? String == "too-small")
        #expect(verdict["required"] as? String == "major")
        #expect(verdict["actual"] as? String == "patch")
        #expect(verdict["suggested"] as? String == "2.0.0")
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["id"] as? String } == ["rp-01", "rp-04"])
        #expect(sessions.map { $0["kind"] as? String } == ["changed", "removed"])
    }

    @Test func textFromTheFileCannotForgeLinesOrMarkup() throws {
        let diff = try Self.diff([
            ("<p>A lapse is a slip. It is one time of using.</p>", "<p>A lapse is a slip. It is one time of using.</p><p>Fake&#13;&#10;Version: matches | # *bold*</p>"),
            ("title=\"My early warning signs\">", "title=\"My *early* signs&#10;## Heading\">"),
        ])
        #expect(!diff.text.contains("\nVersion: matches"))
        #expect(!diff.text.contains("\n## Heading"))
        #expect(diff.markdown.contains("\\*early\\*"))
        #expect(!diff.markdown.contains("\n## Heading"))
    }

    // MARK: Alignment

    @Test func listsAlignKeptRewordedMovedAddedAndRemovedItems() {
        let alignment = ListAlignment(old: ["a", "b", "c", "d", "e"], new: ["a", "c", "B", "e", "f", "d"], key: { $0 })
        // b has no match in its place (d, which was there, moved to the end), so it is removed
        // and B added; e is kept, f added.
        #expect(
            alignment.steps == [.same(0, 0), .removed(1), .same(2, 1), .added(2), .same(4, 3), .added(4), .moved(3, 5)])
        // Every old index and every new index appears exactly once.
        var olds: [Int] = []
        var news: [Int] = []
        for step in alignment.steps {
            switch step {
            case .same(let i, let j), .changed(let i, let j), .moved(let i, let j):
                olds.append(i)
                news.append(j)
            case .removed(let i): olds.append(i)
            case .added(let j): news.append(j)
            }
        }
        #expect(olds.sorted() == Array(0..<5))
        #expect(news.sorted() == Array(0..<6))
    }

    @Test func aRewordedItemInPlaceIsOneChange() {
        let alignment = ListAlignment(old: ["a", "b", "c"], new: ["a", "B", "c"], key: { $0 })
        #expect(alignment.steps == [.same(0, 0), .changed(1, 1), .same(2, 2)])
    }

    @Test func longListsAreMatchedWithoutATable() {
        // 3000 × 3000 is past the table limit: matched by hashing, still every item once.
        let old = (0..<3000).map { "item \($0)" }
        var new = old.reversed().map { $0 }
        new[0] = "new item"
        let alignment = ListAlignment(old: old, new: new, key: { $0 })
        #expect(alignment.steps.count >= 3000)
        #expect(alignment.steps.filter { if case .added = $0 { true } else { false } }.count <= 1)
    }

    // MARK: Approval

    @Test func theLatestApprovalOfAPackIsTheOneCompared() throws {
        let date = { (day: Int) in try #require(CalendarDate(year: 2026, month: 11, day: day)) }
        let program = Program(
            id: "p", version: "1.0.0", name: "P",
            approvals: [
                Approval(pack: "relapse-prevention", version: "1.0.0", by: "A", date: try date(1)),
                Approval(pack: "relapse-prevention", version: "1.1.0", by: "A", date: try date(20)),
                Approval(pack: "mindfulness", version: "3.0.0", by: "A", date: try date(25)),
                Approval(pack: "relapse-prevention", version: "0.9.0", by: "A", date: try date(2)),
            ])
        #expect(try ApprovedVersion(pack: "relapse-prevention", program: program).version == "1.1.0")
        #expect(throws: ApprovedVersion.Failure.noApproval(pack: "aftercare", program: "program")) {
            try ApprovedVersion(pack: "aftercare", program: program)
        }
        #expect(throws: ApprovedVersion.Failure.noProgram) { try ApprovedVersion(pack: "aftercare", program: nil) }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func theApprovedVersionIsFoundInGitHistory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-diff-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
        let file = folder.appendingPathComponent("relapse-prevention.xml")
        try git("init", "-q")
        try Data(try Self.edited([]).utf8).write(to: file)
        try git("add", "relapse-prevention.xml")
        try git("commit", "-q", "-m", "1.1.0, approved")
        try Data(try Self.edited([("version=\"1.1.0\"", "version=\"1.2.0\""), ("Write answers", "Write two answers")]).utf8).write(to: file)
        try git("commit", "-q", "-a", "-m", "1.2.0")
        try Data(try Self.edited([("version=\"1.1.0\"", "version=\"1.3.0\""), ("Write answers", "Write three answers")]).utf8).write(to: file)

        let approved = ApprovedVersion(
            approval: Approval(pack: "relapse-prevention", version: "1.1.0", by: "A", date: try #require(CalendarDate("2026-12-01"))))
        let old = try approved.fromGit(file: file.path, git: "/usr/bin/git", reader: DocumentReader())
        #expect(old.pack?.version == "1.1.0")
        #expect(old.file.hasSuffix(":\(file.path)"))
        let diff = try PackDiff.compare(old: old, new: PackDiff.readPackFile(file.path, loader: CurriculumLoader()))
        #expect(diff.old.version == "1.1.0")
        #expect(diff.new.version == "1.3.0")
        #expect(diff.sessions.first?.changes.first?.after?.contains("Write three answers") == true)

        let missing = ApprovedVersion(
            approval: Approval(pack: "relapse-prevention", version: "0.5.0", by: "A", date: try #require(CalendarDate("2026-12-01"))))
        #expect(throws: ApprovedVersion.Failure.notInHistory(file: file.path, version: "0.5.0", commits: 2)) {
            try missing.fromGit(file: file.path, git: "/usr/bin/git", reader: DocumentReader())
        }
    }
}
