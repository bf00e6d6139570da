/// Assigns a role slug from the role catalogue, rejecting look-alike titles.
///
/// Title first, description as support. The title is normalised (lower-case, `&` → "and",
/// punctuation dropped, abbreviations expanded, seniority qualifiers removed) and scanned left
/// to right for catalogue phrases, taking the longest phrase starting at each token (so a field
/// name "big data" does not hide the title phrase "data analyst" inside "Big Data Analyst"). Then:
/// 1. a look-alike phrase of the catalogue (`veto *`) anywhere in the title gives `nil`;
///    a role-specific look-alike (`veto <slug>`) removes that role's matches;
/// 2. a vague phrase ("ai engineer") counts only when its role's support terms appear in the
///    title, or at least `minsupport` distinct ones in the description;
/// 3. among the remaining matches the strongest kind wins (title > confirmed vague > field);
///    among equals, the first mentioned ("Data Scientist / ML Engineer" → data-scientist).
///
///     classifier.role(title: "Sr. ML Engineer (Contract) - NYC", description: "")  // machine-learning-engineer
///     classifier.role(title: "Engineer II", description: "")                       // nil
///
/// Cost: one hash probe and one array read per title token; the description is read only for vague
/// titles, and only until enough support terms are found.
public struct RoleClassifier: Sendable {
    public let catalogue: RoleCatalogue

    public init(catalogue: RoleCatalogue) {
        self.catalogue = catalogue
    }

    public func role(title: String, description: String) -> RoleSlug? {
        let tokens = catalogue.normalisedTokens(title)
        guard !tokens.isEmpty else { return nil }

        var vetoed = Set<Int>()
        for start in tokens.indices {
            for entry in catalogue.vetoes.matches(in: tokens, at: start) {
                guard let role = entry.value.role else { return nil }
                vetoed.insert(role)
            }
        }

        var best: (role: Int, strength: RoleCatalogue.Strength)?
        for start in tokens.indices {
            guard let match = catalogue.titlePhrases.longestMatch(in: tokens, at: start) else { continue }
            let evidence = match.value
            if vetoed.contains(evidence.role) { continue }
            if let current = best, current.strength >= evidence.strength { continue }
            if evidence.strength == .vague,
                !isSupported(role: evidence.role, titleTokens: tokens, description: description)
            {
                continue
            }
            best = (evidence.role, evidence.strength)
        }
        return best.map { catalogue.roles[$0.role].slug }
    }

    /// Whether a vague title phrase for `role` is confirmed by the title or the description. The
    /// description is normalised a piece at a time, only as far as it takes to find enough support terms.
    private func isSupported(role: Int, titleTokens: [Int32], description: String) -> Bool {
        let terms = catalogue.supportTerms[role]
        guard !terms.isEmpty else { return false }
        if terms.occurs(in: titleTokens) { return true }
        let needed = catalogue.minimumSupport[role]
        var description = description
        return catalogue.normaliser.withReader { normaliser in
            description.withUTF8 { bytes in
                var words: [Int32] = []
                words.reserveCapacity(bytes.count / 4)  // more than a description's tokens, as a rule
                // The distinct terms found: a few at most (`needed`), so a list beats a `Set` of arrays,
                // whose first insert alone cost more than the rest of the scan.
                var found: [[Int32]] = []
                var start = 0
                var pieceStart = 0
                while pieceStart < bytes.count {
                    let pieceEnd = Self.pieceEnd(after: pieceStart, in: bytes)
                    normaliser.appendNormalisedTokens(
                        of: UnsafeBufferPointer(rebasing: bytes[pieceStart..<pieceEnd]), to: &words)
                    pieceStart = pieceEnd
                    // A start is matched once every token a term there could read has arrived.
                    let end = pieceEnd == bytes.count ? words.count : words.count - terms.longestPhrase + 1
                    while start < end {
                        // A word the catalogue does not know starts no term (most words of a description).
                        if words[start] != TokenVocabulary.unknown,
                            let entry = terms.longestMatch(in: words, at: start)
                        {
                            if !found.contains(entry.tokens) { found.append(entry.tokens) }
                            if found.count >= needed { return true }
                        }
                        start += 1
                    }
                }
                return false
            }
        }
    }

    /// Bytes of description normalised before looking for support terms again.
    private static let pieceLength = 256

    /// The end of the piece of `bytes` starting at `start`: the first ASCII space or line break
    /// `pieceLength` bytes on (tokens never span one), or the end of the text.
    private static func pieceEnd(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start + pieceLength
        while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return min(end, bytes.count)
    }
}
