// swift-tools-version: 6.1
import PackageDescription

// A clinic's own Trellis: the bundled engine plus this clinic's plugin, as its own `clinic-trellis`.
// Here Trellis comes by path (this example lives inside the Trellis repository); in a clinic's
// repository it would be `.package(url: "https://…/trellis", from: "1.1.0")`.
let package = Package(
    name: "ClinicPlugin",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clinic-trellis", targets: ["clinic-trellis"]),
        .library(name: "ClinicPlugin", targets: ["ClinicPlugin"]),
    ],
    dependencies: [
        .package(name: "Trellis", path: "../.."),
    ],
    targets: [
        // The plugin: a rule, an activity kind, a module written in Swift and an emitter.
        .target(name: "ClinicPlugin", dependencies: [.product(name: "Trellis", package: "Trellis")]),
        // The command line: three lines of main.swift.
        .executableTarget(
            name: "clinic-trellis",
            dependencies: ["ClinicPlugin", .product(name: "TrellisCLI", package: "Trellis")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
