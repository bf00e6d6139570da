import Foundation

/// How strongly two skills travel together among `total` postings.
///
/// `lift` = P(a ∧ b) / (P(a)·P(b)). `pValue` comes from Pearson's χ² test of independence on the
/// 2×2 table (1 degree of freedom): small counts give large p-values, so a lift from a handful of
/// postings is not mistaken for a pattern.
public struct Association: Sendable, Equatable {
    public var both: Int
    public var lift: Double
    public var pValue: Double

    public init(both: Int, countA: Int, countB: Int, total: Int) {
        self.both = both
        guard total > 0, countA > 0, countB > 0 else {
            lift = 0
            pValue = 1
            return
        }
        let n = Double(total), a = Double(countA), b = Double(countB), ab = Double(both)
        lift = ab * n / (a * b)
        let onlyA = a - ab, onlyB = b - ab, neither = n - a - b + ab
        let denominator = a * (n - a) * b * (n - b)
        guard denominator > 0 else {
            pValue = 1
            return
        }
        let cross = ab * neither - onlyA * onlyB
        let chiSquare = n * cross * cross / denominator
        pValue = erfc((chiSquare / 2).squareRoot())
    }
}
