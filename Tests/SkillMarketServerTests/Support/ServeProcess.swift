import Foundation
import Synchronization

/// The real `skillmarket` binary, started as a user would, with its stderr collected.
///
/// The binary sits in the build products folder next to the test bundle (Darwin) or the test
/// executable (Linux); `swift build --build-tests` builds it (this test target depends on it).
final class ServeProcess: Sendable {
    static let binary: URL = {
        let testBundle = Bundle(for: BundleMarker.self).bundleURL
        let folder = testBundle.pathExtension == "xctest" ? testBundle.deletingLastPathComponent() : testBundle
        return folder.appendingPathComponent("skillmarket")
    }()

    private let process = Process()
    private let errorOutput = Mutex<[UInt8]>([])
    /// Set when stderr has been read to its end (the handler saw end of file).
    private let errorEnded = Mutex(false)

    /// Runs `skillmarket arguments…` with stdin closed and stdout discarded.
    init(_ arguments: [String]) throws {
        process.executableURL = Self.binary
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        errors.fileHandleForReading.readabilityHandler = { [self] handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                errorEnded.withLock { $0 = true }
            } else {
                errorOutput.withLock { $0 += data }
            }
        }
        try process.run()
    }

    /// What the process wrote to stderr so far.
    var stderr: String { errorOutput.withLock { String(decoding: $0, as: UTF8.self) } }

    var processIdentifier: Int32 { process.processIdentifier }

    /// Runs a command to completion (for `generate` and `ingest`); its exit status and stderr.
    static func run(_ arguments: [String]) async throws -> (status: Int32, stderr: String) {
        let child = try ServeProcess(arguments)
        let status = await child.exitStatus()
        return (status, await child.stderrToEnd())
    }

    /// All of stderr once it has been read to its end, which happens soon after the process exits
    /// (the handler reads the pipe on its own thread: right at exit, the last lines may still be in
    /// the pipe, and a test reading `stderr` then would miss them). Waits up to `limit`.
    func stderrToEnd(within limit: Duration = .seconds(10)) async -> String {
        let deadline = ContinuousClock.now + limit
        while !errorEnded.withLock({ $0 }), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return stderr
    }

    /// The port from Hummingbird's "Server started and listening on 127.0.0.1:PORT" log line.
    func listeningPort(within limit: Duration = .seconds(60)) async throws -> Int {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let range = stderr.range(of: "listening on 127.0.0.1:") {
                let digits = stderr[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits) { return port }
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw ServeProcessError("serve did not start listening:\n\(stderr)")
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to end on a thread of its own (not a cooperative or Dispatch worker).
    func exitStatus() async -> Int32 {
        await withCheckedContinuation { continuation in
            Thread {
                self.process.waitUntilExit()
                continuation.resume(returning: self.process.terminationStatus)
            }.start()
        }
    }

    /// Ends the process if a failed test left it running.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

struct ServeProcessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

private final class BundleMarker {}
