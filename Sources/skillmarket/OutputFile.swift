import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered output: a file (written to a temporary name, renamed into place on `close`, so a
/// reader never sees half a file; missing parent folders are created) or stdout when no path is given.
final class OutputFile {
    private let handle: FileHandle
    private let path: String?
    private var temporaryPath: String?
    private var buffer = Data()

    init(path: String?) throws {
        self.path = path
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporaryPath = nil
            return
        }
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else { throw InputError(path: path, reason: "cannot create the file") }
        self.handle = handle
        temporaryPath = temporary
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Flushes and, for a file, moves it into place.
    func close() throws {
        try flush()
        guard let temporaryPath, let path else { return }
        try handle.close()
        // rename(2) replaces an existing file atomically: readers see the old file or the new one.
        guard rename(temporaryPath, path) == 0 else { throw InputError(path: path, reason: InputError.systemMessage()) }
        self.temporaryPath = nil
    }

    /// A file never closed (the run failed) leaves no temporary file behind.
    deinit {
        if let temporaryPath { unlink(temporaryPath) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
