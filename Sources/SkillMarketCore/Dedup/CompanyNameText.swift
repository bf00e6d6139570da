/// Byte-level steps of company-name normalisation (ASCII case folding; other bytes kept as they are).
///
/// A name is handled as its UTF-8 bytes and a list of whitespace-separated tokens, each a byte
/// range of those bytes; keys and display names are written into caller-provided buffers no
/// longer than the name, so no `String` or per-token array is made on the way.
enum CompanyNameText {
    /// The most tokens a name of `byteCount` bytes has: each but the last is followed by a separator.
    static func mostTokens(_ byteCount: Int) -> Int {
        byteCount / 2 + 1
    }

    /// The tokens of a raw name with trailing rating lines dropped ("Tecolote Research\n3.8" →
    /// "Tecolote", "Research"), trailing legal forms stripped ("Inc.", "LLC", "Pvt Ltd", "& Co.";
    /// at least one token kept) and trailing `,` `;` `-` cut off the last token, written into
    /// `storage` (room for `mostTokens(bytes.count)`) instead of an array per name.
    static func tokens(
        of bytes: UnsafeBufferPointer<UInt8>, into storage: UnsafeMutableBufferPointer<Range<Int>>
    ) -> CompanyNameTokens {
        var tokens = CompanyNameTokens(storage)
        splitTokens(bytes, into: &tokens)
        while tokens.count > 1, startsLine(tokens.count - 1, tokens, in: bytes),
            isRating(bytes[tokens[tokens.count - 1]])
        {
            tokens.removeLast()
        }
        stripLegalSuffixes(&tokens, in: bytes)
        return tokens
    }

