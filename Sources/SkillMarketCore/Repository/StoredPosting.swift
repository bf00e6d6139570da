/// A posting as the store keeps it: its extracted facts plus what the board shows.
public struct StoredPosting: Sendable, Equatable {
    public var facts: ExtractedPosting
    /// The description as it came in (plain text or untrusted HTML: sanitise before showing).
    public var description: String
    public var url: String?
    public var source: String?

    public init(facts: ExtractedPosting, description: String, url: String? = nil, source: String? = nil) {
        self.facts = facts
        self.description = description
        self.url = url
        self.source = source
    }
}

/// One page of search results: the total for the filters, this page, and where the next starts.
public struct PostingPage: Sendable, Equatable {
    public var total: Int
    public var postings: [StoredPosting]
    /// `nil` on the last page.
    public var nextCursor: String?

    public init(total: Int, postings: [StoredPosting], nextCursor: String?) {
        self.total = total
        self.postings = postings
        self.nextCursor = nextCursor
    }
}

/// Counts per filter value for the current filters (the number next to each option on the board).
public struct Facets: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var value: String
        public var postings: Int

        public init(value: String, postings: Int) {
            self.value = value
            self.postings = postings
        }
    }

    public var roles: [Count]
    public var skills: [Count]
    public var seniority: [Count]
    public var countries: [Count]
    public var workModes: [Count]
    public var companies: [Count]

    public init(
        roles: [Count], skills: [Count], seniority: [Count], countries: [Count], workModes: [Count], companies: [Count]
    ) {
        self.roles = roles
        self.skills = skills
        self.seniority = seniority
        self.countries = countries
        self.workModes = workModes
        self.companies = companies
    }
}

/// What a batch write did: postings added, changed in place (same id, new content), already
/// present unchanged.
public struct UpsertCounts: Sendable, Equatable {
    public var new: Int
    public var updated: Int
    public var unchanged: Int

    public init(new: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.new = new
        self.updated = updated
        self.unchanged = unchanged
    }
}
