import Foundation
import Testing
import Trellis

/// `preview`: a pack no track uses, rendered as its guide pages and handouts will print, with
/// no dates and every session's clock from 00:00.
@Suite
struct PreviewTests {
    /// A draft pack that no track uses: two sessions in two modules, a caution and a script
    /// that only facilitators may see, two handouts given out and one no session uses yet.
    static let draftPack = """
        <?xml version="1.0" encoding="UTF-8"?>
        <pack xmlns="urn:trellis:curriculum:1" id="draft" version="0.1.0">
          <title>Draft Pack</title>
          <summary>A pack written before any track uses it.</summary>
          <review date="2026-06-01" by="Test committee"/>
          <module id="first" title="First steps">
            <session id="d-01" title="Getting Started" minutes="45">
              <objective>Name one goal for the group.</objective>
              <material>Pens</material>
              <caution>Facilitator caution seventeen, never shown to members.</caution>
              <activity kind="check-in" minutes="10" title="Arriving"/>
              <activity kind="teach" minutes="20" title="The idea">
                <script><p>Facilitator script eleven, never shown to members.</p></script>
                <prompt>What brought you here today?</prompt>
              </activity>
              <activity kind="worksheet" minutes="15" title="My goal" handout="h-goal"/>
            </session>
          </module>
          <module id="second" title="Next steps">
            <session id="d-02" title="Keeping Going" minutes="30">
              <objective>Plan one next step.</objective>
              <activity kind="worksheet" minutes="25" title="My next step" handout="h-step"/>
              <activity kind="wrap-up" minutes="5" title="Closing"/>
            </session>
          </module>
          <handout id="h-goal" title="My Goal">
            <p>Write one goal.</p>
            <field label="My goal" lines="2"/>
          </handout>
          <handout id="h-step" title="My Next Step">
            <p>Write one step.</p>
            <field label="My step" lines="1"/>
          </handout>
          <handout id="h-later" title="For Later">
            <p>Keep this for later.</p>
          </handout>
        </pack>
        """

