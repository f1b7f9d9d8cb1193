/// A module as written in a pack: sessions in teaching order.
public struct Module: Hashable, Sendable {
    public var id: String
    public var title: String
    public var summary: String?
    public var sessions: [Session]
    public var origin: Origin

    public init(id: String, title: String, summary: String? = nil, sessions: [Session], origin: Origin = .code("module")) {
        self.id = id
        self.title = title
        self.summary = summary
        self.sessions = sessions
        self.origin = origin
    }
}
