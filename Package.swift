// swift-tools-version: 6.0
import PackageDescription

// Data flows one way: Datasets (CSV) → BilatDatasets → BilatCore values → BilatStore (SQLite)
// → BilatRender → Output/. `Bilat` names the stages; `bilat` is a thin CLI over it.
let package = Package(
    name: "bilat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bilat", targets: ["bilat"]),
        .library(name: "Bilat", targets: ["Bilat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure domain logic: values, the normaliser, periods. Foundation only, no I/O.
        .target(name: "BilatCore"),
        // Dataset text → values + located diagnostics. Takes text and a display path, not the disk.
        .target(name: "BilatDatasets", dependencies: ["BilatCore"]),
        // The only GRDB user: migrations, records, the ingest transaction.
        .target(name: "BilatStore", dependencies: [
            "BilatCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C API under GRDB, for binding a bulk insert's values directly.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Values in, bytes out: tables, CSV, JSON (charts and reports later).
        .target(name: "BilatRender", dependencies: [
            "BilatCore",
            .product(name: "TextTable", package: "TextTable"),
            .product(name: "Ink", package: "Ink"),
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        // The system zlib, for gzipped downloads: a module map over <zlib.h> (apt: zlib1g-dev).
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The pipeline: named stages over the targets above, and the file system.
        .target(name: "Bilat", dependencies: ["BilatCore", "BilatDatasets", "BilatStore", "BilatRender", "CZlib"]),
        .executableTarget(name: "bilat", dependencies: [
            "Bilat",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks that print figures; run with `swift run -c release bilat-bench`, never part of `swift test`.
        .executableTarget(name: "bilat-bench", dependencies: [
            "Bilat", "BilatCore", "BilatDatasets", "BilatStore", "BilatRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "BilatTestSupport", dependencies: ["BilatCore", "BilatDatasets"]),
        // The readers a fuzzer drives, each with its invariants; replayed over Tests/Fuzz/corpus by swift test.
        .target(name: "BilatFuzzTargets", dependencies: ["Bilat", "BilatCore", "BilatDatasets"]),
        // libFuzzer's entry point over BilatFuzzTargets (Tests/Fuzz/run builds it with -sanitize=fuzzer);
        // built plainly, it replays files through a target.
        .executableTarget(name: "bilat-fuzz", dependencies: ["BilatFuzzTargets"]),

        .testTarget(name: "BilatCoreTests", dependencies: ["BilatCore", "BilatTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "BilatDatasetsTests", dependencies: ["BilatDatasets", "BilatTestSupport"]),
        .testTarget(name: "BilatStoreTests", dependencies: ["BilatStore", "BilatDatasets", "BilatTestSupport"]),
        .testTarget(name: "BilatRenderTests", dependencies: ["BilatRender", "BilatTestSupport", .product(name: "TextTable", package: "TextTable")],
                    exclude: ["Golden"]),
        .testTarget(name: "BilatTests", dependencies: ["Bilat", "BilatDatasets", "BilatStore", "BilatTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "BilatFuzzTests", dependencies: ["BilatFuzzTargets"]),
        .testTarget(name: "BilatCLITests", dependencies: ["BilatCore", "BilatTestSupport"], exclude: ["Golden"]),
    ]
)
