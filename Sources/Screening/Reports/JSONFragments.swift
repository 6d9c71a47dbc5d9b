import CEL
import Diagnostics

/// The parts of JSON results that are the same for every project, written once per policy and
/// language: each rule's identity at the head of its reasons, and the policy object.
public final class JSONFragments: Sendable {
    /// For each rule (by its position): `{"rule":…,"effect":…,"clause":…,"quote":…,"title":…,"message":`.
    let reasonHeads: [[UInt8]]
    /// For each rule: each project field its conditions read, with `"project.field":`.
    let valueKeys: [[(path: String, key: [UInt8])]]
    /// For each rule: `{"expr":…,"value":` for each part of its structured condition.
    let partHeads: [[[UInt8]]]
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
        reasonHeads = compiled.rules.map { rule in
            var w = JSONWriter()
            w.byte(UInt8(ascii: "{"))
            w.key("rule", first: true)
            w.string(rule.rule.id)
            w.key("effect")
            w.string(rule.rule.effect.rawValue)
            w.key("clause")
            w.string(rule.rule.cite.clause)
            if let quote = rule.rule.cite.quote {
                w.key("quote")
                w.string(quote)
            }
            w.key("title")
            w.string(rule.rule.title.text(language))
            w.key("message")
            return w.bytes
        }
        valueKeys = compiled.rules.map { rule in
            rule.fieldsRead.map { field in
                var w = JSONWriter()
                w.key(field.path, first: true)
                return (field.path, w.bytes)
            }
        }
        partHeads = compiled.rules.map { rule in
            rule.when.partTexts.map { text in
                var w = JSONWriter()
                w.byte(UInt8(ascii: "{"))
                w.key("expr", first: true)
                w.string(text)
                w.key("value")
                return w.bytes
            }
        }
        var w = JSONWriter()
        JSONReport.writePolicy(compiled.identity, into: &w)
        policy = w.bytes
    }

    /// The `"project.field":` keys of a reason's rule, when the reason comes from this policy.
    func valueKeys(of reason: Reason) -> [(path: String, key: [UInt8])]? {
        guard let index = reason.ruleIndex, index >= 0, index < valueKeys.count else { return nil }
        return valueKeys[index]
    }

    /// The heads of a reason's parts, when the reason comes from this policy and has them all.
    func partHeads(of reason: Reason) -> [[UInt8]]? {
        guard let index = reason.ruleIndex, index >= 0, index < partHeads.count,
            partHeads[index].count == reason.parts.count
        else { return nil }
        return partHeads[index]
    }

    /// The head of a reason's object, when the reason comes from this policy.
    func head(of reason: Reason) -> [UInt8]? {
        guard let index = reason.ruleIndex, index >= 0, index < reasonHeads.count else { return nil }
        return reasonHeads[index]
    }
}
