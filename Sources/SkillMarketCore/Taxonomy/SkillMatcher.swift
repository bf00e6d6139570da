/// One skill mention: which skill, through which alias, and where (for "why did this posting count as RAG?").
public struct SkillMatch: Sendable, Equatable {
    public var skill: SkillName
    /// The alias as the taxonomy spells it ("pyspark", "R").
    public var alias: String
    /// The mention as the text spells it ("PySpark").
    public var text: String
    /// UTF-8 byte offsets of the mention in the input text.
    public var utf8Range: Range<Int>

    public init(skill: SkillName, alias: String, text: String, utf8Range: Range<Int>) {
        self.skill = skill
        self.alias = alias
        self.text = text
        self.utf8Range = utf8Range
    }
}

/// Finds every taxonomy skill in a text in one pass.
///
/// Built once per taxonomy (compiling the alias trie is O(total alias bytes)); after that it is an
/// immutable value, safe to share across threads, whose tables sit behind one reference so copying a
/// matcher costs one retain. A scan is one walk over the text's UTF-8 bytes with ASCII case folding
/// inside the trie, then context rules on the few ambiguous candidates.
public struct SkillMatcher: Sendable {
    private let compiled: Compiled

    public var taxonomy: Taxonomy { compiled.taxonomy }

    /// The taxonomy's skill names in name order: a skill's rank (``skillRanks(in:)``) indexes it.
    var skillsByRank: [SkillName] { Array(compiled.skillsByRank.buffer) }

    /// The compiled tables, shared by every copy of the matcher. The per-alias and per-skill tables sit in
    /// ``FrozenBuffer``s so a scan reads them through plain pointers (``Lookup``).
    fileprivate final class Compiled: Sendable {
        let taxonomy: Taxonomy
        let automaton: AliasAutomaton
        /// Per alias: skill index, or -1 for a context term, -2 for a blocker.
        let aliasTarget: FrozenBuffer<Int32>
        let aliasRule: FrozenBuffer<ContextRule?>
        /// Per skill index: its position in name order (so ranks sort like names).
        let skillRank: FrozenBuffer<Int32>
        let skillsByRank: FrozenBuffer<SkillName>
        /// ``AliasAutomaton/wordByte``, for context rules.
        let wordByte: FrozenBuffer<UInt8>

        /// These tables as pointers (a method of this class, so reading them retains nothing).
        var lookup: Lookup {
            Lookup(
                compiled: Unmanaged.passUnretained(self), aliasTarget: aliasTarget.buffer, aliasRule: aliasRule.buffer,
                skillRank: skillRank.buffer, skillsByRank: skillsByRank.buffer, wordByte: wordByte.buffer)
        }

        init(taxonomy: Taxonomy) {
            self.taxonomy = taxonomy
            self.automaton = AliasAutomaton(aliases: taxonomy.aliases.map { ($0.text, $0.caseSensitive) })
            self.aliasTarget = FrozenBuffer(
                taxonomy.aliases.map {
                    switch $0.target {
                    case .skill(let index): Int32(index)
                    case .context: -1
                    case .block: -2
                    }
                })
            self.aliasRule = FrozenBuffer(taxonomy.aliases.map(\.rule))
            let order = taxonomy.skills.indices.sorted { taxonomy.skills[$0].name < taxonomy.skills[$1].name }
            var rank = [Int32](repeating: 0, count: taxonomy.skills.count)
            for (position, index) in order.enumerated() { rank[index] = Int32(position) }
            self.skillRank = FrozenBuffer(rank)
            self.skillsByRank = FrozenBuffer(order.map { taxonomy.skills[$0].name })
            self.wordByte = FrozenBuffer(automaton.wordByte)
        }
    }

    /// The compiled tables as plain pointers for one call, valid while the matcher lives: the closures of a
    /// scan capture only this, so none retains and releases `Compiled` or its tables (atomics on objects
    /// every worker thread shares), as capturing them did.
    fileprivate struct Lookup {
        let compiled: Unmanaged<Compiled>
        let aliasTarget: UnsafeBufferPointer<Int32>
        let aliasRule: UnsafeBufferPointer<ContextRule?>
        let skillRank: UnsafeBufferPointer<Int32>
        /// The catalogue's names, or a worker's copies of them (`ExtractionMemo.withNames`).
        var skillsByRank: UnsafeBufferPointer<SkillName>
        let wordByte: UnsafeBufferPointer<UInt8>
    }

