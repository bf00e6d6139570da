/// JSON strings, read in one pass sixteen bytes at a time (`ByteBlocks`): the scan that finds the
/// closing quote also notes whether every byte is ASCII and, once an escape was seen, copies the
/// bytes it passes. An all-ASCII value becomes a `String` without being validated again; any other
/// is checked once by `UTF8Text` (invalid UTF-8 is repaired with U+FFFD as `String(decoding:as:)` does).
extension JSONCursor {
    /// Parses the string starting at the opening quote; without escapes it is one copy.
    mutating func parseString() throws(JSONParseError) -> String {
        let quote = position
        let contentStart = position + 1
        var ascii = true
        position = stringRunEnd(from: contentStart, copyingTo: nil, ascii: &ascii)
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<position])
                let text = UTF8Text.string(content, knownASCII: ascii)
                position += 1
                lastStringHadEscape = false
                return text
            case UInt8(ascii: "\\"):
                lastStringHadEscape = true
                return try parseEscapedString(from: contentStart, quote: quote, ascii: ascii)
            default: break  // a raw line break
            }
        }
        throw failure("unterminated string", at: quote)
    }

    /// Index of the first `"`, `\\`, LF or CR at or after `start` (or the end).
    func nextStringSpecial(from start: Int) -> Int {
        var ascii = true
        return stringRunEnd(from: start, copyingTo: nil, ascii: &ascii)
    }

    /// Index of the first `"`, `\\`, LF or CR at or after `start` (or the end); `ascii` becomes
    /// false when a byte before it is not ASCII. With `output`, the bytes passed are copied there
    /// (whole blocks: it must have room for every byte from `start` to the end of the input).
    @inline(__always)
    private func stringRunEnd(from start: Int, copyingTo output: UnsafeMutablePointer<UInt8>?, ascii: inout Bool)
        -> Int
    {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        var seenBlocks = ByteBlocks.Block()  // the whole blocks passed, or-ed together
        var seen: UInt64 = 0  // the high bits of the other bytes passed
        // Vector operands: the compares with a scalar operand are generic lane loops.
        let quotes = ByteBlocks.Block(repeating: UInt8(ascii: "\""))
        let backslashes = ByteBlocks.Block(repeating: UInt8(ascii: "\\"))
        let controls = ByteBlocks.Block(repeating: 0x20)
        while index &+ ByteBlocks.width <= count {
            let block = ByteBlocks.load(base, at: index)
            if let output { ByteBlocks.store(block, to: output, at: index &- start) }
            let stops = ByteBlocks.flags((block .== quotes) .| (block .== backslashes) .| (block .< controls))
            if ByteBlocks.isEmpty(stops) {
                seenBlocks |= block
                index &+= ByteBlocks.width
                continue
            }
            let lane = ByteBlocks.firstLane(of: stops)
            seen |= ByteBlocks.highBits(block, before: lane)
            index &+= lane
            if Self.endsRun(base[index]) { break }
            index &+= 1  // another control byte: text
        }
        if seen | ByteBlocks.highBits(seenBlocks) != 0 { ascii = false }
        while index < count {
            let byte = base[index]
            if Self.endsRun(byte) { break }
            if byte >= 0x80 { ascii = false }
            output?[index &- start] = byte
            index &+= 1
        }
        return index
    }

    @inline(__always)
    private static func endsRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x0A || byte == 0x0D
    }

    /// The rest of a string holding escapes (`position` is at the first backslash), in one pass:
    /// each escape is checked (the errors, in input order) and decoded, and the runs between them
    /// are copied, into a buffer the rest of the input bounds (decoding never lengthens the text).
    private mutating func parseEscapedString(from contentStart: Int, quote: Int, ascii: Bool)
        throws(JSONParseError) -> String
    {
        guard let base = bytes.baseAddress else { throw failure("unterminated string", at: quote) }
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count - contentStart + ByteBlocks.width)
        defer { output.deallocate() }
        var ascii = ascii
        var written = position - contentStart
        output.update(from: base + contentStart, count: written)
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UTF8Text.string(UnsafeBufferPointer(start: output, count: written), knownASCII: ascii)
            }
            if byte == 0x0A || byte == 0x0D { break }
            guard position + 1 < bytes.count else { break }
            let escape = bytes[position + 1]
            if escape == UInt8(ascii: "u") {
                let scalar = try unicodeEscape()
                if !scalar.isASCII { ascii = false }
                for byte in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
                    output[written] = byte
                    written += 1
                }
            } else {
                guard let decoded = Self.decoded(escape) else {
                    throw failure("invalid escape '\\\(describe(escape, quoted: false))'", at: position)
                }
                output[written] = decoded
                written += 1
                position += 2
            }
            let end = stringRunEnd(from: position, copyingTo: output + written, ascii: &ascii)
            written += end - position
            position = end
        }
        throw failure("unterminated string", at: quote)
    }

    /// The byte a one-letter escape (`\n`, `\"`, …) stands for, or `nil` when it is not one.
    private static func decoded(_ escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escape
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        default: nil
        }
    }

    /// Reads the `\uXXXX` escape at `position` (joined with a following low-surrogate escape) and
    /// moves past it; a lone surrogate is U+FFFD.
    private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
        let first = try hex4(escape: position)
        position += 6
        var value = first
        if (0xD800...0xDBFF).contains(first) {
            value = 0xFFFD
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let second = try hex4(escape: position)
                if (0xDC00...0xDFFF).contains(second) {
                    value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    position += 6
                }
            }
        } else if (0xDC00...0xDFFF).contains(first) {
            value = 0xFFFD
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The 4 hex digits of the `\u` escape starting at `escape`.
    private func hex4(escape: Int) throws(JSONParseError) -> UInt32 {
        guard escape + 6 <= bytes.count else { throw failure("truncated \\u escape", at: escape) }
        guard let value = Self.hexValue(in: bytes, at: escape + 2) else { throw failure("invalid \\u escape", at: escape) }
        return value
    }

    /// The 4 hex digits at `index`, or `nil` when they are not hex or run past the end.
    private static func hexValue(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
