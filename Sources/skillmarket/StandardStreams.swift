#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output: collects bytes and writes them in large blocks.
struct StandardOutput {
    private var buffer: [UInt8] = []
    private let flushThreshold = 1 << 20

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushThreshold { flush() }
    }

    /// `bytes` and a line break.
    mutating func writeLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= flushThreshold { flush() }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(1, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written <= 0 {
                    if errno == EINTR { continue }
                    return  // stdout closed (e.g. piped into `head`): nothing more to do
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes one line to standard error, unbuffered.
func printError(_ message: String) {
    writeError(message + "\n")
}

/// Writes text to standard error as it is (progress lines redraw with "\r").
func writeError(_ text: String) {
    _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count - 1) }
}
