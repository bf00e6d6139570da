import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SkillMarketCore
import Testing

@testable import SkillMarketServer

/// OWASP-cheat-sheet-style payloads (`Fixtures/xss-payloads.txt`) stored in a posting's title, company
/// and description and sent as search text, rendered on the board, the posting page and the report
/// page: no element, attribute or URL the browser could run may survive.
@Suite("XSS")
struct XSSTests {
    static let payloads: [String] = (try? loadPayloads()) ?? []

    /// The fixture's payloads: one a line, `#` comments and blank lines skipped, `{U+XXXX}` decoded.
    static func loadPayloads() throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "xss-payloads", withExtension: "txt", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { unescape(String($0)) }
    }

    /// "a{U+0000}b" → "a\u{0}b".
    static func unescape(_ line: String) -> String {
        var result = ""
        var rest = line[...]
        while let open = rest.range(of: "{U+"), let close = rest[open.upperBound...].firstIndex(of: "}"),
            let value = UInt32(rest[open.upperBound..<close], radix: 16), let scalar = Unicode.Scalar(value)
        {
            result += rest[..<open.lowerBound]
            result.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Tags a sanitised description may contain, and the only attributes any of them may carry.
    static let descriptionTags: Set<String> = [
        "p", "br", "ul", "ol", "li", "b", "strong", "i", "em", "h3", "h4", "h5", "h6", "a", "mark",
    ]

    static func posting(_ index: Int, _ payload: String) -> StoredPosting {
        ServerFixture.posting(
            "x\(index)", title: "Engineer " + payload, company: "Evil " + payload, skills: ["Python"], day: 10,
            description: "<p>Python work</p>" + payload + "<p>more " + payload + "</p>",
            url: index.isMultiple(of: 2) ? "javascript:alert(1)" : "https://ok.example/\(index)")
    }

    @Test("the inspector itself catches live markup (so a pass means something)")
    func inspectorCatchesLiveMarkup() {
        let live = [
            "<script>x</script>", "<img src=x onerror=alert(1)>", "<a href=\" JaVa&#x09;script:x\">",
            "<a href='data:text/html,x'>", "<p style=\"x\">", "<iframe src=x>", "<svg onload=x>",
        ]
        for markup in live { #expect(!MarkupInspector(markup).dangers.isEmpty, "\(markup)") }
        #expect(MarkupInspector("&lt;script&gt; <a href=\"https://ok\">ok</a> <input value=\"javascript:x\">").dangers.isEmpty)
        #expect(!Self.unexpectedDescriptionMarkup("<p><svg></svg></p>").isEmpty)
        #expect(!Self.unexpectedDescriptionMarkup("<a href=\"https://ok\" onclick=x>").isEmpty)
        #expect(Self.unexpectedDescriptionMarkup("<p><a href=\"https://ok\" rel=\"nofollow noopener\">a</a></p>").isEmpty)
    }

    @Test("the fixture holds at least 80 distinct payloads")
    func enoughPayloads() {
        #expect(Self.payloads.count >= 80)
        #expect(Set(Self.payloads).count == Self.payloads.count)
        #expect(Self.payloads.contains { $0.unicodeScalars.contains("\u{0}") })
    }

    @Test("payloads are inert on the board, the posting page and the report page", arguments: Array(payloads.enumerated()))
    func inert(_ index: Int, _ payload: String) async throws {
        let app = try await ServerFixture.makeApplication([Self.posting(index, payload)])
        try await app.test(.router) { client in
            let uris = [
                "/", "/postings/x\(index)", "/report", "/report?q=" + QueryItems.encodeComponent(payload),
                "/?q=" + QueryItems.encodeComponent(payload), "/?company=" + QueryItems.encodeComponent("Evil " + payload),
            ]
            for uri in uris {
                let page = try await client.get(uri)
                #expect(page.status == .ok, "\(uri)")
                let inspector = MarkupInspector(page.body)
                #expect(inspector.dangers.isEmpty, "\(uri): \(inspector.dangers)")
                #expect(!page.body.lowercased().contains("<script"), "\(uri)")
                #expect(!page.body.lowercased().contains("<svg onload"), "\(uri)")
            }
            let detail = try await client.get("/postings/x\(index)")
            #expect(detail.body.contains("<mark>Python</mark>"))
            let description = try #require(Self.section(of: detail.body, from: "<div class=\"description-body\">", to: "</div></section>"))
            let unexpected = Self.unexpectedDescriptionMarkup(description)
            #expect(unexpected.isEmpty, "\(unexpected)")
            let title = try #require(Self.section(of: detail.body, from: "<h1>", to: "</h1>"))
            #expect(!title.contains("<"), "title kept markup: \(title)")
        }
    }

    @Test("the API returns payloads as JSON strings, with the JSON content type")
    func apiIsJSON() async throws {
        let payload = try #require(Self.payloads.first)
        let app = try await ServerFixture.makeApplication([Self.posting(0, payload)])
        try await app.test(.router) { client in
            let response = try await client.get("/api/postings/x0")
            #expect(response.header("Content-Type") == "application/json")
            #expect(try response.json()["title"] as? String == "Engineer " + payload)
        }
    }

    /// The text between the first `start` and the next `end`.
    static func section(of html: String, from start: String, to end: String) -> String? {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex)
        else { return nil }
        return String(html[open.upperBound..<close.lowerBound])
    }

    /// Every tag or attribute in a rendered description outside the sanitiser's whitelist:
    /// `descriptionTags` only, attributes only on `a` and only `href` (http or https) and `rel`.
    static func unexpectedDescriptionMarkup(_ html: String) -> [String] {
        var found: [String] = []
        for tag in MarkupInspector(html).tags {
            let name = tag.name.hasPrefix("/") ? String(tag.name.dropFirst()) : tag.name
            guard descriptionTags.contains(name) else {
                found.append("tag \(tag.raw)")
                continue
            }
            for attribute in tag.attributes {
                let allowed =
                    name == "a" && !tag.name.hasPrefix("/")
                    && (attribute.name == "rel"
                        || attribute.name == "href"
                            && (attribute.value.hasPrefix("https://") || attribute.value.hasPrefix("http://")))
                if !allowed { found.append("attribute \(attribute.name) in \(tag.raw)") }
            }
        }
        return found
    }
}
