import Foundation
import Testing

/// The plugin routes a clinic reaches from the command line: external emitters on PATH, rule
/// files on the curricula path, `trellis plugins`, and the checks that guard `render`.
@Suite(.serialized)
struct PluginCommandTests {
    static let examples = TrellisBinary.repository.appendingPathComponent("Examples/ExternalEmitter").path
    /// The library tests' pipeline fixtures: two packs (one with TR104), two tracks and a rule file.
    static let pipeline = TrellisBinary.repository.appendingPathComponent("Tests/TrellisTests/Fixtures/pipeline").path

    /// A folder holding one executable `trellis-emit-NAME` with `script` as its text.
    func emitterFolder(_ name: String, _ script: String) throws -> URL {
        let folder = try TrellisBinary.temporaryFolder()
        let program = folder.appendingPathComponent("trellis-emit-\(name)")
        try Data(script.utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        return folder
    }

    func path(with folder: String) -> [String: String] {
        ["PATH": folder + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    @Test func aPythonEmitterOnPathRendersThroughFormat() throws {
        let out = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try TrellisBinary.run(
            ["render", "family-program", "--out", out.path, "--format", "attendance"], environment: path(with: Self.examples))
        #expect(result.status == 0, "\(result.stderr)")
        let csv = try String(contentsOf: out.appendingPathComponent("week-01/attendance.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n")
        #expect(rows.first == "Date,Day,Start,End,Group,Session,Members expected,Members present,Facilitator,Notes")
        #expect(rows.dropFirst().first?.hasPrefix("2027-01-05,tue,18:30,20:00,") == true)
        // The index links the emitter's files, and no guide or handout, since none was rendered.
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"week-01/attendance.csv\""))
        #expect(!index.contains("facilitator-guide"))
        // Written by the same rules as the built-in emitters: recorded in the manifest.
        let manifest = try String(contentsOf: out.appendingPathComponent(".trellis-render.json"), encoding: .utf8)
        #expect(manifest.contains("week-08/attendance.csv"))
    }

    @Test func theEmitterInputMatchesItsPublishedJSONSchema() throws {
        let work = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let dump = work.appendingPathComponent("input.json").path
        let folder = try emitterFolder(
            "dump", "#!/bin/sh\ncat > '\(dump)'\nprintf '{\"files\": []}'\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try TrellisBinary.run(
            ["render", "adult-iop", "--week", "2", "--out", work.appendingPathComponent("out").path, "--format", "dump"],
            environment: path(with: folder.path))
        #expect(render.status == 0, "\(render.stderr)")
        let schema = try TrellisBinary.run(["schema", "--emitter-input"])
        #expect(schema.status == 0)
        let schemaFile = work.appendingPathComponent("schema.json")
        try Data(schema.stdout.utf8).write(to: schemaFile)
        let check = try Python.run(
            """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); document = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.Draft202012Validator(schema).validate(document)
            week = document["weeks"][0]
            assert document["trellisEmitterInput"] == 1 and week["week"] == 2, week["week"]
            sessions = [s for m in week["meetings"] for s in m["sessions"]]
            assert sessions and all(a["script"] is not None for s in sessions for a in s["activities"])
            print(len(sessions))
            """, arguments: [schemaFile.path, dump])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test(arguments: [
        ("exit", "#!/bin/sh\necho 'no printer configured' >&2\nexit 3\n", "exited with status 3"),
        ("notjson", "#!/bin/sh\ncat > /dev/null\necho 'hello'\n", "output that is not JSON"),
        ("escape", "#!/bin/sh\ncat > /dev/null\nprintf '{\"files\": [{\"path\": \"../escaped.txt\", \"contents\": \"aGk=\"}]}'\n",
         "not a plain path inside the output folder"),
        ("nobase64", "#!/bin/sh\ncat > /dev/null\nprintf '{\"files\": [{\"path\": \"x.txt\", \"contents\": \"***\"}]}'\n",
         "is not base64"),
    ])
    func aFailingEmitterExitsTwoShowsWhyAndWritesNothing(_ name: String, _ script: String, _ expected: String) throws {
        let folder = try emitterFolder(name, script)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let result = try TrellisBinary.run(
            ["render", "family-program", "--out", out, "--format", "html,\(name)"], environment: path(with: folder.path))
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("escaped.txt").path))
        if name == "exit" { #expect(result.stderr.contains("no printer configured")) }
    }

    @Test func anEmitterThatHangsIsStoppedAtItsTimeout() throws {
        let folder = try emitterFolder("slow", "#!/bin/sh\nsleep 30\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = Date()
        let result = try TrellisBinary.run(
            ["render", "family-program", "--out", folder.appendingPathComponent("out").path, "--format", "slow",
             "--emitter-timeout", "1"],
            environment: path(with: folder.path))
        #expect(result.status == 2)
        #expect(result.stderr.contains("gave no answer within 1 second and"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func anUnknownFormatSaysWhereEmittersComeFrom() throws {
        let result = try TrellisBinary.run(["render", "family-program", "--out", "/tmp/never-written", "--format", "nosuch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no emitter is called \"nosuch\"; choose from docx, html, markdown, pdf"))
        #expect(result.stderr.contains("trellis-emit-nosuch on PATH"))
    }

    @Test func renderOnATrackWhosePackHasTR104ExitsOneAndWritesNothing() throws {
        let out = try TrellisBinary.temporaryFolder().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let result = try TrellisBinary.run(["render", "uses-overtime", "--curricula", Self.pipeline, "--out", out.path])
        #expect(result.status == 1)
        let line = try #require(result.stderr.split(separator: "\n").first { $0.contains("[TR104]") })
        #expect(line.contains("pipeline/packs/overtime.xml:7:42: error: the activities of session \"ot-01\" add up to 60 minutes"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        for command in [["plan", "uses-overtime"], ["coverage", "uses-overtime"]] {
            #expect(try TrellisBinary.run(command + ["--curricula", Self.pipeline]).status == 1, "\(command)")
        }
        // The other track on the same path uses only a clean pack: it renders.
        let fine = try TrellisBinary.run(["render", "uses-fine", "--curricula", Self.pipeline, "--out", out.path])
        #expect(fine.status == 0, "\(fine.stderr)")
    }

    @Test func aRuleFileOnTheCurriculaPathShowsUpInSARIF() throws {
        let result = try TrellisBinary.run(["validate", "--curricula", Self.pipeline, "--format", "sarif"])
        #expect(result.status == 1)  // the overtime pack's TR104
        let sarif = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.contains { $0["ruleId"] as? String == "CLINIC002" })
        #expect(results.contains { $0["ruleId"] as? String == "TR104" })
    }

    @Test func aBrokenRuleFileExitsTwoWithItsLine() throws {
        let folder = try TrellisBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("rules"), withIntermediateDirectories: true)
        try Data("<schema xmlns=\"http://purl.oclc.org/dsdl/schematron\">\n<pattern><rule context=\"t:session\">\n<assert test=\"x\">m</assert></rule></pattern></schema>\n".utf8)
            .write(to: folder.appendingPathComponent("rules/broken.sch"))
        let result = try TrellisBinary.run(["validate", "--curricula", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rules/broken.sch:3: <assert> needs an id"), "\(result.stderr)")
    }

    @Test func pluginsListsWhatEveryPluginRegistered() throws {
        let text = try TrellisBinary.run(["plugins", "--curricula", Self.pipeline])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("builtin\n  activity kinds: check-in (Check-in),"))
        #expect(text.stdout.contains("    TR104  activity minutes do not add up to the session's minutes"))
        #expect(text.stdout.contains("rules\n  rules:\n    CLINIC002  "))
        let json = try TrellisBinary.run(["plugins", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let plugins = try #require(object?["plugins"] as? [[String: Any]])
        #expect(plugins.map { $0["name"] as? String } == ["builtin"])
        #expect((plugins[0]["emitters"] as? [String]) == ["markdown", "html", "pdf", "docx", "plan", "calendar", "index"])
    }
}

/// Runs Python 3 for checks that use a real client library.
enum Python {
    static func run(_ code: String, arguments: [String]) throws -> TrellisBinary.Result {
        try TrellisBinary.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", code] + arguments)
    }
}
