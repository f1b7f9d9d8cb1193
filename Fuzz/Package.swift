// swift-tools-version: 6.1
import PackageDescription

// A libFuzzer target over Trellis's loader and checks. Its own package so that the main build
// never compiles with the fuzzer runtime; `Fuzz/run N` builds it with the sanitizers and runs it.
let package = Package(
    name: "TrellisFuzz",
    dependencies: [.package(path: "trellis-package")],
    targets: [
        .executableTarget(
            name: "FuzzLoader",
            dependencies: [.product(name: "Trellis", package: "trellis-package")]
        )
    ],
    swiftLanguageModes: [.v6]
)
