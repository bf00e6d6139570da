import SkillMarketCore

/// The job board: a GET search form with facet counts, one page of results, cursor pagination.
///
/// Every filter is a plain form field, so a search is a shareable URL and works without scripts.
/// Facet counts come from `PostingRepository.facets` for the current filters.
struct BoardPage {
    let query: BoardQuery
    let page: PostingPage
    let facets: Facets
    let roles: RoleCatalogue

    func render() -> String {
        let reportLink = "/report" + query.queryString(includingLimit: false)
        let body = "<div class=\"board\">" + form() + results() + "</div>"
        return PageLayout.render(title: "Job board – SkillMarket", reportLink: reportLink, body: body)
    }

    private func form() -> String {
        let filters = query.filters
        var html = "<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\">"
        html += "<h2 class=\"visually-hidden\">Filters</h2>"
        html += field("q", "Search") {
            "<input type=\"search\" id=\"q\" name=\"q\" value=\"\(escape(filters.text ?? ""))\" placeholder=\"title, company, words\">"
        }
        html += select(
            "role", "Role", any: "Any role", selected: filters.role?.rawValue, counts: facets.roles,
            label: { PostingText.roleName(RoleSlug($0), in: roles) })
        html += select(
            "seniority", "Seniority", any: "Any level", selected: filters.seniority?.rawValue, counts: facets.seniority)
        html += select("country", "Country", any: "Any country", selected: filters.country?.rawValue, counts: facets.countries)
        html += select(
            "work_mode", "Work mode", any: "Any work mode", selected: filters.workMode?.rawValue, counts: facets.workModes)
        html += select("company", "Company", any: "Any company", selected: filters.company, counts: facets.companies)
        html += field("min_salary", "Minimum salary (USD a year)") {
            "<input type=\"number\" id=\"min_salary\" name=\"min_salary\" min=\"0\" step=\"1000\" inputmode=\"numeric\" value=\"\(filters.minSalary.map { String($0) } ?? "")\">"
        }
        html += field("posted_since", "Posted since") {
            "<input type=\"date\" id=\"posted_since\" name=\"posted_since\" value=\"\(filters.postedSince?.description ?? "")\">"
        }
        html += skillBoxes()
        if filters.limit != PostingQuery.defaultLimit {
            html += "<input type=\"hidden\" name=\"limit\" value=\"\(filters.limit)\">"
        }
        html += "<div class=\"actions\"><button type=\"submit\">Search</button> <a href=\"/\">Clear filters</a></div>"
        return html + "</form>"
    }

    /// Checkboxes for the selected skills and the most frequent ones, each with its count.
    private func skillBoxes() -> String {
        let selected = query.filters.skills
        var counts = facets.skills.filter { count in !selected.contains { $0.rawValue == count.value } }
        counts = Array(counts.prefix(30))
        var html = "<fieldset class=\"skills\"><legend>Skills (all must match)</legend>"
        for skill in selected {
            let count = facets.skills.first { $0.value == skill.rawValue }?.postings
            html += checkbox(skill.rawValue, count: count, checked: true)
        }
        for count in counts { html += checkbox(count.value, count: count.postings, checked: false) }
        if selected.isEmpty && counts.isEmpty { html += "<p class=\"empty\">No skills in these postings.</p>" }
        return html + "</fieldset>"
    }

    private func checkbox(_ value: String, count: Int?, checked: Bool) -> String {
        "<label class=\"chip-option\"><input type=\"checkbox\" name=\"skill\" value=\"\(escape(value))\"\(checked ? " checked" : "")> "
            + escape(value) + (count.map { " <span class=\"count\">\(NumberFormat.count($0))</span>" } ?? "") + "</label>"
    }

    private func field(_ id: String, _ label: String, _ control: () -> String) -> String {
        "<div class=\"field\"><label for=\"\(id)\">\(escape(label))</label>" + control() + "</div>"
    }

    private func select(
        _ id: String, _ label: String, any: String, selected: String?, counts: [Facets.Count],
        label display: (String) -> String = { $0 }
    ) -> String {
        field(id, label) {
            var html = "<select id=\"\(id)\" name=\"\(id)\"><option value=\"\">\(escape(any))</option>"
            var listed = false
            for count in counts {
                let isSelected = count.value == selected
                listed = listed || isSelected
                html += "<option value=\"\(escape(count.value))\"\(isSelected ? " selected" : "")>"
                html += escape(display(count.value)) + " (" + NumberFormat.count(count.postings) + ")</option>"
            }
            if let selected, !listed {
                html += "<option value=\"\(escape(selected))\" selected>\(escape(display(selected))) (0)</option>"
            }
            return html + "</select>"
        }
    }

    private func results() -> String {
        var html = "<section class=\"results\" aria-label=\"Results\">"
        let noun = page.total == 1 ? "posting" : "postings"
        html += "<p class=\"total\"><strong>\(NumberFormat.count(page.total))</strong> \(noun) match</p>"
        if page.postings.isEmpty {
            html += "<p class=\"empty\">Nothing matches these filters. <a href=\"/\">Show all postings</a>.</p>"
        }
        html += "<ol class=\"postings\">"
        for posting in page.postings { html += item(posting) }
        html += "</ol>" + pager()
        return html + "</section>"
    }

    private func item(_ posting: StoredPosting) -> String {
        let facts = posting.facts
        var html = "<li class=\"posting\"><h3><a href=\"/postings/\(QueryItems.encodeComponent(facts.id.rawValue))\">"
        html += escape(facts.title) + "</a></h3><p class=\"meta\">"
        let parts = [facts.company, facts.location ?? facts.country?.rawValue, facts.salary.map(PostingText.salary)]
            .compactMap { $0 }.filter { !$0.isEmpty }
        html += parts.map(escape).joined(separator: " · ")
        if let posted = facts.posted { html += " <time datetime=\"\(posted)\">\(posted)</time>" }
        html += "</p>"
        if !facts.skills.isEmpty {
            html += "<ul class=\"chips\">" + facts.skills.map { "<li>" + escape($0.rawValue) + "</li>" }.joined() + "</ul>"
        }
        return html + "</li>"
    }

    private func pager() -> String {
        let first = query.filters.cursor != nil
        guard first || page.nextCursor != nil else { return "" }
        var html = "<nav class=\"pager\" aria-label=\"Pages\">"
        if first { html += "<a href=\"/\(escape(query.queryString()))\">First page</a> " }
        if let next = page.nextCursor {
            html += "<a rel=\"next\" href=\"/\(escape(query.queryString(cursor: next)))\">Next page</a>"
        }
        return html + "</nav>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
