import CEL
import CELSyntax
import Diagnostics

/// The analysis of a policy's conditions as formulas over the project's fields: whether a
/// condition can ever be true (for `screener lint`), and what would lift a rule that fired
/// (for `check --explain`).
///
/// Built on request, never while screening: it reads the checked expressions of the compiled
/// rules and facts (facts inlined, `params` and `lists` folded; see ``FormulaBuilder``).
public struct ConditionAnalysis: Sendable {
    let policy: CompiledPolicy
    let builder: FormulaBuilder

    /// The most combinations of field values ``constantOutcome(of:)`` tries before it answers
    /// "depends" (nil).
    static let maxCombinations = 100_000

    /// An analysis of a compiled policy.
    public init(policy: CompiledPolicy) {
        self.policy = policy
        self.builder = FormulaBuilder(policy: policy)
    }

    /// Whether the rule's `when` is the same for every value the schema allows: true when it is
    /// always true, false when it can never be true, nil when it depends on the project (or the
    /// analysis cannot tell, e.g. through a function call or too many fields).
    ///
    /// Fields are taken as present, each with any value its schema type, enum values and
    /// bounds allow; tests other than comparisons of one field with constants are unknown.
    public func constantOutcome(of rule: Rule) -> Bool? {
        compiled(rule).flatMap { constantOutcome(builder.formula($0.when)) }
    }

    /// As ``constantOutcome(of:)``, for the rule's `unless` (nil as well when it has none).
    public func constantOutcome(ofUnless rule: Rule) -> Bool? {
        compiled(rule)?.unless.flatMap { constantOutcome(builder.formula($0.parsed.root)) }
    }

    /// As ``constantOutcome(of:)``, for a boolean expression over the policy's names; the
    /// diagnostics of an expression that does not parse or check.
    public func constantOutcome(ofExpression source: ExpressionSource) -> Result<Bool?, CompileFailure> {
        policy.environment.compile(source).map { constantOutcome(builder.formula($0.parsed.root)) }
    }

    /// The compiled form of a rule of this policy.
    func compiled(_ rule: Rule) -> CompiledRule? {
        policy.rules.first { $0.rule.id == rule.id }
    }

    /// The formula under which a rule fires: its `when`, and not its `unless` (built by
    /// `builder`, the policy's own unless specialised to a record).
    func firingFormula(_ rule: CompiledRule, builder: FormulaBuilder? = nil) -> Formula {
        let builder = builder ?? self.builder
        let when = builder.formula(rule.when)
        guard let unless = rule.unless else { return when }
        return .and([when, .not(builder.formula(unless.parsed.root))])
    }

    /// The formula's value if it is the same on every combination of its variables' regions.
    func constantOutcome(_ formula: Formula) -> Bool? {
        let atoms = formula.atoms
        let domains = formula.variables.map { variable in
            VariableDomain(variable, tests: atoms.filter { $0.0 == variable }.map(\.1), schema: policy.schema)
        }
        var combinations = 1
        for domain in domains {
            guard !domain.regions.isEmpty else { return false }
            combinations = combinations.multipliedReportingOverflow(by: domain.regions.count).partialValue
            guard combinations <= Self.maxCombinations else { return nil }
        }
        var choice = Array(repeating: 0, count: domains.count)
        var index: [Variable: Int] = [:]
        for (position, domain) in domains.enumerated() { index[domain.variable] = position }
        var seen: Bool? = nil
        while true {
            let value = formula.evaluate { variable in
                index[variable].map { domains[$0].regions[choice[$0]].sample }
            }
            guard let value, seen == nil || seen == value else { return nil }
            seen = value
            var position = 0
            while position < choice.count {
                choice[position] += 1
                if choice[position] < domains[position].regions.count { break }
                choice[position] = 0
                position += 1
            }
            if position == choice.count { return seen }
        }
    }
}