    /// Splits at spaces, tabs, no-break spaces and line breaks.
    private static func splitTokens(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout CompanyNameTokens) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 0
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                width = 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                width = 2
            }
            if width > 0 {
                if index > start { tokens.append(start..<index) }
                start = index + width
            }
            index += max(width, 1)
        }
        if bytes.count > start { tokens.append(start..<bytes.count) }
    }

    /// Whether a line break separates token `index` from the one before it.
    private static func startsLine(_ index: Int, _ tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[tokens[index - 1].upperBound..<tokens[index].lowerBound].contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// "3.8", "4", "-1": a Glassdoor-style rating (or its missing-value sentinel).
    static func isRating(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let start = token.startIndex
        if token.count == 2, token[start] == UInt8(ascii: "-"), token[start + 1] == UInt8(ascii: "1") { return true }
        guard let first = token.first, first >= 0x30, first <= 0x35 else { return false }
        if token.count == 1 { return true }
        return token.count >= 3 && token[start + 1] == 0x2E && token.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Removes trailing legal-form tokens and connectors, then trailing punctuation of the last token.
    private static func stripLegalSuffixes(_ tokens: inout CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>) {
        var afterLimited = false
        let floor = strippingFloor(tokens, in: bytes)
        while tokens.count > floor {
            let last = bytes[tokens[tokens.count - 1]]
            let folded = FoldedWord(last)
            guard FoldedWord.legalSuffixes.contains(folded) || isConnector(last) || (afterLimited && folded == .private)
            else { break }
            afterLimited = folded == .limited || folded == .ltd
            tokens.removeLast()
        }
        if var last = tokens.last {
            while last.count > 1, [0x2C, 0x3B, 0x2D].contains(bytes[last.upperBound - 1]) {
                last = last.lowerBound..<last.upperBound - 1
            }
            tokens[tokens.count - 1] = last
        }
    }

    /// How many tokens stripping keeps at least: a name starting with "The" keeps two more words
    /// ("The Climate Corporation, Inc." becomes "The Climate Corporation", not "The Climate").
    private static func strippingFloor(_ tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        tokens.first.map { isThe(bytes[$0]) } == true ? 3 : 1
    }

    /// Whether a token folds to "the" (`FoldedWord` keeps ASCII letters and digits); most tokens
    /// are ruled out by the first of those bytes without folding the whole token.
    private static func isThe(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        for byte in token where byte.isASCIILetterOrDigit {
            return byte | 0x20 == UInt8(ascii: "t") && FoldedWord(token) == .the
        }
        return false
    }

    /// "&", "," or "-" on its own: stripped like a legal form.
    private static func isConnector(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        token.count == 1 && (token.first == 0x26 || token.first == 0x2C || token.first == 0x2D)
    }

    /// Whether the display name written from `tokens` (a result of `tokens(of:into:)`) splits into the
    /// same tokens again, so that its key is `key(of: tokens, …)`. It does unless cutting trailing
    /// punctuation left a connector last: "Acme Inc ,," displays as "Acme Inc ,", whose tokens
    /// lose "," and then "Inc".
    static func displayKeepsTokens(_ tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = tokens.last, tokens.count > strippingFloor(tokens, in: bytes) else { return true }
        return !isConnector(bytes[last])
    }

    /// Writes the grouping key into `key` and returns its length: letters and digits only, ASCII
    /// lower-cased, non-ASCII bytes kept, a leading "The" dropped ("The Home Depot" → "homedepot",
    /// "AT&T" → "att"). `key` needs room for `bytes.count`.
    static func key(
        of tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>, into key: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var count = 0
        for (position, token) in tokens.enumerated() {
            if position == 0, tokens.count > 1, isThe(bytes[token]) { continue }
            for byte in bytes[token] {
                if byte >= 0x41, byte <= 0x5A {
                    key[count] = byte | 0x20
                    count += 1
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                    key[count] = byte
                    count += 1
                }
            }
        }
        return count
    }

    /// Writes the display name into `output` and returns its length: the tokens joined by single
    /// spaces, title-cased when written in capitals (see `titleCased`). `output` needs room for
    /// `bytes.count`.
    static func display(
        of tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        let capitals = isWrittenInCapitals(tokens, in: bytes)
        var count = 0
        for (position, token) in tokens.enumerated() {
            if position > 0 {
                output[count] = 0x20
                count += 1
            }
            if let source = bytes.baseAddress, let target = output.baseAddress, !token.isEmpty {
                (target + count).initialize(from: source + token.lowerBound, count: token.count)
                count += token.count
            }
            if capitals { titleCase(output[(count - token.count)..<count], position: position) }
        }
        return count
    }

    /// Whether a name counts as capitals for `titleCase`: it has an ASCII capital, no ASCII
    /// lower-case letter, and more than 4 letters (a whole name of at most 4 letters is an
    /// acronym and stays: "IBM", "PWC", "AT&T").
    private static func isWrittenInCapitals(_ tokens: CompanyNameTokens, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var capitals = 0
        var letters = 0
        for token in tokens {
            for byte in bytes[token] {
                if byte >= 0x61, byte <= 0x7A { return false }
                if byte >= 0x41, byte <= 0x5A { capitals += 1 }
                if (byte >= 0x41 && byte <= 0x5A) || byte >= 0x80 { letters += 1 }
            }
        }
        return capitals > 0 && letters > 4
    }

    /// Title-cases one word of a name in capitals ("ACCENTURE" → "Accenture", "BANK OF AMERICA"
    /// → "Bank of America"): words of up to 2 letters ("GE", "JP") and 3-letter words without a
    /// vowel ("CVS") stay capitals, "of/and/the/for/in/at/on/to/a/an/de" after the first word
    /// become lower case; letters after an apostrophe or a dot stay lower case ("MACY'S" →
    /// "Macy's", "GIFTS.COM" → "Gifts.com").
    private static func titleCase(_ token: Slice<UnsafeMutableBufferPointer<UInt8>>, position: Int) {
        var token = token
        let word = FoldedWord(UnsafeBufferPointer(rebasing: token))
        if position > 0, FoldedWord.minorWords.contains(word) {
            for index in token.indices { token[index] = lower(token[index]) }
            return
        }
        if word.isAcronym { return }
        var previousIsWord = false
        for index in token.indices {
            let byte = token[index]
            let isWord =
                (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || byte == 0x27
                || byte == 0x2E
            if previousIsWord { token[index] = lower(byte) }
            previousIsWord = isWord
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
