import SkillMarketCore

/// One posting: its extracted facts and its description, sanitised, with skill mentions marked.
struct PostingDetailPage {
    let posting: StoredPosting
    let roles: RoleCatalogue
    let descriptions: DescriptionRenderer

    func render() -> String {
        let facts = posting.facts
        var html = "<article class=\"posting-detail\"><p class=\"back\"><a href=\"/\">← All postings</a></p>"
        html += "<h1>" + escape(facts.title) + "</h1>"
        let subtitle = [facts.company, facts.location].compactMap { $0 }.filter { !$0.isEmpty }
        if !subtitle.isEmpty { html += "<p class=\"meta\">" + subtitle.map(escape).joined(separator: " · ") + "</p>" }
        if let url = posting.url.flatMap(HTMLSanitizer.safeURL) {
            html += "<p><a class=\"apply\" href=\"\(escape(url))\" rel=\"nofollow noopener noreferrer\">Original posting</a></p>"
        }
        html += "<section class=\"facts\"><h2>Extracted facts</h2><dl>"
        html += row("Role", facts.role.map { PostingText.roleName($0, in: roles) } ?? "not recognised")
        html += row("Seniority", facts.seniority.rawValue)
        html += row("Country", facts.country?.rawValue ?? "unknown")
        html += row("Work mode", PostingText.workModes(facts.workModes))
        html += row("Salary", facts.salary.map(PostingText.salary) ?? "not stated")
        html += row("Posted", facts.posted?.description ?? "unknown")
        if let expires = facts.expires { html += row("Expires", expires.description) }
        if let original = facts.duplicateOf {
            html += "<dt>Duplicate of</dt><dd><a href=\"/postings/\(QueryItems.encodeComponent(original.rawValue))\">"
            html += escape(original.rawValue) + "</a></dd>"
        }
        html += "<dt>Skills</dt><dd>"
        html += facts.skills.isEmpty
            ? "none found"
            : "<ul class=\"chips\">" + facts.skills.map { skill in
                "<li><a href=\"/?skill=\(QueryItems.encodeComponent(skill.rawValue))\">" + escape(skill.rawValue) + "</a></li>"
            }.joined() + "</ul>"
        html += "</dd>"
        if !facts.families.isEmpty { html += row("Families", facts.families.joined(separator: ", ")) }
        html += "</dl></section>"
        html += "<section class=\"description\"><h2>Description</h2>"
        html += "<p class=\"hint\">Highlighted: skills from the taxonomy as the extractor counts them.</p>"
        html += "<div class=\"description-body\">" + descriptions.render(posting.description) + "</div></section>"
        html += "<p class=\"json\"><a href=\"/api/postings/\(QueryItems.encodeComponent(facts.id.rawValue))\">This posting as JSON</a></p>"
        html += "</article>"
        return PageLayout.render(title: facts.title + " – SkillMarket", body: html)
    }

    private func row(_ term: String, _ value: String) -> String {
        "<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
