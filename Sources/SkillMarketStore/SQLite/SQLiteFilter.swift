import Foundation
import GRDB
import SkillMarketCore

/// The `WHERE` clause of a `PostingQuery` over `posting p` (its cursor and limit aside).
///
/// Always excludes duplicates. Skills and the work mode are `IN` subqueries on indexed link tables
/// (every skill must match); `q` becomes an FTS5 expression of quoted words (`SearchTerms`), so the
/// user's text is never read as FTS syntax; a `q` without words is ignored.
struct SQLiteFilter: Sendable {
    private(set) var conditions: [String] = ["p.duplicateOf IS NULL"]
    private(set) var arguments = StatementArguments()

    init(_ query: PostingQuery) {
        if let text = query.text {
            let expression = Self.matchExpression(SearchTerms(text))
            if !expression.isEmpty {
                add("p.seq IN (SELECT rowid FROM postingText WHERE postingText MATCH ?)", expression)
            }
        }
        if let role = query.role { add("p.role = ?", role.rawValue) }
        if let seniority = query.seniority { add("p.seniority = ?", seniority.rawValue) }
        if let country = query.country { add("p.country = ?", country.rawValue) }
        if let company = query.company, !company.isEmpty { add("p.company = ?", company) }
        if let since = query.postedSince { add("p.posted >= ?", since.description) }
        if let minimum = query.minSalary { add("p.usdAnnualMax >= ?", minimum) }
        for skill in Set(query.skills).sorted() {
            add("p.seq IN (SELECT postingSeq FROM postingSkill WHERE skill = ?)", skill.rawValue)
        }
        if let mode = query.workMode {
            add("p.seq IN (SELECT postingSeq FROM postingWorkMode WHERE workMode = ?)", mode.rawValue)
        }
    }

    var sql: String { conditions.joined(separator: " AND ") }

    /// Every word as an FTS5 string (`"word"`), all required: `data "engineer` → `"data" "engineer"`.
    ///
    /// Words are split again where the `unicode61` tokenizer splits (spacing and enclosing marks, and letters
    /// Unicode calls alphabetic but not L*, such as circled letters), so each string is one token: the
    /// positionless index can't match multi-token phrases (and "a①b" means both words, as elsewhere).
    static func matchExpression(_ terms: SearchTerms) -> String {
        terms.words.flatMap(tokens).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: " ")
    }

    /// `word` cut at the scalars `unicode61` treats as separators; empty pieces dropped.
    private static func tokens(_ word: String) -> [String] {
        word.unicodeScalars.split(whereSeparator: { !isTokenScalar($0) }).map { String($0) }
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }  // SearchTerms keeps only letters and digits of ASCII
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .privateUse, .nonspacingMark, .unassigned:
            return true
        default:
            return false
        }
    }

    private mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [value]
    }
}
