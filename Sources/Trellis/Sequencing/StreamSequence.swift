/// A stream's sequence: its modules and sessions expanded in order, sessions only.
public struct StreamSequence: Sendable {
    /// The stream's position in its track, from 0.
    public let index: Int
    public let stream: TrackStream
    public let sessions: [SequencedSession]

    public init(index: Int, stream: TrackStream, sessions: [SequencedSession]) {
        self.index = index
        self.stream = stream
        self.sessions = sessions
    }

    /// The sessions' qualified ids, each once, in first-appearance order.
    public var distinctReferences: [Reference] {
        var seen = Set<Reference>()
        return sessions.map(\.reference).filter { seen.insert($0).inserted }
    }
}

/// A session as a stream sequences it: the qualified id, the session, and the stream item that
/// brought it in (for diagnostics).
public struct SequencedSession: Hashable, Sendable {
    /// `namespace/session-id`.
    public let reference: Reference
    public let session: Session
    /// The `module` or `session` element of the stream that named it.
    public let item: Origin

    public init(reference: Reference, session: Session, item: Origin) {
        self.reference = reference
        self.session = session
        self.item = item
    }

    /// The session's prerequisites, qualified.
    public var prerequisites: [Reference] {
        session.requires.map { $0.qualified(inPack: reference.pack ?? "") }
    }
}
