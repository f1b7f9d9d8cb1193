extension CurriculumLibrary {
    /// `trellis list`: each pack with its approval state, modules and sessions (minutes), each
    /// track with its weeks and hours per week and the weeks closures shorten, and the program.
    public var listing: String {
        var lines: [String] = []
        let packs = inputDocuments.compactMap(\.pack)
        let tracks = inputDocuments.compactMap(\.track)
        if !packs.isEmpty { lines.append("Packs") }
        for pack in packs {
            lines.append("  \(pack.id) \(pack.version): \(pack.title) [\(pack.file)]")
            if let program {
                lines.append(
                    "    "
                        + (program.approval(pack: pack.id, version: pack.version).map {
                            "approved for \(program.name) by \($0.by) on \($0.date)"
                        } ?? "not approved for \(program.name)"))
            }
            for module in pack.modules {
                let minutes = module.sessions.map(\.minutes).reduce(0, +)
                lines.append("    \(module.id): \(module.title), \(English.count(module.sessions.count, "session")), \(English.count(minutes, "minute"))")
                for session in module.sessions {
                    lines.append("      \(session.id)  \(session.minutes) min  \(session.title)")
                }
            }
            if !pack.handouts.isEmpty { lines.append("    handouts: \(pack.handouts.map(\.id).joined(separator: ", "))") }
        }
        if !tracks.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Tracks")
        }
        for track in tracks {
            lines.append("  \(track.id) \(track.version): \(track.title) [\(track.file)]")
            lines.append("    \(track.facts)")
            for (week, closures) in track.closuresByWeek {
                let reasons = closures.map { "\($0.date)" + ($0.reason.map { " \($0)" } ?? "") }
                lines.append(
                    "    week \(week): \(English.hours(track.hours(inWeek: week))) (closed \(reasons.joined(separator: ", ")))")
            }
        }
        let programs = inputDocuments.compactMap(\.program)
        if !programs.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Program")
        }
        for program in programs {
            lines.append("  \(program.id) \(program.version): \(program.name) [\(program.file)]")
            let protocolCount = Set(program.protocols.map(\.id)).count
            let otherLanguages = Set(program.protocols.compactMap(\.language).map(Language.primary))
                .subtracting([Language.primary(program.language ?? Language.standard)]).sorted()
            lines.append(
                "    \(English.count(program.contacts.count, "contact")), \(English.count(protocolCount, "protocol"))"
                    + (otherLanguages.isEmpty ? "" : " (also in \(otherLanguages.joined(separator: ", ")))") + ", "
                    + "\(English.count(program.settings.count, "setting")), \(English.count(program.approvals.count, "approval"))")
        }
        let translations = inputDocuments.compactMap(\.translation)
        if !translations.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Translations")
            for translation in translations {
                let sessions = translation.sessions.count
                let handouts = translation.handouts.count
                lines.append(
                    "  \(translation.pack) → \(translation.language), from \(translation.sourceVersion): "
                        + "\(English.count(sessions, "session")), \(English.count(handouts, "handout")) [\(translation.file)]")
            }
        }
        if lines.isEmpty { lines.append("No packs or tracks found.") }
        return lines.joined(separator: "\n") + "\n"
    }
}
