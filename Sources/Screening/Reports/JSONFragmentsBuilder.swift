import CEL
import Diagnostics

/// Collects the text and tables of ``JSONFragments`` rule by rule.
struct JSONFragmentsBuilder {
    let language: Language
    private(set) var text: [UInt8] = []
    private(set) var rules: [JSONFragments.RuleFragments] = []
    private(set) var messageCuts: [JSONFragments.MessageCut] = []
    private(set) var valueKeys: [JSONFragments.ValueKey] = []
    private(set) var valuePaths: [String] = []
    private(set) var parts: [JSONFragments.Part] = []

    init(language: Language) {
        self.language = language
    }

    /// Appends bytes to the text; where they are.
    mutating func span(_ bytes: [UInt8]) -> JSONFragments.Span {
        defer { text += bytes }
        return JSONFragments.Span(start: text.count, count: bytes.count)
    }

    /// Adds the fragments of the next rule of the policy.
    mutating func add(_ compiled: CompiledRule) {
        let rule = compiled.rule
        var head = JSONWriter()
        JSONReport.reasonHead(rule: rule.id, effect: rule.effect, clause: rule.cite.clause, quote: rule.cite.quote,
                              title: rule.title.text(language), into: &head)
        var condition = JSONWriter()
        JSONReport.conditionHead(rule: rule.id, clause: rule.cite.clause, into: &condition)
        var weight = JSONWriter()
        JSONReport.weight(rule.weight, into: &weight)
        let hint = hintPieces(of: rule)
        rules.append(JSONFragments.RuleFragments(
            head: span(head.bytes), conditionHead: span(condition.bytes), message: addMessage(of: compiled),
            valueKeys: addValueKeys(of: compiled), parts: addParts(of: compiled), weight: span(weight.bytes),
            hintHead: span(hint.head), hintMiddle: span(hint.middle), hintTail: span(hint.tail)))
    }

    /// The hint pieces of a field, kept in the text.
    mutating func fieldPieces(_ name: String, schema: Schema) -> JSONFragments.FieldPieces {
        let bytes = Self.fieldBytes(name, schema: schema, language: language)
        return JSONFragments.FieldPieces(name: span(bytes.name), label: span(bytes.label))
    }

    /// A field as a hint names it: its name as a JSON string, and its label (or its name)
    /// between quotes, escaped.
    static func fieldBytes(_ name: String, schema: Schema, language: Language) -> (name: [UInt8], label: [UInt8]) {
        var quoted = JSONWriter()
        quoted.string(name)
        let label = schema.field(name)?.label.text(language) ?? name
        return (quoted.bytes, escaped("“" + label + "”"))
    }

    /// The message in the fragments' language as cuts: each literal run with the hole after it.
    private mutating func addMessage(of compiled: CompiledRule) -> Range<Int> {
        let start = messageCuts.count
        let template = language == .vi ? compiled.messageVI : compiled.messageEN
        var literal: [UInt8] = []
        for part in template.parts {
            switch part {
            case .text(let text):
                literal += Self.escaped(text)
            case .hole(let program, _):
                messageCuts.append(JSONFragments.MessageCut(literal: span(literal), hole: .passUnretained(program)))
                literal = []
            }
        }
        messageCuts.append(JSONFragments.MessageCut(literal: span(literal), hole: nil))
        return start..<messageCuts.count
    }

    /// `"project.field":` for each field the rule's conditions read.
    private mutating func addValueKeys(of compiled: CompiledRule) -> Range<Int> {
        let start = valueKeys.count
        for field in compiled.fieldsRead {
            var w = JSONWriter()
            w.key(text: field.path, first: true)
            valueKeys.append(JSONFragments.ValueKey(position: field.position, key: span(w.bytes)))
            valuePaths.append(field.path)
        }
        return start..<valueKeys.count
    }

    /// `{"expr":…,"value":` for each part of the rule's structured condition, with the part's
    /// program where the rule's firing does not already make it true.
    private mutating func addParts(of compiled: CompiledRule) -> Range<Int> {
        let start = parts.count
        for (part, alwaysTrue) in zip(compiled.parts, compiled.when.partsTrueWhenFired) {
            var w = JSONWriter()
            w.byte(UInt8(ascii: "{"))
            w.key("expr", first: true)
            w.string(part.text)
            w.key("value")
            parts.append(JSONFragments.Part(head: span(w.bytes), program: alwaysTrue ? nil : .passUnretained(part.program)))
        }
        return start..<parts.count
    }

    /// The rule's hint, as ``JSONReport/hint(rule:fields:weight:title:language:into:label:)``
    /// writes it with no fields, cut around the place of its fields and of their labels.
    private func hintPieces(of rule: Rule) -> (head: [UInt8], middle: [UInt8], tail: [UInt8]) {
        var w = JSONWriter()
        JSONReport.hint(rule: rule.id, fields: [], weight: rule.weight, title: rule.title.text(language),
                        language: language, into: &w) { _ in "" }
        let bytes = w.bytes
        let fieldsKey = Array(#""fields":["#.utf8)
        let intro = Array(#""message":""#.utf8) + Self.escaped(language == .vi ? "Bổ sung thông tin " : "Provide ")
        guard let fieldsAt = bytes.firstRange(of: fieldsKey), let introAt = bytes.firstRange(of: intro) else {
            preconditionFailure("JSONReport.hint no longer writes the keys its pieces are cut at")
        }
        // `fieldsAt.upperBound` is just after `[`; the `]` that closes the empty list follows.
        return (Array(bytes[..<fieldsAt.upperBound]), Array(bytes[fieldsAt.upperBound..<introAt.upperBound]),
                Array(bytes[introAt.upperBound...]))
    }

    /// Text escaped for the inside of a JSON string.
    private static func escaped(_ text: String) -> [UInt8] {
        var w = JSONWriter()
        w.escaped(text)
        return w.bytes
    }
}
