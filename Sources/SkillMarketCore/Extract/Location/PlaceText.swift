/// Splits place text into comma-separated parts of normalised words for gazetteer look-ups.
///
/// Words are lower-case ASCII (Latin-1 accents folded: "Zürich" → "zurich"); `.` and
/// apostrophes vanish ("U.S." → "us", "King's" → "kings"); hyphens, spaces and other
/// punctuation separate words; `, ( ) / | ; : [ ]`, line breaks, HTML tags and entities
/// such as `&#x2F;` end a part; `&` is the word "and".
///
///     PlaceText("Stoke-on-Trent, Staffs (UK)").parts  // ["stoke on trent", "staffs", "uk"]
struct PlaceText {
    /// One part: its words joined by single spaces, with each word's byte range.
    struct Part {
        var bytes: [UInt8] = []
        var words: [Range<Int>] = []
        /// Whether each word was written without lower-case letters ("CA", "NY").
        var upperCase: [Bool] = []

        /// The words `first...last` as one look-up key ("new york").
        func key(_ first: Int, _ last: Int) -> String {
            String(decoding: bytes[words[first].lowerBound..<words[last].upperBound], as: UTF8.self)
        }
    }

    private(set) var parts: [Part] = []

    init<Bytes: Collection>(_ text: Bytes) where Bytes.Element == UInt8 {
        var builder = Builder()
        var index = text.startIndex
        while index != text.endIndex {
            let byte = text[index]
            index = text.index(after: index)
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                builder.append(byte, lowerCase: byte >= UInt8(ascii: "a"))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                builder.append(byte | 0x20, lowerCase: false)
            case UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "|"),
                UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\n"),
                UInt8(ascii: "\r"), UInt8(ascii: "\\"):
                builder.endPart()
            case UInt8(ascii: "<"):
                // An HTML tag: skip to its end.
                while index != text.endIndex, text[index] != UInt8(ascii: ">") { index = text.index(after: index) }
                if index != text.endIndex { index = text.index(after: index) }
                builder.endPart()
            case UInt8(ascii: "&"):
                if index != text.endIndex, text[index] == UInt8(ascii: "#") {
                    // A numeric entity ("&#x2F;" is "/"): treat as a part break.
                    var probe = index
                    var length = 0
                    while probe != text.endIndex, text[probe] != UInt8(ascii: ";"), length < 8 {
                        probe = text.index(after: probe)
                        length += 1
                    }
                    if probe != text.endIndex, text[probe] == UInt8(ascii: ";") { index = text.index(after: probe) }
                    builder.endPart()
                } else {
                    for name in [UInt8(ascii: "a"), UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: ";")] {
                        guard index != text.endIndex, text[index] == name else { break }
                        index = text.index(after: index)
                    }
                    builder.endWord()
                    for letter in "and".utf8 { builder.append(letter, lowerCase: true) }
                    builder.endWord()
                }
            case 0xC3:
                // Latin-1 supplement letters: fold accents onto ASCII.
                guard index != text.endIndex else { continue }
                let next = text[index]
                index = text.index(after: index)
                if let folded = PlaceText.foldLatin1(next) {
                    for letter in folded.utf8 { builder.append(letter, lowerCase: next >= 0xA0) }
                } else {
                    builder.endWord()
                }
            case 0xE2:
                // General punctuation: curly apostrophes vanish, dashes and the rest separate words.
                var trail: [UInt8] = []
                while trail.count < 2, index != text.endIndex {
                    trail.append(text[index])
                    index = text.index(after: index)
                }
                if trail == [0x80, 0x98] || trail == [0x80, 0x99] { continue }
                builder.endWord()
            case 0xC2:
                // Latin-1 punctuation (no-break space, ·): separates words.
                if index != text.endIndex { index = text.index(after: index) }
                builder.endWord()
            case 0x80...0xFF:
                builder.append(byte, lowerCase: true)
            default:
                builder.endWord()
            }
        }
        builder.endPart()
        parts = builder.parts
    }

    /// The look-up key for a whole name ("St. Albans" → "st albans"); empty when it has no words.
    static func key(for name: String) -> (key: String, wordCount: Int) {
        let text = PlaceText(name.utf8)
        var words: [String] = []
        for part in text.parts {
            for index in part.words.indices { words.append(part.key(index, index)) }
        }
        return (words.joined(separator: " "), words.count)
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

    private struct Builder {
        var parts: [Part] = []
        var current = Part()
        var wordStart: Int?
        var wordHasLowerCase = false

        mutating func append(_ byte: UInt8, lowerCase: Bool) {
            if wordStart == nil {
                if !current.bytes.isEmpty { current.bytes.append(UInt8(ascii: " ")) }
                wordStart = current.bytes.count
                wordHasLowerCase = false
            }
            current.bytes.append(byte)
            if lowerCase && byte >= UInt8(ascii: "a") { wordHasLowerCase = true }
        }

        mutating func endWord() {
            guard let start = wordStart else { return }
            current.words.append(start..<current.bytes.count)
            current.upperCase.append(!wordHasLowerCase)
            wordStart = nil
        }

        mutating func endPart() {
            endWord()
            if !current.words.isEmpty { parts.append(current) }
            current = Part()
        }
    }
}
