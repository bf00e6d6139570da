/// Finds a pay statement in a plain-text description, ignoring other money.
///
/// Candidates are figures next to a currency (`$`, `£`, `€`, `₹`, USD, EUR, GBP, INR, CAD) or
/// with a `k`/LPA/lakh scale. A candidate counts when its clause (since the last line break,
/// `|`, `;` or full stop, at most ten tokens back) has a pay word ("salary", "pay",
/// "compensation", "wage", "rate", "range", "base", "OTE"…), or it states a period
/// ("$30/hr", "$90,000 annually"), or it fills a whole `|` segment of a "Company | Role | $170-225K
/// + equity" line. It is rejected when other money words sit near it (raised, funding, series,
/// revenue, valuation, stipend, budget, allowance, tips, sign-on, cost, worth…) or its yearly
/// figure is implausible. The first accepted candidate wins. Work is a byte scan (see
/// ``PayTriggerScanner``) plus lexing the clause around each trigger (``PayStatementWindow``; into one
/// token array per description).
struct PayStatementFinder {
    let defaultCurrency: CurrencyCode

    func salary(in description: String) -> Salary? {
        if let found = description.utf8.withContiguousStorageIfAvailable({ salary(in: $0) }) { return found }
        let bytes = Array(description.utf8)
        return bytes.withUnsafeBufferPointer { salary(in: $0) }
    }

    private func salary(in bytes: UnsafeBufferPointer<UInt8>) -> Salary? {
        var triggers = PayTriggerScanner(bytes)
        var consumedUpTo = 0
        var index = 0
        var tokens: [SalaryToken] = []
        while let trigger = triggers.next(from: index) {
            index = trigger + 1
            guard trigger >= consumedUpTo else { continue }
            guard let at = PayStatementWindow.lex(around: trigger, in: bytes, into: &tokens),
                let amountIndex = candidate(in: tokens, at: at)
            else { continue }
            let reader = SalaryStatementReader(tokens: tokens, defaultCurrency: defaultCurrency)
            guard let statement = reader.statement(at: amountIndex) else { continue }
            consumedUpTo = tokens[max(statement.tokens.upperBound - 1, statement.tokens.lowerBound)].end
            guard accepts(statement, in: tokens, bytes: bytes), SalaryBounds.problem(with: statement.salary) == nil
            else { continue }
            var salary = statement.salary
            salary.base = SalaryParser.isBase(tokens, in: scope(of: statement, in: tokens))
            return salary
        }
        return nil
    }

    /// The amount the trigger belongs to (`at`: the first token ending after it): just after it ("$120k",
    /// "USD 90,000"), else just before ("55.000 €", "12 LPA", "150k"), walking back to the low end of a range.
    private func candidate(in tokens: [SalaryToken], at: Int) -> Int? {
        if tokens[at].isAmount { return rangeStart(before: at, in: tokens) }
        for index in (at + 1)..<min(at + 3, tokens.count) where tokens[index].isAmount { return index }
        for index in stride(from: at - 1, through: max(0, at - 2), by: -1) where tokens[index].isAmount {
            return rangeStart(before: index, in: tokens)
        }
        return nil
    }

    private func rangeStart(before index: Int, in tokens: [SalaryToken]) -> Int {
        var back = index - 1
        while back >= 0, index - back <= 3 {
            switch tokens[back].kind {
            case .currency, .period, .slash: back -= 1
            case .dash, .word(.to): return back > 0 && tokens[back - 1].isAmount ? back - 1 : index
            default: return index
            }
        }
        return index
    }

    // MARK: context

    private func clauseStart(before index: Int, in tokens: [SalaryToken], limit: Int) -> Int {
        var start = index
        while start > 0, index - start < limit, tokens[start - 1].kind != .stop { start -= 1 }
        return start
    }

    private func accepts(_ statement: SalaryStatement, in tokens: [SalaryToken], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = statement.tokens.lowerBound, upper = statement.tokens.upperBound
        let prefixStart = clauseStart(before: lower, in: tokens, limit: 10)
        var positive = statement.statedPeriod
        for index in prefixStart..<lower {
            switch tokens[index].kind {
            case .word(.payKeyword), .word(.base), .word(.ote), .period: positive = true
            case .word(.excluded): if lower - index <= 6 { return false }
            default: break
            }
        }
        var after = upper
        while after < tokens.count, after - upper < 4 {
            switch tokens[after].kind {
            case .stop, .plus: after = tokens.count
            case .word(.excluded): return false
            case .word(.payKeyword), .word(.base): positive = true
            default: break
            }
            after += 1
        }
        if !positive, prefixStart == lower, lower > 0, bytes[tokens[lower - 1].start] == UInt8(ascii: "|") {
            let ends = upper >= tokens.count || tokens[upper].kind == .stop || tokens[upper].kind == .plus
            let clean = !tokens[lower..<upper].contains { $0.kind == .word(.other) }
            positive = ends && clean
        }
        return positive
    }

    /// The clause around the statement, for deciding `base`.
    private func scope(of statement: SalaryStatement, in tokens: [SalaryToken]) -> Range<Int> {
        let start = clauseStart(before: statement.tokens.lowerBound, in: tokens, limit: 10)
        var end = statement.tokens.upperBound
        while end < tokens.count, end - statement.tokens.upperBound < 8, tokens[end].kind != .stop { end += 1 }
        return start..<end
    }
}
