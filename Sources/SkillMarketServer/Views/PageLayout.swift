import SkillMarketCore

/// The frame of every board page: head with `/static/board.css`, site header, main, footer.
///
/// No scripts and no inline styles (the CSP forbids both); `body` is markup the caller escaped.
enum PageLayout {
    static func render(title: String, reportLink: String = "/report", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLEscaping.escape(title))</title>
        <link rel="stylesheet" href="/static/board.css">
        </head>
        <body>
        <header class="site"><a class="brand" href="/">SkillMarket jobs</a>\
        <nav><a href="\(HTMLEscaping.escape(reportLink))">Skills report</a> <a href="/openapi.json">API</a></nav></header>
        <main>
        \(body)
        </main>
        <footer class="site">Postings are shown as published; descriptions are cleaned of scripts and styling.</footer>
        </body>
        </html>

        """
    }
}

/// The page for a request the board could not answer (bad filter, unknown posting, our fault).
struct ErrorPage {
    let error: ServerError
    /// Shown on 500 and 503 pages so a user's report can be matched with the server log.
    let requestID: String

    func render() -> String {
        let heading =
            switch error.status {
            case .badRequest: "That search could not be run"
            case .notFound: "Not found"
            case .methodNotAllowed, .contentTooLarge: "Not allowed"
            case .uriTooLong: "That address is too long"
            case .internalServerError, .serviceUnavailable: "Something went wrong"
            }
        var body = "<section class=\"notice\"><h1>\(HTMLEscaping.escape(heading))</h1><p>"
        if let parameter = error.parameter {
            body += "The filter <code>\(HTMLEscaping.escape(parameter))</code>: "
        }
        body += HTMLEscaping.escape(error.message) + "</p>"
        if error.status == .internalServerError || error.status == .serviceUnavailable {
            body += "<p>Request id: <code>\(HTMLEscaping.escape(requestID))</code></p>"
        }
        body += "<p><a href=\"/\">Back to all postings</a></p></section>"
        return PageLayout.render(title: heading + " – SkillMarket", body: body)
    }
}
