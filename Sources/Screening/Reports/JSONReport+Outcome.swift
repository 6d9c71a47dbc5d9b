import CEL
import Diagnostics

extension JSONReport {
    /// Appends the JSON result of an outcome straight from the screening, in the fragments'
    /// language: the same bytes as writing ``CompiledPolicy/result(of:record:activation:languages:)``,
    /// without making the result first.
    ///
    /// `activation` must still hold `record`, as ``CompiledPolicy/evaluate(_:using:into:)``
    /// left it; `fragments` must be written for `policy`.
    public static func write(
        _ outcome: ScreeningOutcome, record: ProjectRecord, activation: Activation, policy: CompiledPolicy,
        fragments: JSONFragments, into w: inout JSONWriter
    ) {
        let language = fragments.language
        head(id: policy.resultID(of: record), verdict: outcome.verdict, priority: outcome.priority,
             score: outcome.score, into: &w)
        w.key("reasons")
        w.byte(UInt8(ascii: "["))
        for (position, index) in outcome.fired.enumerated() {
            if position > 0 { w.byte(UInt8(ascii: ",")) }
            reason(of: policy.rules[index], fragments.rules[index], record, activation, language, &w)
        }
        w.byte(UInt8(ascii: "]"))
        w.key("conditions")
        w.byte(UInt8(ascii: "["))
        var first = true
        for index in outcome.fired where policy.rules[index].rule.effect == .condition {
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            w.raw(fragments.rules[index].conditionHead)
            message(fragments.rules[index].message, activation, language, &w)
            w.byte(UInt8(ascii: "}"))
        }
        w.byte(UInt8(ascii: "]"))
        w.key("missing")
        w.array(outcome.missing) {
            missing($0.field, rules: $0.rules, into: &$1)
        }
        w.key("hints")
        w.byte(UInt8(ascii: "["))
        first = true
        for (index, unknown) in outcome.undecided where policy.rules[index].rule.effect == .priority {
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            let compiled = policy.rules[index]
            let fields = policy.fieldNames(unknown)
            hint(rule: compiled.rule.id, fields: fields, weight: compiled.rule.weight,
                 title: compiled.rule.title.text(language), language: language, into: &w) { position in
                policy.schema.field(fields[position])?.label.text(language) ?? fields[position]
            }
        }
        w.byte(UInt8(ascii: "]"))
        if !outcome.failed.isEmpty {
            w.key("errors")
            w.array(outcome.failed) {
                ruleError(rule: policy.rules[$0.rule].rule.id, message: $0.error.message.text(language), into: &$1)
            }
        }
        w.byte(UInt8(ascii: ","))
        w.raw(fragments.policy)
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends a fired rule's reason: its head, message, the values the record gives for the
    /// fields it reads, its weight and the value of each part (not evaluated again where the
    /// rule's firing already says it is true).
    private static func reason(
        of rule: CompiledRule, _ fragments: JSONFragments.RuleFragments, _ record: ProjectRecord,
        _ activation: Activation, _ language: Language, _ w: inout JSONWriter
    ) {
        w.raw(fragments.head)
        message(fragments.message, activation, language, &w)
        w.key("values")
        w.byte(UInt8(ascii: "{"))
        var first = true
        for (_, position, key) in fragments.valueKeys {
            // Only the project's own values: not unknowns, and not defaults it did not give.
            guard position < record.values.count, let value = record.values[position] else { continue }
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            w.raw(key)
            value.writeJSON(into: &w)
        }
        w.byte(UInt8(ascii: "}"))
        if rule.rule.effect == .priority { weight(rule.rule.weight, into: &w) }
        if !fragments.parts.isEmpty {
            w.key("parts")
            w.byte(UInt8(ascii: "["))
            for (index, part) in fragments.parts.enumerated() {
                if index > 0 { w.byte(UInt8(ascii: ",")) }
                w.raw(part.head)
                if let program = part.program {
                    program.evaluate(activation).writeJSON(into: &w)
                } else {
                    w.bool(true)
                }
                w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends a message as a JSON string: its escaped text, and each hole's value shown as
    /// ``MessageTemplate/render(_:language:)`` shows it.
    private static func message(
        _ pieces: [JSONFragments.MessagePiece], _ activation: Activation, _ language: Language, _ w: inout JSONWriter
    ) {
        w.byte(UInt8(ascii: "\""))
        for piece in pieces {
            switch piece {
            case .escaped(let bytes): w.raw(bytes)
            case .hole(let program): ValueFormat.writeDisplay(program.evaluate(activation), language: language, into: &w)
            }
        }
        w.byte(UInt8(ascii: "\""))
    }
}
