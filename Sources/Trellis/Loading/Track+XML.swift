import TrellisXML

extension Track {
    /// Reads a track from its root element. See `ElementReader` for how missing parts are read.
    init(element: ElementView, file: String) {
        let reader = ElementReader(file: file, root: element)
        let calendar = element.child(named: "calendar")
        let day = element.child(named: "day")
        self.init(
            id: reader.string(element, "id"),
            version: reader.string(element, "version"),
            title: reader.string(element, "title"),
            weeks: reader.int(element, "weeks"),
            admission: Admission(rawValue: reader.string(element, "admission")) ?? .closed,
            levelOfCare: reader.optionalString(element, "level-of-care").flatMap(LevelOfCare.init(rawValue:)),
            population: reader.optionalString(element, "population").flatMap(Population.init(rawValue:)) ?? .adult,
            groupSize: reader.int(element, "group-size", default: Track.defaultGroupSize),
            summary: element.child(named: "summary").map { reader.text($0) },
            calendar: calendar.map { MeetingCalendar(element: $0, reader: reader) }
                ?? MeetingCalendar(start: CalendarDate(daysSinceEpoch: 0), meetings: [], origin: reader.origin(of: element)),
            day: day.map { DayLayout(element: $0, reader: reader) }
                ?? DayLayout(items: [], origin: reader.origin(of: element)),
            streams: element.children(named: "stream").map { TrackStream(element: $0, reader: reader) },
            origin: reader.origin(of: element),
            language: element.value(of: "lang", namespace: XMLNamespace.xml)?.trimmingCharacters())
    }
}

extension MeetingCalendar {
    init(element: ElementView, reader: ElementReader) {
        self.init(
            start: CalendarDate(reader.string(element, "start")) ?? CalendarDate(daysSinceEpoch: 0),
            meetings: element.children(named: "meets").compactMap { meets in
                guard let day = Weekday(rawValue: reader.string(meets, "day")),
                    let start = ClockTime(reader.string(meets, "at"))
                else { return nil }
                return MeetingTime(day: day, start: start, origin: reader.origin(of: meets))
            },
            closures: element.children(named: "closed").compactMap { closed in
                CalendarDate(reader.string(closed, "date")).map {
                    Closure(date: $0, reason: reader.optionalString(closed, "reason"), origin: reader.origin(of: closed))
                }
            },
            origin: reader.origin(of: element))
    }
}

extension DayLayout {
    init(element: ElementView, reader: ElementReader) {
        self.init(
            items: element.children.compactMap { child in
                switch child.name {
                case "block":
                    return .block(
                        Block(
                            id: reader.string(child, "id"), minutes: reader.int(child, "minutes"),
                            title: reader.optionalString(child, "title"),
                            groups: child.children(named: "group").map { group in
                                let stay = reader.optionalString(group, "stay")
                                return BlockGroup(
                                    id: reader.string(group, "id"), title: reader.optionalString(group, "title"),
                                    stay: stay.flatMap(WeekRange.init), stayText: stay, origin: reader.origin(of: group))
                            },
                            origin: reader.origin(of: child)))
                case "break":
                    return .breakTime(minutes: reader.int(child, "minutes"), origin: reader.origin(of: child))
                default:
                    return nil
                }
            },
            origin: reader.origin(of: element))
    }
}

extension TrackStream {
    init(element: ElementView, reader: ElementReader) {
        let weeksText = reader.optionalString(element, "weeks")
        self.init(
            block: reader.string(element, "block"),
            group: reader.optionalString(element, "group"),
            days: reader.optionalString(element, "days").map {
                $0.split(whereSeparator: \.isWhitespace).compactMap { Weekday(rawValue: String($0)) }
            },
            weeks: weeksText.flatMap(WeekRange.init),
            weeksText: weeksText,
            order: reader.optionalString(element, "order").flatMap(SequenceOrder.init(rawValue:)) ?? .asListed,
            items: element.children.compactMap { child in
                guard let kind = Item.Kind(rawValue: child.name) else { return nil }
                return Item(
                    kind: kind, reference: Reference(parsing: reader.string(child, "ref")),
                    origin: reader.origin(of: child))
            },
            origin: reader.origin(of: element))
    }
}
