import Foundation
import Testing
@testable import Trellis

/// Translations: Spanish guides and handouts from the bundled library, interface text from the
/// strings tables, bilingual handout sets, parity and staleness of translation files.
@Suite(.serialized)
struct TranslationTests {
    let pipeline = Pipeline(today: Fixtures.today)
    let path = CurriculaPath(directories: [Fixtures.bundledLibrary, Fixtures.path("translation")])

    func render(_ track: String, week: Int = 1, language: String? = nil, handouts: [String] = []) throws -> [String: String] {
        let prepared = try pipeline.prepare(track: track, path: path)
        var request = RenderRequest(week: week, formats: ["markdown", "html"], outputFolder: "unused")
        request.language = language
        request.handoutLanguages = handouts
        let files = try pipeline.render(prepared, request).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// The literal words of an interface string: the parts between its `{placeholders}`.
    static func literalParts(_ text: String) -> [String] {
        text.split(separator: "{").flatMap { $0.split(separator: "}").dropFirst($0.contains("}") ? 1 : 0) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { $0.contains(" ") || $0.count >= 9 }
    }

    /// What a reader sees: the text without tags, styles or Markdown code spans.
    static func visibleText(_ document: String) -> String {
        document.replacing(/<style>[\s\S]*?<\/style>/, with: "").replacing(/<[^>]+>/, with: " ")
    }

    @Test func aSpanishTrackPrintsNoEnglishInterfaceTextAndSpanishDates() throws {
        let files = try render("grupo-es", week: 3)
        let english = InterfaceStrings.english
        let spanish = try #require(InterfaceStrings.load("es"))
        // Interface strings whose English differs from the Spanish (kind names excepted: they
        // appear only where a session prints its own activity titles).
        let englishOnly = english.keys.filter { spanish[$0] != english[$0] && !$0.hasPrefix("language.") }
            .flatMap { Self.literalParts(english[$0]) }
        #expect(englishOnly.count > 40)
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".md") || path.hasSuffix(".ics") {
            let visible = Self.visibleText(text)
            for phrase in englishOnly {
                #expect(!visible.contains(phrase), "\(path) prints the English \"\(phrase)\"")
            }
        }
        let guide = try #require(files["week-03/facilitator-guide.html"])
        #expect(guide.contains("<html lang=\"es\">"))
        #expect(guide.contains("lunes 18 de enero de 2027"))
        #expect(guide.contains("Cerrado el miércoles 20 de enero de 2027"))
        #expect(guide.contains("del lunes 18 de enero de 2027 al domingo 24 de enero de 2027"))
        #expect(try #require(files["index.html"]).contains("<html lang=\"es\">"))
        for (path, text) in files where path.hasSuffix(".html") {
            #expect(text.contains("<html lang=\"es\">"), "\(path)")
        }
        // Every session of the week has its Spanish text, so none carries the fallback note.
        #expect(!guide.contains("class=\"source-language\""))
        #expect(guide.contains("Pregunte al grupo:"))
    }

    @Test func aTemplateIsFilledOnceWithWhatItNames() {
        let values = ["week": "3", "first": "{week}", "name": "Ana {Lee}"]
        #expect(InterfaceStrings.filling("stay week {week}", with: values) == "stay week 3")
        // A value is never read as a template, and a name with no value is left as written.
        #expect(InterfaceStrings.filling("{first}–{week}", with: values) == "{week}–3")
        #expect(InterfaceStrings.filling("{name} at {time} {", with: values) == "Ana {Lee} at {time} {")
        #expect(InterfaceStrings.filling("{{week}}", with: values) == "{3}")
        #expect(InterfaceStrings.filling("no braces", with: values) == "no braces")
        #expect(InterfaceStrings.english["stay.weeks", ["first": "1", "last": "2"]] == "stay weeks 1–2")
    }

    @Test func englishAndSpanishDatesAreWrittenInEachLanguage() throws {
        let date = CalendarDate(year: 2027, month: 9, day: 1)!
        #expect(InterfaceStrings.english.longDate(date) == "Wednesday 1 September 2027")
        let spanish = try #require(InterfaceStrings.load("es-MX"))
        #expect(spanish.longDate(date) == "miércoles 1 de septiembre de 2027")
        #expect(spanish.mediumDate(CalendarDate(year: 2028, month: 2, day: 29)!) == "29 de febrero de 2028")
        #expect(spanish.list(["lunes", "miércoles", "viernes"]) == "lunes, miércoles y viernes")
        #expect(InterfaceStrings.load("xx") == nil)
        #expect(InterfaceStrings.available.contains("es") && InterfaceStrings.available.contains("en"))
    }

    @Test func everyStringsTableHasEveryKeyOfTheEnglishOne() throws {
        for language in InterfaceStrings.available {
            let table = try #require(InterfaceStrings.load(language))
            for key in InterfaceStrings.english.keys {
                #expect(table.has(key), "\(language) has no \(key)")
            }
        }
    }

    @Test func aSessionWithNoSpanishTextIsPrintedInEnglishWithANote() throws {
        let files = try render("adult-iop-es")
        let guide = try #require(files["week-01/facilitator-guide.md"])
        // Orientation has Spanish sessions; stress management only Spanish handouts.
        #expect(guide.contains("Bienvenida: su primer día y nuestros acuerdos del grupo"))
        #expect(guide.contains("How stress works: fight, flight and freeze"))
        let note = "Esta sesión aún no tiene texto en español, así que se imprime en inglés."
        let stress = try #require(guide.range(of: "Grupo de habilidades: How stress works: fight, flight and freeze"))
        let nextNote = try #require(guide.range(of: note, range: stress.upperBound..<guide.endIndex))
        #expect(guide.distance(from: stress.upperBound, to: nextNote.lowerBound) < 200)
        // Its handout is still in Spanish.
        let handouts = files.keys.filter { $0.hasPrefix("week-01/handouts/stress-management--") && $0.hasSuffix(".md") }
        #expect(!handouts.isEmpty)
        for path in handouts {
            #expect(try #require(files[path]).contains("Semana 1"), "\(path)")
        }
    }

    @Test func handoutsInTwoLanguagesAreWrittenSideBySideAndListedInTheGuide() throws {
        let files = try render("adult-iop", handouts: ["en", "es"])
        let english = try #require(files["week-01/handouts/orientation--or-h01.html"])
        let spanish = try #require(files["week-01/handouts/orientation--or-h01.es.html"])
        #expect(english.contains("<html lang=\"en\">") && english.contains("Our Group Agreements"))
        #expect(spanish.contains("<html lang=\"es\">") && spanish.contains("Nuestros acuerdos del grupo"))
        #expect(spanish.contains("Semana 1"))
        let sheets = files.keys.filter { $0.contains("/handouts/") && $0.hasSuffix(".html") }
        #expect(sheets.filter { $0.hasSuffix(".es.html") }.count * 2 == sheets.count)
        let guide = try #require(files["week-01/facilitator-guide.md"])
        #expect(guide.contains("also in Spanish: `orientation--or-h01.es`"))
        #expect(try #require(files["index.html"]).contains("orientation--or-h01.es.html"))
    }

    @Test func aLanguageWithNoStringsTableIsRefused() throws {
        let prepared = try pipeline.prepare(track: "adult-iop", path: path)
        var request = RenderRequest(week: 1, outputFolder: "unused")
        request.language = "fr"
        #expect(throws: PipelineFailure.self) { try pipeline.render(prepared, request) }
    }

    @Test func everyBundledTranslatedHandoutReadsAtGradeSixOrUnderByCrawford() throws {
        let library = try CurriculumLoader().load(inputs: [], path: CurriculaPath(directories: [Fixtures.bundledLibrary]))
        var measured = 0
        for translation in library.translations where translation.language == "es" {
            let pack = try #require(library.pack(id: translation.pack))
            let translated = pack.translated(by: translation)
            for handout in translation.handouts {
                let words = try #require(translated.handout(id: handout.ref))
                let grade = try #require(ReadingGrade(units: words.textUnits, language: "es").grade)
                #expect(grade <= 6, "\(pack.id)/\(handout.ref) reads at grade \(grade) (Crawford)")
                measured += 1
            }
        }
        #expect(measured == library.packs.reduce(0) { $0 + $1.handouts.count })
        // Orientation and relapse prevention are translated whole: every session too.
        for id in ["orientation", "relapse-prevention"] {
            let translation = try #require(library.translation(of: id, into: "es"))
            #expect(Set(translation.sessions.map(\.ref)) == Set(try #require(library.pack(id: id)).sessions.map(\.id)))
        }
    }

    @Test func changingTheSourceAndBumpingItsMinorVersionMakesTheTranslationStale() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("trellis-stale-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let source = URL(fileURLWithPath: Fixtures.bundledLibrary)
        var pack = try String(contentsOf: source.appendingPathComponent("packs/orientation.xml"), encoding: .utf8)
        pack = pack.replacingOccurrences(of: "version=\"1.1.0\"", with: "version=\"1.2.0\"")
        let sentence = "Starting something new takes courage."
        #expect(pack.contains(sentence))
        pack = pack.replacingOccurrences(of: sentence, with: "It takes courage to start something new.")
        try pack.write(to: folder.appendingPathComponent("orientation.xml"), atomically: true, encoding: .utf8)
        let translation = source.appendingPathComponent("translations/orientation.es.xml").path
        let library = try CurriculumLoader().load(
            inputs: [translation, folder.appendingPathComponent("orientation.xml").path],
            path: CurriculaPath(directories: [Fixtures.bundledLibrary]))
        let diagnostics = Validator(registry: .standard(), today: Fixtures.today).validate(library)
        let stale = try #require(diagnostics.first { $0.code == .staleTranslation })
        #expect(stale.location.file == translation)
        #expect(stale.message.contains("1.2.0"))
    }
}
