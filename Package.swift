// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "proctor",
    products: [
        .executable(name: "proctor", targets: ["proctor"]),
        .library(name: "ProctorLanguage", targets: ["Language"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .target(name: "Terms", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "CMemoryGauge"),
        .target(name: "Runtime", dependencies: ["Terms", "CMemoryGauge"]),
        .target(
            name: "Language",
            dependencies: ["Terms", "Runtime"],
            exclude: ["Library/Elixir", "Library/README.md"],
            plugins: [.plugin(name: "EmbedLibrary")]
        ),
        .target(name: "Courseware", dependencies: ["Language", .product(name: "GRDB", package: "GRDB.swift")], plugins: [.plugin(name: "EmbedLessons")]),
        .executableTarget(name: "file-embedder", path: "Sources/file-embedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["file-embedder"]),
        .plugin(name: "EmbedLibrary", capability: .buildTool(), dependencies: ["file-embedder"]),
        .target(
            name: "ProctorCLI",
            dependencies: ["Courseware", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "proctor", dependencies: ["ProctorCLI"]),
        .executableTarget(
            name: "proctor-bench",
            dependencies: ["Runtime"],
            path: "Benchmarks/RuntimeBench"
        ),
        .testTarget(name: "TermsTests", dependencies: ["Terms"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"], exclude: ["Fixtures/programs", "Fixtures/conformance", "Fixtures/syntax-errors", "Fixtures/parser/errors.txt", "Fixtures/parser/expressions.txt", "Fixtures/parser/record.exs", "Fixtures/parser/record.sh"]),
        .target(name: "TestSupport", dependencies: ["Courseware"], path: "Tests/TestSupport"),
        .testTarget(name: "CoursewareTests", dependencies: ["Courseware", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ProctorCLITests", dependencies: ["ProctorCLI", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
