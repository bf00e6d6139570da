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
/// Cost: one hash probe and one table read per title token, with the title's ids in scratch space and
/// every table read through buffer pointers to frozen storage (no array, closure context or retain per
/// posting); the description is read only for vague titles, and only until enough support terms are
/// found (see `SupportScan`).
public struct RoleClassifier: Sendable {
    public let catalogue: RoleCatalogue

    public init(catalogue: RoleCatalogue) {
        self.catalogue = catalogue
    }

    public func role(title: String, description: String) -> RoleSlug? {
        guard case .role(let role) = verdict(title: title, description: description) else { return nil }
        return role
    }

    /// What the words of `title` alone say (most titles decide their role; only a vague phrase needs the
    /// description).
    func verdict(onTitle title: String) -> Verdict {
        verdict(title: title, description: nil)
    }

    /// `role(title:description:)` given the title's own verdict (`verdict(onTitle:)`, or a memo of it): the
    /// description is read only when that verdict says so.
    func role(title: String, description: String, titleVerdict: Verdict) -> RoleSlug? {
        guard case .role(let role) = titleVerdict else { return self.role(title: title, description: description) }
        return role
    }

    /// What a title says: a role (or none), or, read without a description, that a vague phrase needs the
    /// description's support terms.
    enum Verdict: Sendable {
        case role(RoleSlug?)
        case needsDescription
    }

    /// The verdict on `title`; with a `description`, never `needsDescription`.
    private func verdict(title: String, description: String?) -> Verdict {
        // Closures below capture only these pointers (capturing `self` copied the whole catalogue).
        let reading = Reading(catalogue)
        var title = title
        let role = title.withUTF8 { bytes in
            reading.normaliser.withNormalisedTokens(of: bytes) { tokens in
                reading.bestRole(titleTokens: tokens, description: description)
            }
        }
        guard case .some(let role) = role else { return .needsDescription }
        return .role(role.map { catalogue.roles[$0].slug })
    }
}

/// The tables of a catalogue as buffer pointers, valid while the catalogue lives.
private struct Reading {
    let normaliser: TokenNormaliser.Reader
    let titles: PhraseIndex<RoleCatalogue.Evidence>.Reader
    let vetoes: PhraseIndex<RoleCatalogue.Veto>.Reader
    /// Per role.
    let support: UnsafeBufferPointer<RoleCatalogue.Support>

    init(_ catalogue: RoleCatalogue) {
        normaliser = catalogue.normaliser.reader
        titles = catalogue.titlePhrases.reader
        vetoes = catalogue.vetoes.reader
        support = catalogue.support.buffer
    }

    /// The index of the role the title's ids point at (steps 1–3 of `RoleClassifier`), or none; `nil` (not
    /// `.some(nil)`) when there is no `description` and a vague phrase needs its support.
    func bestRole(titleTokens tokens: UnsafeBufferPointer<Int32>, description: String?) -> Int?? {
        guard !tokens.isEmpty else { return .some(nil) }
        // A look-alike of every role rules the title out; one of some role is looked for again per match.
        var vetoesSomeRole = false
        let vetoesAll = tokens.indices.contains { start in
            vetoes.anyMatch(in: tokens, at: start) { veto in
                vetoesSomeRole = true
                return veto.role == nil
            }
        }
        if vetoesAll { return .some(nil) }

        var best: (role: Int, strength: RoleCatalogue.Strength)?
        for start in tokens.indices {
            guard let match = titles.longestMatch(in: tokens, at: start) else { continue }
            let evidence = titles.value(of: match)
            if vetoesSomeRole, isVetoed(evidence.role, titleTokens: tokens) { continue }
            if let current = best, current.strength >= evidence.strength { continue }
            if evidence.strength == .vague {
                guard let supported = isSupported(role: evidence.role, titleTokens: tokens, description: description)
                else { return nil }
                if !supported { continue }
            }
            best = (evidence.role, evidence.strength)
        }
        return .some(best?.role)
    }

    /// Whether a role-specific look-alike phrase of `role` occurs in the title.
    private func isVetoed(_ role: Int, titleTokens tokens: UnsafeBufferPointer<Int32>) -> Bool {
        tokens.indices.contains { start in vetoes.anyMatch(in: tokens, at: start) { $0.role == role } }
    }

    /// Whether a vague title phrase for `role` is confirmed by the title or the description; `nil` when the
    /// title does not confirm it and there is no `description` to read.
    private func isSupported(role: Int, titleTokens: UnsafeBufferPointer<Int32>, description: String?) -> Bool? {
        let support = self.support[role]
        guard support.terms.entryCount > 0 else { return false }
        if support.terms.occurs(in: titleTokens) { return true }
        guard var description else { return nil }
        return description.withUTF8 { bytes in
            SupportScan.findsTerms(
                support.minimum, of: support.terms, longestTerm: support.longestTerm, in: bytes, normaliser: normaliser)
        }
    }
}
