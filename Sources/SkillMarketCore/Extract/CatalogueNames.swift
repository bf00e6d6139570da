/// A worker's own copies of the catalogue's skill and family names, in rank order (`ExtractionMemo`).
///
/// Every posting's skill and family lists hold these names: a posting retains each when it is made and
/// releases each when it is freed. Shared by all workers, a long name (over 15 bytes: "Machine Learning",
/// most family names; shorter ones are stored inline and counted by no one) had its reference count
/// written by both cores for nearly every posting, each write waiting for the other core's copy of the
/// line. A worker's own copies are written by the core running that worker.
struct CatalogueNames: Sendable {
    let skills: [SkillName]
    let families: [String]
    /// Where the copied catalogue tables are (addresses: they live as long as their matcher), so that a
    /// memo used with another extractor copies that one's names instead.
    private let skillSource: UInt
    private let familySource: UInt

    init(copying skills: UnsafeBufferPointer<SkillName>, _ families: UnsafeBufferPointer<String>) {
        self.skills = skills.map { SkillName(Self.copy(of: $0.rawValue)) }
        self.families = families.map(Self.copy(of:))
        skillSource = UInt(bitPattern: skills.baseAddress)
        familySource = UInt(bitPattern: families.baseAddress)
    }

    /// Whether these are copies of the tables `skills` and `families`.
    func areCopies(of skills: UnsafeBufferPointer<SkillName>, _ families: UnsafeBufferPointer<String>) -> Bool {
        skillSource == UInt(bitPattern: skills.baseAddress) && familySource == UInt(bitPattern: families.baseAddress)
            && self.skills.count == skills.count
            && self.families.count == families.count
    }

    /// The same text in storage of its own.
    private static func copy(of text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }
}
