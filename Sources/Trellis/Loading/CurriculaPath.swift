/// Where packs and tracks are looked up, in CLI.md's order: the first of `--curricula` folders,
/// `TRELLIS_CURRICULA`, `./Curricula`, the bundled library that is set.
public struct CurriculaPath: Hashable, Sendable {
    /// The folders, in order.
    public var directories: [String]

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The name of the environment variable that sets the path.
    public static let environmentVariable = "TRELLIS_CURRICULA"

    /// Resolves the path from what the caller knows; the library never reads the process
    /// environment itself.
    /// - Parameters:
    ///   - explicit: folders given with `--curricula`, in order.
    ///   - environment: the process environment.
    ///   - localCurriculaExists: whether `./Curricula` exists in the working directory.
    ///   - bundled: the folder of the bundled library, if installed.
    public static func resolve(
        explicit: [String], environment: [String: String], localCurriculaExists: Bool, bundled: String?
    ) -> CurriculaPath {
        if !explicit.isEmpty { return CurriculaPath(directories: explicit) }
        if let variable = environment[environmentVariable], !variable.isEmpty {
            return CurriculaPath(directories: variable.split(separator: ":").map(String.init))
        }
        if localCurriculaExists { return CurriculaPath(directories: ["Curricula"]) }
        return CurriculaPath(directories: bundled.map { [$0] } ?? [])
    }
}
