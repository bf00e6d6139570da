import SkillMarketCore

/// Any text → `SalaryParser` (USD and INR defaults) must not crash, and a salary it returns must
/// be sane: non-negative, min ≤ max, yearly ends inside the plausible bounds of `SalaryBounds`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSalary(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for currency in [CurrencyCode.usd, .inr] {
        guard let salary = SalaryParser(defaultCurrency: currency).parse(text) else { continue }
        let plausibleUnits: ClosedRange<Int64> = salary.currency == .inr ? 100_000...500_000_000 : 1_000...5_000_000
        precondition(salary.min != nil || salary.max != nil, "salary without a figure")
        if let low = salary.min, let high = salary.max { precondition(low <= high, "min > max") }
        for end in [salary.annualMin, salary.annualMax].compactMap({ $0 }) {
            precondition(plausibleUnits.contains(end.cents / 100), "implausible yearly figure \(end)")
        }
    }
    return 0
}
