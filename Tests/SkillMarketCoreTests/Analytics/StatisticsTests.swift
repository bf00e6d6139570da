import Foundation
import SkillMarketCore
import Testing

@Suite("Statistics")
struct StatisticsTests {
    struct MedianCase: Sendable, CustomTestStringConvertible {
        let values: [Int64]
        let median: Int64
        let low: Int64
        let high: Int64
        var testDescription: String { "n=\(values.count)" }
    }

    @Test(
        "median and its order-statistic 95% interval",
        arguments: [
            // n = 1..5: even k = 1 has P(X < 1) = 2^-n > 2.5 %, so the interval is the full range.
            MedianCase(values: [7], median: 7, low: 7, high: 7),
            MedianCase(values: [1, 2], median: 2, low: 1, high: 2),
            MedianCase(values: [5, 1, 3, 2, 4], median: 3, low: 1, high: 5),
            // n = 6: P(X = 0) = 1/64 ≤ 2.5 %, P(X ≤ 1) = 7/64 > 2.5 % → k = 1.
            MedianCase(values: [1, 2, 3, 4, 5, 6], median: 4, low: 1, high: 6),
            // n = 10: P(X ≤ 1) = 11/1024 ≈ 1.07 %, P(X ≤ 2) = 56/1024 ≈ 5.5 % → k = 2.
            MedianCase(values: Array(1...10), median: 6, low: 2, high: 9),
            // n = 25: table value k = 8 (P(X ≤ 7) ≈ 2.16 %).
            MedianCase(values: Array(1...25), median: 13, low: 8, high: 18),
        ])
    func medianInterval(_ c: MedianCase) throws {
        let estimate = try #require(MedianEstimate(values: c.values))
        #expect(estimate.median == c.median)
        #expect(estimate.low == c.low)
        #expect(estimate.high == c.high)
        #expect(estimate.n == c.values.count)
    }

    @Test("an empty sample has no median")
    func emptyMedian() {
        #expect(MedianEstimate(values: []) == nil)
    }

    @Test("exact and normal-approximation ranks agree around n = 1,000")
    func rankContinuity() throws {
        let exact = try #require(MedianEstimate(values: Array(1...1_000)))
        let approximate = try #require(MedianEstimate(values: Array(1...1_001)))
        #expect(abs(exact.low - approximate.low) <= 1)
        #expect(exact.low == 469)  // k = 469 for n = 1,000 (checked with scipy.stats.binom)
    }

    @Test("the interval covers the true median about 95% of the time")
    func coverage() {
        var generator = SeededGenerator(seed: 42)
        var covered = 0
        let trials = 2_000
        for _ in 0..<trials {
            let sample = (0..<40).map { _ in Int64(generator.next() % 1_000_001) }  // true median 500,000
            if let estimate = MedianEstimate(values: sample), estimate.low <= 500_000, estimate.high >= 500_000 {
                covered += 1
            }
        }
        let rate = Double(covered) / Double(trials)
        #expect(rate >= 0.93 && rate <= 0.995, "coverage \(rate)")
    }

    @Test("lift is P(a∧b)/(P(a)P(b)) and tiny counts are not significant")
    func association() {
        let independent = Association(both: 25, countA: 50, countB: 50, total: 100)
        #expect(abs(independent.lift - 1) < 1e-9)
        #expect(independent.pValue > 0.99)

        let strong = Association(both: 930, countA: 1_670, countB: 1_046, total: 4_954)
        #expect(abs(strong.lift - 2.64) < 0.01)
        #expect(strong.pValue < 1e-10)

        let tiny = Association(both: 2, countA: 3, countB: 3, total: 1_000)
        #expect(tiny.lift > 200)
        #expect(tiny.pValue < 0.05)  // χ² is fooled by tiny counts…
        #expect(tiny.pValue > 0.05 / 300 || tiny.both < 5)  // …which is why reports also need volume
    }

    @Test("two-proportion test: equal shares give p = 1, a big shift a tiny p")
    func proportions() {
        #expect(ProportionTest(successes1: 30, total1: 100, successes2: 30, total2: 100).pValue > 0.999)
        let shift = ProportionTest(successes1: 300, total1: 1_000, successes2: 400, total2: 1_000)
        #expect(abs(shift.delta - 0.1) < 1e-9)
        #expect(shift.pValue < 1e-5)
        #expect(ProportionTest(successes1: 0, total1: 0, successes2: 1, total2: 2).pValue == 1)
    }

    @Test(
        "tiers follow the 5/20/50 % thresholds",
        arguments: [
            (0.704, Report.Tier.tableStakes), (0.5, .tableStakes), (0.499, .common), (0.2, .common),
            (0.199, .differentiator), (0.05, .differentiator), (0.049, .niche), (0, .niche),
        ])
    func tiers(share: Double, tier: Report.Tier) {
        #expect(Report.Tier(share: share) == tier)
    }
}
