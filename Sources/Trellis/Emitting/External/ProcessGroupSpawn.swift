import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Starts a program in a process group of its own, with chosen file descriptors, so that it can
/// be stopped with everything it started (`kill(-pid, …)`), and with SIGPIPE back to its default
/// (an ignored signal is inherited, and Trellis ignores SIGPIPE while it writes to pipes).
enum ProcessGroupSpawn {
    /// Spawns `executable` with `arguments`; `descriptors` maps each child descriptor number to
    /// the parent descriptor it becomes. Returns the pid, or the system's reason it failed.
    static func spawn(
        _ executable: String, arguments: [String], environment: [String], descriptors: [(child: Int32, parent: Int32)]
    ) -> Result<pid_t, SpawnError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (child, parent) in descriptors { posix_spawn_file_actions_adddup2(&actions, parent, child) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        return result == 0 ? .success(pid) : .failure(SpawnError(reason: String(cString: strerror(result))))
    }

    struct SpawnError: Error {
        let reason: String
    }
}
