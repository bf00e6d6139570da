/// The results of extraction steps that depend on one field's text alone and repeat from posting to
/// posting (a job board lists many postings per company, title and city): the normalised company, what
/// a title's words alone say about the role and the level, and what a location names; and the worker's
/// own copies of the catalogue's names (`CatalogueNames`). A worker keeps one
/// across the postings it extracts (`PostingExtractor.extract(_:memo:)`), so each distinct text is read
/// once, not per posting.
///
/// Keyed by the text's UTF-8 bytes (a `TokenVocabulary`: no `Hasher`, byte-compared on a hit; `String`
/// equality would also equate canonically equivalent spellings the steps may read differently), so a hit
/// returns exactly what the step computes for those bytes. Each table holds at most `capacity` texts and
/// is emptied when full: memory stays bounded whatever the input.
public struct ExtractionMemo: Sendable {
    /// The most texts a table holds.
    public static let capacity = 4_096
    /// False for the memo of one posting (`PostingExtractor.extract(_:)`), which would only fill tables
    /// nobody reads again: every step is then computed, with nothing stored.
    private let remembers: Bool
    private var companies = Table<NormalizedCompany?>()
    private var locations = Table<CountryResolver.LocationReading>()
    private var titles = Table<TitleReading>()
    private var names: CatalogueNames?

    public init() {
        remembers = true
    }

    /// A memo that remembers nothing.
    static var forOnePosting: ExtractionMemo { ExtractionMemo(remembers: false) }

    private init(remembers: Bool) {
        self.remembers = remembers
    }

    /// The normalised company of `raw`, computed by `normalize` the first time.
    mutating func company(_ raw: String, normalize: (String) -> NormalizedCompany?) -> NormalizedCompany? {
        remembers ? companies.value(for: raw, computing: normalize) : normalize(raw)
    }

    /// What the words of a title alone say: the role (`RoleClassifier.verdict(onTitle:)`) and the level
    /// (`SeniorityClassifier.titleLevel(_:)`).
    struct TitleReading: Sendable {
        var role: RoleClassifier.Verdict
        var level: Seniority?
    }

    /// What the words of `title` alone say, computed by `read` the first time.
    mutating func title(_ title: String, read: (String) -> TitleReading) -> TitleReading {
        remembers ? titles.value(for: title, computing: read) : read(title)
    }

    /// What the location `text` names, computed by `read` the first time.
    mutating func location(
        _ text: String, read: (String) -> CountryResolver.LocationReading
    ) -> CountryResolver.LocationReading {
        remembers ? locations.value(for: text, computing: read) : read(text)
    }

    /// Calls `body` with this memo's own copies of the names `skills` and `families` (made the first time;
    /// see `CatalogueNames`), or with the tables themselves for the memo of one posting.
    mutating func withNames<Result>(
        skills: UnsafeBufferPointer<SkillName>, families: UnsafeBufferPointer<String>,
        _ body: (UnsafeBufferPointer<SkillName>, UnsafeBufferPointer<String>) -> Result
    ) -> Result {
        guard remembers else { return body(skills, families) }
        if names?.areCopies(of: skills, families) != true { names = CatalogueNames(copying: skills, families) }
        let names = self.names.unsafelyUnwrapped
        return names.skills.withUnsafeBufferPointer { skills in
            names.families.withUnsafeBufferPointer { families in body(skills, families) }
        }
    }

    /// Texts (by their bytes) and the value computed for each.
    private struct Table<Value: Sendable>: Sendable {
        private var texts = TokenVocabulary()
        private var values: [Value] = []

        mutating func value(for text: String, computing compute: (String) -> Value) -> Value {
            var bytes = text
            return bytes.withUTF8 { bytes in
                let id = texts.withLookup { $0.id(of: bytes) }
                if id != TokenVocabulary.unknown { return values[Int(id)] }
                let value = compute(text)
                if values.count >= ExtractionMemo.capacity {
                    texts = TokenVocabulary()
                    values.removeAll(keepingCapacity: true)
                }
                _ = texts.intern(bytes: bytes)
                values.append(value)
                return value
            }
        }
    }
}
