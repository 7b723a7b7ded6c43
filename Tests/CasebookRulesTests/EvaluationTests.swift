import CasebookTestSupport
import Foundation
import Testing

/// The privacy rules against the synthetic evaluation sets the rules were developed on
/// (Tests/Evaluation/dev and heldout; see Tests/Evaluation/README.md). These guard against
/// regressions; the independent measurement uses a set the rules were never tuned on.
@Suite struct EvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Evaluation").path

    @Test func developmentSetMeetsTheTargets() throws {
        let evaluation = try PrivacyEvaluation(folders: [Self.root + "/dev"])
        #expect(evaluation.planted >= 300)
        #expect(evaluation.cleanFiles >= 20)
        #expect(evaluation.recall >= 0.99, "missed: \(evaluation.misses)")
        #expect(evaluation.precision >= 0.95, "false alarms: \(evaluation.falseAlarms)")
        #expect(evaluation.cleanFlaggedLines <= 5, "false alarms: \(evaluation.falseAlarms)")
    }

    @Test func secondDevelopmentSetDoesNotRegress() throws {
        // Written as a held-out set and measured once blind (recall 0.799, precision 0.937); then used
        // for development. These floors are the figures reached on it, so a change cannot lose them.
        let evaluation = try PrivacyEvaluation(folders: [Self.root + "/heldout"])
        #expect(evaluation.recall >= 0.94, "missed: \(evaluation.misses)")
        #expect(evaluation.precision >= 0.99, "false alarms: \(evaluation.falseAlarms)")
        #expect(evaluation.cleanFlaggedLines <= 1, "false alarms: \(evaluation.falseAlarms)")
    }

    @Test func thirdDevelopmentSetDoesNotRegress() throws {
        // Written for the hardest categories (ages, initials, postcodes, places); 0.694 recall when first run.
        let evaluation = try PrivacyEvaluation(folders: [Self.root + "/dev3"])
        #expect(evaluation.recall >= 0.91, "missed: \(evaluation.misses)")
        #expect(evaluation.precision >= 0.99, "false alarms: \(evaluation.falseAlarms)")
        #expect(evaluation.cleanFlaggedLines == 0, "false alarms: \(evaluation.falseAlarms)")
    }
}