    fileprivate var lookup: Lookup { compiled.lookup }

    public init(taxonomy: Taxonomy) {
        self.compiled = Compiled(taxonomy: taxonomy)
    }

    /// Hits a text keeps in a temporary buffer of under 1 KB (on the stack) before it needs an array.
    fileprivate static let stackHitCapacity = 80

    /// Canonical skills mentioned in `text`, sorted and unique.
    ///
    ///     matcher.skills(in: "Python, R and C/C++; no R&D")  // [C, C++, Python, R]
    public func skills(in text: String) -> [SkillName] {
        skills(ofRanks: skillRanks(in: text))
    }

    /// The ranks (positions in ``skillsByRank``) of the canonical skills mentioned in `text`, sorted and
    /// unique: ``skills(in:)`` before the names, for lookups by rank (``SkillFamilyTable``).
    func skillRanks(in text: String) -> [Int32] {
        let lookup = self.lookup
        var text = text
        return text.withUTF8 { lookup.withSkillRanks(inBytes: $0) { Array($0) } }
    }

    /// The skills of `title + "\n" + description` (``skills(in:)``) and their families (`familyTable`), without
    /// making that string or any array but the two returned: the two are joined as bytes in a temporary buffer
    /// (``JoinedText``) and the ranks sorted there. They are scanned as one text, not one by one, because a line
    /// break is a space to the automaton (an alias may run from the title's last word into the description's
    /// first) and context rules look at hits on both sides of it. The closures capture only plain pointers
    /// (``Lookup``, ``SkillFamilyTable/Lookup``).
    func skillsAndFamilies(
        title: String, description: String, familyTable: SkillFamilyTable
    ) -> (skills: [SkillName], families: [String]) {
        var memo = ExtractionMemo.forOnePosting
        return skillsAndFamilies(title: title, description: description, familyTable: familyTable, memo: &memo)
    }

    /// ``skillsAndFamilies(title:description:familyTable:)`` with the names from `memo`'s own copies
    /// (`ExtractionMemo.withNames`).
    func skillsAndFamilies(
        title: String, description: String, familyTable: SkillFamilyTable, memo: inout ExtractionMemo
    ) -> (skills: [SkillName], families: [String]) {
        var lookup = self.lookup, families = familyTable.lookup
        var title = title, description = description
        return memo.withNames(skills: lookup.skillsByRank, families: families.familiesByRank) { skillNames, familyNames in
            lookup.skillsByRank = skillNames
            families.familiesByRank = familyNames
            return title.withUTF8 { title in
                description.withUTF8 { description in
                    JoinedText.withBytes(title, description) { joined in
                        lookup.withSkillRanks(inBytes: joined) { ranks in
                            (lookup.skills(ofRanks: ranks), families.families(ofRanks: ranks))
                        }
                    }
                }
            }
        }
    }

    /// The names of the skills of ranks `ranks`, in that order.
    func skills(ofRanks ranks: some Collection<Int32>) -> [SkillName] {
        lookup.skills(ofRanks: ranks)
    }

    /// Every counted skill mention in `text`, in text order, with the alias that matched and its byte range.
    public func matches(in text: String) -> [SkillMatch] {
        let compiled = self.compiled, lookup = self.lookup
        var result: [SkillMatch] = []
        var text = text
        text.withUTF8 { bytes in
            lookup.withResolvedHits(inBytes: bytes) { hits, counts in
                for (index, hit) in hits.enumerated() where counts[index] && lookup.aliasTarget[Int(hit.alias)] >= 0 {
                    let alias = compiled.taxonomy.aliases[Int(hit.alias)]
                    let range = Int(hit.start)..<Int(hit.end)
                    result.append(
                        SkillMatch(
                            skill: compiled.taxonomy.skills[Int(lookup.aliasTarget[Int(hit.alias)])].name,
                            alias: alias.text,
                            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self),
                            utf8Range: range))
                }
            }
        }
        return result
    }
}

