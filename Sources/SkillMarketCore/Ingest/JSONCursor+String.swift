/// JSON strings, read in one pass sixteen bytes at a time (`ByteBlocks`): the scan that finds the
/// closing quote also notes whether every byte is ASCII; once an escape was seen, one branch-free
/// turn per block or per one-letter escape copies and decodes the rest (`decodeEscapes`). An
/// all-ASCII value becomes a `String` without being validated again; any other is checked once by
/// `UTF8Text` (invalid UTF-8 is repaired with U+FFFD as `String(decoding:as:)` does).
extension JSONCursor {
    /// Parses the string starting at the opening quote; without escapes it is one copy.
    mutating func parseString() throws(JSONParseError) -> String {
        let quote = position
        let contentStart = position + 1
        var ascii = true
        position = stringRunEnd(from: contentStart, ascii: &ascii)
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

    /// The content of a short string starting at `start` (after its opening quote), read as one
    /// block: the sixteen bytes from `start` and the content's length, when its closing quote lies
    /// among them with no backslash or control byte before it; `nil` otherwise, or when fewer than
    /// sixteen bytes are left.
    @inline(__always)
    func shortString(at start: Int) -> (block: ByteBlocks.Block, length: Int)? {
        guard let base = bytes.baseAddress, start &+ ByteBlocks.width <= bytes.count else { return nil }
        let block = ByteBlocks.load(base, at: start)
        let length = ByteBlocks.firstLane(of: StopMasks().stops(in: block))
        guard length < ByteBlocks.width, base[start &+ length] == UInt8(ascii: "\"") else { return nil }
        return (block, length)
    }

    /// Index of the first `"`, `\\`, LF or CR at or after `start` (or the end).
    func nextStringSpecial(from start: Int) -> Int {
        var ascii = true
        return stringRunEnd(from: start, ascii: &ascii)
    }

    /// Index of the first `"`, `\\`, LF or CR at or after `start` (or the end); `ascii` becomes
    /// false when a byte before it is not ASCII.
    @inline(__always)
    private func stringRunEnd(from start: Int, ascii: inout Bool) -> Int {
        guard let base = bytes.baseAddress else { return start }
        let count = bytes.count
        var index = start
        var seenBlocks = ByteBlocks.Block()  // the whole blocks passed, or-ed together
        var seen: UInt64 = 0  // the high bits of the other bytes passed
        let stopMasks = StopMasks()
        while index &+ ByteBlocks.width <= count {
            let block = ByteBlocks.load(base, at: index)
            let stops = stopMasks.stops(in: block)
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
            index &+= 1
        }
        return index
    }

    /// The compares that flag `"`, `\\` and control bytes in a block. Vector operands: the
    /// compares with a scalar operand are generic lane loops.
    private struct StopMasks {
        let quotes = ByteBlocks.Block(repeating: UInt8(ascii: "\""))
        let backslashes = ByteBlocks.Block(repeating: UInt8(ascii: "\\"))
        let controls = ByteBlocks.Block(repeating: 0x20)

        @inline(__always)
        func mask(in block: ByteBlocks.Block) -> ByteBlocks.Mask {
            (block .== quotes) .| (block .== backslashes) .| (block .< controls)
        }

        @inline(__always)
        func stops(in block: ByteBlocks.Block) -> SIMD2<UInt64> {
            ByteBlocks.flags(mask(in: block))
        }
    }

    @inline(__always)
    private static func endsRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x0A || byte == 0x0D
    }

