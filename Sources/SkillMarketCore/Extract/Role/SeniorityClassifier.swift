/// Decides entry/mid/senior/staff from the title, then the description; `mid` by default.
///
/// Title words, highest level first (a title with words of several levels takes the highest,
/// so "Senior Staff" is staff and "Senior Associate" is senior):
/// * staff — Staff, Principal, Lead, Leader, Distinguished, Fellow, Head, Chief, and people
///   managers: Manager, Managing, Director, VP / Vice President (the spec has no level above staff);
/// * senior — Senior, Sr, Architect, Expert, level III/IV/V or 3/4/5 after the role noun;
/// * entry — Intern(ship), Junior, Jr, Graduate, Grad, Undergrad, College, Entry (level), Trainee,
///   Apprentice(ship), Associate (an "Associate Data Scientist" is an entry level at most
///   companies), Early Career, level I or 1;
/// * mid — "Mid", "Mid-Level", level II or 2.
///
/// A title with none of these falls back to the description: the lowest required years of
/// experience (0–1 → entry, 2–4 → mid, 5+ → senior), else phrases such as "new grad",
/// "recent graduate", "entry level" → entry; else `mid`.
public struct SeniorityClassifier: Sendable {
    public init() {}

    public func seniority(title: String, description: String) -> Seniority {
        var descriptionReading = DescriptionReading()
        return seniority(titleLevel: Self.titleLevel(title), description: description, descriptionReading: &descriptionReading)
    }

    /// `seniority(title:description:)` given the title's own level (`titleLevel(_:)`, or a memo of it), reading
    /// the description through `descriptionReading` (which keeps its work-mode findings for `WorkModeDetector`).
    func seniority(titleLevel: Seniority?, description: String, descriptionReading: inout DescriptionReading) -> Seniority {
        if let titleLevel { return titleLevel }
        return descriptionReading.seniority(of: description)
    }

    /// What a title word can say about the level (several at once: "associate" is an entry
    /// word and a role noun).
    private struct TitleWord: OptionSet {
        let rawValue: UInt16
        static let staff = TitleWord(rawValue: 1 << 0)
        static let senior = TitleWord(rawValue: 1 << 1)
        static let entry = TitleWord(rawValue: 1 << 2)
        static let mid = TitleWord(rawValue: 1 << 3)
        static let early = TitleWord(rawValue: 1 << 4)
        static let career = TitleWord(rawValue: 1 << 5)
        /// A role noun after which a digit is a level ("Data Analyst 2").
        static let levelNoun = TitleWord(rawValue: 1 << 6)
        static let romanEntry = TitleWord(rawValue: 1 << 7)
        static let romanMid = TitleWord(rawValue: 1 << 8)
        static let romanSenior = TitleWord(rawValue: 1 << 9)
        static let digitEntry = TitleWord(rawValue: 1 << 10)
        static let digitMid = TitleWord(rawValue: 1 << 11)
        static let digitSenior = TitleWord(rawValue: 1 << 12)
    }

    private static let titleWords: PackedWordTable<UInt16> = {
        let lists: [(TitleWord, [String])] = [
            (.staff, [
                "staff", "principal", "principle", "pricipal", "lead", "leader", "distinguished", "fellow", "head",
                "chief", "manager", "managing", "director", "vp", "svp", "evp", "avp", "president",
            ]),
            (.senior, ["senior", "sr", "architect", "expert"]),
            (.entry, [
                "intern", "interns", "internship", "junior", "jr", "graduate", "graduates", "grad", "undergrad",
                "college", "entry", "trainee", "apprentice", "apprenticeship", "associate",
            ]),
            (.mid, ["mid"]), (.early, ["early"]), (.career, ["career"]),
            (.levelNoun, [
                "analyst", "engineer", "scientist", "developer", "level", "specialist", "programmer", "associate",
            ]),
            (.romanEntry, ["i"]), (.romanMid, ["ii"]), (.romanSenior, ["iii", "iv", "v"]),
            (.digitEntry, ["1"]), (.digitMid, ["2"]), (.digitSenior, ["3", "4", "5"]),
        ]
        var flags: [String: UInt16] = [:]
        for (kind, words) in lists {
            for word in words { flags[word, default: 0] |= kind.rawValue }
        }
        return PackedWordTable(flags.map { (word: $0.key, value: $0.value) })
    }()

