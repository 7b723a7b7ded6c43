// swift-tools-version:6.1
// casebook: a static-site generator for medical teaching-case archives.
// The build is a pipeline — load → check → render → index → write — and the
// targets below follow it: one module per stage, C libraries behind shims at
// the edge, and a thin command-line tool on top.
import PackageDescription

let package = Package(
    name: "casebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casebook", targets: ["casebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C at the edge.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CSystem"),

        // Pipeline stages.
        .target(name: "CasebookModel"),
        .target(name: "CasebookMarkdown", dependencies: ["CCmarkGFM", "CasebookModel"]),
        .target(name: "CasebookImages", dependencies: ["CLibXML2", "CasebookModel"]),
        .target(name: "CasebookLoad", dependencies: ["CasebookModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "CasebookRules", dependencies: ["CasebookModel"], exclude: ["Lexicon"], plugins: ["EmbedTheme"]),
        .target(
            name: "CasebookRender",
            dependencies: [
                "CasebookModel", "CasebookMarkdown", "CasebookImages",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]
        ),
        .target(
            name: "CasebookSite",
            dependencies: ["CasebookModel", "CasebookLoad", "CasebookRules", "CasebookRender", "CSystem"]
        ),
        .target(name: "CasebookReport", dependencies: ["CasebookModel", "CasebookRules"]),

        // The command-line tool: flags → library call → exit code.
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookSite", "CasebookReport", "CasebookRender", "CasebookLoad", "CasebookRules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Build tooling: embeds Templates/ into the binary so an installed casebook needs no files beside it.
        .executableTarget(name: "embed-theme", path: "Sources/embed-theme"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),

        // Benchmark harness (release build; not a test) and the privacy evaluation scorer.
        .executableTarget(name: "casebook-bench", dependencies: ["CasebookRules", "CasebookModel"], path: "Sources/casebook-bench"),
        .executableTarget(name: "casebook-eval", dependencies: ["CasebookRules", "CasebookTestSupport"], path: "Sources/casebook-eval"),

        // Tests.
        .target(name: "CasebookTestSupport", dependencies: ["CasebookModel", "CasebookRules", "CLibXML2"], path: "Tests/CasebookTestSupport"),
        .testTarget(name: "CasebookLoadTests", dependencies: ["CasebookLoad", "CasebookTestSupport"]),
        .testTarget(name: "CasebookMarkdownTests", dependencies: ["CasebookMarkdown", "CasebookModel"]),
        .testTarget(name: "CasebookRulesTests", dependencies: ["CasebookRules", "CasebookTestSupport"]),
        .testTarget(name: "CasebookImagesTests", dependencies: ["CasebookImages", "CasebookTestSupport"]),
        .testTarget(name: "CasebookRenderTests", dependencies: ["CasebookRender", "CasebookLoad", "CasebookTestSupport"]),
        .testTarget(
            name: "CasebookSiteTests",
            dependencies: ["CasebookSite", "CasebookTestSupport"]
        ),
        .testTarget(name: "CasebookCLITests", dependencies: ["CasebookTestSupport"]),
        .testTarget(name: "CasebookReportTests", dependencies: ["CasebookReport", "CasebookRules"]),
    ],
    swiftLanguageModes: [.v6]
)
