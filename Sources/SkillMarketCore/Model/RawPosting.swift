/// A posting as read from the input, before extraction: every field is the input's own text.
///
/// Readers map JSONL keys, CSV headers and schema.org `JobPosting` properties onto these
/// fields; anything they do not recognise lands in `extras` so nothing is lost.
public struct RawPosting: Sendable, Equatable {
    public var id: String?
    public var title: String
    public var company: String?
    public var location: String?
    public var country: String?
    /// Plain text or HTML; extraction converts HTML to text.
    public var description: String?
    public var salary: String?
    public var salaryMin: String?
    public var salaryMax: String?
    public var salaryCurrency: String?
    public var salaryPeriod: String?
    public var workplace: String?
    public var employmentType: String?
    public var posted: String?
    public var expires: String?
    public var url: String?
    public var source: String?
    /// Fields the reader did not map, as (name, text) in input order.
    public var extras: [Extra]

    public struct Extra: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(
        id: String? = nil, title: String, company: String? = nil, location: String? = nil,
        country: String? = nil, description: String? = nil, salary: String? = nil,
        salaryMin: String? = nil, salaryMax: String? = nil, salaryCurrency: String? = nil,
        salaryPeriod: String? = nil, workplace: String? = nil, employmentType: String? = nil,
        posted: String? = nil, expires: String? = nil, url: String? = nil, source: String? = nil,
        extras: [Extra] = []
    ) {
        self.id = id
        self.title = title
        self.company = company
        self.location = location
        self.country = country
        self.description = description
        self.salary = salary
        self.salaryMin = salaryMin
        self.salaryMax = salaryMax
        self.salaryCurrency = salaryCurrency
        self.salaryPeriod = salaryPeriod
        self.workplace = workplace
        self.employmentType = employmentType
        self.posted = posted
        self.expires = expires
        self.url = url
        self.source = source
        self.extras = extras
    }
}
