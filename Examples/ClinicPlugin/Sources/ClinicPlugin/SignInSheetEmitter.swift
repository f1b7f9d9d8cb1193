import Trellis

/// `render --format signin`: a sign-in sheet for every meeting (date, time, group, and numbered
/// lines for names and signatures), one HTML file per meeting, from a template this plugin ships.
struct SignInSheetEmitter: Emitter {
    let id = "signin"
    let displayName = "Sign-in sheets"

    static let templateName = "signin.html"

    func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        var files: [EmittedFile] = []
        for week in input.weeks {
            for meeting in week.guide.meetings {
                let groups = meeting.agenda.filter { $0.kind != .breakTime }.map { entry -> [String: Any] in
                    ["time": "\(entry.start)–\(entry.end)", "group": entry.label, "session": entry.session?.session.title ?? ""]
                }
                let context: [String: Any] = [
                    "track": input.track.title,
                    "date": "\(meeting.date.weekday.name) \(meeting.date.mediumDescription)",
                    "time": "\(meeting.start)–\(meeting.end)",
                    "groups": groups,
                    "lines": (1...input.track.groupSize + 4).map { ["number": $0] },
                ]
                files.append(
                    EmittedFile(
                        path: "\(week.folder)/sign-in-\(meeting.date).html",
                        text: try input.templates.render(Self.templateName, context), role: .other, week: week.week))
            }
        }
        return files
    }

    /// The sheet; a clinic can replace it with `signin.html.mustache` in a `--templates` folder.
    static let template = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <title>Sign-in · {{track}} · {{date}}</title>
        <style>
        body { font-family: system-ui, sans-serif; font-size: 12pt; margin: 2rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #333; padding: 0.5rem; text-align: left; }
        td.line { height: 1.6rem; }
        @page { margin: 15mm; }
        </style>
        </head>
        <body>
        <h1>Sign-in sheet</h1>
        <p><strong>{{track}}</strong> · {{date}} · {{time}}</p>
        <ul>
        {{#groups}}<li>{{time}} {{group}}{{#session}}: {{session}}{{/session}}</li>
        {{/groups}}
        </ul>
        <table>
        <thead><tr><th scope="col">#</th><th scope="col">Name (first name and initial)</th><th scope="col">Time in</th><th scope="col">Signature</th></tr></thead>
        <tbody>
        {{#lines}}<tr><td>{{number}}</td><td class="line"></td><td class="line"></td><td class="line"></td></tr>
        {{/lines}}
        </tbody>
        </table>
        </body>
        </html>
        """
}
