import SkillMarketCore

/// What a `PostingQuery` means, computed in Swift over the fixtures: the oracle the stores are checked against.
///
/// Text matching (`q`): every word of the query (runs of letters and digits) equals, ignoring case, a
/// word of the title, company or description. Order: posted descending (unknown last), then id
/// descending, both compared as UTF-8 bytes.
enum ReferenceQuery {
    static func matches(_ posting: StoredPosting, _ query: PostingQuery) -> Bool {
        let facts = posting.facts
        if facts.duplicateOf != nil { return false }
        if let role = query.role, facts.role != role { return false }
        if let seniority = query.seniority, facts.seniority != seniority { return false }
        if let country = query.country, facts.country != country { return false }
        if let company = query.company, !company.isEmpty, facts.company != company { return false }
        if let since = query.postedSince, !(facts.posted.map { $0 >= since } ?? false) { return false }
        if let mode = query.workMode, !facts.workModes.contains(mode) { return false }
        if !Set(query.skills).isSubset(of: Set(facts.skills)) { return false }
        if let minimum = query.minSalary {
            guard let salary = facts.salary, salary.currency == .usd,
                let top = salary.annualMax ?? salary.annualMin, top.cents / 100 >= minimum
            else { return false }
        }
        if let text = query.text {
            let wanted = words(text)
            let have = Set(words([facts.title, facts.company ?? "", posting.description].joined(separator: " ")))
            if !wanted.isEmpty, !Set(wanted).isSubset(of: have) { return false }
        }
        return true
    }

    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map { $0.lowercased() }
    }

    /// Matching postings in listing order.
    static func listing(_ corpus: [StoredPosting], _ query: PostingQuery) -> [StoredPosting] {
        latestByID(corpus).filter { matches($0, query) }.sorted(by: listedBefore)
    }

    static func listedBefore(_ a: StoredPosting, _ b: StoredPosting) -> Bool {
        let postedA = Array((a.facts.posted?.description ?? "").utf8)
        let postedB = Array((b.facts.posted?.description ?? "").utf8)
        if postedA != postedB { return postedA.lexicographicallyPrecedes(postedB) == false }
        return Array(b.facts.id.rawValue.utf8).lexicographicallyPrecedes(Array(a.facts.id.rawValue.utf8))
    }

    /// The last version of each id, as a store keeps it.
    static func latestByID(_ corpus: [StoredPosting]) -> [StoredPosting] {
        var byID: [PostingID: StoredPosting] = [:]
        for posting in corpus { byID[posting.facts.id] = posting }
        return Array(byID.values)
    }

    /// Facet counts, count descending, then value (UTF-8 bytes), top 50: each dimension among the postings
    /// matching every filter of `query` but its own (all skill filters for skills).
    static func facets(_ corpus: [StoredPosting], _ query: PostingQuery) -> Facets {
        func matching(_ clear: (inout PostingQuery) -> Void) -> [ExtractedPosting] {
            var narrowed = query
            clear(&narrowed)
            return listing(corpus, narrowed).map(\.facts)
        }
        func top(_ values: [String]) -> [Facets.Count] {
            var counts: [String: Int] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let sorted = counts.sorted {
                $0.value != $1.value
                    ? $0.value > $1.value : Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8))
            }
            return sorted.prefix(50).map { Facets.Count(value: $0.key, postings: $0.value) }
        }
        return Facets(
            roles: top(matching { $0.role = nil }.compactMap { $0.role?.rawValue }),
            skills: top(matching { $0.skills = [] }.flatMap { $0.skills.map(\.rawValue) }),
            seniority: top(matching { $0.seniority = nil }.map(\.seniority.rawValue)),
            countries: top(matching { $0.country = nil }.compactMap { $0.country?.rawValue }),
            workModes: top(matching { $0.workMode = nil }.flatMap { $0.workModes.map(\.rawValue) }),
            companies: top(matching { $0.company = nil }.compactMap(\.company)))
    }
}
