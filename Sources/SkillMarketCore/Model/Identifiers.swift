import Foundation

/// A posting's identity: the input's own `id`, or one derived from its content.
public struct PostingID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: PostingID, rhs: PostingID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An ISO 3166-1 alpha-2 country code, always upper case ("US", "GB").
public struct CountryCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    /// Accepts two ASCII letters in any case, spaces around them trimmed; anything else is `nil`.
    public init?(_ text: String) {
        guard let code = ASCIICode.upperCased(text, length: 2) else { return nil }
        rawValue = code
    }
    /// For codes known valid at compile time.
    private init(known: String) { rawValue = known }
    public var description: String { rawValue }
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let unitedStates = CountryCode(known: "US")
}

/// A canonical skill name from the taxonomy ("Python", "LLMs").
public struct SkillName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: SkillName, rhs: SkillName) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A role slug from the role catalogue ("machine-learning-engineer").
public struct RoleSlug: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: RoleSlug, rhs: RoleSlug) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// An ISO 4217 currency code ("USD", "GBP", "INR").
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let usd = CurrencyCode("USD")
    public static let cad = CurrencyCode("CAD")
    public static let gbp = CurrencyCode("GBP")
    public static let eur = CurrencyCode("EUR")
    public static let inr = CurrencyCode("INR")
}
