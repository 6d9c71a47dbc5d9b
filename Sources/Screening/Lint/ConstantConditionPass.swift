import CELSyntax
import Diagnostics

/// Finds conditions that do not depend on the project: a `when` that no value the schema
/// allows can make true (the rule never fires) or that every value makes true, and an
/// `unless` that always or never holds (``ConditionAnalysis/constantOutcome(of:)``).
enum ConstantConditionPass {
    /// The findings: one warning per constant `when` or `unless`, at the expression that
    /// makes it constant when one part alone does, else at the condition's start.
    static func run(_ context: LintContext) -> [Diagnostic] {
        let analysis = ConditionAnalysis(policy: context.compiled)
        var findings: [Diagnostic] = []
        for compiled in context.compiled.rules {
            let rule = compiled.rule
            if let outcome = analysis.constantOutcome(of: rule) {
                let place = constantPart(of: rule.when, outcome: outcome, analysis) ?? firstExpression(of: rule.when)
                findings.append(context.warning(
                    outcome ? "lint.always_true" : "lint.never_true", at: place?.location(ofUTF8Offset: 0) ?? rule.location,
                    message: outcome
                        ? LocalizedText(vi: "điều kiện `when` của quy tắc `\(rule.id)` luôn đúng với mọi giá trị lược đồ cho phép",
                                        en: "the `when` of rule `\(rule.id)` is true for every value the schema allows")
                        : LocalizedText(vi: "điều kiện `when` của quy tắc `\(rule.id)` không bao giờ đúng với các giá trị lược đồ cho phép",
                                        en: "the `when` of rule `\(rule.id)` can never be true for the values the schema allows"),
                    help: outcome
                        ? LocalizedText(vi: "quy tắc áp dụng cho mọi dự án; kiểm tra lại các ngưỡng",
                                        en: "the rule applies to every project; check its thresholds")
                        : LocalizedText(vi: "quy tắc không bao giờ áp dụng; kiểm tra các phép so sánh mâu thuẫn",
                                        en: "the rule never applies; look for contradictory comparisons")))
            }
            if let unless = rule.unless, let outcome = analysis.constantOutcome(ofUnless: rule) {
                findings.append(context.warning(
                    outcome ? "lint.unless_always_true" : "lint.unless_never_true", at: unless.location(ofUTF8Offset: 0),
                    message: outcome
                        ? LocalizedText(vi: "`unless` của quy tắc `\(rule.id)` luôn đúng, nên quy tắc không bao giờ áp dụng",
                                        en: "the `unless` of rule `\(rule.id)` always holds, so the rule never applies")
                        : LocalizedText(vi: "`unless` của quy tắc `\(rule.id)` không bao giờ đúng, nên không có tác dụng",
                                        en: "the `unless` of rule `\(rule.id)` never holds, so it has no effect")))
            }
        }
        return findings
    }

    /// The first expression of a structured condition that alone has the whole's outcome.
    private static func constantPart(of condition: Condition, outcome: Bool, _ analysis: ConditionAnalysis)
        -> ExpressionSource?
    {
        switch condition {
        case .expression(let source):
            guard case .success(let part) = analysis.constantOutcome(ofExpression: source), part == outcome else {
                return nil
            }
            return source
        case .all(let parts), .any(let parts):
            return parts.lazy.compactMap { constantPart(of: $0, outcome: outcome, analysis) }.first
        case .not(let inner):
            return constantPart(of: inner, outcome: !outcome, analysis)
        }
    }

    /// The first expression of a condition.
    private static func firstExpression(of condition: Condition) -> ExpressionSource? {
        switch condition {
        case .expression(let source): return source
        case .all(let parts), .any(let parts): return parts.lazy.compactMap(firstExpression).first
        case .not(let inner): return firstExpression(of: inner)
        }
    }
}
