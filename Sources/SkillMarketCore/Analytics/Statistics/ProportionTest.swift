import Foundation

/// Two-sided two-proportion z-test: is share x₁/n₁ different from x₂/n₂?
///
/// Uses the pooled standard error; `pValue` is 1 when either sample is empty or the pooled
/// share is 0 or 1 (no variation to test).
public struct ProportionTest: Sendable, Equatable {
    public var delta: Double
    public var z: Double
    public var pValue: Double

    public init(successes1: Int, total1: Int, successes2: Int, total2: Int) {
        guard total1 > 0, total2 > 0 else {
            delta = 0
            z = 0
            pValue = 1
            return
        }
        let p1 = Double(successes1) / Double(total1), p2 = Double(successes2) / Double(total2)
        delta = p2 - p1
        let pooled = Double(successes1 + successes2) / Double(total1 + total2)
        let standardError = (pooled * (1 - pooled) * (1 / Double(total1) + 1 / Double(total2))).squareRoot()
        guard standardError > 0 else {
            z = 0
            pValue = 1
            return
        }
        z = delta / standardError
        pValue = erfc(abs(z) / 2.0.squareRoot())
    }
}
