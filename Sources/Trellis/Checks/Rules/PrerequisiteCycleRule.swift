/// TR103: sessions that require each other in a circle, so no order can satisfy them.
struct PrerequisiteCycleRule: Rule {
    let code = DiagnosticCode.prerequisiteCycle

    /// A session by its qualified id, `pack/session`.
    private struct Node: Hashable, Comparable {
        var pack: String
        var session: String
        var label: String { "\(pack)/\(session)" }
        static func < (lhs: Node, rhs: Node) -> Bool { lhs.label < rhs.label }
    }

    func check(_ context: CheckContext) -> [Diagnostic] {
        // The graph spans every loaded pack: a cycle may cross packs.
        var edges: [Node: [(Node, Origin)]] = [:]
        for pack in context.library.packs {
            for session in pack.sessions {
                let node = Node(pack: pack.id, session: session.id)
                edges[node] = zip(session.requires, session.requiresOrigins).compactMap { reference, origin in
                    context.library.session(reference, from: pack.id).map {
                        (Node(pack: $0.pack.id, session: $0.session.id), origin)
                    }
                }
            }
        }
        let checked = Set(context.packs.map(\.id))
        var reported = Set<Node>()
        var diagnostics: [Diagnostic] = []
        for start in edges.keys.sorted() where checked.contains(start.pack) && !reported.contains(start) {
            guard let cycle = cycle(from: start, edges: edges) else { continue }
            reported.formUnion(cycle.map(\.node))
            let path = (cycle.map(\.node) + [cycle[0].node]).map { $0.pack == start.pack ? $0.session : $0.label }
            diagnostics.append(
                .error(
                    code, at: cycle[0].origin["ref"],
                    "prerequisites form a cycle: \(path.joined(separator: " → ")); remove one of these requires"))
        }
        return diagnostics
    }

    /// A cycle through `start`, as each node with the `requires` that leaves it, or nil.
    private func cycle(from start: Node, edges: [Node: [(Node, Origin)]]) -> [(node: Node, origin: Origin)]? {
        var path: [(node: Node, origin: Origin)] = []
        var visited = Set<Node>()
        func search(_ node: Node) -> Bool {
            for (next, origin) in edges[node] ?? [] {
                path.append((node, origin))
                if next == start { return true }
                if visited.insert(next).inserted, search(next) { return true }
                path.removeLast()
            }
            return false
        }
        return search(start) ? path : nil
    }
}
