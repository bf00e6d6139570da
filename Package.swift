// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "SkillMarket",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "skillmarket", targets: ["skillmarket"]),
        .library(name: "SkillMarketCore", targets: ["SkillMarketCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .target(
            name: "SkillMarketCore",
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SkillMarketStore",
            dependencies: [
                "SkillMarketCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "SkillMarketServer",
            dependencies: [
                "SkillMarketCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .executableTarget(
            name: "skillmarket",
            dependencies: [
                "SkillMarketCore",
                "SkillMarketStore",
                "SkillMarketServer",
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        // A Core-only harness for profiling the extraction hot path (bench/probe/main.swift).
        .executableTarget(
            name: "skillmarket-probe",
            dependencies: ["SkillMarketCore"],
            path: "bench/probe",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SkillMarketCoreTests",
            dependencies: [
                "SkillMarketCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SkillMarketStoreTests",
            dependencies: ["SkillMarketStore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SkillMarketServerTests",
            dependencies: [
                "SkillMarketServer",
                "SkillMarketStore",
                // The graceful-shutdown test runs the real `serve` binary, so it must be built.
                "skillmarket",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "skillmarketTests",
            dependencies: ["skillmarket", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
    ]
)
