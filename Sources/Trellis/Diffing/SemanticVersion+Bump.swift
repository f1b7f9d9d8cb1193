/// Version arithmetic for the diff's verdict on a version bump.
extension SemanticVersion {
    /// The smallest version above this one with `bump`: 1.2.3 raised by a MINOR is 1.3.0. Nil
    /// when the number would overflow, or for `.none`.
    public func raised(by bump: VersionBump) -> SemanticVersion? {
        func next(_ value: Int) -> Int? {
            let (sum, overflow) = value.addingReportingOverflow(1)
            return overflow ? nil : sum
        }
        switch bump {
        case .none: return nil
        case .patch: return next(patch).map { SemanticVersion(major: major, minor: minor, patch: $0) }
        case .minor: return next(minor).map { SemanticVersion(major: major, minor: $0, patch: 0) }
        case .major: return next(major).map { SemanticVersion(major: $0, minor: 0, patch: 0) }
        }
    }

    /// The bump that leads from this version to `newer`: the first number that rose. `.none`
    /// when `newer` is not above this version.
    public func bump(to newer: SemanticVersion) -> VersionBump {
        guard newer > self else { return .none }
        if newer.major > major { return .major }
        if newer.major == major && newer.minor > minor { return .minor }
        return .patch
    }
}
