import CEL
import Diagnostics

/// The JSON form of counterfactuals: the key `counterfactuals` added to a result's object.
public enum CounterfactualJSON {
    /// A result's JSON object (as ``JSONReport/render(_:language:)`` writes it) with
    /// `"counterfactuals": [...]` added as its last key.
    public static func render(
        _ result: ScreeningResult, _ counterfactuals: [Counterfactual], schema: Schema, language: Language
    ) -> String {
        var object = JSONReport.render(result, language: language)
        guard object.last == "}" else { return object }
        object.removeLast()
        var w = JSONWriter()
        w.key("counterfactuals")
        let text = CounterfactualText(schema: schema, language: language)
        w.array(counterfactuals) { write($0, text: text, into: &$1) }
        w.byte(UInt8(ascii: "}"))
        return object + w.text
    }

    /// One counterfactual as an object.
    private static func write(_ counterfactual: Counterfactual, text: CounterfactualText, into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("rule", first: true)
        w.string(counterfactual.rule)
        w.key("effect")
        w.string(counterfactual.effect.rawValue)
        w.key("undecided")
        w.bool(counterfactual.undecided)
        w.key("changes")
        w.array(counterfactual.changes) { write($0, text: text, into: &$1) }
        w.key("together")
        w.bool(counterfactual.together)
        w.key("unanalysed_fields")
        w.array(counterfactual.unanalysed) { $1.string($0) }
        if let why = counterfactual.noExactAnswer {
            w.key("no_exact_answer")
            w.string(why.text(text.language))
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// One change as an object.
    private static func write(_ change: FieldChange, text: CounterfactualText, into w: inout JSONWriter) {
        let field = text.schema.field(change.field)
        w.byte(UInt8(ascii: "{"))
        w.key("field", first: true)
        w.string(change.field)
        w.key("current")
        if let current = change.current { current.writeJSON(into: &w) } else { w.raw("null") }
        w.key("allowed")
        write(change.allowed, field: field, into: &w)
        w.key("description")
        w.string(text.allowed(change.allowed, field: field))
        w.key("example")
        change.example.writeJSON(into: &w)
        w.key("verdict")
        w.string(change.verdict.rawValue)
        w.byte(UInt8(ascii: "}"))
    }

    /// The allowed values as an object with their `kind`.
    private static func write(_ allowed: AllowedValues, field: FieldSchema?, into w: inout JSONWriter) {
        w.byte(UInt8(ascii: "{"))
        w.key("kind", first: true)
        switch allowed {
        case .numbers(let ranges):
            w.string("numbers")
            w.key("ranges")
            w.array(ranges) { range, w in
                w.byte(UInt8(ascii: "{"))
                w.key("lower", first: true)
                bound(range.lower, field: field, into: &w)
                w.key("lower_included")
                w.bool(range.lowerIncluded)
                w.key("upper")
                bound(range.upper, field: field, into: &w)
                w.key("upper_included")
                w.bool(range.upperIncluded)
                w.byte(UInt8(ascii: "}"))
            }
        case .oneOf(let values), .noneOf(let values):
            if case .oneOf = allowed { w.string("one_of") } else { w.string("none_of") }
            w.key("values")
            w.array(values) { $1.string($0) }
        case .flag(let flag):
            w.string("flag")
            w.key("value")
            w.bool(flag)
        case .tag(let tag, let held):
            w.string("tag")
            w.key("tag")
            w.string(tag)
            w.key("held")
            w.bool(held)
        }
        w.byte(UInt8(ascii: "}"))
    }

    /// A range's bound as a number of the field's type, or null.
    private static func bound(_ x: Double?, field: FieldSchema?, into w: inout JSONWriter) {
        guard let x else { return w.raw("null") }
        CounterfactualText.value(x, field: field).writeJSON(into: &w)
    }
}
