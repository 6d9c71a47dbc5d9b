import CELSyntax
import Diagnostics
import Foundation

/// Finds rules with the same condition as an earlier rule: the same `when` (whatever its
/// spacing, parentheses or all/any structure) and the same `unless`.
enum DuplicateConditionPass {
    /// The findings: one warning at each rule whose condition an earlier rule already has.
    static func run(_ context: LintContext) -> [Diagnostic] {
        var first: [String: Rule] = [:]
        var findings: [Diagnostic] = []
        for compiled in context.compiled.rules {
            let key = shape(compiled.whenProgram.parsed) + "unless\n" + (compiled.unless.map { shape($0.parsed) } ?? "")
            let rule = compiled.rule
            guard let earlier = first[key] else {
                first[key] = rule
                continue
            }
            let place = earlier.location.map { " (\($0))" } ?? ""
            findings.append(context.warning(
                "lint.duplicate_condition", at: rule.location,
                message: LocalizedText(vi: "quy tắc `\(rule.id)` có cùng điều kiện với quy tắc `\(earlier.id)`\(place)",
                                       en: "rule `\(rule.id)` has the same condition as rule `\(earlier.id)`\(place)"),
                help: LocalizedText(vi: "gộp hai quy tắc, hoặc sửa điều kiện của một trong hai",
                                    en: "merge the two rules, or change the condition of one")))
        }
        return findings
    }

    /// The expression's tree without node ids and offsets, so that only its structure counts.
    static func shape(_ parsed: ParsedExpr) -> String {
        dump(parsed).split(separator: "\n").map { line in
            line.replacingOccurrences(of: #" #\S+ @\S+$"#, with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
