import Foundation

/// An emitter in any language: the program `trellis-emit-ID` on `PATH`, run once per render.
///
/// It gets the output folder's path as its only argument and the rendered weeks as one JSON
/// document on standard input (`EmitterInput.json`), and answers on standard output with
/// `{"files": [{"path": "week-01/x.csv", "contents": "<base64>"}]}` (optionally `"role"` and
/// `"week"` per file). The host then writes those files by its own rules, like any emitter's.
public struct ExternalEmitter: Emitter {
    /// Why the program's answer cannot be used; `render` exits 2 and writes nothing.
    public struct Failure: Error, CustomStringConvertible {
        public var program: String
        public var reason: String
        /// What the program wrote to standard error, to show the user.
        public var stderr: String

        public var description: String {
            let shown = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            return "\(program) \(reason)" + (shown.isEmpty ? "" : "; it said:\n\(shown)")
        }
    }

    /// The prefix of external emitter programs: `trellis-emit-attendance` is the emitter `attendance`.
    public static let programPrefix = "trellis-emit-"

    public let id: String
    /// The program's full path.
    public let executable: String
    /// The output folder, passed as the only argument.
    public let outputFolder: String
    /// Seconds the program may take.
    public let timeout: Double

    public init(id: String, executable: String, outputFolder: String, timeout: Double) {
        self.id = id
        self.executable = executable
        self.outputFolder = outputFolder
        self.timeout = timeout
    }

    /// The emitter `id` found on `searchPath` (the folders of `PATH`), if an executable
    /// `trellis-emit-ID` is in one of them.
    public static func find(
        _ id: String, searchPath: [String], outputFolder: String, timeout: Double
    ) -> ExternalEmitter? {
        guard Identifier.isValid(id) else { return nil }
        return executable(named: [programPrefix + id], in: searchPath).map {
            ExternalEmitter(id: id, executable: $0, outputFolder: outputFolder, timeout: timeout)
        }
    }

    /// The first executable file (not a folder) with one of `names`, looking in `folders` in
    /// order, each name in turn: how a shell finds a program on `PATH`.
    static func executable(named names: [String], in folders: [String]) -> String? {
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name).path
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate)
                {
                    return candidate
                }
            }
        }
        return nil
    }

    public func emit(_ input: EmitterInput) throws -> [EmittedFile] {
        let program = Self.programPrefix + id
        let result: ChildProcess.Result
        do {
            result = try ChildProcess(executable: executable, arguments: [outputFolder], timeout: timeout)
                .run(input: Array(input.json.compact.utf8))
        } catch .cannotStart(let reason) {
            throw Failure(program: program, reason: "could not be started (\(reason))", stderr: "")
        } catch .timedOut(let seconds, let stderr) {
            throw Failure(
                program: program,
                reason: "gave no answer within \(English.count(Int(seconds.rounded()), "second")) and was stopped",
                stderr: String(decoding: stderr, as: UTF8.self))
        }
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        guard result.status == 0 else {
            throw Failure(program: program, reason: "exited with status \(result.status)", stderr: stderr)
        }
        do {
            return try Self.files(from: Data(result.stdout))
        } catch let problem as AnswerProblem {
            throw Failure(program: program, reason: "answered with \(problem.reason)", stderr: stderr)
        }
    }

    private struct AnswerProblem: Error {
        var reason: String
    }

    /// Reads `{"files": [{"path", "contents", "role"?, "week"?}]}`.
    private static func files(from data: Data) throws(AnswerProblem) -> [EmittedFile] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw AnswerProblem(reason: "output that is not JSON (expected {\"files\": [{\"path\": …, \"contents\": base64}]})")
        }
        guard let answer = object as? [String: Any], let files = answer["files"] as? [Any] else {
            throw AnswerProblem(reason: "JSON without a \"files\" array")
        }
        var result: [EmittedFile] = []
        for (index, item) in files.enumerated() {
            guard let file = item as? [String: Any], let path = file["path"] as? String,
                let encoded = file["contents"] as? String
            else {
                throw AnswerProblem(reason: "files[\(index)] without a \"path\" and base64 \"contents\" string")
            }
            guard let contents = Data(base64Encoded: encoded) else {
                throw AnswerProblem(reason: "files[\(index)] (\(path)): \"contents\" is not base64")
            }
            let role = (file["role"] as? String).flatMap(FileRole.init(rawValue:)) ?? .other
            let week = (file["week"] as? Int) ?? Self.week(inPath: path)
            result.append(EmittedFile(path: path, contents: [UInt8](contents), role: role, week: week))
        }
        return result
    }

    /// The week of a path under `week-NN/`, so the index lists the file with its week.
    static func week(inPath path: String) -> Int? {
        guard let first = path.split(separator: "/").first, first.hasPrefix("week-") else { return nil }
        return Int(first.dropFirst("week-".count))
    }
}
