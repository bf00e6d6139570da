/// Everything the corpus generator draws from: vocabularies, shares and rates.
///
/// Loaded once from `Resources/generator/*.tsv` (see its README) and passed to
/// `CorpusGenerator`; the Swift code holds no vocabulary of its own. Scalar rates are `var`
/// so callers can tweak a loaded calibration (`calibration.asOf = …`).
public struct CorpusCalibration: Sendable {
    /// The date postings are generated relative to: `posted` lies on or before it.
    public var asOf: Day
    /// Share of postings that repost an earlier posting (truth `duplicate_of`).
    public var duplicateShare: Double
    /// Share of postings that copy an earlier opening into another city (not a duplicate).
    public var siblingShare: Double
    /// How many postings back a repost or sibling may reach.
    public var lookback: Int
    /// Share of descriptions written as HTML.
    public var htmlShare: Double

    var settings: [String: Double]
    var profiles: [Profile]
    var profileTable: WeightedTable<Int>
    var skills: [Skill]
    var groups: [Group]
    var markers: [WeightedTable<String>]  // by Seniority index (entry, mid, senior, staff)
    var countries: [Country]
    var countryTable: WeightedTable<Int>
    var onsiteCountryTable: WeightedTable<Int>
    var modeCombos: WeightedTable<[WorkMode]>
    var companies: [Company]
    var companyTable: WeightedTable<Int>
    var legalSuffixes: [String]
    var salaryFormats: [String: WeightedTable<SalaryFormat>]  // by currency code
    var templates: [String: WeightedTable<TextTemplate>]  // by "kind/group" or "kind/group/arity"
    var salaryIntercept: Double

    func setting(_ key: String, _ fallback: Double) -> Double { settings[key] ?? fallback }

    struct Profile: Sendable {
        let name: String
        let role: RoleSlug?
        let group: String
        let seniority: WeightedTable<Seniority>
        let salaryOffset: Double
        let titles: WeightedTable<Title>
        /// Per skill: the target share of postings that mention it (title or description).
        let skillShare: [Double]
        /// Per skill: probability when its correlation group is on / off (title mentions excluded).
        var skillOn: [Double]
        var skillOff: [Double]
    }

    struct Title: Sendable {
        enum Levels: Sendable, Equatable {
            case markable, fixed
            case implied(Seniority)
        }

        let text: String
        let levels: Levels
        let skills: [Int]
    }

    struct Skill: Sendable {
        let name: SkillName
        let group: Int
        let salaryEffect: Double
        let aliases: [Alias]
    }

    struct Alias: Sendable {
        let text: String
        /// The alias is only used when the posting also has this skill ("GitHub Actions" needs Git).
        let requires: Int?
        /// A bare word that also occurs in non-skill text ("Spark"), for consistency checks.
        let ambiguous: Bool
    }

    struct Group: Sendable {
        let name: String
        let onShare: Double
        let boost: Double
    }

    struct Country: Sendable {
        let code: CountryCode?
        let currency: CurrencyCode?
        let payFactor: Double
        let salaryShare: Double
        let cities: WeightedTable<Location>
        let remotes: WeightedTable<Location>
    }

    struct Location: Sendable {
        let text: String
        let city: String
    }

    struct Company: Sendable {
        let name: String
        let variants: [String]
        /// Lower-case ASCII letters and digits of the name, for careers URLs.
        let slug: String
    }

    struct SalaryFormat: Sendable {
        enum Kind: String, Sendable {
            case field, text, desc, none
        }
        enum Shape: String, Sendable {
            case range, single, from, upto
        }

        let currency: CurrencyCode
        let kind: Kind
        let base: Bool
        let period: PayPeriod
        let shape: Shape
        let pattern: String
    }
}

extension CorpusCalibration {
    /// The bundled calibration (shaped like the 2026 ML Engineer example report), or an empty-vocabulary
    /// stand-in if the bundle is damaged (see `bundled()` to get the error instead).
    public static let `default`: CorpusCalibration = (try? bundled()) ?? .minimal
}
