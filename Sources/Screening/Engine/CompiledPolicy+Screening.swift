import CEL
import Diagnostics

/// The outcome of one rule for one record.
enum RuleOutcome {
    case fired
    case notFired
    case undecided(Unknown)
    case failed(EvalError)
}

extension CompiledPolicy {
    /// Screens one project, with messages in every language.
    public func screen(_ record: ProjectRecord) -> ScreeningResult {
        screen(record, using: makeActivation())
    }

    /// Screens one project, reusing an activation made by ``makeActivation()``.
    ///
    /// Messages are rendered in `languages` only (the other language's text is left empty),
    /// so a batch writing one language does not pay for the other.
    public func screen(_ record: ProjectRecord, using activation: Activation, languages: Set<Language> = [.vi, .en])
        -> ScreeningResult
    {
        var outcome = ScreeningOutcome()
        evaluate(record, using: activation, into: &outcome)
        return result(of: outcome, record: record, activation: activation, languages: languages)
    }

    /// The result of an outcome that ``evaluate(_:using:into:)`` just gave for `record`, with
    /// the explanation read from `activation` (which must still hold that record).
    public func result(of outcome: ScreeningOutcome, record: ProjectRecord, activation: Activation,
                       languages: Set<Language> = [.vi, .en]) -> ScreeningResult {
        let wantVI = languages.contains(.vi)
        let wantEN = languages.contains(.en)
        let reasons = outcome.fired.map { reason(for: rules[$0], activation, record: record, vi: wantVI, en: wantEN) }
        let hints = outcome.undecided.compactMap { index, unknown -> Hint? in
            let rule = rules[index].rule
            guard rule.effect == .priority else { return nil }
            let fields = fieldNames(unknown)
            let labels = fields.map { schema.field($0)?.label ?? LocalizedText(verbatim: $0) }
            return Hint(rule: rule.id, title: rule.title, fields: fields, labels: labels, weight: rule.weight)
        }
        let missing = outcome.missing.map { field, rules in
            MissingField(field: field, label: schema.field(field)?.label ?? LocalizedText(verbatim: field), rules: rules)
        }
        let errors = outcome.failed.map { RuleError(rule: rules[$0.rule].rule.id, message: $0.error.message) }
        return ScreeningResult(
            id: resultID(of: record), verdict: outcome.verdict, priority: outcome.priority,
            score: outcome.score, reasons: reasons, missing: missing, hints: hints, errors: errors, policy: identity)
    }

    /// Whether the rule `id` applies to a record as screening would count it: it fires, fails,
    /// or (a decisive rule) is undecided; the other rules are not evaluated.
    func ruleApplies(_ id: String, to record: ProjectRecord, using activation: Activation) -> Bool {
        guard let rule = rules.first(where: { $0.rule.id == id }) else { return false }
        load(record, into: activation)
        switch outcome(of: rule, activation) {
        case .notFired: return false
        case .fired, .failed: return true
        case .undecided: return rule.rule.effect.isDecisive
        }
    }

    /// Puts the record's values (or their defaults or unknowns) in the project slots and
    /// computes the facts.
    func load(_ record: ProjectRecord, into activation: Activation) {
        activation.load(record.values, defaults: absentValues, at: projectBase)
        for fact in factSteps {
            activation[fact.slot] = fact.program._withUnsafeGuaranteedRef { $0.evaluate(activation) }
        }
    }

    func outcome(of rule: CompiledRule, _ activation: Activation) -> RuleOutcome {
        steps[rule.index].outcome(activation)
    }

    /// The fields an unknown depends on: `project.x` is field `x`; other attributes keep their names.
    func fieldNames(_ unknown: Unknown) -> [String] {
        unknown.attributes.map { field(ofAttribute: $0).name }
    }

    /// The field an attribute of an unknown names, with its schema position (`Int.max` for
    /// a name the schema does not have).
    func field(ofAttribute attribute: String) -> (name: String, position: Int) {
        if let field = fieldOfAttribute[attribute] { return field }
        let name = attribute.hasPrefix("project.") ? String(attribute.dropFirst("project.".count)) : attribute
        return (name, fieldOrder[name] ?? .max)
    }

    static func effectRank(_ effect: Effect) -> Int {
        switch effect {
        case .reject: return 0
        case .review: return 1
        case .condition: return 2
        case .priority: return 3
        case .note: return 4
        }
    }
}
