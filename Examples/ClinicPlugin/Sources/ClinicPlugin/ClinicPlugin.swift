import Trellis

/// Everything this clinic adds to Trellis, installed after the built-in plugin.
public struct ClinicPlugin: Plugin {
    public let name = "clinic"

    public init() {}

    public func install(into registry: inout PluginRegistry) {
        registry.register(ActivityKind(id: "peer-share", name: "Peer share"))
        registry.register(SessionWithoutCautionRule())
        registry.register(CommunityMeetingModule())
        registry.register(SignInSheetEmitter())
        registry.register(template: SignInSheetEmitter.template, named: SignInSheetEmitter.templateName)
    }
}
