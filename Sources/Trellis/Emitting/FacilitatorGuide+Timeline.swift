extension FacilitatorGuide.TimedActivity {
    /// `activities` of a session of pack `namespace` on the clock, one after another from
    /// `start`, each with the handout `handout` gives for its qualified reference (nil: it hands
    /// none out). The one place a guide's activity times are worked out, for a track's weeks and
    /// for a pack's preview alike.
    static func timeline(
        _ activities: [Activity], of namespace: String, from start: ClockTime, registry: PluginRegistry,
        strings: InterfaceStrings, handout: (Reference) -> HandoutSheet.Key?
    ) -> [FacilitatorGuide.TimedActivity] {
        var clock = start
        return activities.map { activity in
            let begins = clock
            clock = begins.adding(minutes: activity.minutes)
            return FacilitatorGuide.TimedActivity(
                activity: activity, start: begins, end: clock,
                handout: activity.handout.flatMap { handout($0.qualified(inPack: namespace)) },
                kindName: strings.kindName(activity.kind, registered: registry.activityKinds[activity.kind]?.name))
        }
    }
}

extension Array where Element == FacilitatorGuide.TimedActivity {
    /// The handouts these activities give out, each once, in order of first use.
    var handouts: [HandoutSheet.Key] {
        var seen = Set<HandoutSheet.Key>()
        return compactMap(\.handout).filter { seen.insert($0).inserted }
    }
}