    let folder: URL
    let pipeline = Pipeline(today: Fixtures.today)

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.draftPack.utf8).write(to: folder.appendingPathComponent("draft.xml"))
    }

    var path: CurriculaPath { CurriculaPath(directories: [folder.path]) }

    func preview(_ request: PreviewRequest = PreviewRequest()) throws -> [String: String] {
        let prepared = try pipeline.prepare(pack: "draft", path: path)
        #expect(prepared.workspace.library.tracks.isEmpty)
        let files = try pipeline.preview(prepared, request).files
        return Dictionary(files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }) { first, _ in first }
    }

    @Test func aPackNoTrackUsesGetsEverySessionWithClocksFromZeroAndNoDates() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try preview()
        #expect(
            Set(files.keys) == [
                "index.html", "facilitator-guide.md", "facilitator-guide.html",
                "handouts/draft--h-goal.md", "handouts/draft--h-goal.html", "handouts/draft--h-step.md",
                "handouts/draft--h-step.html", "handouts/draft--h-later.md", "handouts/draft--h-later.html",
            ])
        let guide = try #require(files["facilitator-guide.md"])
        // Each session as a guide prints it, in pack order, each on the clock from 00:00.
        let first = try #require(guide.range(of: "### 00:00–00:45 · Session 1 of 2: Getting Started"))
        let second = try #require(guide.range(of: "### 00:00–00:30 · Session 2 of 2: Keeping Going"))
        #expect(first.upperBound < second.lowerBound)
        for line in [
            "| 00:00–00:10 | Arriving | 10 |", "| 00:10–00:30 | The idea | 20 |", "| 00:30–00:45 | My goal | 15 |",
            "| 00:00–00:25 | My next step | 25 |", "| 00:25–00:30 | Closing | 5 |", "- [ ] 00:30–00:45 My goal",
            "## First steps", "## Next steps", "**Print one per member:** My Goal",
            "Facilitator caution seventeen", "Facilitator script eleven", "**Ask members:** What brought you here today?",
        ] {
            #expect(guide.contains(line), "the preview guide has no \(line)")
        }
        // No track, so no dates, weeks or group size anywhere.
        for (path, text) in files {
            #expect(text.firstMatch(of: /20\d\d|January|Monday|[Ww]eek \d|group size/) == nil, "\(path) prints a date or week")
        }
        let html = try #require(files["facilitator-guide.html"])
        #expect(html.contains("<h3>00:00–00:45 · Session 1 of 2: Getting Started</h3>"))
        #expect(html.contains("<div class=\"preview-session\" id=\"session-d-02\">"))
        #expect(html.components(separatedBy: "<article class=\"session\">").count - 1 == 2)
    }

    @Test func everyHandoutIsPrintedForMembersWithAPreviewFooterAndNoFacilitatorText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try preview()
        let goal = try #require(files["handouts/draft--h-goal.md"])
        #expect(goal.contains("# My Goal"))
        #expect(goal.hasSuffix("Draft Pack · Preview · Getting Started\n"))
        #expect(try #require(files["handouts/draft--h-later.md"]).hasSuffix("Draft Pack · Preview · no session uses it\n"))
        #expect(try #require(files["handouts/draft--h-step.html"]).contains("<p>Draft Pack · Preview · Keeping Going</p>"))
        for (path, text) in files where path.hasPrefix("handouts/") {
            #expect(!text.contains("Facilitator caution seventeen") && !text.contains("Facilitator script eleven"), "\(path)")
            #expect(!text.contains("What brought you here"), "\(path) carries a prompt")
        }
        let index = try #require(files["index.html"])
        #expect(index.contains("<a href=\"facilitator-guide.html#session-d-01\">1. Getting Started</a>"))
        #expect(index.contains("<a href=\"handouts/draft--h-goal.html\">My Goal</a>"))
        #expect(index.contains("<a href=\"handouts/draft--h-later.md\">Markdown</a>"))
    }

    @Test func oneSessionBringsOnlyTheHandoutsItGivesOut() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try preview(PreviewRequest(session: "d-02", formats: ["markdown"]))
        #expect(Set(files.keys) == ["index.html", "facilitator-guide.md", "handouts/draft--h-step.md"])
        let guide = try #require(files["facilitator-guide.md"])
        #expect(guide.contains("### 00:00–00:30 · Session 2 of 2: Keeping Going"))
        #expect(guide.contains("Only session d-02 of this pack."))
        #expect(!guide.contains("Getting Started"))
        #expect(!guide.contains("## First steps"))
    }

    @Test func anUnknownSessionOrFormatCannotRunAndNamesWhatThereIs() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let prepared = try pipeline.prepare(pack: "draft", path: path)
        #expect {
            _ = try pipeline.preview(prepared, PreviewRequest(session: "d-09"))
        } throws: { error in
            guard case .cannotRun(.render, let message) = error as? PipelineFailure else { return false }
            return message == "draft has no session \"d-09\"; its sessions are d-01, d-02"
        }
        #expect {
            _ = try pipeline.preview(prepared, PreviewRequest(formats: ["epub"]))
        } throws: { error in
            guard case .cannotRun(_, let message) = error as? PipelineFailure else { return false }
            return message.contains("choose from markdown, html, pdf")
        }
        #expect {
            _ = try pipeline.prepare(pack: "nothing", path: path)
        } throws: { error in
            guard case .cannotRun(.load, let message) = error as? PipelineFailure else { return false }
            return message.contains("packs found: draft")
        }
    }

    @Test func aPackWithErrorsStopsWithItsReport() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // The session's activities add up to 45 of its 40 minutes.
        let broken = Self.draftPack.replacingOccurrences(of: "minutes=\"45\"", with: "minutes=\"40\"")
        let file = folder.appendingPathComponent("broken.xml")
        try Data(broken.utf8).write(to: file)
        #expect {
            _ = try pipeline.prepare(pack: file.path, path: CurriculaPath(directories: []))
        } throws: { error in
            guard case .inputHasErrors(let report) = error as? PipelineFailure else { return false }
            return report.errorCount > 0
        }
    }

    @Test func previewingAgainGivesTheSameBytes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let prepared = try pipeline.prepare(pack: "draft", path: path)
        let first = try pipeline.preview(prepared).files
        #expect(first == (try pipeline.preview(prepared).files))
    }

    @Test func aBundledPackPreviewsEverySessionAndHandout() throws {
        try? FileManager.default.removeItem(at: folder)
        let prepared = try pipeline.prepare(pack: "mindfulness", path: CurriculaPath(directories: [Fixtures.bundledLibrary]))
        let previewed = try pipeline.preview(prepared, PreviewRequest(formats: ["html"]))
        #expect(previewed.preview.sessions.map(\.plan.session.id) == prepared.pack.sessions.map(\.id))
        #expect(previewed.preview.handouts.map(\.key.id) == prepared.pack.handouts.map(\.id))
        let handouts = previewed.files.filter { $0.role == .handout }
        #expect(handouts.count == prepared.pack.handouts.count)
        // Every caution and script line, less any a script shares with a handout (read aloud).
        let participant = Set(prepared.pack.handouts.flatMap(\.textUnits).map(RenderTests.probe))
        let secrets = Set(
            prepared.pack.sessions.flatMap { $0.cautions.map(\.plainText) + $0.activities.flatMap(\.script).flatMap(\.textUnits) }
                .map(RenderTests.probe)
        ).subtracting(participant).filter { $0.count >= 12 }
        #expect(secrets.count > 50)
        for file in handouts {
            let leaked = RenderTests.textUnits(of: file).map(RenderTests.probe).filter(secrets.contains)
            #expect(leaked.isEmpty, "\(file.path) carries facilitator text: \(leaked.prefix(2))")
        }
        // The check can fail: the guide, which carries them, trips it.
        let guide = try #require(previewed.files.first { $0.role == .guide })
        #expect(!RenderTests.textUnits(of: guide).map(RenderTests.probe).filter(secrets.contains).isEmpty)
    }
}
