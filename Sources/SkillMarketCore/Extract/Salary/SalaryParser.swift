/// The salary parser: turns free pay text into a `Salary`.
///
///     SalaryParser().parse("$120-150k")                 // USD 120,000...150,000 a year
///     SalaryParser().parse("£7.00 to £9.00 per hour")   // GBP 7...9 an hour
///     SalaryParser().parse("12-15 LPA")                 // INR 1,200,000...1,500,000 a year
///     SalaryParser().parse("Competitive")               // nil
///
/// The first figure that reads as a plausible pay statement wins ("20000 - 30000/annum 20-30K"
/// gives 20,000..30,000). Figures without a currency take `defaultCurrency`; a bare `$` is USD
/// unless `defaultCurrency` is another dollar (CAD, AUD, …). Rules for periods, scales and
/// bounds: `SalaryStatementReader`, `SalaryBounds`. `base` is false when the text mentions OTE,
/// bonus or commission, unless "base"/"basic" comes first ("Basic salary of 20,000 plus bonus").
public struct SalaryParser: Sendable {
    public var defaultCurrency: CurrencyCode

    public init(defaultCurrency: CurrencyCode = .usd) {
        self.defaultCurrency = defaultCurrency
    }

    /// The salary in `text`, or `nil` for no figure ("DOE", "-1") or an implausible one.
    public func parse(_ text: String) -> Salary? {
        if case .salary(let salary) = read(text) { return salary }
        return nil
    }

    /// Like `parse`, but says why there is no salary.
    public func read(_ text: String) -> SalaryReading {
        read(tokens: SalaryLexer.tokens(in: text))
    }

    func read(tokens: [SalaryToken]) -> SalaryReading {
        let reader = SalaryStatementReader(tokens: tokens, defaultCurrency: defaultCurrency)
        var firstProblem: String?
        for index in tokens.indices where tokens[index].amount?.isPay == true {
            guard var statement = reader.statement(at: index) else { continue }
            if let problem = SalaryBounds.problem(with: statement.salary) {
                if firstProblem == nil { firstProblem = problem }
                continue
            }
            statement.salary.base = Self.isBase(tokens, in: tokens.indices)
            return .salary(statement.salary)
        }
        if let firstProblem { return .implausible(reason: firstProblem) }
        return .noFigure
    }

    /// False when OTE, bonus or commission appears in `scope` before any "base"/"basic".
    static func isBase(_ tokens: [SalaryToken], in scope: Range<Int>) -> Bool {
        for index in scope {
            switch tokens[index].kind {
            case .word(.base): return true
            case .word(.ote), .word(.bonus), .word(.commission): return false
            default: continue
            }
        }
        return true
    }
}

/// What the salary parser found in a text.
public enum SalaryReading: Sendable, Equatable {
    case salary(Salary)
    /// No figure at all: "Competitive", "DOE", "Negotiable", "-1", empty text.
    case noFigure
    /// A figure outside the sane annual range; the reason names the annual value and the bounds.
    case implausible(reason: String)
}
