/// What a rule may look at.
public struct CheckContext: Sendable {
    /// Everything loaded, for resolving references.
    public let library: CurriculumLibrary
    /// Everything registered, the loaded packs' modules included.
    public let registry: PluginRegistry
    /// The date "now" means for time-based rules (review age), fixed per run.
    public let today: CalendarDate
    /// Packs to check: those the user asked about whose documents loaded without errors.
    public let packs: [Pack]
    /// Tracks to check, chosen the same way.
    public let tracks: [Track]

    /// Each checked track's sequencer, by file, built once for all the schedule rules.
    private let sequencers: [String: Sequencer]

    public init(library: CurriculumLibrary, registry: PluginRegistry, today: CalendarDate) {
        self.library = library
        self.registry = registry
        self.today = today
        let checked = library.inputDocuments.filter(\.isValid)
        packs = checked.compactMap(\.pack)
        tracks = checked.compactMap(\.track)
        sequencers = Dictionary(
            tracks.map { ($0.file, Sequencer(track: $0, registry: registry)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The sequencer of a checked track.
    public func sequencer(for track: Track) -> Sequencer {
        sequencers[track.file].flatMap { $0.track == track ? $0 : nil } ?? Sequencer(track: track, registry: registry)
    }
}
