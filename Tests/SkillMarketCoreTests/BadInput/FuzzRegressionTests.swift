import SkillMarketCore
import Testing

/// Inputs the fuzzers (`scripts/fuzz`) crashed on, kept so the fixes stay fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test(
        "pay figures too large for Int64 cents are implausible, not a trap",
        arguments: ["$99999999999999999", "$99999999999999999999999 per hour", "₹99999999999999999999 lakh" ])
    func hugeFreeTextFigures(_ text: String) {
        #expect(SalaryParser().parse(text) == nil)
    }

    @Test("structured salary_min/salary_max beyond Int64 are dropped with a warning, not a trap")
    func hugeStructuredFigures() {
        let posting = RawPosting(title: "Data Engineer", salaryMin: "99999999999999999999", salaryMax: "1e309")
        var warnings: [FieldWarning] = []
        #expect(SalaryExtractor().salary(for: posting, description: "", warnings: &warnings) == nil)
        #expect(!warnings.isEmpty)
    }
}
