/// A problem in the generator's bundled (or user-supplied) vocabulary files.
public struct GeneratorDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// "skills.tsv"
    public var file: String
    /// 1-based line, 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "generator/\(file):\(line): \(message)" }
}
