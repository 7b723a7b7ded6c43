import CasebookModel
import CasebookRules
import Foundation

// casebook-bench: times release builds of N synthetic cases with casebook and, when installed, Hugo.
//
//   swift build -c release && .build/release/casebook-bench [--runs 3] [--keep] [--scan-only] [N ...]
//
// --scan-only skips the builds and times only the privacy rules over the generated cases;
// --scan FOLDER times them over the .md files of a folder that already exists, subfolders included: the generated corpus
// (`/tmp/casebook-bench-10000/casebook/content/cases` after `--scan-only --keep 10000`) or `Tests/Evaluation`, whose cases
// are written like real ones — dense with names, dates and numbers — where the rules do far more work per byte.
//
// Each case is ~4 KB of Markdown (headings, paragraphs, a list, a table, links) with front matter
// naming 2–5 of 200 tags. Both tools get the same Markdown and equivalent minimal templates (a case
// page, a page per tag, a tag list, a home page listing every case, a sitemap; casebook also writes
// its collection index, 404 page and Atom feed). Each build runs in a fresh process; wall time is the
// median of the runs after one warm-up, peak memory is the largest resident set of any run (wait4).

struct Measurement {
    var seconds: Double
    var peakMegabytes: Double
}

let arguments = Array(CommandLine.arguments.dropFirst())
var runs = 3
var keep = false
var scanOnly = false
var scanFolder: String?
var counts: [Int] = []
var casebook = ".build/release/casebook"
var index = 0
while index < arguments.count {
    switch arguments[index] {
    case "--runs": index += 1; runs = Int(arguments[index]) ?? 3
    case "--keep": keep = true
    case "--scan-only": scanOnly = true
    case "--scan": index += 1; scanFolder = arguments[index]
    case "--casebook": index += 1; casebook = arguments[index]
    default: if let count = Int(arguments[index]) { counts.append(count) }
    }
    index += 1
}
if counts.isEmpty { counts = [1_000, 10_000] }

