// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The modules learner code runs in are optimized in the debug build too, as one whole module each:
/// `swift run proctor` and `swift test` (the README's set-up) then run guest code at release speed.
/// Their memory accesses are not checked for exclusivity at run time (the compiler still checks
/// what it can see); the VM's hot paths paid a runtime call per access of a term box's field.
let guestCodeSpeed: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
    // Threaded whole-module optimization keeps one object and index unit per file, as indexing
    // in the debug build expects; batch mode does not apply to a whole module.
    .unsafeFlags(["-O", "-whole-module-optimization", "-num-threads", "2", "-disable-batch-mode"], .when(configuration: .debug)),
]

/// Generic types such as `Dictionary<Atom, ModuleCode>` get their metadata through direct accessor
/// calls rather than by demangling their names at first use: a demangled name's conformances
/// (`Atom: Hashable`) are looked up by the Swift runtime, which scans all 6,200 conformance
/// records of the binary for each one (about 390,000 instructions each, 28M of a release
/// `proctor check`).
let directMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

/// Courseware and Digests are optimized in the debug build too: every `proctor check` hashes the
/// learner's file with proctor's own SHA-256 and reads the course, and hashing the whole course
/// unoptimized was 413M of the 749M instructions of a debug `proctor check`.
let courseHashingSpeed: [SwiftSetting] = [
    .unsafeFlags(["-O", "-whole-module-optimization", "-num-threads", "2", "-disable-batch-mode"], .when(configuration: .debug)),
]

/// On Linux proctor links Swift's own libraries (the standard library, Foundation, Dispatch)
/// statically: the dynamic loader then binds none of their symbols at each start, and the binary
/// runs on a machine without Swift. `proctor run hello.exs` spent 15.8M of its 51M instructions
/// in the loader. Static Foundation needs the libraries it is built on named after it, and their
/// names are those of Swift 6.3's toolchain: with a toolchain that lacks one of them, proctor is
/// linked dynamically as before, so the README's `swift build` works with any Swift 6.
let staticFoundationLibraries = ["CoreFoundation", "_FoundationICU", "_FoundationCShims", "_FoundationCollections"]

/// The toolchain's folder of static libraries, found from the `swift` on the PATH (nil elsewhere).
func staticLibraryFolder() -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
        let swift = URL(fileURLWithPath: String(folder)).appendingPathComponent("swift")
        guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
        let bin = swift.resolvingSymlinksInPath().deletingLastPathComponent()
        return bin.deletingLastPathComponent().appendingPathComponent("lib/swift_static/linux")
    }
    return nil
}

let staticSwiftLibraries: [LinkerSetting] = {
    guard let folder = staticLibraryFolder(),
          staticFoundationLibraries.allSatisfy({ FileManager.default.fileExists(atPath: folder.appendingPathComponent("lib\($0).a").path) })
    else { return [] }
    return [.unsafeFlags(["-static-stdlib"] + staticFoundationLibraries.map { "-l" + $0 } + ["-lstdc++"], .when(platforms: [.linux]))]
}()

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
        .target(name: "Terms", dependencies: [.product(name: "BigInt", package: "BigInt")], swiftSettings: guestCodeSpeed + directMetadata),
        .target(name: "CMemoryGauge"),
        .target(name: "Digests", swiftSettings: courseHashingSpeed + directMetadata),
        .target(name: "CProgressDatabase", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "Runtime", dependencies: ["Terms", "CMemoryGauge"], swiftSettings: guestCodeSpeed + directMetadata),
        .target(
            name: "Language",
            dependencies: ["Terms", "Runtime", "Digests"],
            exclude: ["Library/Elixir", "Library/README.md"],
            swiftSettings: guestCodeSpeed + directMetadata,
            plugins: [.plugin(name: "EmbedLibrary")]
        ),
        .target(
            name: "Courseware",
            dependencies: ["Language", "Digests", "CProgressDatabase", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: courseHashingSpeed + directMetadata,
            plugins: [.plugin(name: "EmbedLessons")]
        ),
        .executableTarget(name: "file-embedder", dependencies: ["Digests"], path: "Sources/file-embedder"),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["file-embedder"]),
        .plugin(name: "EmbedLibrary", capability: .buildTool(), dependencies: ["file-embedder"]),
        .target(
            name: "ProctorCLI",
            dependencies: ["Courseware", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: directMetadata
        ),
        .executableTarget(name: "proctor", dependencies: ["ProctorCLI"], swiftSettings: directMetadata, linkerSettings: staticSwiftLibraries),
        .executableTarget(
            name: "proctor-bench",
            dependencies: ["Runtime"],
            path: "Benchmarks/RuntimeBench"
        ),
        .testTarget(name: "DigestsTests", dependencies: ["Digests"]),
        .testTarget(name: "TermsTests", dependencies: ["Terms"]),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"], exclude: ["Fixtures/programs", "Fixtures/conformance", "Fixtures/syntax-errors", "Fixtures/parser/errors.txt", "Fixtures/parser/expressions.txt", "Fixtures/parser/record.exs", "Fixtures/parser/record.sh"]),
        .target(name: "TestSupport", dependencies: ["Courseware"], path: "Tests/TestSupport"),
        .testTarget(name: "CoursewareTests", dependencies: ["Courseware", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ProctorCLITests", dependencies: ["ProctorCLI", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
