// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Trellis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trellis", targets: ["trellis"]),
        .library(name: "Trellis", targets: ["Trellis"]),
        .library(name: "TrellisCLI", targets: ["TrellisCLI"]),
        .plugin(name: "ValidateCurricula", targets: ["ValidateCurricula"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // libxml2's allocator while a document is read: one arena per thread, let go at once.
        .target(name: "CXMLArena"),
        // Safe parsing, source positions and schema validation over libxml2; knows nothing of curricula.
        .target(name: "TrellisXML", dependencies: ["CLibXML2", "CXMLArena"], exclude: ["README.md"]),
        // The bundled library of packs and tracks, shipped as a resource of the binary.
        .target(
            name: "TrellisCurricula",
            path: "Curricula",
            exclude: ["README.md"],
            sources: ["BundledCurricula.swift"],
            resources: [.copy("packs"), .copy("tracks"), .copy("translations"), .copy("program.xml")]
        ),
        // Model, loading, checks, sequencing, emitting and the plugin protocols.
        .target(
            name: "Trellis",
            dependencies: [
                "TrellisXML", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["README.md"],
            resources: [
                .copy("Resources/trellis.xsd"), .copy("Resources/emitter-input.schema.json"), .copy("Resources/Templates"), .copy("Resources/Strings"),
            ]
        ),
        // The subcommands; a thin layer that maps library results to output and exit codes.
        .target(
            name: "TrellisCLI",
            dependencies: [
                "Trellis", "TrellisCurricula",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(name: "trellis", dependencies: ["TrellisCLI"]),
        .plugin(
            name: "ValidateCurricula",
            capability: .command(
                intent: .custom(verb: "validate-curricula", description: "Validate the packs and tracks in Curricula/ with trellis.")
            ),
            dependencies: ["trellis"]
        ),
        // Helpers shared by the test targets.
        .target(name: "TrellisTestSupport", path: "Tests/TrellisTestSupport"),
        .testTarget(
            name: "TrellisXMLTests",
            dependencies: ["TrellisXML", "CLibXML2", "TrellisTestSupport"]
        ),
        .testTarget(
            name: "TrellisTests",
            dependencies: ["Trellis", "TrellisCurricula", "TrellisTestSupport"],
            exclude: ["Snapshots"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "TrellisEndToEndTests",
            dependencies: ["TrellisXML", "trellis"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Benchmarks (ordo-one/benchmark) build only when asked for, so that CI and everyday builds do
// not fetch and compile the benchmark tooling: `TRELLIS_BENCHMARKS=1 swift package benchmark`.
if Context.environment["TRELLIS_BENCHMARKS"] != nil {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "TrellisBenchmarks",
            dependencies: ["Trellis", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/TrellisBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
