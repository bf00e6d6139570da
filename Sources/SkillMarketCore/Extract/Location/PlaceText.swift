/// Splits place text into comma-separated parts of normalised words for gazetteer look-ups.
///
/// Words are lower-case ASCII (Latin-1 accents folded: "Zürich" → "zurich"); `.` and
/// apostrophes vanish ("U.S." → "us", "King's" → "kings"); hyphens, spaces and other
/// punctuation separate words; `, ( ) / | ; : [ ]`, line breaks, HTML tags and entities
/// such as `&#x2F;` end a part; `&` is the word "and".
///
/// All words live in one byte buffer, those of a part joined by single spaces, so the key of
/// any run of words in a part is one contiguous byte range (no `String` per look-up). The bytes,
/// words and parts are scratch space that lives for one `reading` call (no array per location).
///
///     PlaceText.reading("Stoke-on-Trent, Staffs (UK)")  // parts "stoke on trent", "staffs", "uk"
struct PlaceText {
    /// One word: its bytes in `bytes`, and whether it was written without lower-case letters
    /// ("CA", "NY").
    struct Word {
        var range: Range<Int>
        var upperCase: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let words: UnsafeBufferPointer<Word>
    /// Each part as a range of `words` indices (never empty).
    let parts: UnsafeBufferPointer<Range<Int>>

    /// The words `first...last` (of one part) as look-up key bytes ("new york").
    func key(_ first: Int, _ last: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[words[first].range.lowerBound..<words[last].range.upperBound])
    }

