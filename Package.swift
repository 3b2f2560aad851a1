// swift-tools-version:6.2
import PackageDescription

/// Settings shared by every target: Swift 6 mode with the upcoming features that keep
/// module boundaries honest (see STYLE.md §7).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "vertsval",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vertsval", targets: ["vertsval"]),
        .executable(name: "vertsval-bench", targets: ["vertsval-bench"]),
        .library(name: "Vertsval", targets: ["Vertsval"]),
        .library(name: "GLPK", targets: ["GLPK"]),
    ],
    dependencies: [
        // CLI parsing.
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        // YAML with node positions (line/column) for validation messages.
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.0"),
        // SHA-256 of every input file in reports, so that a report can be reproduced.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        // The local web workbench (DESIGN.md: `vertsval serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        // Named explicitly because the server imports their types (status codes, buffers).
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        // Score sheets for assessors: reading the semicolon-separated sheets spreadsheets write.
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // PDF reports: cairo for drawing, pango for text layout (Debian's -dev packages ship
        // pkg-config files for both).
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        // Archive PDFs (PDF/A-2a): qpdf's C API for the finishing step (XMP, output intent,
        // structure-tree edits), and a small C shim over its C++ tokenizer for the one step
        // the C API lacks, renaming marked content in page content streams.
        .systemLibrary(name: "CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .target(
            name: "CQPDFContent",
            linkerSettings: [.linkedLibrary("qpdf")]
        ),
        .target(
            name: "GLPK",
            dependencies: ["CGLPK"],
            swiftSettings: swiftSettings
        ),
        // The seeded random number generator shared by the domain's sampling, the synthetic
        // generators and the large-instance search.
        .target(
            name: "SplitMix",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Vertsval",
            dependencies: ["SplitMix", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // GAP heuristics, Lagrangian bounds and exact pattern search for national-size
        // assignment problems: knows nothing of municipalities' data, only its own problem type.
        .target(
            name: "LargeAssignmentSearch",
            dependencies: ["GLPK", "SplitMix"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VertsvalOptimizer",
            dependencies: ["Vertsval", "GLPK", "LargeAssignmentSearch", "SplitMix"],
            swiftSettings: swiftSettings
        ),
        // GAP import, synthetic generators and the portfolio writer: for `generate`,
        // `convert-gap`, the benchmarks and tests, never for the domain.
        .target(
            name: "VertsvalSynthetic",
            dependencies: ["Vertsval", "SplitMix"],
            swiftSettings: swiftSettings
        ),
        // The application layer: one type per use case, used by the command line and the
        // workbench alike (Crypto: the fingerprints of the input files).
        .target(
            name: "VertsvalStudy",
            dependencies: [
                "Vertsval", "VertsvalOptimizer", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                // Node positions and styles, to edit a case's scores in place.
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VertsvalReport",
            dependencies: ["Vertsval", "VertsvalOptimizer", "VertsvalStudy", "CCairo", "CPango", "CQPDF", "CQPDFContent"],
            // The sRGB profile of archive PDFs' output intent (from Debian's icc-profiles-free,
            // zlib licence): bundled so that the bytes do not depend on the machine.
            resources: [.embedInCode("Resources/sRGB.icc")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VertsvalServer",
            dependencies: [
                "Vertsval", "VertsvalStudy", "VertsvalReport", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.embedInCode("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "vertsval",
            dependencies: [
                "Vertsval", "VertsvalStudy", "VertsvalReport", "VertsvalServer", "VertsvalSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "vertsval-bench",
            dependencies: [
                "Vertsval", "VertsvalOptimizer", "VertsvalStudy", "VertsvalReport", "VertsvalSynthetic", "LargeAssignmentSearch", "GLPK",
                "SplitMix",
                // The load benchmark starts the workbench in-process.
                "VertsvalServer", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "VertsvalTestSupport",
            dependencies: ["Vertsval", "SplitMix"],
            path: "Tests/VertsvalTestSupport",
            swiftSettings: swiftSettings
        ),
        // Exhaustive enumeration and random portfolios, for the optimiser's and the
        // large-instance search's cross-checks.
        .target(
            name: "AssignmentTestSupport",
            dependencies: ["Vertsval", "VertsvalOptimizer", "SplitMix", "VertsvalTestSupport"],
            path: "Tests/AssignmentTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "GLPKTests",
            dependencies: ["GLPK", "SplitMix"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalTests",
            dependencies: ["Vertsval", "SplitMix", "VertsvalTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalOptimizerTests",
            dependencies: ["VertsvalOptimizer", "VertsvalSynthetic", "SplitMix", "AssignmentTestSupport", "VertsvalTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LargeAssignmentSearchTests",
            dependencies: [
                "LargeAssignmentSearch", "GLPK", "SplitMix", "VertsvalOptimizer", "VertsvalSynthetic", "AssignmentTestSupport",
                "VertsvalTestSupport",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalSyntheticTests",
            dependencies: ["VertsvalSynthetic", "VertsvalTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalStudyTests",
            dependencies: ["VertsvalStudy", "VertsvalReport", "SplitMix", "VertsvalTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalReportTests",
            dependencies: ["VertsvalReport", "VertsvalStudy", "VertsvalOptimizer", "VertsvalTestSupport", "SplitMix"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalServerTests",
            dependencies: [
                "VertsvalServer", "VertsvalTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VertsvalCLITests",
            dependencies: ["vertsval", "SplitMix", "VertsvalTestSupport"],
            // Expected outputs, read by path from the package root (not resources).
            exclude: ["Golden"],
            swiftSettings: swiftSettings
        ),
    ],
    // qpdf 11's headers need C++17 (the CQPDFContent shim).
    cxxLanguageStandard: .cxx17
)
