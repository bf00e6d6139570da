extension Comparison {
    /// Benjamini–Hochberg adjusted p-values ("q-values"), returned in the order given.
    ///
    /// With the m p-values sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, q₍ᵢ₎ = min over j ≥ i of (m / j)·p₍ⱼ₎,
    /// capped at 1. Flagging every q < α keeps the expected false-discovery rate at most α for
    /// independent or positively dependent tests. Non-finite p-values count as 1.
    ///
    ///     Comparison.benjaminiHochberg([0.01, 0.04, 0.03, 0.2])  // [0.04, 0.0533…, 0.0533…, 0.2]
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let cleaned = pValues.map { $0.isFinite ? min(max($0, 0), 1) : 1 }
        let order = cleaned.indices.sorted { cleaned[$0] != cleaned[$1] ? cleaned[$0] < cleaned[$1] : $0 < $1 }
        var adjusted = Array(repeating: 1.0, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, cleaned[index] * Double(m) / Double(rank))
            adjusted[index] = running
        }
        return adjusted
    }
}