func which(_ tool: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(folder)/\(tool)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// Runs a command in a fresh process and returns its wall time and peak resident memory.
func measure(_ command: [String]) -> Measurement {
    var pid: pid_t = 0
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = DispatchTime.now()
    guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else {
        fatalError("cannot start \(command[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if status != 0 { fatalError("\(command.joined(separator: " ")) failed with status \(status)") }
    return Measurement(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024)
}

func benchmark(_ command: [String], runs: Int) -> Measurement {
    _ = measure(command)  // warm-up: file cache, first-run costs
    let samples = (0..<runs).map { _ in measure(command) }
    let wall = samples.map(\.seconds).sorted()[samples.count / 2]
    return Measurement(seconds: wall, peakMegabytes: samples.map(\.peakMegabytes).max()!)
}

/// A small deterministic generator, so every run benchmarks the same files.
struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

let words = """
    patient presented with acute onset chest pain radiating to the left arm associated with diaphoresis and nausea \
    examination revealed tachycardia hypotension and reduced air entry on the right side of the chest the trachea \
    was deviated laboratory results showed raised inflammatory markers with normal renal function imaging confirmed \
    the working diagnosis and management followed current guidance with early senior review and close monitoring
    """.split(separator: " ").map(String.init)
let tags = (0..<200).map { "tag-\($0)" }

func paragraph(_ random: inout Generator, words count: Int) -> String {
    var sentence = (0..<count).map { _ in words[random.next(words.count)] }.joined(separator: " ")
    sentence = sentence.prefix(1).uppercased() + sentence.dropFirst()
    return sentence + "."
}

func body(_ number: Int, _ random: inout Generator) -> String {
    var text = "## Presentation\n\n\(paragraph(&random, words: 90))\n\n\(paragraph(&random, words: 70))\n\n"
    text += "## Investigations\n\n| Test | Result | Reference range |\n|---|---|---|\n"
    text += "| Haemoglobin | \(100 + random.next(60)) g/L | 130–170 g/L |\n| White cells | \(4 + random.next(15)) ×10⁹/L | 4–11 ×10⁹/L |\n| CRP | \(random.next(200)) mg/L | < 5 mg/L |\n\n"
    text += "## Management\n\n- \(paragraph(&random, words: 12))\n- \(paragraph(&random, words: 10))\n- \(paragraph(&random, words: 14))\n\n"
    text += "\(paragraph(&random, words: 80)) See [the guideline](https://www.nice.org.uk/guidance/ng\(number % 250)) and [a related case](../case-\(number / 2)/).\n\n"
    text += "## Learning points\n\n1. \(paragraph(&random, words: 16))\n2. \(paragraph(&random, words: 16))\n\n\(paragraph(&random, words: 60))\n"
    return text
}

func write(_ text: String, to path: String) {
    try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// Writes the same cases as a casebook collection and as a Hugo site.
func generate(count: Int, casebookRoot: String, hugoRoot: String) -> Int {
    var random = Generator()
    var bytes = 0
    write("title: Benchmark\nbase_url: https://bench.example.org/\n", to: casebookRoot + "/casebook.yml")
    for number in 0..<count {
        let chosen = Array(Set((0..<(2 + random.next(4))).map { _ in tags[random.next(tags.count)] })).sorted()
        let title = "Case \(number): \(paragraph(&random, words: 6).dropLast())"
        let summary = paragraph(&random, words: 20)
        let published = String(format: "20%02d-%02d-%02d", 20 + random.next(6), 1 + random.next(12), 1 + random.next(28))
        let markdown = body(number, &random)
        let casebookCase = "---\ntitle: \"\(title)\"\nsummary: \"\(summary)\"\ntags: [\(chosen.joined(separator: ", "))]\npublished: \(published)\n---\n\(markdown)"
        bytes += casebookCase.utf8.count
        write(casebookCase, to: "\(casebookRoot)/content/cases/case-\(number).md")
        let hugoCase = "---\ntitle: \"\(title)\"\nsummary: \"\(summary)\"\ntags: [\(chosen.joined(separator: ", "))]\ndate: \(published)\n---\n\(markdown)"
        write(hugoCase, to: "\(hugoRoot)/content/cases/case-\(number).md")
    }
    // Minimal, equivalent templates for both.
    let layout = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{page.title}}</title></head><body>{{$main}}{{/main}}</body></html>"
    write(layout, to: casebookRoot + "/Templates/layout.mustache")
    write("{{<layout}}{{$main}}{{#case}}<h1>{{title}}</h1><p>{{summary}}</p><ul>{{#tags}}<li><a href=\"{{root}}{{path}}\">{{name}}</a></li>{{/tags}}</ul>{{{body}}}{{/case}}{{/main}}{{/layout}}", to: casebookRoot + "/Templates/case.mustache")
    write("{{<layout}}{{$main}}<h1>{{tag}}</h1><ul>{{#cases}}<li><a href=\"{{root}}{{path}}\">{{title}}</a></li>{{/cases}}</ul>{{/main}}{{/layout}}", to: casebookRoot + "/Templates/tag.mustache")
    write("{{<layout}}{{$main}}<ul>{{#tags}}<li><a href=\"{{root}}{{path}}\">{{name}}</a></li>{{/tags}}</ul>{{/main}}{{/layout}}", to: casebookRoot + "/Templates/tags.mustache")
    write("{{<layout}}{{$main}}<ul>{{#latest}}<li><a href=\"{{root}}{{path}}\">{{title}}</a></li>{{/latest}}</ul>{{/main}}{{/layout}}", to: casebookRoot + "/Templates/home.mustache")
    write("{{<layout}}{{$main}}{{/main}}{{/layout}}", to: casebookRoot + "/Templates/collection.mustache")
    write("{{<layout}}{{$main}}{{/main}}{{/layout}}", to: casebookRoot + "/Templates/collections.mustache")
    write("{{<layout}}{{$main}}<h1>Not found</h1>{{/main}}{{/layout}}", to: casebookRoot + "/Templates/404.mustache")

    write("baseURL = 'https://bench.example.org/'\ntitle = 'Benchmark'\ndisableKinds = ['RSS']\n", to: hugoRoot + "/config.toml")
    let head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body>"
    write(head + "<h1>{{ .Title }}</h1><p>{{ .Summary }}</p><ul>{{ range .Params.tags }}<li><a href=\"{{ \"tags/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ul>{{ .Content }}</body></html>", to: hugoRoot + "/layouts/_default/single.html")
    write(head + "<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>", to: hugoRoot + "/layouts/_default/list.html")
    write(head + "<ul>{{ range .Site.RegularPages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>", to: hugoRoot + "/layouts/index.html")
    return bytes
}

/// All privacy rules over every case file, one thread, in memory: the scanners' own speed; nil when the folder holds no
/// case files (nothing to time is an error, not "-nan MB/s").
func scanSpeed(of folder: String) -> String? {
    // Every .md file under the folder, subfolders included (`--scan Tests/Evaluation`: the evaluation sets, written like real
    // cases), except READMEs.
    let files = (FileManager.default.subpaths(atPath: folder) ?? [])
        .filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }.sorted()
    let texts = files.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    guard !texts.isEmpty else { return nil }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let rules = Registry.all.filter { $0.description.id.family == "privacy" }
    var found = 0
    // Build the embedded word lists first: a one-off start-up cost, not scanning speed.
    let warmUp = DispatchTime.now()
    Registry.loadWordLists()
    for rule in rules { _ = rule.matches(in: ScanDocument(text: "Mr John Example, 93, lives at 12 Rowan Street, Sometown. Dr Ngozi Eze said \"Bo\" had Parkinson disease.")) }
    let startUp = Double(DispatchTime.now().uptimeNanoseconds - warmUp.uptimeNanoseconds) / 1e9
    var perRule: [String: Double] = [:]
    var tokenSeconds = 0.0
    // One document at a time, as a build checks them: prepare it (zones, tokens), run every rule, drop it.
    // The lines of each file are found when it is loaded, before checking: not part of the scan.
    let sources = texts.map { SourceText(path: "case.md", text: $0) }
    for source in sources {
        let tokenStart = DispatchTime.now()
        let document = ScanDocument(source: source)
        tokenSeconds += Double(DispatchTime.now().uptimeNanoseconds - tokenStart.uptimeNanoseconds) / 1e9
        for rule in rules {
            let ruleStart = DispatchTime.now()
            found += Checker.matches(of: rule, in: document).count
            perRule[rule.description.id.rawValue, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - ruleStart.uptimeNanoseconds) / 1e9
        }
    }
    let seconds = tokenSeconds + perRule.values.reduce(0, +)
    if ProcessInfo.processInfo.environment["CASEBOOK_BENCH_RULES"] != nil {
        print(String(format: "         zones and tokens: %.3f s", tokenSeconds))
        for (rule, time) in perRule.sorted(by: { $0.value > $1.value }) { print(String(format: "         %@ %.3f s", rule, time)) }
    }
    return String(format: "         privacy rules, one thread: %.1f MB in %.2f s = %.0f MB/s (%d findings; word lists loaded once in %.2f s)",
                  Double(bytes) / 1_048_576, seconds, Double(bytes) / 1_048_576 / seconds, found, startUp)
}

/// The scan's report for a folder, or an error and exit status 2 when it holds no case files.
func reportScanSpeed(of folder: String) {
    guard let report = scanSpeed(of: folder) else {
        FileHandle.standardError.write(Data("casebook-bench: no .md case files in \(folder) (generate a corpus with --scan-only --keep N)\n".utf8))
        exit(2)
    }
    print(report)
}

if let scanFolder {
    reportScanSpeed(of: scanFolder)
    exit(0)
}
let hugo = which("hugo")
print("casebook-bench: \(runs) runs after a warm-up; \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("cases    source MB  tool       wall s   peak RSS MB")
for count in counts {
    let root = FileManager.default.temporaryDirectory.path + "/casebook-bench-\(count)"
    try? FileManager.default.removeItem(atPath: root)
    let bytes = generate(count: count, casebookRoot: root + "/casebook", hugoRoot: root + "/hugo")
    let source = String(format: "%9.1f", Double(bytes) / 1_048_576)
    if scanOnly {
        reportScanSpeed(of: root + "/casebook/content/cases")
        if !keep { try? FileManager.default.removeItem(atPath: root) }
        continue
    }
    let ours = benchmark([casebook, "build", "--quiet", "--source", root + "/casebook", "--output", root + "/casebook-site"], runs: runs)
    print(String(format: "%-8d %@  casebook %8.2f %13.0f", count, source, ours.seconds, ours.peakMegabytes))
    if let hugo {
        let theirs = benchmark([hugo, "--quiet", "--source", root + "/hugo", "--destination", root + "/hugo-site"], runs: runs)
        print(String(format: "%-8d %@  hugo     %8.2f %13.0f", count, source, theirs.seconds, theirs.peakMegabytes))
        print(String(format: "         casebook/hugo wall-time ratio: %.2f", ours.seconds / theirs.seconds))
    } else {
        print("         (hugo is not installed: apt-get install hugo to compare)")
    }
    reportScanSpeed(of: root + "/casebook/content/cases")
    if !keep { try? FileManager.default.removeItem(atPath: root) }
}
