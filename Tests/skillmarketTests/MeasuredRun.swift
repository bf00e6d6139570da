import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `skillmarket` binary with a time limit and reads its peak memory (RSS) from
/// `wait4`'s resource usage: for hostile inputs that must not hang or balloon.
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
        let argv = ([CommandLineRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, CommandLineRunner.binary.path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        let start = Date()
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) != pid {
            if Date().timeIntervalSince(start) > timeout {
                kill(pid, SIGKILL)
                timedOut = true
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(20_000)
        }
        let signal = status & 0x7F
        return MeasuredRun(
            status: signal == 0 ? (status >> 8) & 0xFF : 128 + signal,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            peakRSSBytes: usage.ru_maxrss * 1024,
            seconds: Date().timeIntervalSince(start),
            timedOut: timedOut)
    }
}
