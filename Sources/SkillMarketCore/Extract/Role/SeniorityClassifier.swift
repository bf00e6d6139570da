/// Decides entry/mid/senior/staff from the title, then the description; `mid` by default.
public struct SeniorityClassifier: Sendable {
    public init() {}

    public func seniority(title: String, description: String) -> Seniority {
        .mid  // STUB: role helper replaces this
    }
}
