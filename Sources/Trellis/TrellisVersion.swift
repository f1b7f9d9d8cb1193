/// Facts about this build of Trellis.
public enum TrellisVersion {
    /// The version of the engine and of the `trellis` command.
    public static let current = "0.1.0"
    /// The version of the pack and track formats it reads (`urn:trellis:curriculum:1`).
    public static let format = 1
}
