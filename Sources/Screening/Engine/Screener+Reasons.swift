import CEL
import Diagnostics

extension CompiledPolicy {
    /// The explanation of a fired rule: messages rendered with the project's values, the values
    /// its conditions read, and the value of each part of a structured condition.
    func reason(for rule: CompiledRule, _ activation: Activation, record: ProjectRecord) -> Reason {
        var values: [(String, Value)] = []
        for position in rule.fieldsRead {
            let value = activation[projectBase + position]
            if case .unknown = value { continue }
            values.append(("project.\(schema.fields[position].name)", value))
        }
        var parts: [(String, Value)] = []
        if case .expression = rule.when {} else {
            Self.collectParts(rule.when, activation, into: &parts)
        }
        return Reason(
            rule: rule.rule.id, effect: rule.rule.effect, clause: rule.rule.cite.clause, quote: rule.rule.cite.quote,
            title: rule.rule.title,
            message: LocalizedText(vi: rule.messageVI.render(activation), en: rule.messageEN.render(activation)),
            values: values, parts: parts, weight: rule.rule.weight)
    }

    private static func collectParts(_ condition: CompiledCondition, _ activation: Activation,
                                     into parts: inout [(String, Value)]) {
        switch condition {
        case .expression(let program, let text): parts.append((text, program.evaluate(activation)))
        case .all(let inner), .any(let inner): inner.forEach { collectParts($0, activation, into: &parts) }
        case .not(let inner): collectParts(inner, activation, into: &parts)
        }
    }
}
