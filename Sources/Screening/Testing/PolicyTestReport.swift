import Diagnostics
import Foundation

/// The text `screener test` prints: each failing case with expected against actual and the
/// traces of the rules involved, and the coverage of the rules and their parts.
public struct PolicyTestReport: Sendable {
    /// The language of the text.
    public let language: Language

    /// Creates a report in `language`.
    public init(language: Language) {
        self.language = language
    }

    /// A failing case: its name and place, each failed expectation, the missing fields, and the
    /// trace of every rule that fired, was undecided, or that an expectation names.
    public func failure(_ outcome: PolicyTestRunner.Outcome) -> String {
        var lines = ["FAIL  \(outcome.testCase.name)  (\(outcome.testCase.location))"]
        for failure in outcome.failures { lines.append("      " + failure.text(language)) }
        if !outcome.result.missing.isEmpty {
            lines.append("      " + language.pick("thiếu: ", "missing: ")
                + outcome.result.missing.map { "\($0.field) (\($0.rules.joined(separator: ", ")))" }.joined(separator: "; "))
        }
        let named = Set(outcome.failures.flatMap(\.rules))
        let traced = outcome.traces.filter { $0.outcome == .fired || $0.outcome == .undecided || named.contains($0.rule) }
        if !traced.isEmpty { lines.append("      " + language.pick("vết các quy tắc:", "rule traces:")) }
        for trace in traced {
            lines.append("        \(trace.rule) [\(trace.effect.rawValue)] \(outcomeWord(trace.outcome))")
            for part in trace.parts {
                let label = part.depth == 0 ? "when: " : String(part.path.split(separator: ".").last ?? "") + " "
                lines.append(String(repeating: "  ", count: part.depth + 5) + label + part.text + " = " + truthWord(part.truth))
            }
            if let unless = trace.unless {
                lines.append("          unless: \(unless.text) = \(truthWord(unless.truth))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Per rule: the cases it fired and did not fire in and its branches seen, with the parts
    /// never seen true or false; then the rule and branch figures.
    public func coverage(_ coverage: PolicyCoverage) -> String {
        coverageTable(coverage) + "\n" + coverageFigures(coverage)
    }

    /// The per-rule lines of ``coverage(_:)``.
    private func coverageTable(_ coverage: PolicyCoverage) -> String {
        let width = coverage.rules.map(\.rule.count).max() ?? 0
        var lines = [language.pick("Độ phủ trên \(coverage.cases) ca:", "Coverage over \(coverage.cases) cases:")]
        for rule in coverage.rules {
            var line = "  " + rule.rule.padding(toLength: width, withPad: " ", startingAt: 0)
                + language.pick("  áp dụng \(rule.fired), không áp dụng \(rule.notFired)",
                       "  fired \(rule.fired), not fired \(rule.notFired)")
            if !rule.parts.isEmpty { line += language.pick(", nhánh ", ", branches ") + "\(rule.branchesSeen)/\(2 * rule.parts.count)" }
            if rule.fired == 0 { line += language.pick("  ← chưa từng áp dụng", "  ← never fired") }
            else if rule.notFired == 0 { line += language.pick("  ← chưa thấy không áp dụng", "  ← never seen not firing") }
            lines.append(line)
            for part in rule.parts where !(part.seenTrue && part.seenFalse) {
                let never = !part.seenTrue && !part.seenFalse ? language.pick("chưa từng đúng hay sai", "never true or false")
                    : !part.seenTrue ? language.pick("chưa từng đúng", "never true") : language.pick("chưa từng sai", "never false")
                lines.append("      \(part.path) \(part.text): \(never)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The rule figure and the branch figure, one line each.
    public func coverageFigures(_ coverage: PolicyCoverage) -> String {
        let format = BatchStatisticsFormat(language: language)
        var lines: [String] = []
        let rules = coverage.ruleFigure
        let branches = coverage.branchFigure
        lines.append(language.pick("Quy tắc: ", "Rules: ") + "\(rules.covered)/\(rules.total) (\(format.percent(rules.covered, of: rules.total))) "
            + language.pick("đã áp dụng và đã thấy không áp dụng", "fired and seen not firing"))
        lines.append(language.pick("Nhánh: ", "Branches: ") + "\(branches.covered)/\(branches.total) (\(format.percent(branches.covered, of: branches.total))) "
            + language.pick("giá trị đúng/sai của các phần all/any đã gặp", "true/false values of all/any parts seen"))
        return lines.joined(separator: "\n")
    }

    private func outcomeWord(_ outcome: RuleTrace.Outcome) -> String {
        switch outcome {
        case .fired: return language.pick("áp dụng", "fired")
        case .notFired: return language.pick("không áp dụng", "not fired")
        case .undecided: return language.pick("chưa quyết định được (thiếu dữ liệu)", "undecided (missing data)")
        case .failed: return language.pick("lỗi khi tính", "evaluation error")
        }
    }

    private func truthWord(_ truth: Truth) -> String {
        switch truth {
        case .yes: return language.pick("đúng", "true")
        case .no: return language.pick("sai", "false")
        case .undecided: return language.pick("chưa rõ", "unknown")
        }
    }
}
