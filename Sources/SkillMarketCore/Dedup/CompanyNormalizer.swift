import Foundation

/// Turns raw employer names into one display name per company ("Accenture LLP", "ACCENTURE" →
/// "Accenture"; "PwC" → "PricewaterhouseCoopers") and a matching key for grouping.
///
/// Steps: drop a rating on its own trailing line ("Tecolote Research\n3.8"), collapse whitespace,
/// strip trailing legal forms (Inc, LLC, LLP, Ltd, Limited, GmbH, AG, S.A., SAS, BV, PLC, Corp,
/// Corporation, Co., Pvt Ltd, …, case-insensitive, at least one word kept), look the result up in
/// the alias table by its key, and otherwise title-case names written in capitals (see
/// `CompanyNameText.casing`). Placeholders ("", "-1", "Confidential", "N/A", "Unknown") are `nil`.
public struct CompanyNormalizer: Sendable {
    /// Canonical display names (with their key hashes) by the key of an alias (a canonical name is
    /// its own alias).
    private let canonicalByKey: [String: NormalizedCompany]
    /// `canonicalByKey` by key bytes, for ASCII keys (a non-ASCII key is looked up as a `String`,
    /// which also matches canonically equivalent spellings).
    private let canonicalByASCIIKey: ByteKeyTable<NormalizedCompany>

    /// `aliases` maps an alias spelling to its canonical display name ("PwC" → "PricewaterhouseCoopers").
    public init(aliases: [String: String]) {
        var table: [String: NormalizedCompany] = [:]
        // Sorted so that conflicting spellings resolve the same way on every run.
        for (alias, canonical) in aliases.sorted(by: { $0.key < $1.key }) {
            let entry = NormalizedCompany(name: canonical, baseKeyHash: Self.baseKeyHash(canonical))
            let canonicalKey = Self.baseKey(canonical)
            if !canonicalKey.isEmpty, table[canonicalKey] == nil { table[canonicalKey] = entry }
            let aliasKey = Self.baseKey(alias)
            if !aliasKey.isEmpty { table[aliasKey] = entry }
        }
        canonicalByKey = table
        canonicalByASCIIKey = ByteKeyTable(table.map { (Array($0.key.utf8), $0.value) })
    }

    /// The alias table shipped with the package (`Resources/company-aliases.tsv`).
    public static func bundled() throws -> CompanyNormalizer {
        guard
            let url = Bundle.module.url(forResource: "company-aliases", withExtension: "tsv", subdirectory: "Resources")
        else { throw CompanyAliasError.missingResource("company-aliases.tsv") }
        let text = try String(contentsOf: url, encoding: .utf8)
        return CompanyNormalizer(aliases: try parseAliases(text))
    }

    /// Reads `alias<TAB>canonical` lines; `#` starts a comment line; a header `alias<TAB>canonical` is skipped.
    public static func parseAliases(_ text: String) throws(CompanyAliasError) -> [String: String] {
        var aliases: [String: String] = [:]
        for (number, line) in TextFileLines.lines(of: text) {
            let trimmed = trimmedLine(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "alias\tcanonical" { continue }
            let fields = TextFileLines.split(trimmed, at: "\t").map(TextFileLines.trimmed)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformedLine(number)
            }
            aliases[fields[0]] = fields[1]
        }
        return aliases
    }

