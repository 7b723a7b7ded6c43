import CasebookModel

/// A check over one case. The privacy and guideline rules plug in here (see PRODUCT.md, "Rule ids").
public protocol Rule: Sendable {
    var id: RuleID { get }
    func check(_ teachingCase: TeachingCase) -> [Finding]
}

/// The check stage: runs every rule over every case, on all cores, and returns the findings sorted.
public enum Checker {
    public static func check(_ archive: CaseArchive, rules: [any Rule]) -> [Finding] {
        guard !rules.isEmpty else { return [] }
        let perCase = archive.cases.concurrentMap { teachingCase in rules.flatMap { $0.check(teachingCase) } }
        return perCase.flatMap { $0 }.sorted()
    }
}
