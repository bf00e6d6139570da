/// Splits a short text (a title, a catalogue phrase) into lower-case word tokens.
///
/// ASCII letters are folded to lower case by hand (no `lowercased()`); ASCII digits and
/// non-ASCII letters belong to words; apostrophes (' and ’) are dropped inside a word
/// ("women's" → "womens"); `&` becomes the word "and"; everything else — spaces, punctuation,
/// dashes, no-break spaces — separates words.
///
///     TitleTokenizer.tokens(of: "Sr. AI/ML Engineer & Lead")  // ["sr", "ai", "ml", "engineer", "and", "lead"]
enum TitleTokenizer {
    static func tokens(of text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        return tokens
    }

    /// Calls `body` with the UTF-8 bytes of each token in order, without making strings (the
    /// buffer is only valid during the call).
    static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachToken(in: $0, body) }
    }

    /// Calls `body` with each token of the (valid) UTF-8 text `bytes`, as `forEachToken(in:_:)` does.
    /// Cutting a text at an ASCII space or line break and reading the parts one after the other gives
    /// the same tokens as reading it whole.
    ///
    /// Text of `plainPathLength` bytes or more is first tried as plain text (`forEachPlainToken`); text
    /// with an apostrophe, `&` or a non-ASCII byte is read byte by byte.
    static func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if bytes.count >= plainPathLength, forEachPlainToken(in: bytes, body) { return }
        let count = bytes.count
        wordByte.withUnsafeBufferPointer { wordByte in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 1) { word in
                var length = 0
                func flush() {
                    if length > 0 { body(UnsafeBufferPointer(rebasing: word[..<length])) }
                    length = 0
                }
                var index = 0
                while index < count {
                    let byte = bytes[index]
                    let folded = wordByte[Int(byte)]
                    if folded != 0 {  // the hot case: a letter or digit
                        word[length] = folded
                        length &+= 1
                        index &+= 1
                        continue
                    }
                    switch byte {
                    case 0x27:  // "'" is dropped
                        break
                    case 0x26:  // "&" is the word "and"
                        flush()
                        let and: StaticString = "and"
                        body(UnsafeBufferPointer(start: and.utf8Start, count: and.utf8CodeUnitCount))
                    case 0x80...:
                        let (value, width) = scalar(in: bytes, at: index)
                        if value == 0x2019 {
                            // A typographic apostrophe is dropped like "'".
                        } else if Unicode.Scalar(value)?.properties.isAlphabetic == true {
                            for offset in 0..<width {
                                word[length] = bytes[index + offset]
                                length += 1
                            }
                        } else {
                            flush()
                        }
                        index += width
                        continue
                    default:
                        flush()
                    }
                    index += 1
                }
                flush()
            }
        }
    }

    /// Texts shorter than this (titles, phrases) go straight to the byte loop.
    static let plainPathLength = 64

    /// The tokens of text without `'`, `&` or non-ASCII bytes are exactly its runs of ASCII letters
    /// and digits, lower-cased: one pass copies the text with every byte's 0x20 bit set (which
    /// lower-cases letters and keeps digits) while testing sixteen bytes at a time for those bytes,
    /// then `ASCIIWordRuns` finds the runs from bit masks — no branch per byte or per word end.
    /// Returns `false`, having called nothing, when the text holds such a byte.
    static func forEachPlainToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
        -> Bool
    {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { lowered in
            guard let loweredBase = lowered.baseAddress else { return false }
            typealias Block = ByteBlocks.Block
            var special = ByteBlocks.Mask()
            var index = 0
            while index &+ ByteBlocks.width <= count {
                let block = ByteBlocks.load(base, at: index)
                special = special .| ((block & Block(repeating: 0x80)) .!= Block(repeating: 0))
                    .| (block .== Block(repeating: UInt8(ascii: "&"))) .| (block .== Block(repeating: UInt8(ascii: "'")))
                ByteBlocks.store(block | Block(repeating: 0x20), to: loweredBase, at: index)
                index &+= ByteBlocks.width
            }
            var plain = ByteBlocks.isEmpty(ByteBlocks.flags(special))
            while index < count {
                let byte = base[index]
                plain = plain && byte < 0x80 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "'")
                loweredBase[index] = byte | 0x20
                index &+= 1
            }
            guard plain else { return false }
            ASCIIWordRuns.forEach(in: bytes) { start, end in
                body(UnsafeBufferPointer(start: loweredBase + start, count: end &- start))
            }
            return true
        }
    }

    /// Per byte value: the byte a word holds for it (ASCII letters lower-cased, digits as they are),
    /// or 0 when the byte is no ASCII letter or digit (`'` and `&`, other ASCII, any non-ASCII byte).
    private static let wordByte: [UInt8] = (0..<256).map { value in
        switch UInt8(value) {
        case 0x61...0x7A, 0x30...0x39: UInt8(value)
        case 0x41...0x5A: UInt8(value) | 0x20
        default: 0
        }
    }

    /// The scalar value of the (valid) UTF-8 sequence starting at `index`, and its length in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        let end = min(index + width, bytes.count)
        for position in index + 1..<end { value = value << 6 | UInt32(bytes[position] & 0x3F) }
        return (value, end - index)
    }
}
