import CEL

/// What batch statistics, duplicate checks and policy diffs read of a screening: the id,
/// verdict, score and the rules and fields involved, without the explanation's text.
public struct ScreeningSummary: Sendable {
    /// The record's id (its origin when it has none).
    public var id: String
    /// The verdict.
    public var verdict: Verdict
    /// The priority flag.
    public var priority: Bool
    /// The priority score.
    public var score: Int
    /// The rules that fired, by position in the policy.
    public var fired: RuleSet
    /// The decisive rules that could not be decided for missing data, by position.
    public var undecided: RuleSet
    /// The fields to provide, in the order of the result's `missing`.
    public var missingFields: [String]
    /// Whether some rule could not be evaluated.
    public var hasRuleErrors: Bool

    /// The summary of an outcome that `policy` just gave for `record`.
    public init(_ outcome: ScreeningOutcome, record: ProjectRecord, policy: CompiledPolicy) {
        id = policy.resultID(of: record)
        verdict = outcome.verdict
        priority = outcome.priority
        score = outcome.score
        var fired = RuleSet()
        for index in outcome.fired { fired.insert(index) }
        var undecided = RuleSet()
        for (index, _) in outcome.undecided where policy.steps[index].effect.isDecisive { undecided.insert(index) }
        self.fired = fired
        self.undecided = undecided
        missingFields = outcome.missing.map(\.field)
        hasRuleErrors = !outcome.failed.isEmpty
    }

    /// The summary of a result; `ruleIDs` (the policy's, in order) places its rules.
    public init(_ result: ScreeningResult, ruleIDs: [String]) {
        id = result.id
        verdict = result.verdict
        priority = result.priority
        score = result.score
        fired = RuleSet()
        for reason in result.reasons {
            if let position = reason.ruleIndex ?? ruleIDs.firstIndex(of: reason.rule) { fired.insert(position) }
        }
        undecided = RuleSet()
        for rule in result.missing.flatMap(\.rules) {
            if let position = ruleIDs.firstIndex(of: rule) { undecided.insert(position) }
        }
        missingFields = result.missing.map(\.field)
        hasRuleErrors = !result.errors.isEmpty
    }
}
