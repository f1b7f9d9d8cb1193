/// The meetings of a plan as an iCalendar file (RFC 5545): one VEVENT per meeting that happens,
/// in floating local time (the clinic's own clock), with the agenda as the description.
///
/// Byte-deterministic: each UID is made from the track id and the meeting's date and time, and
/// DTSTAMP is the track's start date (RFC 5545 requires one; a clock reading would change every
/// run).
struct CalendarFile {
    let plan: Plan
    /// The program's name, for the calendar's name and each event's title.
    var program: String? = nil
    /// The language of event titles and agendas.
    var strings: InterfaceStrings = .english

    var text: String {
        let track = plan.track
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Trellis//Trellis \(TrellisVersion.current)//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(Self.escape((program.map { "\($0): " } ?? "") + track.title))",
        ]
        let stamp = Self.date(track.calendar.start) + "T000000Z"
        for meeting in plan.meetings {
            let agenda = meeting.blocks.map { block in
                "\(block.start)–\(block.end) \(block.block.displayTitle)"
                    + (block.session.map { ": \($0.session.title) (\($0.reference))" } ?? "")
                    + block.groups.map { room in
                        "; \(room.group?.displayTitle ?? ""): " + (room.session.map { "\($0.session.title) (\($0.reference))" } ?? strings["guide.standingGroup"].lowercased())
                    }.joined()
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(track.id)-\(Self.date(meeting.date))-\(Self.time(meeting.start))@trellis",
                "DTSTAMP:\(stamp)",
                "DTSTART:\(Self.dateTime(meeting.date, meeting.start))",
                "DTEND:\(Self.dateTime(meeting.date, meeting.end))",
                "SUMMARY:\(Self.escape((program.map { "\($0) · " } ?? "") + strings["calendar.summary", ["track": track.title, "week": "\(meeting.week)"]]))",
                "DESCRIPTION:\(Self.escape(agenda.joined(separator: "\n")))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func date(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// `YYYYMMDDTHHMM00` for a clock time on the meeting's day; a time past midnight (an evening
    /// group that runs late) falls on the next day.
    static func dateTime(_ day: CalendarDate, _ time: ClockTime) -> String {
        let days = time.minutes / (24 * 60)
        return date(day.adding(days: days)) + "T" + Self.time(time.minutes % (24 * 60)) + "00"
    }

    /// `HHMM` for minutes since midnight, under 24 hours.
    static func time(_ time: ClockTime) -> String { Self.time(time.minutes % (24 * 60)) }

    private static func time(_ minutes: Int) -> String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour)" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
    /// Scalar by scalar: as Characters, a line feed followed by a combining mark is one
    /// character that is not "\n", and would start a new content line unescaped.
    static func escape(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "\\": "\\\\"
            case ";": "\\;"
            case ",": "\\,"
            case "\n": "\\n"
            case _ where OneLine.isControl(scalar): ""
            default: nil
            }
        }
    }

    /// Folds a content line longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence.
    /// Per Unicode scalar, not per Character: one Character (a letter with many combining marks)
    /// can be longer than a whole line.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = pieces.isEmpty ? 75 : 74  // continuation lines start with a space
            if octets + size > limit {
                pieces.append(String(current))
                current = String.UnicodeScalarView()
                octets = 0
            }
            current.append(scalar)
            octets += size
        }
        pieces.append(String(current))
        return pieces.joined(separator: "\r\n ")
    }
}
