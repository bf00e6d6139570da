/// One `name=value` pair of a URL query, decoded.
struct QueryItem: Sendable, Equatable {
    var name: String
    var value: String
}

/// Reads and writes `application/x-www-form-urlencoded` query strings, the form a GET form submits.
///
/// Hummingbird's `queryParameters` leaves `+` as is; a browser encodes spaces in form fields as
/// `+`, so the board parses the raw query itself.
///
///     QueryItems.parse("q=machine+learning&skill=C%2B%2B")  // [q: "machine learning", skill: "C++"]
enum QueryItems {
    /// Pairs in query order; a pair without `=` has an empty value; bad `%` escapes stay literal.
    static func parse(_ query: String?) -> [QueryItem] {
        guard let query, !query.isEmpty else { return [] }
        var items: [QueryItem] = []
        for pair in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let equals = pair.firstIndex(of: UInt8(ascii: "=")) {
                items.append(
                    QueryItem(
                        name: decode(pair[pair.startIndex..<equals]),
                        value: decode(pair[pair.index(after: equals)...])))
            } else {
                items.append(QueryItem(name: decode(pair[...]), value: ""))
            }
        }
        return items
    }

    /// `name=value&…` with every byte outside the unreserved set percent-encoded (space as `%20`).
    static func encode(_ items: [QueryItem]) -> String {
        items.map { encodeComponent($0.name) + "=" + encodeComponent($0.value) }.joined(separator: "&")
    }

    /// Percent-encodes everything except `A-Z a-z 0-9 - . _ ~`.
    static func encodeComponent(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A path segment with `%XX` escapes decoded (`+` stays `+`).
    static func decodePathComponent(_ text: String) -> String {
        decode(Substring(text).utf8, plusAsSpace: false)
    }

    private static func decode(_ bytes: Substring.UTF8View.SubSequence, plusAsSpace: Bool = true) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if plusAsSpace && byte == UInt8(ascii: "+") {
                result.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = bytes.index(index, offsetBy: 1, limitedBy: bytes.endIndex),
                let low = bytes.index(index, offsetBy: 2, limitedBy: bytes.endIndex), low < bytes.endIndex,
                let h = hexValue(bytes[high]), let l = hexValue(bytes[low])
            {
                result.append(h << 4 | l)
                index = low
            } else {
                result.append(byte)
            }
            index = bytes.index(after: index)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
