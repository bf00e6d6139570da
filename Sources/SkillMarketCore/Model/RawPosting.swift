/// A posting as read from the input, before extraction: every field is the input's own text.
///
/// Readers map JSONL keys, CSV headers and schema.org `JobPosting` properties onto these
/// fields; anything they do not recognise lands in `extras` so nothing is lost.
///
/// The public initialiser lives in an extension so the compiler also synthesises the memberwise one
/// (`sourceField:` tells them apart), which `PostingBuilder` uses: Swift 6.3 `-O` builds the value in
/// place only there. Every hand-written initialiser copies the finished value and destroys the original
/// (a retain and a release per string, ~860 instructions a posting, measured).
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
    /// Storage of `source`, named apart only to keep the memberwise initialiser distinct.
    var sourceField: String?
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
}

extension RawPosting {
    public var source: String? {
        get { sourceField }
        set { sourceField = newValue }
    }

    public init(
        id: String? = nil, title: String, company: String? = nil, location: String? = nil,
        country: String? = nil, description: String? = nil, salary: String? = nil,
        salaryMin: String? = nil, salaryMax: String? = nil, salaryCurrency: String? = nil,
        salaryPeriod: String? = nil, workplace: String? = nil, employmentType: String? = nil,
        posted: String? = nil, expires: String? = nil, url: String? = nil, source: String? = nil,
        extras: [Extra] = []
    ) {
        self.init(
            id: id, title: title, company: company, location: location, country: country, description: description,
            salary: salary, salaryMin: salaryMin, salaryMax: salaryMax, salaryCurrency: salaryCurrency,
            salaryPeriod: salaryPeriod, workplace: workplace, employmentType: employmentType, posted: posted,
            expires: expires, url: url, sourceField: source, extras: extras)
    }
}
