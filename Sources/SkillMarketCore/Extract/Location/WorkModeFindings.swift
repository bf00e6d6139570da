extension WorkModeText {
    /// What one piece of text says.
    struct Findings: Equatable {
        /// The modes stated, one bit each, in `WorkMode` order.
        private var modes: UInt8 = 0
        /// A negated remote statement ("not remote") was seen: the job is on-site.
        var deniesRemote = false

        /// The modes stated, sorted.
        var sortedModes: [WorkMode] { Self.order.filter(contains) }

        func contains(_ mode: WorkMode) -> Bool { modes & Self.bit(mode) != 0 }

        mutating func insert(_ mode: WorkMode) { modes |= Self.bit(mode) }

        mutating func remove(_ mode: WorkMode) { modes &= ~Self.bit(mode) }

        mutating func formUnion(_ other: Findings) {
            modes |= other.modes
            deniesRemote = deniesRemote || other.deniesRemote
        }

        private static let order = WorkMode.allCases.sorted()

        private static func bit(_ mode: WorkMode) -> UInt8 {
            switch mode {
            case .hybrid: 1
            case .onsite: 2
            case .remote: 4
            }
        }
    }
}
