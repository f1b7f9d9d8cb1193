import Foundation

/// The packs and tracks that ship with Trellis, the last place on the curricula path.
public enum BundledCurricula {
    /// The folder holding `packs/` and `tracks/`, or nil when the resource bundle was not
    /// installed next to the binary.
    public static var directory: URL? {
        Bundle.module.resourceURL.flatMap { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("packs").path) ? url : nil
        }
    }
}
