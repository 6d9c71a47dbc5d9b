import CEL
import Diagnostics

/// The parts of JSON results that are the same for every project, written once per policy and
/// language: each rule's identity, message text, value keys and part heads, and the policy
/// object.
public final class JSONFragments: Sendable {
    /// What is written once for each rule (by its position). A class, so that handing one to
    /// the writer costs one reference count, not one per array.
    final class RuleFragments: Sendable {
        /// `{"rule":…,"effect":…,"clause":…,"quote":…,"title":…,"message":`.
        let head: [UInt8]
        /// `{"rule":…,"clause":…,"message":`, the head of the rule's entry in `conditions`.
        let conditionHead: [UInt8]
        /// The message in the fragments' language: literal pieces already escaped, and holes.
        let message: [MessagePiece]
        /// Each project field its conditions read, with `"project.field":`.
        let valueKeys: [(path: String, position: Int, key: [UInt8])]
        /// `{"expr":…,"value":` for each part of its structured condition, with the part, or
        /// nil for a part whose value is `true` whenever the rule fires.
        let parts: [(head: [UInt8], program: Program?)]

        init(head: [UInt8], conditionHead: [UInt8], message: [MessagePiece],
             valueKeys: [(path: String, position: Int, key: [UInt8])], parts: [(head: [UInt8], program: Program?)]) {
            self.head = head
            self.conditionHead = conditionHead
            self.message = message
            self.valueKeys = valueKeys
            self.parts = parts
        }
    }

    /// A piece of a message: text escaped for a JSON string, or a hole to evaluate.
    enum MessagePiece: Sendable {
        case escaped([UInt8])
        case hole(Program)
    }

    let rules: [RuleFragments]
    /// `"policy":{"id":…,"version":…,"digest":…}`.
    let policy: [UInt8]
    /// The language the fragments are written in.
    public let language: Language
    /// The digest of the policy they were written for.
    let policyDigest: String

    /// Writes the fragments of a compiled policy.
    public init(policy compiled: CompiledPolicy, language: Language) {
        self.language = language
        self.policyDigest = compiled.identity.digest
        rules = compiled.rules.map { Self.fragments(of: $0, language: language) }
        var w = JSONWriter()
        JSONReport.writePolicy(compiled.identity, into: &w)
        policy = w.bytes
    }

    private static func fragments(of compiled: CompiledRule, language: Language) -> RuleFragments {
        let rule = compiled.rule
        var head = JSONWriter()
        head.byte(UInt8(ascii: "{"))
        head.key("rule", first: true)
        head.string(rule.id)
        head.key("effect")
        head.string(rule.effect.rawValue)
        head.key("clause")
        head.string(rule.cite.clause)
        if let quote = rule.cite.quote {
            head.key("quote")
            head.string(quote)
        }
        head.key("title")
        head.string(rule.title.text(language))
        head.key("message")
        var condition = JSONWriter()
        condition.byte(UInt8(ascii: "{"))
        condition.key("rule", first: true)
        condition.string(rule.id)
        condition.key("clause")
        condition.string(rule.cite.clause)
        condition.key("message")
        let template = language == .vi ? compiled.messageVI : compiled.messageEN
        let message = template.parts.map { part -> MessagePiece in
            switch part {
            case .text(let text):
                var w = JSONWriter()
                w.escaped(text)
                return .escaped(w.bytes)
            case .hole(let program, _):
                return .hole(program)
            }
        }
        let valueKeys = compiled.fieldsRead.map { field in
            var w = JSONWriter()
            w.key(text: field.path, first: true)
            return (field.path, field.position, w.bytes)
        }
        let parts = zip(compiled.parts, compiled.when.partsTrueWhenFired).map { part, alwaysTrue in
            var w = JSONWriter()
            w.byte(UInt8(ascii: "{"))
            w.key("expr", first: true)
            w.string(part.text)
            w.key("value")
            return (w.bytes, alwaysTrue ? nil : part.program)
        }
        return RuleFragments(head: head.bytes, conditionHead: condition.bytes, message: message,
                             valueKeys: valueKeys, parts: parts)
    }

    /// The fragments of a reason's rule, when the reason comes from this policy.
    func rule(of reason: Reason) -> RuleFragments? {
        guard let index = reason.ruleIndex, index >= 0, index < rules.count else { return nil }
        return rules[index]
    }
}
