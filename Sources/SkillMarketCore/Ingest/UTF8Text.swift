/// `String`s made from UTF-8 bytes the caller has scanned, checked at most once.
///
/// `String(decoding:as:)` validates every byte, and once it meets a non-ASCII byte it goes on one
/// byte at a time; here ASCII is skipped sixteen bytes at a time (up to the next non-ASCII byte),
/// only the multi-byte sequences are checked, and a valid text is handed over unchecked. Invalid UTF-8 still goes through
/// `String(decoding:as:)`, so it is repaired (U+FFFD) exactly as before.
enum UTF8Text {
    /// The text of `bytes`; `knownASCII` when the caller saw only ASCII bytes.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String {
        guard knownASCII || isValid(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        return string(validUTF8: bytes, knownASCII: knownASCII)
    }

    /// The text of `bytes`, which the caller knows to be well-formed UTF-8 (pieces of a `String`
    /// cut at ASCII bytes, say): not checked at all, except that a text of at most 15 bytes (stored
    /// inline in the `String`) is written in place and checked there, which is cheaper than the byte
    /// loop `String(copying:)` copies it with.
    static func string(validUTF8 bytes: UnsafeBufferPointer<UInt8>, knownASCII: Bool) -> String {
        if bytes.count <= 15 {
            return String(unsafeUninitializedCapacity: bytes.count) { $0.initialize(fromContentsOf: bytes) }
        }
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: knownASCII))
    }

    /// True when no byte of `bytes` is past ASCII: sixty-four bytes or-ed together a step, the rest
    /// as four blocks whose last ends at the end (they may overlap), one test at the end: no branch
    /// per block, for texts that are rarely anything else.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        guard count >= ByteBlocks.width else { return bytes.allSatisfy { $0 < 0x80 } }
        let width = ByteBlocks.width
        var seen = ByteBlocks.Block()
        var index = 0
        while index &+ 4 &* width <= count {
            seen |= ByteBlocks.load(base, at: index) | ByteBlocks.load(base, at: index &+ width)
                | ByteBlocks.load(base, at: index &+ 2 &* width) | ByteBlocks.load(base, at: index &+ 3 &* width)
            index &+= 4 &* width
        }
        let last = count &- width
        seen |= ByteBlocks.load(base, at: min(index, last)) | ByteBlocks.load(base, at: min(index &+ width, last))
            | ByteBlocks.load(base, at: min(index &+ 2 &* width, last)) | ByteBlocks.load(base, at: last)
        return ByteBlocks.highBits(seen) == 0
    }

    /// True when `bytes` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates,
    /// code points past U+10FFFF or cut-off sequences).
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        let highs = ByteBlocks.Block(repeating: 0x80)
        while index < count {
            if index &+ ByteBlocks.width <= count {
                // Straight to the first byte that is not ASCII (past all sixteen when none is).
                let lane = ByteBlocks.firstLane(of: ByteBlocks.flags(ByteBlocks.load(base, at: index) .>= highs))
                index &+= lane
                if lane == ByteBlocks.width { continue }
            }
            let lead = base[index]
            if lead < 0x80 {
                index &+= 1
                continue
            }
            let length: Int
            let secondRange: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
            default: return false
            }
            guard index &+ length <= count, secondRange.contains(base[index &+ 1]) else { return false }
            for offset in 2..<length where base[index &+ offset] & 0xC0 != 0x80 { return false }
            index &+= length
        }
        return true
    }
}
