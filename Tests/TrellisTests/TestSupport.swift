import Foundation
import Trellis
import TrellisCurricula

/// Where the test fixtures are, and a one-call validation the tests share.
enum Fixtures {
    static let root: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The bundled library's folder (the repository's `Curricula/`, copied as a resource).
    static var bundledLibrary: String { BundledCurricula.directory!.path }

    /// The date tests treat as today, so review ages never drift.
    static let today = CalendarDate(year: 2027, month: 1, day: 1)!

    /// Loads `files` with `path` on the curricula path and validates them.
    static func validate(_ files: [String], path: [String] = [], today: CalendarDate = today) throws -> [Diagnostic] {
        let library = try CurriculumLoader().load(inputs: files, path: CurriculaPath(directories: path))
        return Validator(registry: .standard(), today: today).validate(library)
    }
}
