#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SkillMarketCore

/// Reads a file descriptor (a file or standard input) in chunks with `read(2)`, into the reader's buffer.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` for reading; `-` is standard input.
    init(path: String) throws(InputError) {
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw InputError(path: path, reason: InputError.systemMessage()) }
        guard (status.st_mode & S_IFMT) != S_IFDIR else { throw InputError(path: path, reason: "is a directory") }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw InputError(path: path, reason: InputError.systemMessage()) }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    func read(upTo count: Int) throws -> [UInt8] {
        var source = self  // the same object: `chunk` is `mutating` for value-type sources
        return try source.chunk(upTo: count)
    }

    /// One `read(2)` straight into the caller's buffer (retried when a signal interrupts it).
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        while true {
            let got = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if got >= 0 { return got }
            if errno != EINTR { throw InputError(path: "", reason: InputError.systemMessage()) }
        }
    }
}

/// An input that could not be opened or read; `description` is what the user reads.
struct InputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { path.isEmpty ? reason : "\(path): \(reason)" }

    static func systemMessage() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
