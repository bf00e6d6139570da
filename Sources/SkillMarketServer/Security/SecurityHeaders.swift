import Foundation
import SkillMarketCore

/// The headers every response carries, with the Content-Security-Policy of SPEC/brief:
/// no scripts at all, styles only from this origin plus the report's own inline `<style>`.
///
/// The report page is `HTMLReport` byte for byte (same renderer as `report --format html`), whose
/// stylesheet is an inline `<style>` element. Rather than rewrite that page, the policy allows exactly
/// that element by its SHA-256 hash (`'sha256-…'`); board pages use `/static/board.css` and have no
/// inline style at all. The hash is computed once at start-up from a rendered report, so it follows
/// any change to the report's CSS.
struct SecurityHeaders: Sendable, Equatable {
    let contentSecurityPolicy: String

    init(styleHashes: [String]) {
        let styles = (["'self'"] + styleHashes.map { "'sha256-\($0)'" }).joined(separator: " ")
        contentSecurityPolicy =
            "default-src 'none'; style-src \(styles); img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'"
    }

    /// Browser features no page of ours uses, all denied.
    static let permissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
        + "payment=(), usb=()"

    /// Name and value of each header, in a fixed order.
    ///
    /// `X-Frame-Options` repeats `frame-ancestors 'none'` for browsers without CSP 2; the
    /// cross-origin policies keep other sites from embedding or opening our responses.
    var fields: [(String, String)] {
        [
            ("Content-Security-Policy", contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            ("Permissions-Policy", Self.permissionsPolicy),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
        ]
    }

    /// The base64 SHA-256 of the content of each `<style>` element in `html`, for `style-src`.
    static func styleHashes(in html: String) -> [String] {
        var hashes: [String] = []
        var rest = html[...]
        while let open = rest.range(of: "<style>"), let close = rest.range(of: "</style>", range: open.upperBound..<rest.endIndex) {
            let css = rest[open.upperBound..<close.lowerBound]
            hashes.append(Data(SHA256.digest(Array(css.utf8))).base64EncodedString())
            rest = rest[close.upperBound...]
        }
        return hashes
    }

    /// Headers for a server whose only inline style is the report page's.
    static func forReportPages(taxonomy: Taxonomy) -> SecurityHeaders {
        let sample = ReportAggregator(options: ReportOptions()).report(taxonomy: taxonomy)
        let html = HTMLReport(report: sample, subject: "All roles").render()
        return SecurityHeaders(styleHashes: Array(Set(styleHashes(in: html))).sorted())
    }
}
