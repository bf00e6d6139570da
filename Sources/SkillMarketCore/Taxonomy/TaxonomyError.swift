/// A problem in a taxonomy file, naming the 1-based line it is on (0 when no line applies).
///
///     line 12: unknown context rule "@langs" (known: @lang, @tech, @cv)
public struct TaxonomyError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "line \(line): \(message)" : message }
}
