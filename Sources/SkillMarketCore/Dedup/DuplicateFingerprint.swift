/// What `DuplicateDetector` needs to know about one posting: 160 bytes (`MemoryLayout.stride`), computed without the
/// detector's state (so in parallel, during extraction).
///
/// * `blockKey`: 64-bit hash of the company key (`CompanyNormalizer` rules without the alias table;
///   pass `normalizer.normalize(raw)` as `company` for alias-aware matching) and the title's words
///   (lower-case, punctuation-free; "Senior", "II", "(Remote)" are kept, so they distinguish titles).
///   A posting without a company is its own kind of block: it never matches one with a company.
/// * `locationKey`: hash of the location's words, 0 when there is none.
/// * `exactHash`: hash of the description's words in order — URLs removed (so a changed
///   `?utm_source=` does not matter), punctuation and whitespace ignored, ASCII case folded.
/// * `signature`: MinHash of the description's word 5-shingles, for near-duplicates.
/// * `posted`: days since 1970-01-01, or `nil`.
///
/// Tokenisation works on UTF-8 bytes (see `WordHasher`); no Foundation string calls.
public struct DuplicateFingerprint: Sendable, Equatable {
    // Declared widest first: 160-byte stride.
    public let signature: MinHashSignature
    public let blockKey: UInt64
    public let locationKey: UInt64
    public let exactHash: UInt64
    public let hasCompany: Bool
    private let postedDay: Int32

    /// The posted day as stored (`Int32.min` when unknown), for `storage`.
    var postedDayStorage: Int32 { postedDay }

    /// Reassembles a fingerprint from its parts (see `init?(storage:)`).
    init(
        signature: MinHashSignature, blockKey: UInt64, locationKey: UInt64, exactHash: UInt64, hasCompany: Bool,
        postedDayStorage: Int32
    ) {
        self.signature = signature
        self.blockKey = blockKey
        self.locationKey = locationKey
        self.exactHash = exactHash
        self.hasCompany = hasCompany
        self.postedDay = postedDayStorage
    }

    public init(title: String, company: String?, location: String?, plainDescription: String, posted: Day?) {
        self.init(
            title: title, companyKeyHash: company.flatMap(CompanyNormalizer.baseKeyHash), location: location,
            plainDescription: plainDescription, posted: posted)
    }

    /// The same with the company given as `NormalizedCompany.baseKeyHash` (`nil`: no company).
    init(title: String, companyKeyHash: UInt64?, location: String?, plainDescription: String, posted: Day?) {
        hasCompany = companyKeyHash != nil
        let company = companyKeyHash ?? WordHasher.fnvOffset  // the hash of the empty key
        let companySeed = MinHashSignature.Builder.mix64(company ^ 0x436F_6D70)  // separates company from title
        blockKey = WordHasher.chain(of: title, skippingURLs: false, from: companySeed)
        locationKey = location.map { WordHasher.chain(of: $0, skippingURLs: false, from: 0) } ?? 0

        var builder = MinHashSignature.Builder()
        var description = plainDescription
        let chain = description.withUTF8 { Self.addWords(of: $0, to: &builder) }
        signature = builder.finish()
        exactHash = Self.exactHash(chain: chain, wordCount: builder.wordCount)
        postedDay = posted.map { Int32(clamping: $0.dayNumber) } ?? .min
    }

    /// Where the exact hash's chain of the description's words starts (`WordHasher.chained`).
    static let exactSeed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The exact hash of words whose hashes chain from `exactSeed` to `chain`: the chain and the count mixed.
    static func exactHash(chain: UInt64, wordCount: Int) -> UInt64 {
        WordHasher.chained(chain, UInt64(wordCount))
    }

    /// Feeds the words of a description to `builder`, a chunk at a time (`Builder.add(words:)`), and returns
    /// their chain from `exactSeed`. Out of line so that the word loop exists once (inside `withUTF8`, whose
    /// small- and large-string paths would each get a copy of it).
    @inline(never)
    private static func addWords(of bytes: UnsafeBufferPointer<UInt8>, to builder: inout MinHashSignature.Builder)
        -> UInt64
    {
        WordHasher.forEachWords(in: bytes, skippingURLs: true, chainingFrom: exactSeed) { builder.add(words: $0) }
    }

    /// Days since 1970-01-01 of the posting date, or `nil` when it is unknown.
    public var postedDayNumber: Int? {
        postedDay == .min ? nil : Int(postedDay)
    }
}
