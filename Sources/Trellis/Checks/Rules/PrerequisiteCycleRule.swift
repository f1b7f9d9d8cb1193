/// TR103: sessions that require each other in a circle, so no order can satisfy them.
struct PrerequisiteCycleRule: Rule {
    let code = DiagnosticCode.prerequisiteCycle

    /// A session by its qualified id, `namespace/session`.
    private typealias Node = Reference

    func check(_ context: CheckContext) -> [Diagnostic] {
        // The graph spans every registered module: a cycle may cross packs.
        var edges: [Node: [(Node, Origin)]] = [:]
        var places: [Node: ScopedSession] = [:]
        for scoped in context.sessions { places[scoped.reference] = scoped }
        for modules in context.registry.modules.values {
            for module in modules {
                for session in module.sessions {
                    let node = Node(pack: module.namespace, local: session.id)
                    edges[node] = session.requires.enumerated().compactMap { index, reference in
                        let target = reference.qualified(inPack: module.namespace)
                        guard context.registry.session(target) != nil else { return nil }
                        let origin = session.requiresOrigins.indices.contains(index) ? session.requiresOrigins[index] : session.origin
                        return (target, origin)
                    }
                }
            }
        }
        var reported = Set<Node>()
        var diagnostics: [Diagnostic] = []
        // Sorted by the printed id, each id printed once: making it in every comparison was most
        // of this rule's time on a large library. A session that requires nothing starts no cycle.
        let starts = places.keys.filter { !(edges[$0] ?? []).isEmpty }.map { ($0.description, $0) }.sorted { $0.0 < $1.0 }
        for (_, start) in starts where !reported.contains(start) {
            guard let cycle = cycle(from: start, edges: edges), let scoped = places[start] else { continue }
            reported.formUnion(cycle.map(\.node))
            let path = (cycle.map(\.node) + [cycle[0].node]).map { $0.pack == start.pack ? $0.local : $0.description }
            diagnostics.append(
                .error(
                    code, at: scoped.location(cycle[0].origin, "ref"),
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
