import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SkillMarketCore
import Testing

@testable import SkillMarketServer

/// OWASP-style payloads stored in a posting's title, company and description, rendered on the board,
/// the posting page and the report page: no tag the browser would parse may run code.
@Suite("XSS")
struct XSSTests {
    static let payloads: [String] = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p style=\"width:expression(alert(1))\">x</p>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">e</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">t</a>",
        "<a href=\" javascript:alert(1)\">s</a>",
        "<body onload=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<!--<script>alert(1)</script>-->",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<a href=javascript&colon;alert(1)>colon</a>",
        "<b onmouseover=alert(1)>hover</b>",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
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
    }

    @Test("at least 15 payloads are covered")
    func enoughPayloads() { #expect(Self.payloads.count >= 15) }

    @Test("payloads are inert on the board, the posting page and the report page", arguments: Array(payloads.enumerated()))
    func inert(_ index: Int, _ payload: String) async throws {
        let app = try await ServerFixture.makeApplication([Self.posting(index, payload)])
        try await app.test(.router) { client in
            let uris = [
                "/", "/postings/x\(index)", "/report", "/?q=" + QueryItems.encodeComponent(payload),
                "/?company=" + QueryItems.encodeComponent("Evil " + payload),
            ]
            for uri in uris {
                let page = try await client.get(uri)
                #expect(page.status == .ok, "\(uri)")
                let inspector = MarkupInspector(page.body)
                #expect(inspector.dangers.isEmpty, "\(uri): \(inspector.dangers)")
                #expect(!page.body.lowercased().contains("<script"), "\(uri)")
                #expect(!page.body.contains("<svg onload"), "\(uri)")
            }
            let detail = try await client.get("/postings/x\(index)")
            #expect(detail.body.contains("<mark>Python</mark>"))
        }
    }

    @Test("the API returns payloads as JSON strings, with the JSON content type")
    func apiIsJSON() async throws {
        let app = try await ServerFixture.makeApplication([Self.posting(0, Self.payloads[0])])
        try await app.test(.router) { client in
            let response = try await client.get("/api/postings/x0")
            #expect(response.header("Content-Type") == "application/json")
            #expect(try response.json()["title"] as? String == "Engineer " + Self.payloads[0])
        }
    }
}
