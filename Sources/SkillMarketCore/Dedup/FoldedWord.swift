/// The ASCII letters and digits of one company-name token, lower-cased ("Inc.," → "inc",
/// "S.A." → "sa"), packed into two integers so that it compares with the word lists below
/// without making a `String`.
///
/// Only the first 16 letters are kept; the lists hold shorter words, so a longer token never
/// equals one of them.
struct FoldedWord: Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Letters and digits in the token.
    private(set) var count = 0
    private var hasDigit = false
    private var hasVowel = false

    init(_ token: Slice<UnsafeBufferPointer<UInt8>>) {
        self.init(UnsafeBufferPointer(rebasing: token))
    }

    init(_ token: UnsafeBufferPointer<UInt8>) {
        for byte in token {
            var folded = byte
            if byte >= 0x41, byte <= 0x5A {
                folded = byte | 0x20
            } else if byte >= 0x30, byte <= 0x39 {
                hasDigit = true
            } else if !(byte >= 0x61 && byte <= 0x7A) {
                continue
            }
            if count < 8 {
                low |= UInt64(folded) << (8 * count)
            } else if count < 16 {
                high |= UInt64(folded) << (8 * (count - 8))
            }
            count += 1
            switch folded {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                UInt8(ascii: "y"):
                hasVowel = true
            default: break
            }
        }
    }

    init(_ word: StaticString) {
        self.init(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Up to 2 letters ("GE", "JP") or 3 without a vowel ("CVS"), and no digits: stays in capitals.
    var isAcronym: Bool {
        !hasDigit && (count <= 2 || (count == 3 && !hasVowel))
    }

    static let the = FoldedWord("the")
    static let `private` = FoldedWord("private")
    static let limited = FoldedWord("limited")
    static let ltd = FoldedWord("ltd")

    /// Legal forms ("S.A." folds to "sa", "Inc." to "inc").
    static let legalSuffixes = words([
        "inc", "incorporated", "llc", "llp", "lp", "lllp", "pllc", "ltd", "limited", "gmbh", "ag", "kg",
        "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "corp", "corporation", "co", "pvt", "pty",
        "ulc", "oy", "ab", "as", "asa", "kk", "sl",
    ])

    /// Words written in lower case inside a title-cased name.
    static let minorWords = words(["of", "and", "the", "for", "in", "at", "on", "to", "a", "an", "de"])

    private static func words(_ list: [StaticString]) -> [FoldedWord] {
        list.map { FoldedWord($0) }
    }
}
