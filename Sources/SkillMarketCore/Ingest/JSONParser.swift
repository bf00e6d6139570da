/// Why a JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong: "unterminated string", "expected ':' after key", …
    public var reason: String
    /// 1-based line within the parsed text.
    public var line: Int
    /// 1-based byte column within that line.
    public var column: Int

    /// "unterminated string at column 57" (a line is named only past the first line).
    public var description: String {
        line > 1 ? "\(reason) at line \(line) column \(column)" : "\(reason) at column \(column)"
    }
}

/// A byte-level JSON parser (RFC 8259) into `JSONValue`, for the ingest hot path.
///
/// Escapes are decoded (`\uXXXX` with surrogate pairs; a lone surrogate becomes U+FFFD),
/// invalid UTF-8 is repaired with U+FFFD, numbers keep their text, nesting deeper than
/// `maxDepth` is an error. Raw control characters inside strings are tolerated except line
/// breaks, which mean the string was cut off.
///
///     JSONParser.parse(Array(#"{"a":[1.50,"\u00e9"]}"#.utf8))  // .success(.object([a: [1.50, "é"]]))
public enum JSONParser {
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) -> Result<JSONValue, JSONParseError> {
        parse(contentsOf: bytes[...], maxDepth: maxDepth)
    }

    /// `parse(_:maxDepth:)` of a slice (a record's bytes), without copying it.
    static func parse(contentsOf bytes: ArraySlice<UInt8>, maxDepth: Int) -> Result<JSONValue, JSONParseError> {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(bytes: buffer, maxDepth: maxDepth)
            do throws(JSONParseError) {
                return .success(try cursor.parseDocument())
            } catch {
                return .failure(error)
            }
        }
    }

    public static func parse(_ text: String, maxDepth: Int = 64) -> Result<JSONValue, JSONParseError> {
        parse(Array(text.utf8), maxDepth: maxDepth)
    }
}
