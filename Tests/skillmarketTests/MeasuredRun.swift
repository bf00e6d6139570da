import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `skillmarket` binary with a time limit and reads its peak memory (RSS): for
/// hostile inputs that must not hang or balloon.
///
/// The peak comes from GNU time (`/usr/bin/time -f %M`, Debian package `time`), which spawns the
/// binary from its own small process. Our own `wait4` rusage would not do: a child spawned from
/// this test process starts with the test process's pages mapped until `exec`, and Linux keeps
/// that high-water mark, so the figure would grow with whatever other tests had allocated.
/// The run gets its own process group, so a timeout kills `time` and the binary together.
///
/// Output goes to files rather than pipes, so a large or blocked output cannot stall the child.
struct MeasuredRun {
    /// The exit code, or 128 + signal when the child was killed (also on timeout).
    var status: Int32
    var stdout: String
    var stderr: String
    var peakRSSBytes: Int
    var seconds: Double
    var timedOut: Bool

    var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    var peakRSSMegabytes: Int { peakRSSBytes >> 20 }

    static func run(_ arguments: [String], timeout: Double = 180) throws -> MeasuredRun {
        let directory = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outPath = directory.appendingPathComponent("stdout").path
        let errPath = directory.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let peakPath = directory.appendingPathComponent("peak-kilobytes").path
        let timeCommand = ["/usr/bin/time", "-f", "%M", "-o", peakPath, CommandLineRunner.binary.path]
        let argv = (timeCommand + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, timeCommand[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        let start = Date()
        var status: Int32 = 0
        var timedOut = false
        while waitpid(pid, &status, WNOHANG) != pid {
            if Date().timeIntervalSince(start) > timeout {
                kill(-pid, SIGKILL)
                timedOut = true
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(20_000)
        }
        // GNU time exits with the binary's status, or 128 + the signal that ended it.
        let signal = status & 0x7F
        let peakKilobytes = (try? String(contentsOfFile: peakPath, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0) }
        return MeasuredRun(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            peakRSSBytes: (peakKilobytes ?? Int.max >> 10) * 1024,
            seconds: Date().timeIntervalSince(start),
            timedOut: timedOut)
    }
}
