import SkillMarketCore
import Testing

struct JSONCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: JSONValue
    var testDescription: String { text }
}

struct JSONErrorCase: Sendable, CustomTestStringConvertible {
    let text: String
    let message: String
    var testDescription: String { text }
}

@Suite("JSON parser", .tags(.ingest))
struct JSONParserTests {
    @Test(arguments: [
        JSONCase(text: #"{"a":1}"#, expected: .object([.init(key: "a", value: .number("1"))])),
        JSONCase(text: #" [1.50, -2e+3, 0] "#, expected: .array([.number("1.50"), .number("-2e+3"), .number("0")])),
        JSONCase(text: #""150000.0""#, expected: .string("150000.0")),
        JSONCase(text: "150000.0", expected: .number("150000.0")),
        JSONCase(text: #"[true,false,null]"#, expected: .array([.bool(true), .bool(false), .null])),
        JSONCase(text: #""a\"b\\c\/d\n\t""#, expected: .string("a\"b\\c/d\n\t")),
        JSONCase(text: #""caf\u00e9 \u20ac""#, expected: .string("café €")),
        JSONCase(text: #""\ud83d\ude80""#, expected: .string("🚀")),
        JSONCase(text: #""lone \ud83d here""#, expected: .string("lone \u{FFFD} here")),
        JSONCase(text: #""low \ude80""#, expected: .string("low \u{FFFD}")),
        JSONCase(text: "{}", expected: .object([])),
        JSONCase(text: "[]", expected: .array([])),
        JSONCase(
            text: #"{"k":"x","k":"y"}"#,
            expected: .object([.init(key: "k", value: .string("x")), .init(key: "k", value: .string("y"))])),
        JSONCase(text: "\u{FEFF}{\"a\":\"\u{9}tab\"}", expected: .object([.init(key: "a", value: .string("\ttab"))])),
    ])
    func parsesValues(_ c: JSONCase) {
        #expect(JSONParser.parse(c.text) == .success(c.expected))
    }

    @Test(arguments: [
        JSONErrorCase(text: #"{"title": "unterminated"#, message: "unterminated string at column 11"),
        JSONErrorCase(text: #"{"a" 1}"#, message: #"expected ':' after key "a" at column 6"#),
        JSONErrorCase(text: #"{"a":1,}"#, message: "expected a key string, found '}' at column 8"),
        JSONErrorCase(text: #"[1 2]"#, message: "expected ',' or ']', found '2' at column 4"),
        JSONErrorCase(text: #"{"a":1} x"#, message: "unexpected 'x' after the value at column 9"),
        JSONErrorCase(text: #"{"a":tru}"#, message: "unexpected 't' at column 6"),
        JSONErrorCase(text: #""bad \q""#, message: "invalid escape '\\q' at column 6"),
        JSONErrorCase(text: "{\"a\":\n  -}", message: "invalid number at line 2 column 3"),
        JSONErrorCase(text: "", message: "empty input at column 1"),
        JSONErrorCase(text: "{\"a\":[1,2}", message: "expected ',' or ']', found '}' at column 10"),
        JSONErrorCase(text: "{\"a\":\"x\ny\"}", message: "unterminated string at column 6"),
    ])
    func reportsPreciseErrors(_ c: JSONErrorCase) {
        guard case .failure(let error) = JSONParser.parse(c.text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description == c.message)
    }

    @Test("invalid UTF-8 is repaired with U+FFFD, not rejected")
    func repairsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"t":"a"#.utf8) + [0xFF, 0xC3] + Array(#"b"}"#.utf8)
        #expect(JSONParser.parse(bytes) == .success(.object([.init(key: "t", value: .string("a\u{FFFD}\u{FFFD}b"))])))
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow")
    func limitsDepth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .failure(let error) = JSONParser.parse(deep, maxDepth: 64) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description == "nesting deeper than 64 at column 65")
        #expect(
            (try? JSONParser.parse(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)).get()) != nil)
    }

    @Test("compact text round-trips keys in order and escapes")
    func compactText() throws {
        let value = try JSONParser.parse(#"{ "b": [1, "x\"y\n"], "a": {"c": null} }"#).get()
        #expect(value.compactText == #"{"b":[1,"x\"y\n"],"a":{"c":null}}"#)
    }
}
