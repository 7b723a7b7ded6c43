import CasebookLoad
import CasebookModel
import CasebookRender
import CasebookRules
import Foundation

/// A step after rendering that adds files built from the published cases (the search index plugs in here).
public protocol SiteIndexer: Sendable {
    func index(_ archive: CaseArchive) -> [SiteFile]
}

/// The rules and indexers a build runs.
public struct Pipeline: Sendable {
    public var rules: [any TextRule]
    public var indexers: [any SiteIndexer]

    public init(rules: [any TextRule] = Registry.all, indexers: [any SiteIndexer] = []) {
        self.rules = rules
        self.indexers = indexers
    }

    /// What `casebook build` and `casebook check` run: every rule.
    public static let standard = Pipeline()
}

public struct BuildOptions: Sendable {
    public var sourceRoot: String
    public var output: String
    public var includeDrafts: Bool
    public var strict: Bool
    public var baseURL: String?

    public init(sourceRoot: String = ".", output: String? = nil, includeDrafts: Bool = false, strict: Bool = false, baseURL: String? = nil) {
        self.sourceRoot = sourceRoot
        self.output = output ?? (sourceRoot as NSString).appendingPathComponent("site")
        self.includeDrafts = includeDrafts
        self.strict = strict
        self.baseURL = baseURL
    }
}

public struct BuildResult: Sendable {
    /// Every finding, sorted. The site was written only if none of them blocks the build.
    public var findings: [Finding]
    /// Findings that suppressions or allowances silenced, with their reasons (listed in every report).
    public var suppressed: [SuppressedFinding]
    /// The rule settings from casebook.yml (listed in every report).
    public var settings: RuleSettings
    public var skippedDrafts: [String]
    public var caseCount: Int
    /// Files written, or nil when findings stopped the build before writing.
    public var filesWritten: Int?
}

/// The whole pipeline: load → check → render → index → write.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, pipeline: Pipeline = .standard) throws(CasebookError) -> BuildResult {
        var stages = StageTimer()
        let loaded = try ArchiveLoader.load(from: options.sourceRoot, options: .init(includeDrafts: options.includeDrafts, baseURL: options.baseURL))
        stages.lap("load")
        let checked = Checker.check(loaded.archive, rules: pipeline.rules)
        stages.lap("check")
        let findings = (loaded.findings + checked.findings).sorted()
        var result = BuildResult(findings: findings, suppressed: checked.suppressed, settings: checked.settings,
                                 skippedDrafts: loaded.skippedDrafts, caseCount: loaded.archive.cases.count, filesWritten: nil)
        guard !findings.blocksBuild(strict: options.strict) else { return result }

        let theme = try Theme.load(overrideFolder: loaded.archive.sourceRoot + "/Templates")
        var files = SiteRenderer.render(loaded.archive, theme: theme)
        stages.lap("render")
        for indexer in pipeline.indexers {
            files += indexer.index(loaded.archive)
        }
        stages.lap("index")
        try checkNoDuplicatePaths(files)
        result.filesWritten = try SiteWriter.write(files, to: options.output, sourceRoot: loaded.archive.sourceRoot)
        stages.lap("write")
        return result
    }

    /// Stage times on standard error when `CASEBOOK_TIMINGS` is set (for profiling builds).
    struct StageTimer {
        let enabled = ProcessInfo.processInfo.environment["CASEBOOK_TIMINGS"] != nil
        var last = DispatchTime.now()

        mutating func lap(_ stage: String) {
            guard enabled else { return }
            let now = DispatchTime.now()
            FileHandle.standardError.write(Data(String(format: "%-7@ %.3f s\n", stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9).utf8))
            last = now
        }
    }

    /// Two stages writing the same path is a bug in a theme or indexer; fail rather than let one win.
    static func checkNoDuplicatePaths(_ files: [SiteFile]) throws(CasebookError) {
        var seen: Set<String> = []
        for file in files where !seen.insert(file.path).inserted {
            throw CasebookError(.io, "two parts of the build both write \(file.path)")
        }
    }
}
