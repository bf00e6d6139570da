/// Writes compact JSON with keys in the order they are written (our ordered writer).
///
/// Used for every JSON SkillMarket emits, so escaping and number formatting live in one place.
///
///     var json = JSONWriter()
///     json.object { $0.field("a", 1); $0.field("b", "x\"y") }
///     json.text  // {"a":1,"b":"x\"y"}
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    private var needsComma = false

    public init() {}

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        openObject()
        body(&self)
        closeObject()
    }

    /// Starts an object whose fields are written later, maybe by another owner of the writer
    /// (``object(_:)`` when they are written at once).
    public mutating func openObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Ends the object ``openObject()`` started.
    public mutating func closeObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
        body(&self)
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String?) {
        separate()
        if let value { appendString(value) } else { appendRaw("null") }
        needsComma = true
    }

    public mutating func integer(_ value: Int64?) {
        separate()
        appendRaw(value.map { String($0) } ?? "null")
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        appendRaw(value ? "true" : "false")
        needsComma = true
    }

    public mutating func money(_ value: Money?) {
        separate()
        appendRaw(value?.description ?? "null")
        needsComma = true
    }

    /// A finite number with up to `digits` decimals, trailing zeros trimmed ("0.666", "2.63").
    public mutating func number(_ value: Double?, digits: Int = 3) {
        separate()
        appendRaw(value.map { JSONWriter.format($0, digits: digits) } ?? "null")
        needsComma = true
    }

    public mutating func null() {
        separate()
        appendRaw("null")
        needsComma = true
    }

    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: Int) { key(name); integer(Int64(value)) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: Money?) { key(name); money(value) }
    public mutating func field(_ name: String, strings: [String]) {
        key(name)
        array { json in for item in strings { json.string(item) } }
    }

    /// Rounds half away from zero to `digits` decimals; never exponent notation. Trailing zeros
    /// are trimmed unless `keepTrailingZeros` ("66.0" for tables, "66" for JSON).
    static func format(_ value: Double, digits: Int, keepTrailingZeros: Bool = false) -> String {
        guard value.isFinite else { return "null" }
        var scale: Int64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e17 else { return abs(value) < 9e18 ? String(Int64(value.rounded())) : "\(value.rounded())" }
        let magnitude = Int64(scaled)
        let whole = magnitude / scale
        var fraction = magnitude % scale
        var fractionDigits = digits
        while !keepTrailingZeros && fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        let sign = value < 0 && magnitude != 0 ? "-" : ""
        guard fractionDigits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: fractionDigits - fractionText.count)
            + fractionText
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `value` quoted, with `"`, `\\` and control bytes escaped. The runs between escapes are
    /// appended whole (a byte-by-byte append was the hottest line of `extract`).
    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { text in
            var runStart = 0
            for index in text.indices where Self.needsEscape(text[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
                appendEscape(text[index])
                runStart = index &+ 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): appendRaw("\\\"")
        case UInt8(ascii: "\\"): appendRaw("\\\\")
        case UInt8(ascii: "\n"): appendRaw("\\n")
        case UInt8(ascii: "\r"): appendRaw("\\r")
        case UInt8(ascii: "\t"): appendRaw("\\t")
        default:
            let hex = String(byte, radix: 16)
            appendRaw("\\u00" + (hex.count == 1 ? "0" : "") + hex)
        }
    }
}