    /// The rest of a string holding escapes (`position` is at the first backslash), decoded into a
    /// buffer the rest of the input bounds (decoding never lengthens the text): on the stack
    /// (`StackScratch`) when that bound fits it, else on the heap. Whether the decoded text is ASCII
    /// is read from it once at the end (`ascii`: the bytes before the first escape were).
    private mutating func parseEscapedString(from contentStart: Int, quote: Int, ascii: Bool)
        throws(JSONParseError) -> String
    {
        // Room for a whole block stored at any point: `written` never passes `index - contentStart`.
        let room = bytes.count - contentStart + ByteBlocks.width
        if room <= StackScratch.capacity {
            return try StackScratch.with { (output) throws(JSONParseError) -> String in
                try decodeEscapes(from: contentStart, quote: quote, ascii: ascii, into: output)
            }
        }
        let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: room)
        defer { output.deallocate() }
        return try decodeEscapes(from: contentStart, quote: quote, ascii: ascii, into: output)
    }

    /// `parseEscapedString` into `buffer`, in one loop over the input. Each turn copies sixteen bytes
    /// whole and finds their first stop (`"`, `\\`, a control byte) from a bit mask; a one-letter
    /// escape there (`\n` in nearly every escaped text) is decoded in the same turn. Whether the block
    /// held a stop only sets how far the turn moves (sixteen bytes, or past the escape), not which
    /// way the loop branches, so it does not mispredict once per escape. Any other stop leaves the
    /// loop and is handled where it is: a `\u` escape, the errors (in input order), a control byte
    /// other than LF and CR (text), the closing quote.
    private mutating func decodeEscapes(
        from contentStart: Int, quote: Int, ascii: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>
    ) throws(JSONParseError) -> String {
        guard let base = bytes.baseAddress, let output = buffer.baseAddress else {
            throw failure("unterminated string", at: quote)
        }
        let count = bytes.count
        var written = position - contentStart
        output.update(from: base + contentStart, count: written)
        var index = position
        let stopMasks = StopMasks()
        let table = Self.oneLetterEscapes
        let letters = table.span
        while index < count {
            // `index` is at a stop.
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                position = index &+ 1
                let text = UnsafeBufferPointer(start: output, count: written)
                return UTF8Text.string(text, knownASCII: ascii && UTF8Text.isASCII(text))
            }
            if byte == UInt8(ascii: "\\") {
                guard index &+ 1 < count else { break }
                let escape = base[index &+ 1]
                let decoded = letters[Int(escape)]
                if decoded != 0 {
                    output[written] = decoded
                    written &+= 1
                    index &+= 2
                } else if escape == UInt8(ascii: "u") {
                    position = index
                    let scalar = try unicodeEscape()
                    index = position
                    for byte in UTF8.encode(scalar) ?? UTF8.EncodedScalar() {
                        output[written] = byte
                        written &+= 1
                    }
                } else {
                    throw failure("invalid escape '\\\(describe(escape, quoted: false))'", at: index)
                }
            } else if byte == 0x0A || byte == 0x0D {
                break
            } else {
                output[written] = byte  // another control byte: text
                written &+= 1
                index &+= 1
            }
            // The run up to the next stop that is not a one-letter escape. A turn reads the block and
            // the two bytes after it: a stop in the last lane and its letter, or (no stop) two bytes
            // whose decoded value is written past the block and overwritten by the next turn.
            while index &+ ByteBlocks.width &+ 2 <= count {
                let block = ByteBlocks.load(base, at: index)
                ByteBlocks.store(block, to: output, at: written)
                let lane = (ByteBlocks.laneBits(stopMasks.mask(in: block)) | 1 << 16).trailingZeroBitCount
                let stopped = lane &>> 4 ^ 1  // 1 when the block holds a stop (lane < 16)
                let letter = letters[Int(base[index &+ lane &+ 1])]
                let decoded = base[index &+ lane] == UInt8(ascii: "\\") ? letter : 0
                if decoded | UInt8(truncatingIfNeeded: stopped ^ 1) == 0 {
                    index &+= lane
                    written &+= lane
                    break
                }
                output[written &+ lane] = decoded
                index &+= lane &+ stopped &<< 1
                written &+= lane &+ stopped
            }
            if index &+ ByteBlocks.width &+ 2 > count {
                while index < count, base[index] >= 0x20, base[index] != UInt8(ascii: "\""),
                    base[index] != UInt8(ascii: "\\")
                {
                    output[written] = base[index]
                    written &+= 1
                    index &+= 1
                }
            }
        }
        position = index
        throw failure("unterminated string", at: quote)
    }

    /// The byte each one-letter escape (`\n`, `\"`, …) stands for, indexed by its letter; 0 for a
    /// byte that is not one (no escape stands for 0).
    private static let oneLetterEscapes = InlineArray<256, UInt8> { letter in
        switch UInt8(letter) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(letter)
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        default: 0
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
