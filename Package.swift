// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "screener",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "screener", targets: ["screener"]),
        .executable(name: "cel-conformance", targets: ["cel-conformance"]),
        .executable(name: "screener-bench", targets: ["screener-bench"]),
        .library(name: "CEL", targets: ["CEL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "YAML", dependencies: ["CLibYAML", "Diagnostics"]),
        .target(name: "CELSyntax", dependencies: ["Diagnostics"]),
        .target(name: "CEL", dependencies: ["CELSyntax", "Diagnostics"]),
        .target(name: "CELConformance", dependencies: ["CEL"]),
        .target(
            name: "Screening",
            dependencies: [
                "CEL", "CELSyntax", "YAML", "Diagnostics",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "ScreeningService",
            dependencies: [
                "Screening", "Diagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "screener",
            dependencies: [
                "CEL", "Screening", "ScreeningService", "YAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "cel-conformance", dependencies: ["CELConformance"]),
        .executableTarget(name: "screener-bench", dependencies: ["CEL", "Screening", "Diagnostics"]),
        .executableTarget(name: "cel-fuzz", dependencies: ["CEL"]),
        .executableTarget(name: "registry-gen", dependencies: ["Screening"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(name: "CELSyntaxTests", dependencies: ["CELSyntax"], exclude: ["Golden"]),
        .testTarget(name: "CELTests", dependencies: ["CEL", "CELConformance"]),
        .testTarget(name: "screenerTests", dependencies: ["screener", "Screening"], exclude: ["Golden"]),
        .testTarget(
            name: "ScreeningServiceTests",
            dependencies: [
                "ScreeningService", "Screening", "Diagnostics", "YAML",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "ScreeningTests", dependencies: ["Screening", "YAML"], exclude: ["Batch/Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
