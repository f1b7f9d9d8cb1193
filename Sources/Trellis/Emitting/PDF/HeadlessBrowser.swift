import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`):
/// one browser process prints every page of a render, instead of one process per file.
///
/// Messages are JSON objects, each ended by a NUL byte, on file descriptor 3 (to the browser) and
/// 4 (from it). The browser runs in a process group of its own with a throwaway profile, and is
/// stopped with everything it started when printing ends or fails.
final class HeadlessBrowser {
    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case cannotStart(String)
        case protocolError(String)
        case timedOut(String)

        var description: String {
            switch self {
            case .notInstalled:
                "PDF needs headless Chromium, and none was found on PATH (chromium, chromium-browser, google-chrome): "
                    + "install the Debian package chromium (apt-get install chromium), or set TRELLIS_CHROMIUM to its path"
            case .cannotStart(let reason): "Chromium could not start: \(reason)"
            case .protocolError(let reason): "Chromium failed: \(reason)"
            case .timedOut(let step): "Chromium did not answer within the time limit (\(step))"
            }
        }
    }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let profile: URL
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var session: String?
    private let timeout: Double

    /// The Chromium executable: `$TRELLIS_CHROMIUM`, else the first known name on PATH.
    static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let chosen = environment["TRELLIS_CHROMIUM"], !chosen.isEmpty {
            return FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        return ExternalEmitter.executable(named: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"], in: folders)
    }

    init(executable: String, timeout: Double = 60) throws(Failure) {
        signal(SIGPIPE, SIG_IGN)
        self.timeout = timeout
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-chromium-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0]
        var answers: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&answers) == 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        for fd in commands + answers { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let devnull = open("/dev/null", O_RDWR)

        let arguments = [
            "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
            "--disable-sync", "--mute-audio", "--user-data-dir=\(profile.path)", "about:blank",
        ]
        let spawned = ProcessGroupSpawn.spawn(
            executable, arguments: arguments,
            environment: ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" },
            descriptors: [(0, devnull), (1, devnull), (2, devnull), (3, commands[0]), (4, answers[1])])
        Foundation.close(devnull)
        Foundation.close(commands[0])
        Foundation.close(answers[1])
        guard case .success(let pid) = spawned else {
            Foundation.close(commands[1])
            Foundation.close(answers[0])
            if case .failure(let error) = spawned { throw .cannotStart(error.reason) }
            throw .cannotStart("unknown")
        }
        self.pid = pid
        toBrowser = commands[1]
        fromBrowser = answers[0]
        do throws(Failure) {
            let target = try call("Target.createTarget", ["url": "about:blank"])
            guard let id = target["targetId"] as? String else { throw Failure.protocolError("no target") }
            let attached = try call("Target.attachToTarget", ["targetId": id, "flatten": true])
            guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no session") }
            self.session = session
            _ = try call("Page.enable", [:], inSession: true)
        } catch {
            stop()
            throw error
        }
    }

    deinit { stop() }

    /// Prints the page at `url` as PDF, using the page's own CSS page size and margins.
    func printPDF(url: URL) throws(Failure) -> Data {
        _ = try call("Page.navigate", ["url": url.absoluteString], inSession: true)
        try waitForEvent("Page.loadEventFired")
        let printed = try call(
            "Page.printToPDF",
            [
                "printBackground": true, "preferCSSPageSize": true, "displayHeaderFooter": false,
                "generateTaggedPDF": true, "transferMode": "ReturnAsBase64",
            ], inSession: true)
        guard let text = printed["data"] as? String, let data = Data(base64Encoded: text) else {
            throw .protocolError("no PDF in the answer")
        }
        return data
    }

    private var closed = false

    /// Stops the browser and everything it started, and removes its profile.
    func stop() {
        guard !closed else { return }
        closed = true
        if let message = try? JSONSerialization.data(withJSONObject: ["id": 0, "method": "Browser.close"]) {
            send(Array(message) + [0])
        }
        Foundation.close(toBrowser)
        Foundation.close(fromBrowser)
        kill(-pid, SIGTERM)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) != 0 { break }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        waitpid(pid, &status, WNOHANG)
        try? FileManager.default.removeItem(at: profile)
    }

    // MARK: The protocol

    private func call(_ method: String, _ params: [String: Any], inSession: Bool = false) throws(Failure) -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if inSession, let session { message["sessionId"] = session }
        guard let data = try? JSONSerialization.data(withJSONObject: message) else {
            throw .protocolError("cannot encode \(method)")
        }
        send(Array(data) + [0])
        while true {
            let answer = try receive(step: method)
            guard answer["id"] as? Int == id else { continue }
            if let error = answer["error"] as? [String: Any] {
                throw .protocolError("\(method): \(error["message"] as? String ?? "error")")
            }
            return answer["result"] as? [String: Any] ?? [:]
        }
    }

    private func waitForEvent(_ name: String) throws(Failure) {
        while true {
            let message = try receive(step: name)
            if message["method"] as? String == name { return }
        }
    }

    private func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(toBrowser, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// The next message from the browser, waiting at most `timeout` seconds for it.
    private func receive(step: String) throws(Failure) -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try? JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else {
                    throw .protocolError("an answer that is not JSON")
                }
                return object
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw .timedOut(step) }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready < 0 && errno != EINTR { throw .protocolError(String(cString: strerror(errno))) }
            guard ready > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { Foundation.read(fromBrowser, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw .protocolError("the browser exited") }
            buffer += chunk[0..<count]
        }
    }
}
