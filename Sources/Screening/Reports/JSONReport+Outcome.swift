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
        // The tables are read unchecked: fragments of another policy would read past them.
        precondition(fragments.compiled === policy, "JSON fragments written for another policy")
        let language = fragments.language
        head(id: policy.resultID(of: record), verdict: outcome.verdict, priority: outcome.priority,
             score: outcome.score, into: &w)
        // Where each reason's message was written, for its entry in `conditions` to repeat.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: outcome.fired.count) { messages in
            w.key("reasons")
            w.byte(UInt8(ascii: "["))
            for (position, index) in outcome.fired.enumerated() {
                if position > 0 { w.byte(UInt8(ascii: ",")) }
                let message = reason(of: policy.steps[index], fragments.rules[index], fragments, record, activation,
                                     language, &w)
                messages.initializeElement(at: position, to: message)
            }
            w.byte(UInt8(ascii: "]"))
            w.key("conditions")
            w.byte(UInt8(ascii: "["))
            var first = true
            for (position, index) in outcome.fired.enumerated() where policy.steps[index].effect == .condition {
                if !first { w.byte(UInt8(ascii: ",")) }
                first = false
                w.raw(fragments.bytes(fragments.rules[index].conditionHead))
                w.repeatBytes(in: messages[position])
                w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
        }
        w.key("missing")
        w.array(outcome.missing) {
            missing($0.field, rules: $0.rules, into: &$1)
        }
        w.key("hints")
        w.byte(UInt8(ascii: "["))
        var first = true
        for (index, unknown) in outcome.undecided where policy.steps[index].effect == .priority {
            if !first { w.byte(UInt8(ascii: ",")) }
            first = false
            hint(fragments.rules[index], unknown, fragments, &w)
        }
        w.byte(UInt8(ascii: "]"))
        if !outcome.failed.isEmpty {
            w.key("errors")
            w.array(outcome.failed) {
                ruleError(rule: policy.rules[$0.rule].rule.id, message: $0.error.message.text(language), into: &$1)
            }
        }
        w.byte(UInt8(ascii: ","))
        w.raw(fragments.bytes(fragments.policy))
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends a fired rule's reason: its head, message, the values the record gives for the
    /// fields it reads, its weight and the value of each part (not evaluated again where the
    /// rule's firing already says it is true). Returns where the message was written.
    private static func reason(
        of step: RuleStep, _ rule: JSONFragments.RuleFragments, _ fragments: JSONFragments, _ record: ProjectRecord,
        _ activation: Activation, _ language: Language, _ w: inout JSONWriter
    ) -> Range<Int> {
        w.raw(fragments.bytes(rule.head))
        let messageStart = w.count
        message(rule.message, fragments, activation, language, &w)
        let messageEnd = w.count
        w.key("values")
        w.byte(UInt8(ascii: "{"))
        var first = true
        record.values.withUnsafeBufferPointer { values in
            for key in fragments.valueKeys[rule.valueKeys] {
                // Only the project's own values: not unknowns, and not defaults it did not give.
                guard key.position < values.count, let value = values[key.position] else { continue }
                if !first { w.byte(UInt8(ascii: ",")) }
                first = false
                w.raw(fragments.bytes(key.key))
                value.writeJSON(into: &w)
            }
        }
        w.byte(UInt8(ascii: "}"))
        if step.effect == .priority { w.raw(fragments.bytes(rule.weight)) }
        if !rule.parts.isEmpty {
            w.key("parts")
            w.byte(UInt8(ascii: "["))
            for (index, part) in fragments.parts[rule.parts].enumerated() {
                if index > 0 { w.byte(UInt8(ascii: ",")) }
                w.raw(fragments.bytes(part.head))
                if let program = part.program {
                    program._withUnsafeGuaranteedRef { $0.evaluate(activation) }.writeJSON(into: &w)
                } else {
                    w.bool(true)
                }
                w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
        }
        w.byte(UInt8(ascii: "}"))
        return messageStart..<messageEnd
    }

    /// Appends a message as a JSON string: its escaped text, and each hole's value shown as
    /// ``MessageTemplate/render(_:language:)`` shows it.
    private static func message(
        _ cuts: Range<Int>, _ fragments: JSONFragments, _ activation: Activation, _ language: Language,
        _ w: inout JSONWriter
    ) {
        w.byte(UInt8(ascii: "\""))
        for cut in fragments.messageCuts[cuts] {
            w.raw(fragments.bytes(cut.literal))
            if let hole = cut.hole {
                ValueFormat.writeDisplay(hole._withUnsafeGuaranteedRef { $0.evaluate(activation) }, language: language,
                                         into: &w)
            }
        }
        w.byte(UInt8(ascii: "\""))
    }

    /// Appends an undecided priority rule's hint from its pieces and those of the fields it
    /// lacks: the same bytes as ``hint(rule:fields:weight:title:language:into:label:)``.
    private static func hint(
        _ rule: JSONFragments.RuleFragments, _ unknown: Unknown, _ fragments: JSONFragments, _ w: inout JSONWriter
    ) {
        let attributes = unknown.attributes
        withUnsafeTemporaryAllocation(of: JSONFragments.FieldPieces?.self, capacity: attributes.count) { fields in
            w.raw(fragments.bytes(rule.hintHead))
            for (index, attribute) in attributes.enumerated() {
                if index > 0 { w.byte(UInt8(ascii: ",")) }
                let field = fragments.fields[attribute]
                fields.initializeElement(at: index, to: field)
                if let field {
                    w.raw(fragments.bytes(field.name))
                } else {
                    w.raw(fragments.fieldPieces(ofAttribute: attribute).name)
                }
            }
            w.raw(fragments.bytes(rule.hintMiddle))
            for (index, attribute) in attributes.enumerated() {
                if index > 0 { w.literal(", ") }
                if let field = fields[index] {
                    w.raw(fragments.bytes(field.label))
                } else {
                    w.raw(fragments.fieldPieces(ofAttribute: attribute).label)
                }
            }
            w.raw(fragments.bytes(rule.hintTail))
        }
    }
}
