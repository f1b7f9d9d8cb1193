import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program with bytes on its standard input and a time limit, collecting what it writes.
///
/// The program runs in a process group of its own, so a program that times out is stopped with
/// everything it started (a shell script's `sleep`, a converter it launched), and no pipe is left
/// open by a grandchild.
struct ChildProcess {
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    enum Failure: Error {
        case cannotStart(String)
        case timedOut(seconds: Double, stderr: [UInt8])
    }

    let executable: String
    let arguments: [String]
    let timeout: Double
    /// The environment the program gets, as `NAME=value`.
    var environment: [String] = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }.sorted()

    func run(input: [UInt8]) throws(Failure) -> Result {
        // A program that exits without reading all of its input must not take this process down
        // with it: a write to a closed pipe then fails with EPIPE instead of raising SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        guard let stdin = Self.pipe(), let stdout = Self.pipe(), let stderr = Self.pipe() else {
            throw .cannotStart(String(cString: strerror(errno)))
        }
        let pid: pid_t
        do {
            pid = try spawn(stdin: stdin.read, stdout: stdout.write, stderr: stderr.write)
        } catch {
            for fd in [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write] { close(fd) }
            throw error
        }
        close(stdin.read)
        close(stdout.write)
        close(stderr.write)

        // Write, read both outputs and wait for the exit all at once: a large input or output
        // must not fill a pipe and leave both sides waiting for each other.
        let output = Collected()
        let streams = DispatchGroup()
        DispatchQueue.global().async(group: streams) {
            Self.send(input, to: stdin.write)
            close(stdin.write)
        }
        DispatchQueue.global().async(group: streams) { output.set(out: Self.drain(stdout.read)) }
        DispatchQueue.global().async(group: streams) { output.set(err: Self.drain(stderr.read)) }
        let exited = DispatchSemaphore(value: 0)
        let status = Collected()
        DispatchQueue.global().async {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
            status.set(status: raw)
            exited.signal()
        }

        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(-pid, SIGTERM)
            if exited.wait(timeout: .now() + 2) == .timedOut {
                kill(-pid, SIGKILL)
                exited.wait()
            }
            _ = streams.wait(timeout: .now() + 2)
            throw .timedOut(seconds: timeout, stderr: output.err)
        }
        // The program is gone; its group may still hold the pipes open: end them too.
        kill(-pid, SIGKILL)
        _ = streams.wait(timeout: .now() + 5)
        let raw = status.status
        let code: Int32 = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
        return Result(status: code, stdout: output.out, stderr: output.err)
    }

    private func spawn(stdin: Int32, stdout: Int32, stderr: Int32) throws(Failure) -> pid_t {
        switch ProcessGroupSpawn.spawn(
            executable, arguments: arguments, environment: environment, descriptors: [(0, stdin), (1, stdout), (2, stderr)])
        {
        case .success(let pid): return pid
        case .failure(let error): throw .cannotStart(error.reason)
        }
    }

    /// A pipe whose ends close on exec, so no other child inherits them.
    private static func pipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard Foundation.pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    private static func send(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // the program closed its input; what it answers will say whether that is fine
            }
            offset += written
        }
    }

    private static func drain(_ fd: Int32) -> [UInt8] {
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return result }
            result += buffer[0..<count]
        }
    }

    /// What other threads gathered.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var stdout: [UInt8] = []
        private var stderr: [UInt8] = []
        private var raw: Int32 = 0

        func set(out: [UInt8]) { lock.withLock { stdout = out } }
        func set(err: [UInt8]) { lock.withLock { stderr = err } }
        func set(status: Int32) { lock.withLock { raw = status } }
        var out: [UInt8] { lock.withLock { stdout } }
        var err: [UInt8] { lock.withLock { stderr } }
        var status: Int32 { lock.withLock { raw } }
    }
}
