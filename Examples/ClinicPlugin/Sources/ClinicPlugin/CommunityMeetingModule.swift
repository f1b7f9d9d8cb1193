import Trellis

/// A module written in Swift, not XML: the clinic's weekly community meeting, which a track
/// schedules as `clinic/community` exactly like a pack's module.
struct CommunityMeetingModule: CurriculumModule {
    let namespace = "clinic"
    let id = "community"
    let title = "Community meeting"

    var sessions: [Session] {
        [
            Session(
                id: "community-1", title: "Community meeting: the week ahead", minutes: 30,
                objectives: ["Know this week's schedule and any changes."],
                materials: ["The week's schedule, printed large"],
                cautions: ["Keep announcements about members general: no names of people who left or relapsed."],
                activities: [
                    Activity(kind: "check-in", minutes: 10, title: "Arrivals and welcome"),
                    Activity(kind: "peer-share", minutes: 15, title: "One thing I am looking forward to",
                             prompts: ["Share one thing you are looking forward to this week, or pass."]),
                    Activity(kind: "wrap-up", minutes: 5),
                ],
                origin: .code("clinic/community-1")),
            Session(
                id: "community-2", title: "Community meeting: house matters", minutes: 30,
                objectives: ["Raise a concern about the program and hear how it will be handled."],
                materials: ["Suggestion box"],
                cautions: ["Complaints about staff go to the program director, not the group."],
                activities: [
                    Activity(kind: "check-in", minutes: 5, title: "Arrivals and welcome"),
                    Activity(kind: "discussion", minutes: 20, title: "Suggestions and concerns",
                             prompts: ["What would make the program work better for you?"]),
                    Activity(kind: "wrap-up", minutes: 5),
                ],
                origin: .code("clinic/community-2")),
        ]
    }
}