    /// Calls `body` with the place text of `text`, valid only inside `body`.
    ///
    /// Scratch sizes: every input byte writes at most four bytes ("&" → " and") and starts at most
    /// one word; a part has at least one word.
    static func reading<Result>(_ text: UnsafeBufferPointer<UInt8>, _ body: (PlaceText) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count * 4 + 1) { output in
            withUnsafeTemporaryAllocation(of: Word.self, capacity: text.count + 1) { words in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: text.count + 1) { parts in
                    var builder = Builder(output: output, words: words, parts: parts)
                    builder.read(text)
                    return body(
                        PlaceText(
                            bytes: UnsafeBufferPointer(rebasing: output[..<builder.count]),
                            words: UnsafeBufferPointer(rebasing: words[..<builder.wordCount]),
                            parts: UnsafeBufferPointer(rebasing: parts[..<builder.partCount])))
                }
            }
        }
    }

    /// Calls `body` with the look-up key for a whole name ("St. Albans" → "st albans"; empty when it
    /// has no words) and its number of words; the key is valid only inside `body`.
    static func withKey<Result>(
        for name: UnsafeBufferPointer<UInt8>, _ body: (_ key: UnsafeBufferPointer<UInt8>, _ wordCount: Int) -> Result
    ) -> Result {
        reading(name) { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.bytes.count + text.parts.count) { key in
                var count = 0
                for part in text.parts {
                    if count > 0 {
                        key[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    for byte in text.key(part.lowerBound, part.upperBound - 1) {
                        key[count] = byte
                        count += 1
                    }
                }
                return body(UnsafeBufferPointer(rebasing: key[..<count]), text.words.count)
            }
        }
    }

    /// ASCII spelling of the UTF-8 letter `0xC3 byte` ("é" → "e", "ß" → "ss"), or `nil` for a sign.
    private static func foldLatin1(_ byte: UInt8) -> String? {
        switch byte & 0xDF {  // upper and lower case share a row
        case 0x80...0x85: "a"
        case 0x86: "ae"
        case 0x87: "c"
        case 0x88...0x8B: "e"
        case 0x8C...0x8F: "i"
        case 0x90: "d"
        case 0x91: "n"
        case 0x92...0x96, 0x98: "o"
        case 0x99...0x9C: "u"
        case 0x9D: "y"
        case 0x9E: "th"
        case 0x9F: byte == 0x9F ? "ss" : "y"
        default: nil
        }
    }

    // MARK: Building

    /// Writes the words of a text into scratch buffers: four output bytes and one word per input
    /// byte (see `reading`).
    private struct Builder {
        let output: UnsafeMutableBufferPointer<UInt8>
        let words: UnsafeMutableBufferPointer<Word>
        let parts: UnsafeMutableBufferPointer<Range<Int>>
        /// Bytes written to `output`.
        var count = 0
        var wordCount = 0
        var partCount = 0
        /// Start in `output` of the word being read, or -1.
        private var wordStart = -1
        private var wordHasLowerCase = false
        /// Index in `words` of the current part's first word.
        private var partStart = 0

        init(
            output: UnsafeMutableBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<Word>,
            parts: UnsafeMutableBufferPointer<Range<Int>>
        ) {
            self.output = output
            self.words = words
            self.parts = parts
        }

        mutating func read(_ text: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < text.count {
                let byte = text[index]
                index += 1
                // Letters and digits first, without the jump table of the switch below (an indirect
                // branch per byte, mispredicted at every change of byte class).
                if byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    append(byte, lowerCase: byte >= UInt8(ascii: "a"))
                    continue
                }
                if byte &- UInt8(ascii: "A") < 26 {
                    append(byte | 0x20, lowerCase: false)
                    continue
                }
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                    continue
                case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "|"),
                    UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\n"),
                    UInt8(ascii: "\r"), UInt8(ascii: "\\"):
                    endPart()
                case UInt8(ascii: "<"):
                    // An HTML tag: skip to its end.
                    while index < text.count, text[index] != UInt8(ascii: ">") { index += 1 }
                    if index < text.count { index += 1 }
                    endPart()
                case UInt8(ascii: "&"):
                    if index < text.count, text[index] == UInt8(ascii: "#") {
                        // A numeric entity ("&#x2F;" is "/"): treat as a part break.
                        var probe = index
                        while probe < text.count, text[probe] != UInt8(ascii: ";"), probe - index < 8 { probe += 1 }
                        if probe < text.count, text[probe] == UInt8(ascii: ";") { index = probe + 1 }
                        endPart()
                    } else {
                        // "&amp;" (also without its ";") is one "&"; in "&a&a" the "a" is a word.
                        if index + 3 <= text.count, text[index] == UInt8(ascii: "a"),
                            text[index + 1] == UInt8(ascii: "m"), text[index + 2] == UInt8(ascii: "p")
                        {
                            index += 3
                            if index < text.count, text[index] == UInt8(ascii: ";") { index += 1 }
                        }
                        endWord()
                        for letter in "and".utf8 { append(letter, lowerCase: true) }
                        endWord()
                    }
                case 0xC3:
                    // Latin-1 supplement letters: fold accents onto ASCII.
                    guard index < text.count else { continue }
                    let next = text[index]
                    index += 1
                    if let folded = PlaceText.foldLatin1(next) {
                        for letter in folded.utf8 { append(letter, lowerCase: next >= 0xA0) }
                    } else {
                        endWord()
                    }
                case 0xE2:
                    // General punctuation: curly apostrophes vanish, dashes and the rest separate words.
                    let trail = index + 1 < text.count ? (text[index], text[index + 1]) : (0, 0)
                    index = min(index + 2, text.count)
                    if trail == (0x80, 0x98) || trail == (0x80, 0x99) { continue }
                    endWord()
                case 0xC2:
                    // Latin-1 punctuation (no-break space, ·): separates words.
                    if index < text.count { index += 1 }
                    endWord()
                case 0x80...0xFF:
                    append(byte, lowerCase: true)
                default:
                    endWord()
                }
            }
            endPart()
        }

        private mutating func append(_ byte: UInt8, lowerCase: Bool) {
            if wordStart < 0 {
                if wordCount > partStart {
                    output[count] = UInt8(ascii: " ")
                    count += 1
                }
                wordStart = count
                wordHasLowerCase = false
            }
            output[count] = byte
            count += 1
            if lowerCase && byte >= UInt8(ascii: "a") { wordHasLowerCase = true }
        }

        private mutating func endWord() {
            guard wordStart >= 0 else { return }
            words[wordCount] = Word(range: wordStart..<count, upperCase: !wordHasLowerCase)
            wordCount += 1
            wordStart = -1
        }

        private mutating func endPart() {
            endWord()
            if wordCount > partStart {
                parts[partCount] = partStart..<wordCount
                partCount += 1
            }
            partStart = wordCount
        }
    }
}
