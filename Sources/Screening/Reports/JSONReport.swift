import CEL
import Diagnostics

/// The JSON form of a screening result, with the stable keys of SPEC §4.
public enum JSONReport {
    /// One result as a JSON object on one line; messages and titles in `language`.
    public static func render(_ result: ScreeningResult, language: Language) -> String {
        var writer = JSONWriter()
        write(result, language: language, into: &writer)
        return writer.text
    }

    /// Appends one result as a JSON object to a writer; `fragments` (written for the same
    /// policy and language) saves rewriting what every result shares.
    public static func write(
        _ result: ScreeningResult, language: Language, into w: inout JSONWriter, fragments: JSONFragments? = nil
    ) {
        head(id: result.id, verdict: result.verdict, priority: result.priority, score: result.score, into: &w)
        w.key("reasons")
        w.array(result.reasons) { reason($0, language, &$1, fragments: fragments) }
        w.key("conditions")
        w.array(result.conditions) { reason, w in
            conditionHead(rule: reason.rule, clause: reason.clause, into: &w)
            w.string(reason.message.text(language))
            w.byte(UInt8(ascii: "}"))
        }
        w.key("missing")
        w.array(result.missing) { missing($0.field, rules: $0.rules, into: &$1) }
        w.key("hints")
        w.array(result.hints) { hint, w in
            JSONReport.hint(rule: hint.rule, fields: hint.fields, weight: hint.weight, title: hint.title.text(language),
                            language: language, into: &w) { index in
                index < hint.labels.count ? hint.labels[index].text(language) : hint.fields[index]
            }
        }
        if !result.errors.isEmpty {
            w.key("errors")
            w.array(result.errors) { ruleError(rule: $0.rule, message: $0.message.text(language), into: &$1) }
        }
        if !result.recordErrors.isEmpty {
            w.key("errors")
            w.array(result.recordErrors) { problem, w in
                w.byte(UInt8(ascii: "{"))
                if let location = problem.location {
                    w.key("row", first: true)
                    w.integer(location.line)
                    w.key("column")
                    w.integer(location.column)
                    w.key("code")
                } else {
                    w.key("code", first: true)
                }
                w.string(problem.code)
                w.key("message")
                w.string(problem.message.text(language))
                w.byte(UInt8(ascii: "}"))
            }
        }
        w.byte(UInt8(ascii: ","))
        if let fragments, fragments.policyDigest == result.policy.digest {
            w.raw(fragments.bytes(fragments.policy))
        } else {
            writePolicy(result.policy, into: &w)
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends `"policy":{"id":…,"version":…,"digest":…}`.
    static func writePolicy(_ policy: PolicyIdentity, into w: inout JSONWriter) {
        w.key("policy", first: true)
        w.byte(UInt8(ascii: "{"))
        w.key("id", first: true)
        w.string(policy.id)
        w.key("version")
        w.string(policy.version)
        w.key("digest")
        w.string(policy.digest)
        w.byte(UInt8(ascii: "}"))
    }

    static func reason(_ reason: Reason, _ language: Language, _ w: inout JSONWriter, fragments: JSONFragments? = nil) {
        let cached = fragments?.language == language ? fragments?.rule(of: reason) : nil
        if let cached, let fragments {
            w.raw(fragments.bytes(cached.head))
        } else {
            reasonHead(rule: reason.rule, effect: reason.effect, clause: reason.clause, quote: reason.quote,
                       title: reason.title.text(language), into: &w)
        }
        w.string(reason.message.text(language))
        w.key("values")
        w.byte(UInt8(ascii: "{"))
        var cursor = 0
        for (index, entry) in reason.values.enumerated() {
            if index > 0 { w.byte(UInt8(ascii: ",")) }
            // The values follow the rule's fields in order, some left out: find the next key.
            if let cached, let fragments,
               let found = fragments.valuePaths[cached.valueKeys][(cached.valueKeys.lowerBound + cursor)...]
                   .firstIndex(of: entry.0) {
                w.raw(fragments.bytes(fragments.valueKeys[found].key))
                cursor = found + 1 - cached.valueKeys.lowerBound
            } else {
                w.key(text: entry.0, first: true)
            }
            entry.1.writeJSON(into: &w)
        }
        w.byte(UInt8(ascii: "}"))
        if reason.effect == .priority { weight(reason.weight, into: &w) }
        if !reason.parts.isEmpty {
            w.key("parts")
            let heads = cached?.parts.count == reason.parts.count ? cached?.parts : nil
            let partHeads = fragments?.parts
            var index = 0
            w.array(reason.parts) { part, w in
                if let heads, let fragments, let partHeads {
                    w.raw(fragments.bytes(partHeads[heads.lowerBound + index].head))
                } else {
                    w.byte(UInt8(ascii: "{"))
                    w.key("expr", first: true)
                    w.string(part.0)
                    w.key("value")
                }
                part.1.writeJSON(into: &w)
                w.byte(UInt8(ascii: "}"))
                index += 1
            }
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends `{"rule":…,"effect":…,"clause":…,"quote":…,"title":…,"message":`, the start of a reason.
    static func reasonHead(rule: String, effect: Effect, clause: String, quote: String?, title: String,
                           into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("rule", first: true)
        w.string(rule)
        w.key("effect")
        w.string(effect.rawValue)
        w.key("clause")
        w.string(clause)
        if let quote {
            w.key("quote")
            w.string(quote)
        }
        w.key("title")
        w.string(title)
        w.key("message")
    }

    /// Appends `{"rule":…,"clause":…,"message":`, the start of an entry in `conditions`.
    static func conditionHead(rule: String, clause: String, into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("rule", first: true)
        w.string(rule)
        w.key("clause")
        w.string(clause)
        w.key("message")
    }

    /// Appends `{"id":…,"verdict":…,"priority":…,"score":…`, the start of every result.
    static func head(id: String, verdict: Verdict, priority: Bool, score: Int, into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("id", first: true)
        w.string(id)
        w.literal(verdictAndPriority(verdict, priority))
        w.integer(score)
    }

    /// `,"verdict":"V","priority":P,"score":`, the keys of ``head(id:verdict:priority:score:into:)``
    /// between the id and the score.
    private static func verdictAndPriority(_ verdict: Verdict, _ priority: Bool) -> StaticString {
        switch (verdict, priority) {
        case (.reject, false): return #","verdict":"reject","priority":false,"score":"#
        case (.reject, true): return #","verdict":"reject","priority":true,"score":"#
        case (.needsInfo, false): return #","verdict":"needs_info","priority":false,"score":"#
        case (.needsInfo, true): return #","verdict":"needs_info","priority":true,"score":"#
        case (.review, false): return #","verdict":"review","priority":false,"score":"#
        case (.review, true): return #","verdict":"review","priority":true,"score":"#
        case (.conditional, false): return #","verdict":"conditional","priority":false,"score":"#
        case (.conditional, true): return #","verdict":"conditional","priority":true,"score":"#
        case (.approve, false): return #","verdict":"approve","priority":false,"score":"#
        case (.approve, true): return #","verdict":"approve","priority":true,"score":"#
        case (.error, false): return #","verdict":"error","priority":false,"score":"#
        case (.error, true): return #","verdict":"error","priority":true,"score":"#
        }
    }

    /// Appends `,"weight":N`.
    static func weight(_ weight: Int, into w: inout JSONWriter) {
        w.key("weight")
        w.integer(weight)
    }

    /// Appends one entry of `missing`: a field with the rules that need it.
    static func missing(_ field: String, rules: [String], into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("field", first: true)
        w.string(field)
        w.key("rules")
        w.array(rules) { $1.string($0) }
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends one entry of `errors`: a rule that could not be evaluated.
    static func ruleError(rule: String, message: String, into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("rule", first: true)
        w.string(rule)
        w.key("message")
        w.string(message)
        w.byte(UInt8(ascii: "}"))
    }

    /// Appends one entry of `hints`: the priority rule, the fields to provide (`label` gives
    /// each one's label), its weight and a message that says so.
    static func hint(rule: String, fields: [String], weight: Int, title: String, language: Language,
                     into w: inout JSONWriter, label: (Int) -> String) {
        w.byte(UInt8(ascii: "{"))
        w.key("rule", first: true)
        w.string(rule)
        w.key("fields")
        w.array(fields) { $1.string($0) }
        w.key("weight")
        w.integer(weight)
        w.key("message")
        // "Bổ sung thông tin “A”, “B” để được xét ưu tiên “T” (+N điểm)", written piece by piece.
        let vi = language == .vi
        w.byte(UInt8(ascii: "\""))
        w.escaped(vi ? "Bổ sung thông tin " : "Provide ")
        for index in fields.indices {
            if index > 0 { w.escaped(", ") }
            w.escaped("“")
            w.escaped(label(index))
            w.escaped("”")
        }
        w.escaped(vi ? " để được xét ưu tiên “" : " to claim the priority “")
        w.escaped(title)
        w.escaped("” (+")
        w.escaped(String(weight))
        w.escaped(vi ? " điểm)" : " points)")
        w.byte(UInt8(ascii: "\""))
        w.byte(UInt8(ascii: "}"))
    }
}
