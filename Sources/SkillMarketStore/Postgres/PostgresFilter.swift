import SkillMarketCore

/// The `WHERE` conditions of a `PostingQuery` over `posting p`, every value bound.
///
/// Duplicates are always left out. `q` is reduced to its words (`SearchTerms`), lower-cased as the
/// index is, and matched with `plainto_tsquery('simple', …)`: all words must occur and nothing the
/// user types is read as an operator (unlike `websearch_to_tsquery`, where "or" and "-" are
/// operators), so results agree with the SQLite store. `skill` filters all must match; `min_salary`
/// compares `usdAnnualMax` (USD only).
enum PostgresFilter {
    /// Appends ` WHERE …` for `query` (its cursor and limit are not filters).
    static func appendWhere(_ query: PostingQuery, to statement: inout PostgresStatement) {
        var conditions = [#"p."duplicateOf" IS NULL"#]
        if let text = query.text {
            let terms = SearchTerms(text)
            if !terms.isEmpty {
                let words = terms.words.joined(separator: " ")
                let placeholder = statement.bind(words)
                conditions.append(
                    #"p."searchVector" @@ plainto_tsquery('simple', lower(\#(placeholder) COLLATE "und-x-icu"))"#)
            }
        }
        // PostgreSQL text can't hold NUL, so a value with one matches nothing (and can't be bound).
        func equals(_ column: String, _ value: String) -> String {
            value.utf8.contains(0) ? "FALSE" : column + " = " + statement.bind(value)
        }
        if let role = query.role { conditions.append(equals("p.role", role.rawValue)) }
        for skill in Set(query.skills).sorted() {
            conditions.append(
                #"EXISTS (SELECT 1 FROM "postingSkill" s WHERE s."postingId" = p.id AND "#
                    + equals("s.skill", skill.rawValue) + ")")
        }
        if let seniority = query.seniority { conditions.append(equals("p.seniority", seniority.rawValue)) }
        if let country = query.country { conditions.append(equals("p.country", country.rawValue)) }
        if let mode = query.workMode {
            conditions.append(
                #"EXISTS (SELECT 1 FROM "postingWorkMode" w WHERE w."postingId" = p.id AND w."workMode" = "#
                    + statement.bind(mode.rawValue) + ")")
        }
        if let minSalary = query.minSalary { conditions.append(#"p."usdAnnualMax" >= "# + statement.bind(minSalary)) }
        if let company = query.company, !company.isEmpty { conditions.append(equals("p.company", company)) }
        if let since = query.postedSince { conditions.append("p.posted >= " + statement.bind(since.description)) }
        statement.append(" WHERE " + conditions.joined(separator: " AND "))
    }
}
