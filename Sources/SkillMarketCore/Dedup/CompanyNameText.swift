/// Byte-level steps of company-name normalisation (ASCII case folding; other bytes kept as they are).
///
/// A name is handled as a list of whitespace-separated tokens, each a byte array.
enum CompanyNameText {
    typealias Token = [UInt8]

    /// Splits a raw cell into tokens, dropping trailing lines that are only a rating
    /// ("Tecolote Research\n3.8" → ["Tecolote", "Research"]); remaining line breaks become spaces.
    static func tokens(of raw: String) -> [Token] {
        var lines: [[Token]] = [[]]
        var current: Token = []
        func endToken() {
            if !current.isEmpty { lines[lines.count - 1].append(current) }
            current = []
        }
        let bytes = Array(raw.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                endToken()
                lines.append([])
            } else if byte == 0x20 || byte == 0x09 {
                endToken()
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                endToken()
                index += 1
            } else {
                current.append(byte)
            }
            index += 1
        }
        endToken()
        lines.removeAll { $0.isEmpty }
        while lines.count > 1, let last = lines.last, last.count == 1, isRating(last[0]) {
            lines.removeLast()
        }
        return lines.flatMap { $0 }
    }

    /// "3.8", "4", "-1": a Glassdoor-style rating (or its missing-value sentinel).
    static func isRating(_ token: Token) -> Bool {
        if token == Array("-1".utf8) { return true }
        guard let first = token.first, first >= 0x30, first <= 0x35 else { return false }
        if token.count == 1 { return true }
        return token.count >= 3 && token[1] == 0x2E && token.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Removes trailing legal-form tokens ("Inc.", "LLC", "Pvt Ltd", "& Co.") and trailing
    /// punctuation, keeping at least one token.
    static func strippingLegalSuffixes(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        var afterLimited = false
        // A name starting with "The" keeps at least two more words: "The Climate Corporation, Inc."
        // becomes "The Climate Corporation", not "The Climate".
        let floor = tokens.first.map { letters(of: $0) == "the" } == true ? 3 : 1
        while tokens.count > floor {
            let last = tokens[tokens.count - 1]
            let folded = letters(of: last)
            let isConnector = last.count == 1 && (last[0] == 0x26 || last[0] == 0x2C || last[0] == 0x2D)
            guard legalSuffixes.contains(folded) || isConnector || (afterLimited && folded == "private") else { break }
            afterLimited = folded == "limited" || folded == "ltd"
            tokens.removeLast()
        }
        if var last = tokens.last {
            while let byte = last.last, byte == 0x2C || byte == 0x3B || byte == 0x2D, last.count > 1 {
                last.removeLast()
            }
            tokens[tokens.count - 1] = last
        }
        return tokens
    }

    /// Legal forms, spelled as `letters(of:)` folds them ("S.A." → "sa", "Inc." → "inc").
    static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "llc", "llp", "lp", "lllp", "pllc", "ltd", "limited", "gmbh", "ag", "kg",
        "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc", "corp", "corporation", "co", "pvt", "pty",
        "ulc", "oy", "ab", "as", "asa", "kk", "sl",
    ]

    /// The ASCII letters and digits of a token, lower-cased ("Inc.," → "inc").
    static func letters(of token: Token) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(token.count)
        for byte in token {
            if byte >= 0x41, byte <= 0x5A {
                folded.append(byte | 0x20)
            } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                folded.append(byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The grouping key: letters and digits only, ASCII lower-cased, non-ASCII bytes kept,
    /// a leading "The" dropped ("The Home Depot" → "homedepot", "AT&T" → "att").
    static func key(of tokens: [Token]) -> String {
        var folded: [UInt8] = []
        for (position, token) in tokens.enumerated() {
            if position == 0, tokens.count > 1, letters(of: token) == "the" { continue }
            for byte in token {
                if byte >= 0x41, byte <= 0x5A {
                    folded.append(byte | 0x20)
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                    folded.append(byte)
                }
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// Title-cases a name written in capitals ("ACCENTURE" → "Accenture", "BANK OF AMERICA" →
    /// "Bank of America"); any other name is returned as written.
    ///
    /// A name counts as capitals when it has an ASCII capital and no ASCII lower-case letter. A whole
    /// name of at most 4 letters is an acronym and stays ("IBM", "PWC", "AT&T"). Otherwise each word
    /// is title-cased, except words of up to 2 letters ("GE", "JP") and 3-letter words without a
    /// vowel ("CVS"), which stay capitals, and "of/and/the/for/in/at/on/to/a/an/de" after the first
    /// word, which become lower case. Letters after an apostrophe or a dot stay lower case
    /// ("MACY'S" → "Macy's", "GIFTS.COM" → "Gifts.com").
    static func casing(_ tokens: [Token]) -> [Token] {
        let all = tokens.joined()
        let capitals = all.filter { $0 >= 0x41 && $0 <= 0x5A }.count
        guard capitals > 0, !all.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) else { return tokens }
        let letterCount = all.filter { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 }.count
        guard letterCount > 4 else { return tokens }
        return tokens.enumerated().map { position, token in
            let word = letters(of: token)
            if position > 0, minorWords.contains(word) { return token.map { lower($0) } }
            let isAcronym =
                word.utf8.count <= 2 || (word.utf8.count == 3 && !word.utf8.contains { vowels.contains($0) })
            if isAcronym, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return token }
            var previousIsWord = false
            return token.map { byte in
                let isWord =
                    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || byte == 0x27
                    || byte == 0x2E
                defer { previousIsWord = isWord }
                return previousIsWord ? lower(byte) : byte
            }
        }
    }

    private static let minorWords: Set<String> = ["of", "and", "the", "for", "in", "at", "on", "to", "a", "an", "de"]
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The tokens joined by single spaces.
    static func display(of tokens: [Token]) -> String {
        String(decoding: Array(tokens.joined(separator: [0x20])), as: UTF8.self)
    }
}
