/// TR101: ids that must be unique are not.
///
/// Inside a pack, modules, sessions and handouts share one namespace; inside a track, blocks
/// do, and each weekday may have one meeting. Across the files checked together, pack ids and
/// track ids must be unique (a file named on the command line shadows one on the curricula
/// path instead; that is not a duplicate).
struct DuplicateIDRule: Rule {
    let code = DiagnosticCode.duplicateID

    func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for pack in context.packs {
            var ids = FirstSeen()
            // By index: copying each module, session and handout retained every field of it.
            let modules = pack.modules
            for module in modules.indices {
                diagnostics += ids.note(modules[module].id, "module", at: modules[module].origin["id"], scope: "this pack")
                let sessions = modules[module].sessions
                for session in sessions.indices {
                    diagnostics += ids.note(sessions[session].id, "session", at: sessions[session].origin["id"], scope: "this pack")
                }
            }
            let handouts = pack.handouts
            for handout in handouts.indices {
                diagnostics += ids.note(handouts[handout].id, "handout", at: handouts[handout].origin["id"], scope: "this pack")
            }
        }
        // Modules written in code: session and handout ids must be unique in their namespace too.
        var codeIDs: [String: FirstSeen] = [:]
        for scoped in context.sessions where !(scoped.module is PackModule) {
            diagnostics += codeIDs[scoped.module.namespace, default: FirstSeen()]
                .note(scoped.session.id, "session", at: scoped.location(scoped.session.origin, "id"), scope: "namespace \(scoped.module.namespace)")
        }
        for scoped in context.handouts where !(scoped.module is PackModule) {
            diagnostics += codeIDs[scoped.module.namespace, default: FirstSeen()]
                .note(scoped.handout.id, "handout", at: scoped.location(scoped.handout.origin, "id"), scope: "namespace \(scoped.module.namespace)")
        }
        for track in context.tracks {
            var blocks = FirstSeen()
            for block in track.day.blocks {
                diagnostics += blocks.note(block.id, "block", at: block.origin["id"], scope: "this day")
            }
            var days = FirstSeen()
            for meeting in track.calendar.meetings {
                diagnostics += days.note(meeting.day.rawValue, "meeting", at: meeting.origin["day"], scope: "this calendar")
            }
        }
        var packIDs = FirstSeen()
        for pack in context.library.inputDocuments.compactMap(\.pack) {
            diagnostics += packIDs.note(pack.id, "pack", at: pack.origin["id"], scope: "the packs checked together")
        }
        var trackIDs = FirstSeen()
        for track in context.library.inputDocuments.compactMap(\.track) {
            diagnostics += trackIDs.note(track.id, "track", at: track.origin["id"], scope: "the tracks checked together")
        }
        return diagnostics
    }

    /// Remembers where each id was first used.
    private struct FirstSeen {
        private var seen: [String: (kind: String, location: SourceLocation)] = [:]

        mutating func note(_ id: String, _ kind: String, at location: SourceLocation, scope: String) -> [Diagnostic] {
            guard !id.isEmpty else { return [] }
            guard let first = seen[id] else {
                seen[id] = (kind, location)
                return []
            }
            return [
                .error(
                    .duplicateID, at: location,
                    "the id \"\(id)\" is already used by a \(first.kind) at line \(first.location.line); "
                        + "ids must be unique in \(scope): rename this \(kind)",
                    notes: [Diagnostic.Note("first used here", at: first.location)])
            ]
        }
    }
}
