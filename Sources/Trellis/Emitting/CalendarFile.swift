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
                "DTSTART:\(Self.date(meeting.date))T\(Self.time(meeting.start))00",
                "DTEND:\(Self.date(meeting.date))T\(Self.time(meeting.end))00",
                "SUMMARY:\(Self.escape((program.map { "\($0) · " } ?? "") + strings["calendar.summary", ["track": track.title, "week": "\(meeting.week)"]]))",
                "DESCRIPTION:\(Self.escape(agenda.joined(separator: "\n")))",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func date(_ date: CalendarDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// `HHMM`; a day that runs past midnight is clamped to 23:59, which a floating DTEND can hold.
    static func time(_ time: ClockTime) -> String {
        let minutes = min(time.minutes, 23 * 60 + 59)
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour)" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds a content line longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8 character.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74  // continuation lines start with a space
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
