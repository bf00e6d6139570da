import Foundation

/// Runs the built `skillmarket` binary as a user would, capturing its streams.
struct CommandLineRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The binary sits in the build products folder, next to the test bundle (Darwin) or the
    /// test executable (Linux).
    static let binary: URL = {
        let testBundle = Bundle(for: BundleMarker.self).bundleURL
        let folder = testBundle.pathExtension == "xctest" ? testBundle.deletingLastPathComponent() : testBundle
        return folder.appendingPathComponent("skillmarket")
    }()

    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return url.path
    }

    /// Runs `skillmarket` (or another `executable`) with `arguments`.
    static func run(_ arguments: [String], stdin: Data? = nil, executable: URL = binary) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errorData = Data()
        let errorReader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        errorReader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorReader.isFinished { usleep(1_000) }
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("skillmarket-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

private final class BundleMarker {}

extension String {
    /// The value of a top-level string field in one JSON output line.
    func jsonField(_ name: String) -> Any? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(utf8)) as? [String: Any] else { return nil }
        return object[name]
    }
}
