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
    /// Accepts two ASCII letters in any case; anything else is `nil`.
    public init?(_ text: String) {
        var text = text
        // Decided on the bytes unless an end could be whitespace to trim (Foundation trimming
        // costs thousands of instructions, and this runs for most postings).
        let letters = text.withUTF8 { bytes -> (UInt8, UInt8)?? in
            let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            let mayTrim = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte >= 0x80 }
            guard let first = bytes.first, let last = bytes.last else { return .some(nil) }
            if bytes.count == 2 { return .some(isLetter(first) && isLetter(last) ? (first & 0xDF, last & 0xDF) : nil) }
            return bytes.count < 2 || !(mayTrim(first) || mayTrim(last)) ? .some(nil) : nil
        }
        if let letters {
            guard let (first, last) = letters else { return nil }
            rawValue = String(unsafeUninitializedCapacity: 2) { buffer in
                buffer[0] = first
                buffer[1] = last
                return 2
            }
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.utf8.count == 2, trimmed.utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A })
        else { return nil }
        rawValue = trimmed.uppercased()
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
