/// Tags a posting onsite, hybrid and/or remote; `[]` when nothing says.
public struct WorkModeDetector: Sendable {
    public init() {}

    /// Sorted, unique modes. `description` is the plain-text description.
    public func workModes(for posting: RawPosting, description: String) -> [WorkMode] {
        []  // STUB: location helper replaces this
    }
}
