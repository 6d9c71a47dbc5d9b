import CEL
import Diagnostics

extension CompiledPolicy {
    /// The explanation of a fired rule: messages rendered with the project's values, the values
    /// its conditions read (those the record gives), and the value of each part of a
    /// structured condition.
    func reason(for rule: CompiledRule, _ activation: Activation, record: ProjectRecord, vi: Bool, en: Bool) -> Reason {
        var values: [(String, Value)] = []
        values.reserveCapacity(rule.fieldsRead.count)
        for (path, position) in rule.fieldsRead {
            // Only the project's own values: not unknowns, and not defaults it did not give.
            guard position < record.values.count, let value = record.values[position] else { continue }
            values.append((path, value))
        }
        let parts = rule.parts.map { ($0.text, $0.program.evaluate(activation)) }
        return Reason(
            rule: rule.rule.id, effect: rule.rule.effect, clause: rule.rule.cite.clause, quote: rule.rule.cite.quote,
            title: rule.rule.title,
            message: LocalizedText(
                vi: vi ? rule.messageVI.render(activation, language: .vi) : "",
                en: en ? rule.messageEN.render(activation, language: .en) : ""),
            values: values, parts: parts, weight: rule.rule.weight, ruleIndex: rule.index)
    }
}
