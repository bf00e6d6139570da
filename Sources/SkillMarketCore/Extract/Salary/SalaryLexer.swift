/// Splits pay text into `SalaryToken`s, working on UTF-8 bytes with ASCII case folding.
///
/// Numbers accept English ("55,000.50"), European ("55.000", "55,5k") and Indian
/// ("12,00,000") grouping and an exponent ("1.5E+05", "1e308", as spreadsheets export them, so
/// a huge one is rejected as implausible rather than read as 1); a `k`/`M`/`B` glued to a figure
/// scales it, and a scale word after it ("12 lakh", "1.2 crore", "12 LPA") does too. Camel-case
/// runs are split ("hourBenefits") because scraped descriptions often lose the space between
/// sections.
struct SalaryLexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int
    private let end: Int
    private var tokens: [SalaryToken] = []
    /// Whether an amount came before: a `-` starts a negative figure only in front of the first one.
    private var hasAmount: Bool
    /// Lexing ends at the first stop three or more tokens after the first token that ends past this byte
    /// (see `lex(_:range:into:amountBefore:endingAfterClauseOf:)`); `Int.max` lexes the whole range.
    private let clauseEndsAfter: Int
    /// The vocabulary as pointers (the table is a `static let`: it lives as long as the process).
    private let vocabulary = SalaryVocabulary.table.reader

    /// Tokens reserved for lexing a clause: 24 of 40 bytes fit a 1 KB allocation.
    private static let clauseCapacity = 24

    /// Tokens of `bytes[range]`; a range may cut a multi-byte character, which is then skipped.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [SalaryToken] {
        var tokens: [SalaryToken] = []
        lex(bytes, range: range, into: &tokens)
        return tokens
    }

    /// Replaces `tokens` with the tokens of `bytes[range]`, reusing its storage (a finder lexing several
    /// windows of one text allocates once).
    ///
    /// `amountBefore`: the text before `range` that would be lexed with it holds an amount (which only
    /// changes how a `-` before a digit reads). `endingAfterClauseOf`: a byte position p; lexing stops after
    /// the first stop token at index i with `i - 3` at or past the first token ending after p (the tokens a
    /// pay statement around p can reach; see ``PayStatementFinder``). `Int.max` (the default) lexes all.
    static func lex(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into tokens: inout [SalaryToken], amountBefore: Bool = false,
        endingAfterClauseOf position: Int = .max
    ) {
        var lexer = SalaryLexer(
            bytes: bytes, index: range.lowerBound, end: range.upperBound, hasAmount: amountBefore,
            clauseEndsAfter: position)
        swap(&lexer.tokens, &tokens)
        lexer.tokens.removeAll(keepingCapacity: true)
        // One allocation instead of one per doubling: a token takes at least two bytes with the space after it.
        // A clause rarely holds more than `clauseCapacity` tokens: the array then stays small enough for
        // the allocator's per-thread cache (a window's worth, 5 KB, took its slow path).
        lexer.tokens.reserveCapacity(position == .max ? range.count / 2 + 1 : Self.clauseCapacity)
        lexer.run()
        swap(&lexer.tokens, &tokens)
    }

    /// Tokens of `text`, read in place (no copy of its bytes).
    static func tokens(in text: String) -> [SalaryToken] {
        var text = text
        return text.withUTF8 { tokens(in: $0, range: 0..<$0.count) }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, index: Int, end: Int, hasAmount: Bool, clauseEndsAfter: Int) {
        self.bytes = bytes
        self.index = index
        self.end = end
        self.hasAmount = hasAmount
        self.clauseEndsAfter = clauseEndsAfter
    }

    private func byte(_ offset: Int) -> UInt8 {
        let position = index + offset
        return position < end ? bytes[position] : 0
    }

    private mutating func emit(_ kind: SalaryToken.Kind, from start: Int) {
        tokens.append(SalaryToken(kind: kind, start: start, end: index))
    }

    private mutating func run() {
        while index < end {
            let current = bytes[index]
            let start = index
            switch current {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if let identifierEnd = identifierEnd(from: start) {
                    index = identifierEnd
                    emit(.word(.other), from: start)
                } else if current.isASCIIDigit {
                    lexNumber(negative: false)
                } else {
                    lexWord()
                }
            case UInt8(ascii: "$"):
                index += 1
                emit(.currency(.dollar), from: start)
            case UInt8(ascii: "-"):
                index += 1
                if byte(0).isASCIIDigit, !hasAmount, start == 0 || isSpace(bytes[start - 1]) {
                    lexNumber(negative: true)
                } else {
                    emit(.dash, from: start)
                }
            case UInt8(ascii: "+"):
                index += 1
                emit(.plus, from: start)
            case UInt8(ascii: "/"):
                index += 1
                emit(.slash, from: start)
            case UInt8(ascii: "|"), UInt8(ascii: ";"), 0x0A, 0x0D:
                index += 1
                emit(.stop, from: start)
                if endsClause { return }
            case UInt8(ascii: "."):
                index += 1
                if index >= end || isSpace(bytes[index]) {
                    emit(.stop, from: start)
                    if endsClause { return }
                }
            case 0xC2 where byte(1) == 0xA3:
                index += 2
                emit(.currency(.gbp), from: start)
            case 0xE2 where byte(1) == 0x82 && byte(2) == 0xAC:
                index += 3
                emit(.currency(.eur), from: start)
            case 0xE2 where byte(1) == 0x82 && byte(2) == 0xB9:
                index += 3
                emit(.currency(.inr), from: start)
            case 0xE2 where (byte(1) == 0x80 && (byte(2) == 0x93 || byte(2) == 0x94))
                || (byte(1) == 0x88 && byte(2) == 0x92):
                index += 3
                emit(.dash, from: start)
            default:
                index += 1
            }
        }
    }

    /// Whether the stop just emitted ends the lexing: three tokens before it, one already ends past
    /// `clauseEndsAfter` (token ends ascend).
    private var endsClause: Bool {
        tokens.count >= 4 && tokens[tokens.count - 4].end > clauseEndsAfter
    }

    /// The end of the run of letters and digits starting at `start` when it is an identifier — a digit, then
    /// letters, then a digit again ("7pa919k0" in a tracking URL, "2x4", "v1beta2") — which no way of
    /// writing pay has ("120k", "30kpa", "USD100", "12LPA"; an exponent's lone "e", "1e5", is a figure);
    /// `nil` for any other run, and inside a run (only a run's first byte is checked).
    private func identifierEnd(from start: Int) -> Int? {
        if start > 0, bytes[start - 1].isASCIIDigit || bytes[start - 1].isASCIILetter { return nil }
        var position = start
        var sawDigit = false
        var lettersAfterDigit = 0  // since the last digit
        var lastLetter: UInt8 = 0
        var isIdentifier = false
        while position < end {
            let value = bytes[position]
            if value.isASCIIDigit {
                if lettersAfterDigit > 1 || (lettersAfterDigit == 1 && lastLetter | 0x20 != UInt8(ascii: "e")) {
                    isIdentifier = true
                }
                sawDigit = true
                lettersAfterDigit = 0
            } else if value.isASCIILetter {
                if sawDigit { lettersAfterDigit += 1 }
                lastLetter = value
            } else {
                break
            }
            position += 1
        }
        return isIdentifier ? position : nil
    }

    private func isUpper(_ value: UInt8) -> Bool { value >= 0x41 && value <= 0x5A }
    private func isSpace(_ value: UInt8) -> Bool { value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D }

    // MARK: numbers

    private mutating func lexNumber(negative: Bool) {
        let start = negative ? index - 1 : index
        var digitsStart = index
        var commas = 0, dots = 0
        var lastSeparator: UInt8 = 0
        var lastSeparatorAt = -1
        while index < end {
            let value = bytes[index]
            if value.isASCIIDigit {
                index += 1
            } else if (value == UInt8(ascii: ",") || value == UInt8(ascii: ".")) && byte(1).isASCIIDigit {
                if value == UInt8(ascii: ",") { commas += 1 } else { dots += 1 }
                lastSeparator = value
                lastSeparatorAt = index
                index += 1
            } else {
                break
            }
        }
        let decimalAt = decimalSeparator(
            commas: commas, dots: dots, last: lastSeparator, lastAt: lastSeparatorAt, digitsStart: digitsStart)
        var whole: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        while digitsStart < index {
            let value = bytes[digitsStart]
            if digitsStart == decimalAt {
                inFraction = true
            } else if value.isASCIIDigit {
                let digit = Double(value - 0x30)
                if inFraction {
                    scale /= 10
                    fraction += digit * scale
                } else {
                    whole = whole * 10 + digit
                }
            }
            digitsStart += 1
        }
        var amount = SalaryAmount(value: (whole + fraction) * lexExponent(), hasDecimals: decimalAt >= 0)
        amount.isPay = !negative && !isRetirementPlan(amount)
        lexNumberSuffix(into: &amount)
        emit(.amount(amount), from: start)
        hasAmount = true
    }

    /// The factor of an exponent glued to the digits ("e308", "E+05", "e-3"), consuming it; 1 when
    /// there is none. Exponents beyond ±400 are held there, which makes the figure infinite or 0.
    private mutating func lexExponent() -> Double {
        guard byte(0) | 0x20 == UInt8(ascii: "e") else { return 1 }
        let signed = byte(1) == UInt8(ascii: "+") || byte(1) == UInt8(ascii: "-")
        guard byte(signed ? 2 : 1).isASCIIDigit else { return 1 }
        let negative = byte(1) == UInt8(ascii: "-")
        index += signed ? 2 : 1
        var exponent = 0
        while index < end, bytes[index].isASCIIDigit {
            exponent = Swift.min(exponent * 10 + Int(bytes[index] - 0x30), 400)
            index += 1
        }
        var factor: Double = 1
        for _ in 0..<exponent { factor *= 10 }
        return negative ? 1 / factor : factor
    }

    /// "401k", "401(k)", "403b", "457(b)": US retirement plans, not money.
    private func isRetirementPlan(_ amount: SalaryAmount) -> Bool {
        guard !amount.hasDecimals, [401, 403, 457].contains(amount.value) else { return false }
        let next = byte(0) == UInt8(ascii: "(") ? byte(1) : byte(0)
        return next | 0x20 == UInt8(ascii: "k") || next | 0x20 == UInt8(ascii: "b")
    }

    /// The byte offset of the decimal separator, or -1 when every separator groups thousands.
    private func decimalSeparator(commas: Int, dots: Int, last: UInt8, lastAt: Int, digitsStart: Int) -> Int {
        guard lastAt >= 0 else { return -1 }
        let digitsAfter = index - lastAt - 1
        if commas > 0 && dots > 0 { return lastAt }  // "55.000,50" / "55,000.50"
        if commas + dots > 1 { return -1 }  // "1.200.000", "12,00,000"
        if digitsAfter != 3 { return lastAt }  // "55,5", "7.50"
        // One separator before exactly three digits: a thousands group unless a dot follows a lone 0.
        return last == UInt8(ascii: ".") && lastAt - digitsStart == 1 && bytes[digitsStart] == 0x30 ? lastAt : -1
    }

    private mutating func lexNumberSuffix(into amount: inout SalaryAmount) {
        let next = byte(0) | 0x20
        let afterNext = byte(1)
        if next == UInt8(ascii: "k"), !afterNext.isASCIILetter || isPeriodWord(at: index + 1) {
            amount.multiplier = 1_000
            index += 1
        } else if next == UInt8(ascii: "m"), !afterNext.isASCIILetter || (afterNext | 0x20 == UInt8(ascii: "m") && !byte(2).isASCIILetter) {
            amount.multiplier = 1_000_000
            index += afterNext | 0x20 == UInt8(ascii: "m") ? 2 : 1
        } else if next == UInt8(ascii: "b"), !afterNext.isASCIILetter || (afterNext | 0x20 == UInt8(ascii: "n") && !byte(2).isASCIILetter) {
            amount.multiplier = 1_000_000_000
            index += afterNext.isASCIILetter ? 2 : 1
        } else if byte(0) == UInt8(ascii: "%") {
            amount.isPay = false
            index += 1
        }
        if byte(0) == UInt8(ascii: "+") {
            amount.openEnded = true
            index += 1
        }
    }

    /// Whether the letters at `position` are a period word ("pa" in "£30kpa", "ph" in "15kph"), which a
    /// scale may be glued to.
    private func isPeriodWord(at position: Int) -> Bool {
        var wordEnd = position
        while wordEnd < end, bytes[wordEnd].isASCIILetter { wordEnd += 1 }
        let key = SalaryVocabulary.key(UnsafeBufferPointer(rebasing: bytes[position..<wordEnd]))
        if case .period? = vocabulary.meaning(for: key) { return true }
        return false
    }

    // MARK: words

    private mutating func lexWord() {
        let start = index
        // The word's `SalaryVocabulary.key`: its first eight letters, lower-cased, packed.
        let packed: UInt64
        if let base = bytes.baseAddress, start + 8 <= end {
            // Eight bytes at once: the word ends at the first non-letter or at an upper-case letter after a
            // lower-case one ("hourBenefits"), never at the first letter.
            let word = ByteLanes.load(base, at: start)
            let letters = ByteLanes.asciiLetters(word)
            let upper = letters & ~(word << 2) & ByteLanes.highs  // a letter's 0x20 bit, moved to the lane's top
            let stops = (~letters & ByteLanes.highs) | (upper & ~(upper << 8) & ~0x80)
            let length = stops == 0 ? 8 : ByteLanes.firstLane(of: stops)
            packed = (word | 0x2020_2020_2020_2020).byteSwapped >> (8 * UInt64(8 - length))
            index = start + length
            if stops == 0 { skipLetters() }
        } else {
            index += 1
            skipLetters()
            packed = SalaryVocabulary.key(UnsafeBufferPointer(rebasing: bytes[start..<min(index, start + 8)]))
        }
        let key = index - start > 8 ? packed | 1 << 63 : packed
        if index - start == 1, bytes[start] | 0x20 == UInt8(ascii: "p"),
            byte(0) == UInt8(ascii: "/") || byte(0) == UInt8(ascii: "."), byte(1).isASCIILetter
        {
            return lexPeriodAbbreviation(from: start)
        }
        if byte(0) == UInt8(ascii: "$"),
            let currency = SalaryVocabulary.dollarCurrency(prefix: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        {
            index += 1
            emit(.currency(currency), from: start)
            return
        }
        switch vocabulary.meaning(for: key) {
        case .word(let word)?:
            emit(.word(word), from: start)
        case .period(let period)?:
            emit(.period(period), from: start)
        case .currency(let currency)?:
            if currency == .inr, byte(0) == UInt8(ascii: ".") { index += 1 }  // "Rs."
            emit(.currency(currency), from: start)
        case .multiplier(let multiplier)?:
            if !scaleLastAmount(by: multiplier, period: nil) { emit(.word(.other), from: start) }
        case .lakhPerAnnum?:
            _ = scaleLastAmount(by: 100_000, period: .year)
            emit(.period(.year), from: start)
        case nil:
            emit(.word(.other), from: start)
        }
    }

    /// "p/h", "p.a.", "p.hr", "p/hr": "p", the separator and the letters after it as one period word,
    /// keyed like `SalaryVocabulary.key` of "p" and those letters. Out of line: rare, and it keeps
    /// `lexWord` small.
    @inline(never)
    private mutating func lexPeriodAbbreviation(from start: Int) {
        index += 1  // the separator
        var key = UInt64(UInt8(ascii: "p"))
        var length = 1
        while index < end, bytes[index].isASCIILetter {
            if length < 8 { key = key << 8 | UInt64(bytes[index] | 0x20) }
            length += 1
            index += 1
        }
        if length > 8 { key |= 1 << 63 }
        if byte(0) == UInt8(ascii: "."), !byte(1).isASCIILetter { index += 1 }
        if case .period(let period) = vocabulary.meaning(for: key) {
            emit(.period(period), from: start)
        } else {
            emit(.word(.other), from: start)
        }
    }

    /// Moves past the rest of a word's letters, stopping where a camel-case word starts.
    private mutating func skipLetters() {
        while index < end, bytes[index].isASCIILetter {
            if isUpper(bytes[index]) && !isUpper(bytes[index - 1]) { break }
            index += 1
        }
    }

    /// Applies a scale word to the amount just before it ("12 lakh"); false when there is none.
    private mutating func scaleLastAmount(by multiplier: Double, period: PayPeriod?) -> Bool {
        guard let last = tokens.last, case .amount(var amount) = last.kind, amount.multiplier == 1 else { return false }
        amount.multiplier = multiplier
        if let period { amount.impliedPeriod = period }
        tokens[tokens.count - 1].kind = .amount(amount)
        return true
    }
}

extension SalaryToken {
    var isAmount: Bool {
        if case .amount = kind { return true }
        return false
    }

    var amount: SalaryAmount? {
        if case .amount(let amount) = kind { return amount }
        return nil
    }
}
