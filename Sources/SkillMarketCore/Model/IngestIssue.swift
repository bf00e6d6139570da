/// A record the reader could not accept, with where it was and why.
public struct IngestIssue: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case invalidJSON(String)
        case notAnObject
        case missingField(String)
        case invalidCSV(String)
        case tooLarge(limit: Int)
        case unreadable(String)

        public var message: String {
            switch self {
            case .invalidJSON(let detail): "invalid JSON: \(detail)"
            case .notAnObject: "not a JSON object"
            case .missingField(let field): "missing or empty \(field)"
            case .invalidCSV(let detail): "invalid CSV: \(detail)"
            case .tooLarge(let limit): "record is larger than \(limit) bytes"
            case .unreadable(let detail): detail
            }
        }
    }

    /// "jobs.jsonl" or "<stdin>".
    public var source: String
    /// 1-based line where the record starts.
    public var line: Int
    public var problem: Problem

    public init(source: String, line: Int, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    public var description: String { "\(source):\(line): \(problem.message)" }
}
