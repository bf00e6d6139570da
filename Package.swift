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
    ],
    targets: [
        .target(
            name: "SkillMarketCore",
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
                "CZlib",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SkillMarketCoreTests",
            dependencies: ["SkillMarketCore"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "skillmarketTests",
            dependencies: ["skillmarket"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
    ]
)
