import CEL
import Diagnostics
import Screening

/// `GET /v1/policy`: what a front end shows of the policy — its identity, parameters, and
/// rules with their titles and clauses — as JSON.
enum PolicyDocument {
    /// The document of a compiled policy, on one line.
    static func json(_ compiled: CompiledPolicy) -> String {
        let policy = compiled.policy
        var w = JSONWriter()
        w.byte(UInt8(ascii: "{"))
        w.key("id", first: true)
        w.string(policy.header.id)
        w.key("version")
        w.string(policy.header.version)
        w.key("digest")
        w.string(policy.digest)
        w.key("title")
        localized(policy.header.title, &w)
        if let source = policy.header.source {
            w.key("source")
            localized(source, &w)
        }
        w.key("parameters")
        w.array(policy.parameters) { parameter, w in
            w.byte(UInt8(ascii: "{"))
            w.key("name", first: true)
            w.string(parameter.name)
            w.key("value")
            parameter.value.writeJSON(into: &w)
            optional("unit", parameter.unit, &w)
            optional("source", parameter.source, &w)
            w.byte(UInt8(ascii: "}"))
        }
        w.key("rules")
        w.array(policy.rules) { rule, w in
            w.byte(UInt8(ascii: "{"))
            w.key("id", first: true)
            w.string(rule.id)
            w.key("effect")
            w.string(rule.effect.rawValue)
            w.key("title")
            localized(rule.title, &w)
            w.key("clause")
            w.string(rule.cite.clause)
            optional("quote", rule.cite.quote, &w)
            if rule.effect == .priority {
                w.key("weight")
                w.integer(rule.weight)
            }
            w.byte(UInt8(ascii: "}"))
        }
        w.byte(UInt8(ascii: "}"))
        w.byte(UInt8(ascii: "\n"))
        return w.text
    }

    /// `{"vi":…,"en":…}`.
    private static func localized(_ text: LocalizedText, _ w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("vi", first: true)
        w.string(text.vi)
        w.key("en")
        w.string(text.en)
        w.byte(UInt8(ascii: "}"))
    }

    /// `,"key":"value"` when there is a value.
    private static func optional(_ key: String, _ value: String?, _ w: inout JSONWriter) {
        guard let value else { return }
        w.key(text: key)
        w.string(value)
    }
}