    /// `line.trimmingCharacters(in: .whitespacesAndNewlines)`; when both ends stop at ASCII (a byte
    /// below 0x80 other than tab, LF, VT, FF, CR and space is a whole scalar outside that set) the
    /// kept bytes are copied without Foundation's bridging.
    private static func trimmedLine(_ line: Substring) -> String {
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) }
        let ascii = line.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var first = 0
            var end = bytes.count
            while first < end, isBlank(bytes[first]) { first += 1 }
            while end > first, isBlank(bytes[end - 1]) { end -= 1 }
            guard first == end || (bytes[first] < 0x80 && bytes[end - 1] < 0x80) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self)
        }
        if let ascii, let ascii { return ascii }
        return line.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The display name, or `nil` for an empty or placeholder name.
    ///
    ///     normalize("Tecolote Research\n3.8")  // "Tecolote Research"
    ///     normalize("ACCENTURE LLP")           // "Accenture"
    ///     normalize("-1")                      // nil
    public func normalize(_ raw: String) -> String? {
        normalizedCompany(raw)?.name
    }

    /// `normalize(raw)` together with the hash `DuplicateFingerprint` makes of that name's base key,
    /// so the name is not split again for it.
    func normalizedCompany(_ raw: String) -> NormalizedCompany? {
        var text = raw
        return text.withUTF8 { bytes -> NormalizedCompany? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> NormalizedCompany? in
                withUnsafeTemporaryAllocation(
                    of: Range<Int>.self, capacity: CompanyNameText.mostTokens(bytes.count)
                ) { storage -> NormalizedCompany? in
                    normalizedCompany(
                        raw, bytes: bytes, tokens: CompanyNameText.tokens(of: bytes, into: storage), scratch: buffer)
                }
            }
        }
    }

    /// `normalizedCompany(raw)` from the name's bytes and tokens, with `scratch` (room for
    /// `bytes.count` bytes) for the key and then the display name.
    private func normalizedCompany(
        _ raw: String, bytes: UnsafeBufferPointer<UInt8>, tokens: CompanyNameTokens,
        scratch buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> NormalizedCompany? {
        let key = UnsafeBufferPointer(rebasing: buffer[..<CompanyNameText.key(of: tokens, in: bytes, into: buffer)])
        guard !key.isEmpty, !Self.isPlaceholder(key) else { return nil }
        if let canonical = canonical(forKey: key) { return canonical }
        // The display name's base key is this key unless splitting it again strips more.
        let keyHash: UInt64? = CompanyNameText.displayKeepsTokens(tokens, in: bytes) ? WordHasher.hash(key) : nil
        let display = UnsafeBufferPointer(rebasing: buffer[..<CompanyNameText.display(of: tokens, in: bytes, into: buffer)])
        let name = Self.sameBytes(display, bytes) ? raw : String(decoding: display, as: UTF8.self)
        return NormalizedCompany(name: name, baseKeyHash: keyHash ?? Self.baseKeyHash(name))
    }

    /// The grouping key of `raw`: the display name's letters and digits, lower-cased, without a
    /// leading "The"; "" for placeholders. `key("Accenture LLP") == key("ACCENTURE") == "accenture"`.
    public func key(_ raw: String) -> String {
        guard let name = normalize(raw) else { return "" }
        return Self.baseKey(name)
    }

    /// The key without the alias table ("" for placeholders); used for alias entries.
    static func baseKey(_ raw: String) -> String {
        withBaseKey(of: raw) { key in isPlaceholder(key) ? "" : String(decoding: key, as: UTF8.self) }
    }

    /// `WordHasher.hash` of `baseKey(raw)`, or `nil` when that key is empty; used by `DuplicateFingerprint`.
    static func baseKeyHash(_ raw: String) -> UInt64? {
        withBaseKey(of: raw) { key in key.isEmpty || isPlaceholder(key) ? nil : WordHasher.hash(key) }
    }

    /// Calls `body` with the key bytes of `raw` (placeholders included).
    private static func withBaseKey<Result>(
        of raw: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        var text = raw
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: CompanyNameText.mostTokens(bytes.count)) {
                    let tokens = CompanyNameText.tokens(of: bytes, into: $0)
                    return body(UnsafeBufferPointer(rebasing: buffer[..<CompanyNameText.key(of: tokens, in: bytes, into: buffer)]))
                }
            }
        }
    }

    /// Whether two byte buffers hold the same bytes (`memcmp`, not a generic element loop).
    private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let aBase = a.baseAddress, let bBase = b.baseAddress else { return true }
        return memcmp(aBase, bBase, a.count) == 0
    }

    private func canonical(forKey key: UnsafeBufferPointer<UInt8>) -> NormalizedCompany? {
        key.allSatisfy { $0 < 0x80 }
            ? canonicalByASCIIKey.value(for: key) : canonicalByKey[String(decoding: key, as: UTF8.self)]
    }

    private static func isPlaceholder(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        key.allSatisfy { $0 < 0x80 }
            ? asciiPlaceholders.value(for: key) != nil : placeholders.contains(String(decoding: key, as: UTF8.self))
    }

    /// Keys of names that mean "no company given".
    static let placeholders: Set<String> = [
        "1", "confidential", "confidentialcompany", "na", "none", "null", "unknown", "notspecified",
        "notdisclosed", "undisclosed",
    ]

    /// `placeholders` by key bytes.
    private static let asciiPlaceholders = ByteKeyTable(placeholders.map { (Array($0.utf8), ()) })
}

/// A display name from `CompanyNormalizer` and the hash of its base key (`nil` when that key is
/// empty), which `DuplicateFingerprint` starts its block key from.
struct NormalizedCompany: Sendable {
    let name: String
    let baseKeyHash: UInt64?
}

/// A problem with a company alias data file.
public enum CompanyAliasError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingResource(String)
    case malformedLine(Int)

    public var description: String {
        switch self {
        case .missingResource(let name): "bundled resource \(name) is missing"
        case .malformedLine(let line): "company-aliases.tsv:\(line): expected alias<TAB>canonical"
        }
    }
}
