/// Finds a posting's pay: structured fields first, then the salary text, then pay
/// statements in the description.
public struct SalaryExtractor: Sendable {
    public init() {}

    /// The posting's salary, or `nil`; implausible values are dropped with a warning.
    public func salary(for posting: RawPosting, description: String, warnings: inout [FieldWarning]) -> Salary? {
        nil  // STUB: salary helper replaces this
    }
}
