/// The results of extraction steps that depend on one field's text alone and repeat from posting to
/// posting (a job board lists many postings per company, title and city): the normalised company, what
/// a title's words alone say about the role and the level, and what a location names. A worker keeps one across the postings it extracts
/// (`PostingExtractor.extract(_:memo:)`), so each distinct text is read once, not per posting.
///
/// Keyed by the text's UTF-8 bytes (a `TokenVocabulary`: no `Hasher`, byte-compared on a hit; `String`
/// equality would also equate canonically equivalent spellings the steps may read differently), so a hit
/// returns exactly what the step computes for those bytes. Each table holds at most `capacity` texts and
/// is emptied when full: memory stays bounded whatever the input.
public struct ExtractionMemo: Sendable {
    /// The most texts a table holds.
    public static let capacity = 4_096
    private var companies = Table<NormalizedCompany?>()
    private var locations = Table<CountryResolver.LocationReading>()
    private var titles = Table<TitleReading>()

    public init() {}

    /// The normalised company of `raw`, computed by `normalize` the first time.
    mutating func company(_ raw: String, normalize: (String) -> NormalizedCompany?) -> NormalizedCompany? {
        companies.value(for: raw, computing: normalize)
    }

    /// What the words of a title alone say: the role (`RoleClassifier.verdict(onTitle:)`) and the level
    /// (`SeniorityClassifier.titleLevel(_:)`).
    struct TitleReading: Sendable {
        var role: RoleClassifier.Verdict
        var level: Seniority?
    }

    /// What the words of `title` alone say, computed by `read` the first time.
    mutating func title(_ title: String, read: (String) -> TitleReading) -> TitleReading {
        titles.value(for: title, computing: read)
    }

    /// What the location `text` names, computed by `read` the first time.
    mutating func location(
        _ text: String, read: (String) -> CountryResolver.LocationReading
    ) -> CountryResolver.LocationReading {
        locations.value(for: text, computing: read)
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
