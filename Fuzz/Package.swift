// swift-tools-version:6.0
// libFuzzer targets over proctor's front end and runtime. Not part of the main package
// (they link libFuzzer's own main); `Fuzz/run` builds them with -sanitize=fuzzer and runs them.
import PackageDescription

let package = Package(
    name: "proctor-fuzz",
    dependencies: [.package(name: "proctor", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzCompiler", dependencies: ["FuzzDriver", .product(name: "ProctorLanguage", package: "proctor")]),
        .executableTarget(name: "FuzzPrograms", dependencies: ["FuzzDriver", .product(name: "ProctorLanguage", package: "proctor")]),
    ]
)
