/// The words of the user's `q`, for a full-text match that never interprets the user's syntax.
///
/// A word is a run of letters, digits and combining marks; everything else (quotes, `*`, `:`, `-`,
/// parentheses, operators spelled as punctuation) separates words. All words must match. Words
/// like "OR" or "NEAR" stay plain words: each implementation quotes every word.
///
///     SearchTerms("C++ \"data\" engineer*").words  // ["C", "data", "engineer"]
struct SearchTerms: Sendable, Equatable {
    /// At most `maxWords`, each at most `maxWordLength` characters, in the order typed.
    let words: [String]

    static let maxWords = 16
    static let maxWordLength = 64

    init(_ text: String) {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty, words.count < Self.maxWords {
                words.append(String(String(current).prefix(Self.maxWordLength)))
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if Self.isWordScalar(scalar) { current.append(scalar) } else { flush() }
        }
        flush()
        self.words = words
    }

    var isEmpty: Bool { words.isEmpty }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
