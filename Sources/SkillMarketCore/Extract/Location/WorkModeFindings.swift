extension WorkModeText {
    /// What one piece of text says.
    struct Findings: Equatable {
        /// The modes stated, one bit each, in `WorkMode` order.
        private var modes: UInt8 = 0
        /// A negated remote statement ("not remote") was seen: the job is on-site.
        var deniesRemote = false

        /// The modes stated, sorted (a shared array: no allocation per call).
        var sortedModes: [WorkMode] { Self.sortedByBits[Int(modes)] }

        func contains(_ mode: WorkMode) -> Bool { modes & Self.bit(mode) != 0 }

        mutating func insert(_ mode: WorkMode) { modes |= Self.bit(mode) }

        mutating func remove(_ mode: WorkMode) { modes &= ~Self.bit(mode) }

        mutating func formUnion(_ other: Findings) {
            modes |= other.modes
            deniesRemote = deniesRemote || other.deniesRemote
        }

        /// Entry `b`: the sorted modes whose bits make up `b`.
        private static let sortedByBits: [[WorkMode]] = (0..<8).map { bits in
            WorkMode.allCases.sorted().filter { bit($0) & UInt8(bits) != 0 }
        }

        private static func bit(_ mode: WorkMode) -> UInt8 {
            switch mode {
            case .hybrid: 1
            case .onsite: 2
            case .remote: 4
            }
        }
    }
}