/// The scan, on the tables as pointers.
extension SkillMatcher.Lookup {
    /// Calls `body` with the ranks of the skills in `bytes` (``SkillMatcher/skillRanks(in:)``), sorted and
    /// unique, in a temporary buffer.
    func withSkillRanks<R>(
        inBytes bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Int32>) -> R
    ) -> R {
        withResolvedHits(inBytes: bytes) { hits, counts in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: hits.count) { ranks in
                var count = 0
                for (index, hit) in hits.enumerated() where counts[index] {
                    let skill = aliasTarget[Int(hit.alias)]
                    if skill >= 0 {
                        ranks.initializeElement(at: count, to: skillRank[Int(skill)])
                        count += 1
                    }
                }
                let found = UnsafeMutableBufferPointer(rebasing: ranks[..<count])
                let kept = SkillMatcher.sortUnique(found, below: skillRank.count)
                return body(UnsafeBufferPointer(rebasing: found[..<kept]))
            }
        }
    }

    /// The names of the skills of ranks `ranks`, in that order.
    func skills(ofRanks ranks: some Collection<Int32>) -> [SkillName] {
        ranks.map { skillsByRank[Int($0)] }
    }

    /// Scans `bytes` and calls `body` with its hits, in text order, and for each whether it counts after
    /// context rules (``resolve(_:in:into:)``; blockers and context terms may count, skills are those whose
    /// alias targets one).
    func withResolvedHits<R>(
        inBytes bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<AliasHit>, UnsafeBufferPointer<Bool>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: AliasHit.self, capacity: SkillMatcher.stackHitCapacity) { buffer in
            if let count = scan(bytes, into: buffer) {
                return resolved(UnsafeBufferPointer(rebasing: buffer[..<count]), in: bytes, body)
            }
            let hits = [AliasHit](unsafeUninitializedCapacity: bytes.count) { all, count in
                count = scan(bytes, into: all) ?? 0
            }
            return hits.withUnsafeBufferPointer { resolved($0, in: bytes, body) }
        }
    }

    /// ``AliasAutomaton/scan(_:into:)`` of the matcher's automaton.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, into hits: UnsafeMutableBufferPointer<AliasHit>) -> Int? {
        compiled._withUnsafeGuaranteedRef { $0.automaton.scan(bytes, into: hits) }
    }

    /// Calls `body` with `hits` (a scan of `bytes`) and whether each counts after context rules.
    private func resolved<R>(
        _ hits: UnsafeBufferPointer<AliasHit>, in bytes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<AliasHit>, UnsafeBufferPointer<Bool>) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: hits.count) { counts in
            resolve(hits, in: bytes, into: counts)
            return body(hits, UnsafeBufferPointer(counts))
        }
    }

    /// Which hits count, into `counts` (one per hit; a temporary buffer, not an array allocated per text):
    /// blockers never; unambiguous aliases always; ambiguous ones when their rule accepts (re-checked until
    /// stable, so "Python, R, C" lets R support C).
    private func resolve(
        _ hits: UnsafeBufferPointer<AliasHit>, in bytes: UnsafeBufferPointer<UInt8>,
        into counts: UnsafeMutableBufferPointer<Bool>
    ) {
        counts.initialize(repeating: false)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: hits.count) { pending in
            var pendingCount = 0
            for (index, hit) in hits.enumerated() where aliasTarget[Int(hit.alias)] != -2 {
                if aliasRule[Int(hit.alias)] == nil {
                    counts[index] = true
                } else {
                    pending.initializeElement(at: pendingCount, to: index)
                    pendingCount += 1
                }
            }
            guard pendingCount > 0 else { return }
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: counts.count) { counted in
                var changed = true
                while changed {
                    changed = false
                    // Every rule of a pass sees the counts as they were when the pass began.
                    _ = counted.initialize(fromContentsOf: counts)
                    let context = RuleContext(
                        text: bytes, hits: hits, counts: UnsafeBufferPointer(counted),
                        wordByte: wordByte)
                    var kept = 0
                    for index in pending[..<pendingCount] {
                        if let rule = aliasRule[Int(hits[index].alias)], context.accepts(rule, hitAt: index) {
                            counts[index] = true
                            changed = true
                        } else {
                            pending[kept] = index
                            kept += 1
                        }
                    }
                    pendingCount = kept
                }
            }
        }
    }
}