    /// The level named by title words (`TitleTokenizer` tokens), or `nil` when the title is silent.
    static func titleLevel(_ title: String) -> Seniority? {
        var seen: TitleWord = []
        var previous: TitleWord = []
        var levelNumber: Seniority?
        TitleTokenizer.forEachToken(in: title) { token in
            // The table is read in place: a local copy costs a metadata-driven copy of each of its arrays.
            let word = TitleWord(rawValue: titleWords.value(of: token) ?? 0)
            seen.formUnion(word)
            if word.contains(.career), previous.contains(.early) { seen.insert(.entry) }
            if levelNumber == nil { levelNumber = numberedLevel(word, after: previous) }
            previous = word
        }
        if seen.contains(.staff) { return .staff }
        if seen.contains(.senior) { return .senior }
        if seen.contains(.entry) { return .entry }
        if seen.contains(.mid) { return .mid }
        return levelNumber
    }

    /// Roman numerals anywhere ("Scientist I/II" → I), digits only right after a role noun
    /// ("Data Analyst 2"), so "Data Scientist 4, Words with Friends" counts but "24/7" does not.
    private static func numberedLevel(_ word: TitleWord, after previous: TitleWord) -> Seniority? {
        if word.contains(.romanEntry) { return .entry }
        if word.contains(.romanMid) { return .mid }
        if word.contains(.romanSenior) { return .senior }
        guard previous.contains(.levelNoun) else { return nil }
        if word.contains(.digitEntry) { return .entry }
        if word.contains(.digitMid) { return .mid }
        if word.contains(.digitSenior) { return .senior }
        return nil
    }

    /// The level a description implies, read at the runs (`ASCIIWordRuns`) where a year word or
    /// an entry phrase's anchor word may start (those `filter` passes; `DescriptionReading` finds them):
    /// the lowest required years of experience, else an entry phrase, else `mid`.
    struct DescriptionLevel {
        private var least: Int?
        private var mentionsEntryLevel = false

        /// Runs where a year word ("year", "years", "yr", "yrs") or an entry phrase's anchor word
        /// (`entryPhrases`) may start.
        static let filter = RunStartFilter(
            ["years", "year", "yrs", "yr"].map { RunStartFilter.Word(word: $0) }
                + entryPhrases.map { entry in
                    let anchor = entry.phrase.withUTF8Buffer { Array($0[entry.anchor...]) }
                    let word = anchor.prefix { $0.isASCIILetterOrDigit }
                    // A phrase ending with its anchor word matches runs that only start with it ("graduates").
                    return RunStartFilter.Word(word: String(decoding: word, as: UTF8.self), orLonger: word.count == anchor.count)
                })

        /// Entry `n`: the entry phrases whose anchor word starts with the lower-case letter whose low
        /// five bits are `n`.
        private static let anchoredPhrases: [[(phrase: StaticString, anchor: Int)]] = (0..<32).map { bits in
            entryPhrases.filter { Int($0.phrase.utf8Start[$0.anchor] & 0x1F) == bits }
        }

        /// Reads the run starting at `start` (any run `filter` passes; others add nothing).
        mutating func read(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) {
            let first = bytes[start] | 0x20
            if first == UInt8(ascii: "y") {
                if let years = ExperienceYears.requirement(atYearWord: start, in: bytes) {
                    least = min(least ?? years, years)
                }
            } else if !mentionsEntryLevel {
                for entry in Self.anchoredPhrases[Int(first & 0x1F)] where start >= entry.anchor {
                    if occurs(entry.phrase, in: bytes, at: start - entry.anchor) {
                        mentionsEntryLevel = true
                        return
                    }
                }
            }
        }

        /// The level read so far: 0–1 years → entry, 2–4 → mid, 5+ → senior; else entry when an
        /// entry phrase was seen; else mid.
        var level: Seniority {
            if let least {
                switch least {
                case ...1: return .entry
                case 2...4: return .mid
                default: return .senior
                }
            }
            return mentionsEntryLevel ? .entry : .mid
        }
    }

    /// Phrases that say the job is for beginners (an ASCII case-insensitive substring), each with
    /// the offset of a word in it that follows a space or hyphen: in the text a run of letters and
    /// digits starts there, where `DescriptionLevel` anchors the phrase.
    static let entryPhrases: [(phrase: StaticString, anchor: Int)] = [
        ("new grad", 4), ("recent grad", 7), ("recent college grad", 15), ("entry level", 6),
        ("entry-level", 6), ("no experience required", 3),
    ]

    static func occurs(_ phrase: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = phrase.utf8CodeUnitCount
        guard start + count <= bytes.count else { return false }
        for offset in 0..<count {
            let byte = bytes[start + offset]
            if byte | (byte >= 0x41 && byte <= 0x5A ? 0x20 : 0) != phrase.utf8Start[offset] { return false }
        }
        return true
    }
}
