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
        var word = String.UnicodeScalarView()
        func flush() {
            if !word.isEmpty {
                tokens.append(String(word))
                word.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A:
                word.append(Unicode.Scalar(UInt8(value) | 0x20))
            case 0x61...0x7A, 0x30...0x39:
                word.append(scalar)
            case 0x27, 0x2019:
                continue
            case 0x26:
                flush()
                tokens.append("and")
            case 0x80... where scalar.properties.isAlphabetic:
                word.append(scalar)
            default:
                flush()
            }
        }
        flush()
        return tokens
    }
}
