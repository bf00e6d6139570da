// swift-tools-version: 6.1
// libFuzzer targets for SkillMarketCore's parsers, kept out of the main package so it carries no
// fuzz-only flags. Built and run by `scripts/fuzz` (which passes `--sanitize fuzzer,address`).
import PackageDescription

let fuzzTargets = ["FuzzSalary", "FuzzLocation", "FuzzJSON", "FuzzCSV", "FuzzHTML"]

let package = Package(
    name: "SkillMarketFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SkillMarket", path: "..")],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "SkillMarketCore", package: "SkillMarket")],
            path: "Sources/\(name)",
            // libFuzzer supplies `main`; the target only exports LLVMFuzzerTestOneInput.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)
