import Foundation
import Testing
import Trellis
import TrellisXML

/// `render`: what facilitators print and hand out, checked on the bundled tracks and on a pack
/// written to trip up escaping.
@Suite(.serialized)
struct RenderTests {
    let library: CurriculumLibrary
    let registry: PluginRegistry
    let templates: TemplateSet

    init() throws {
        library = try CurriculumLoader().load(inputs: [Fixtures.bundledLibrary], path: CurriculaPath(directories: []))
        registry = PluginRegistry.standard().adding(library)
        templates = try TemplateSet.load()
    }

    func render(_ id: String, weeks: ClosedRange<Int>? = nil, formats: [String] = ["markdown", "html"]) throws -> [EmittedFile] {
        let track = try #require(library.track(id: id))
        return try Renderer(registry: registry, templates: templates).render(track, weeks: weeks ?? 1...track.weeks, formats: formats)
    }

    func text(_ files: [EmittedFile], _ path: String) throws -> String {
        String(decoding: try #require(files.first { $0.path == path }, "no \(path)").contents, as: UTF8.self)
    }

    @Test func theDefaultTrackRendersAFullTwelveWeekSetInBothFormats() throws {
        let files = try render("adult-iop")
        let paths = Set(files.map(\.path))
        #expect(paths.isSuperset(of: ["index.html", "plan.json", "calendar.ics"]))
        for week in 1...12 {
            let folder = week < 10 ? "week-0\(week)" : "week-\(week)"
            #expect(paths.contains("\(folder)/facilitator-guide.md"))
            #expect(paths.contains("\(folder)/facilitator-guide.html"))
            let handouts = paths.filter { $0.hasPrefix("\(folder)/handouts/") }
            #expect(!handouts.isEmpty)
            #expect(handouts.filter { $0.hasSuffix(".md") }.count == handouts.filter { $0.hasSuffix(".html") }.count)
        }
        #expect(paths.contains("week-01/handouts/relapse-prevention--rp-h01.html"))
    }

    @Test func renderingIsByteDeterministic() throws {
        #expect(try render("family-program") == render("family-program"))
    }

    @Test(arguments: ["adult-iop", "evening-cohort", "family-program"])
    func noHandoutCarriesScriptOrCautionText(_ id: String) throws {
        // Each handout once per format: weeks differ only in the footer.
        var seen = Set<String>()
        let files = try render(id).filter { $0.path.contains("/handouts/") }
            .filter { seen.insert(String($0.path.split(separator: "/").last!)).inserted }
        #expect(!files.isEmpty)
        // Every caution, and every paragraph and list item of every script, of every pack;
        // less the lines a script shares with what participants read anyway (a script may read
        // a handout's list aloud), which are participant text by definition.
        var secrets = Set<String>()
        var participant = Set<String>()
        for pack in library.packs {
            for session in pack.sessions {
                secrets.formUnion(session.cautions.map { Self.probe($0.plainText) })
                secrets.formUnion(session.activities.flatMap(\.script).flatMap(\.textUnits).map(Self.probe))
                participant.formUnion(
                    (session.objectives + session.activities.flatMap(\.prompts) + (session.homework.map { [$0] } ?? []))
                        .map { Self.probe($0.plainText) })
            }
            participant.formUnion(pack.handouts.flatMap(\.textUnits).map(Self.probe))
        }
        let facilitatorOnly = secrets.subtracting(participant).filter { $0.count >= 12 }
        #expect(facilitatorOnly.count > 1_000)
        for file in files {
            let leaked = Self.textUnits(of: file).map(Self.probe).filter(facilitatorOnly.contains)
            #expect(leaked.isEmpty, "\(file.path) carries facilitator text: \(leaked.prefix(2))")
        }
        // The check can fail: a guide, which carries scripts and cautions, trips it.
        let guide = try #require(try render(id, weeks: 1...1).first { $0.path.hasSuffix("facilitator-guide.html") })
        #expect(!Self.textUnits(of: guide).map(Self.probe).filter(facilitatorOnly.contains).isEmpty)
    }

    /// The pieces of text a reader sees as separate lines: block elements of HTML (inline tags
    /// and entities undone), lines of Markdown.
    static func textUnits(of file: EmittedFile) -> [String] {
        let text = String(decoding: file.contents, as: UTF8.self)
        guard file.path.hasSuffix(".html") else {
            return text.split(separator: "\n").map { String($0).replacing(/^\s*(\d+\.|[-*>#]+)\s*/, with: "") }
        }
        let body = text.replacing(/<style>[\s\S]*<\/style>/, with: "")
        return body.split(separator: /<\/?(?:p|li|h[1-6]|div|td|th|footer|title|section|ul|ol|main|body)(?:\s[^>]*)?>/).map {
            String($0).replacing(/<[^>]+>/, with: "").replacingOccurrences(of: "&amp;", with: "&")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        }
    }

    /// Letters and digits only, lower-cased: the same words match whatever the markup or escaping.
    static func probe(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    @Test func everyBundledHandoutRendersWithItsFieldsChecklistsAndScales() throws {
        for pack in library.packs {
            for handout in pack.handouts {
                let sheet = HandoutSheet(
                    key: .init(namespace: pack.id, id: handout.id, title: handout.title), handout: handout, week: 1,
                    uses: [(CalendarDate("2027-01-04")!, "A session")])
                let week = RenderedWeek(
                    week: 1,
                    guide: FacilitatorGuide(
                        track: library.tracks[0], week: 1, firstDay: CalendarDate("2027-01-04")!,
                        lastDay: CalendarDate("2027-01-10")!, hours: 0, meetings: [], closures: []),
                    handouts: [sheet])
                let input = EmitterInput(
                    track: library.tracks[0], plan: Plan(track: library.tracks[0], meetings: [], closures: [], weeks: 1...1),
                    weeks: [week], templates: templates)
                let html = try HTMLEmitter().emit(input).first { $0.path.contains("handouts/") }
                let page = String(decoding: try #require(html).contents, as: UTF8.self)
                let fields = handout.parts.flatMap(Self.flatten).filter { if case .field = $0 { true } else { false } }.count
                #expect(page.components(separatedBy: "class=\"field\"").count - 1 == fields, "\(handout.id)")
                #expect(SafeXMLParser().parse(Array(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8)).problems.isEmpty, "\(handout.id) is not well-formed")
            }
        }
    }

    static func flatten(_ part: HandoutPart) -> [HandoutPart] {
        if case .section(_, let parts) = part { return [part] + parts.flatMap(flatten) }
        return [part]
    }

    @Test func markupInAPackRendersAsTextInEveryFormat() throws {
        let hostile = try CurriculumLoader().load(
            inputs: [Fixtures.path("render/hostile-pack.xml"), Fixtures.path("render/hostile-track.xml")],
            path: CurriculaPath(directories: []))
        #expect(Validator(registry: .standard(), today: Fixtures.today).validate(hostile).filter { $0.severity == .error }.isEmpty)
        let track = try #require(hostile.track(id: "hostile-track"))
        let files = try Renderer(registry: PluginRegistry.standard().adding(hostile), templates: templates)
            .render(track, weeks: 1...1, formats: ["markdown", "html"])
        for file in files where file.path.hasSuffix(".html") {
            let page = String(decoding: file.contents, as: UTF8.self)
            #expect(!page.contains("<script"), "\(file.path)")
            #expect(!page.contains("<img"), "\(file.path)")
            #expect(!page.contains("<b>"), "\(file.path)")
            #expect(!page.contains("<i>"), "\(file.path)")
            // Every tag in the page is one the templates write: it parses as XML once the
            // doctype is set aside (void elements are written as <meta />).
            let xml = page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
            #expect(SafeXMLParser().parse(Array(xml.utf8)).problems.isEmpty, "\(file.path)")
        }
        let guide = try text(files, "week-01/facilitator-guide.html")
        #expect(guide.contains("Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(guide.contains("&lt;script&gt;steal()&lt;/script&gt; &amp; more."))
        #expect(guide.contains("Say <em>why</em> &lt;b&gt;bold&lt;/b&gt; is not bold."))
        let handout = try text(files, "week-01/handouts/hostile--h-01.html")
        #expect(handout.contains("Salt &amp; vinegar &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;."))
        let markdown = try text(files, "week-01/facilitator-guide.md")
        #expect(markdown.contains("Tom & Jerry \\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("Pens \\| paper \\*and\\* \\_\\_tape\\_\\_"))
        #expect(markdown.contains("\\[a link\\](http://example.com)"))
        #expect(markdown.contains("Write \\# not a heading."))
        let handoutMarkdown = try text(files, "week-01/handouts/hostile--h-01.md")
        #expect(handoutMarkdown.contains("# Fish & chips \\<script\\>"))
        #expect(!handoutMarkdown.contains("Caution text") && !handoutMarkdown.contains("Script text"))
    }

    @Test func theGuidePutsCautionsFirstAndTimesEveryActivity() throws {
        let files = try render("adult-iop", weeks: 1...1)
        let guide = try text(files, "week-01/facilitator-guide.html")
        // Each session: its cautions come before its objectives.
        for session in guide.components(separatedBy: "<article class=\"session\">").dropFirst() {
            guard let caution = session.range(of: "Cautions: read before the group") else { continue }
            let objectives = try #require(session.range(of: "<h4>Objectives</h4>"))
            #expect(caution.lowerBound < objectives.lowerBound)
            let activities = session.components(separatedBy: "<section class=\"activity\">").count - 1
            let boxes = session.components(separatedBy: "<li><span class=\"box\"").count - 1
            #expect(activities > 0 && boxes == activities, "one fidelity box per activity")
        }
        #expect(guide.contains("<li class=\"print-run\">Print 12 copies: My early warning signs"))
        #expect(guide.contains("<td class=\"time\">09:00–10:00</td><td>Process group</td><td>Standing group</td>"))
        #expect(guide.contains("<h5><span class=\"time\">11:30–11:40</span> · Welcome and check-in <span class=\"muted\">(Check-in, 10 min)</span></h5>"))
        #expect(guide.contains("<html lang=\"en\">"))
    }

    @Test(arguments: ["week-01/facilitator-guide.html", "week-01/handouts/relapse-prevention--rp-h01.html", "index.html"])
    func htmlIsSelfContainedPrintableAndHasItsHeadingsInOrder(_ path: String) throws {
        let page = try text(try render("adult-iop", weeks: 1...1), path)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<style>") && page.contains("@media print") && page.contains("@page"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<link") && !page.contains("src="))
        var previous = 0
        for match in page.matches(of: /<h([1-6])[ >]/) {
            let level = Int(match.1)!
            #expect(level <= previous + 1, "\(path): h\(level) after h\(previous)")
            previous = level
        }
        #expect(previous > 0)
    }

    @Test func thePaperOptionSetsThePageSize() throws {
        let track = try #require(library.track(id: "family-program"))
        let a4 = try Renderer(registry: registry, templates: templates, paper: .a4).render(track, weeks: 1...1, formats: ["html"])
        #expect(try text(a4, "week-01/facilitator-guide.html").contains("@page { size: A4; }"))
        #expect(!(try text(try render("family-program", weeks: 1...1), "week-01/facilitator-guide.html")).contains("size: A4"))
    }

    @Test func theCalendarIsRFC5545() throws {
        let files = try render("adult-iop")
        let ics = try text(files, "calendar.ics")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "content lines are folded at 75 octets")
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare line feeds")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(try text(files, "plan.json").utf8)) as? [String: Any])
        let meetings = try #require(plan["meetings"] as? [[String: Any]])
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == meetings.count)
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == meetings.count)
        #expect(uids.first == "UID:adult-iop-20270104-0900@trellis")
        for property in ["DTSTAMP:", "DTSTART:20270104T090000", "DTEND:20270104T130000", "SUMMARY:", "DESCRIPTION:"] {
            #expect(lines.contains { $0.hasPrefix(property) }, "\(property)")
        }
    }

    @Test func templatesCanBeOverriddenByName() throws {
        let custom = try TemplateSet.load(overrides: Fixtures.path("render/templates"))
        #expect(custom.unusedOverrides == ["not-a-template-we-use"])
        let track = try #require(library.track(id: "family-program"))
        let files = try Renderer(registry: registry, templates: custom).render(track, weeks: 1...1, formats: ["html"])
        let handout = try text(files, "week-01/handouts/family-communication--fc-h01.html")
        #expect(handout.contains("<p>Riverside Clinic</p>"))
        // Templates it did not replace stay the bundled ones.
        #expect(try text(files, "week-01/facilitator-guide.html").contains("Facilitator guide"))
    }

    @Test func aBrokenTemplateIsReportedWithItsFileAndLine() {
        #expect {
            try TemplateSet.load(overrides: Fixtures.path("render/bad-templates"))
        } throws: { error in
            let message = String(describing: error)
            return message.contains("facilitator-guide.md.mustache") && message.contains("line 4")
        }
    }

    @Test func aPluginsEmitterIsChosenByItsID() throws {
        struct Outline: Emitter {
            let id = "outline"
            func emit(_ input: EmitterInput) throws -> [EmittedFile] {
                input.weeks.map { week in
                    EmittedFile(path: "\(week.folder)/outline.txt", text: week.guide.meetings.map(\.date.description).joined(separator: "\n"))
                }
            }
        }
        struct Escaping: Emitter {
            let id = "escaping"
            func emit(_ input: EmitterInput) throws -> [EmittedFile] { [EmittedFile(path: "../outside.txt", text: "no")] }
        }
        struct OutlinePlugin: Plugin {
            let name = "outline"
            func install(into registry: inout PluginRegistry) {
                registry.register(Outline())
                registry.register(Escaping())
            }
        }
        var extended = registry
        extended.install(OutlinePlugin())
        let track = try #require(library.track(id: "family-program"))
        let files = try Renderer(registry: extended, templates: templates).render(track, weeks: 1...2, formats: ["outline"])
        #expect(try text(files, "week-02/outline.txt") == "2027-01-12")
        #expect(throws: Renderer.Failure.unsafePath(emitter: "escaping", path: "../outside.txt")) {
            try Renderer(registry: extended, templates: templates).render(track, weeks: 1...1, formats: ["escaping"])
        }
        #expect(throws: Renderer.Failure.self) {
            try Renderer(registry: registry, templates: templates).render(track, weeks: 1...1, formats: ["epub"])
        }
    }
}
