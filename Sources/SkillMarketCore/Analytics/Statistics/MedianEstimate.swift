import Foundation

/// A sample median with a distribution-free 95 % confidence interval.
///
/// The interval is formed by order statistics: with X ~ Binomial(n, ½), the lower bound is the
/// k-th smallest value and the upper bound the k-th largest, for the largest k with
/// P(X < k) ≤ 2.5 %. Exact binomial tails up to n = 1,000, the normal approximation above.
/// Coverage is at least 95 % for any continuous distribution; no normality is assumed.
public struct MedianEstimate: Sendable, Equatable {
    public var median: Int64
    public var n: Int
    public var low: Int64
    public var high: Int64

    /// `nil` for an empty sample. Values are whole currency units; an even-sized sample's
    /// median is the mean of the middle two, rounded half up.
    public init?(values: [Int64]) {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        self.init(sorted: sorted)
    }

    /// As `init(values:)` for a sample already sorted ascending.
    public init(sorted: [Int64]) {
        let n = sorted.count
        self.n = n
        let middle = n / 2
        median = n % 2 == 1 ? sorted[middle] : Self.roundedMean(sorted[middle - 1], sorted[middle])
        let k = max(1, Self.orderStatisticRank(n: n))
        low = sorted[k - 1]
        high = sorted[n - k]
    }

    /// The largest k (1-based) with P(Binomial(n, ½) < k) ≤ 0.025; 0 when even k = 1 fails.
    static func orderStatisticRank(n: Int, tail: Double = 0.025) -> Int {
        if n > 1_000 {
            let k = Double(n) / 2 - 1.959_963_985 * Double(n).squareRoot() / 2
            return max(0, Int(k.rounded(.down)))
        }
        var probability = pow(0.5, Double(n))  // P(X = 0)
        var cumulative = 0.0
        var k = 0
        for i in 0..<n {
            cumulative += probability  // now P(X ≤ i) = P(X < i + 1)
            if cumulative > tail { break }
            k = i + 1
            probability *= Double(n - i) / Double(i + 1)
        }
        return k
    }

    private static func roundedMean(_ a: Int64, _ b: Int64) -> Int64 {
        let sum = a + b
        return sum >= 0 ? (sum + 1) / 2 : -((-sum) / 2)
    }
}
