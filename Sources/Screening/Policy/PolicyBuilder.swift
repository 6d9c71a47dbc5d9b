import CEL
import CELSyntax
import Diagnostics
import YAML

/// Accumulates the sections of a policy's files, reporting shape errors and duplicates.
struct PolicyBuilder {
    var parameters: [Parameter] = []
    var lists: [NamedList] = []
    var facts: [Fact] = []
    var rules: [Rule] = []
    private var seen: [String: SourceLocation] = [:]

    static let ruleKeys = ["id", "title", "cite", "when", "unless", "effect", "message", "weight", "description"]

    mutating func header(_ node: YAMLNode?, reader: inout YAMLDocumentReader) -> PolicyHeader? {
        guard let node, let entries = reader.mapping(node, "policy") else { return nil }
        reader.checkKeys(entries, allowed: ["id", "version", "title", "source", "schema", "clauses"], in: "policy")
        guard let id = node["id"].flatMap({ reader.text($0, "policy.id") }) else {
            reader.error(node, code: "policy.header", vi: "`policy` thiếu `id`", en: "`policy` has no `id`")
            return nil
        }
        return PolicyHeader(
            id: id,
            version: node["version"].flatMap { reader.text($0, "policy.version") } ?? "",
            title: node["title"].flatMap { reader.localized($0, "policy.title") } ?? LocalizedText(verbatim: id),
            source: node["source"].flatMap { reader.localized($0, "policy.source") },
            schemaPath: node["schema"].flatMap { reader.text($0, "policy.schema") } ?? "schema.yaml",
            clausesPath: node["clauses"].flatMap { reader.text($0, "policy.clauses") })
    }

    /// Adds the sections of one file.
    mutating func merge(_ root: YAMLNode, reader: inout YAMLDocumentReader) {
        guard let top = reader.mapping(root, "file") else { return }
        reader.checkKeys(top, allowed: PolicyLoader.topLevelKeys, in: "policy file")
        if let node = root["parameters"], let entries = reader.mapping(node, "parameters") {
            for entry in entries { parameter(entry.key, entry.value, reader: &reader) }
        }
        if let node = root["lists"], let entries = reader.mapping(node, "lists") {
            for entry in entries { list(entry.key, entry.value, reader: &reader) }
        }
        if let node = root["facts"], let entries = reader.mapping(node, "facts") {
            for entry in entries { fact(entry.key, entry.value, reader: &reader) }
        }
        if let node = root["rules"], let elements = reader.sequence(node, "rules") {
            for element in elements { rule(element, reader: &reader) }
        }
    }

    /// Records a name; false (with an error at `node`) when it was already declared.
    private mutating func claim(_ kind: String, _ name: String, _ node: YAMLNode, reader: inout YAMLDocumentReader)
        -> Bool
    {
        let key = "\(kind):\(name)"
        if let first = seen[key] {
            reader.error(node, code: "policy.duplicate", vi: "`\(name)` đã được khai báo", en: "duplicate \(kind) `\(name)`",
                         help: LocalizedText(vi: "khai báo đầu tiên ở \(first)", en: "first declared at \(first)"))
            return false
        }
        seen[key] = node.location
        return true
    }

    private mutating func parameter(_ key: YAMLNode, _ node: YAMLNode, reader: inout YAMLDocumentReader) {
        guard let name = key.scalarValue, claim("parameter", name, key, reader: &reader),
            let entries = reader.mapping(node, name)
        else { return }
        reader.checkKeys(entries, allowed: ["value", "unit", "source", "note"], in: name)
        guard let valueNode = node["value"], let value = reader.value(valueNode, "\(name).value") else {
            reader.error(node, code: "policy.parameter", vi: "tham số `\(name)` thiếu `value`",
                         en: "parameter `\(name)` has no `value`")
            return
        }
        parameters.append(Parameter(
            name: name, value: value, unit: node["unit"]?.scalarValue, source: node["source"]?.scalarValue,
            location: key.location))
    }

    private mutating func list(_ key: YAMLNode, _ node: YAMLNode, reader: inout YAMLDocumentReader) {
        guard let name = key.scalarValue, claim("list", name, key, reader: &reader),
            let entries = reader.mapping(node, name)
        else { return }
        reader.checkKeys(entries, allowed: ["values", "source", "note"], in: name)
        guard let valuesNode = node["values"], case .list(let values)? = reader.value(valuesNode, "\(name).values") else {
            reader.error(node, code: "policy.list", vi: "danh sách `\(name)` thiếu `values`",
                         en: "list `\(name)` has no `values` sequence")
            return
        }
        lists.append(NamedList(name: name, values: values, source: node["source"]?.scalarValue, location: key.location))
    }

    private mutating func fact(_ key: YAMLNode, _ node: YAMLNode, reader: inout YAMLDocumentReader) {
        guard let name = key.scalarValue, claim("fact", name, key, reader: &reader),
            let entries = reader.mapping(node, name)
        else { return }
        reader.checkKeys(entries, allowed: ["expr", "description"], in: name)
        guard let exprNode = node["expr"], let expression = reader.expression(exprNode, "\(name).expr") else {
            reader.error(node, code: "policy.fact", vi: "dữ kiện `\(name)` thiếu `expr`", en: "fact `\(name)` has no `expr`")
            return
        }
        facts.append(Fact(
            name: name, expression: expression,
            description: node["description"].flatMap { reader.localized($0, "\(name).description") },
            location: key.location))
    }

    private mutating func rule(_ node: YAMLNode, reader: inout YAMLDocumentReader) {
        guard let entries = reader.mapping(node, "rule") else { return }
        reader.checkKeys(entries, allowed: Self.ruleKeys, in: "rule")
        guard let idNode = node["id"], let id = reader.text(idNode, "rule.id") else {
            reader.error(node, code: "policy.rule", vi: "quy tắc thiếu `id`", en: "rule has no `id`")
            return
        }
        guard claim("rule", id, idNode, reader: &reader) else { return }
        func required(_ key: String) -> YAMLNode? {
            if let value = node[key] { return value }
            reader.error(node, code: "policy.rule", vi: "quy tắc `\(id)` thiếu `\(key)`", en: "rule `\(id)` has no `\(key)`")
            return nil
        }
        let title = required("title").flatMap { reader.localized($0, "\(id).title") }
        let cite = required("cite").flatMap { citation($0, id, reader: &reader) }
        let when = required("when").flatMap { condition($0, "\(id).when", reader: &reader) }
        let unless = node["unless"].flatMap { reader.expression($0, "\(id).unless") }
        var effect: Effect?
        if let effectNode = required("effect"), let name = reader.text(effectNode, "\(id).effect") {
            effect = Effect(rawValue: name)
            if effect == nil {
                reader.error(effectNode, code: "policy.effect", vi: "hiệu lực `\(name)` không hợp lệ",
                             en: "unknown effect `\(name)`",
                             help: LocalizedText(verbatim: Effect.allCases.map(\.rawValue).joined(separator: " | ")))
            }
        }
        let message = required("message").flatMap { messages($0, id, reader: &reader) }
        var weight = 0
        if let weightNode = node["weight"] {
            if let value = weightNode.int, value >= 0, value <= 1000 {
                weight = value
            } else {
                reader.error(weightNode, code: "policy.weight", vi: "`weight` phải là số nguyên từ 0 đến 1000",
                             en: "`weight` must be a whole number from 0 to 1000")
            }
        }
        guard let title, let cite, let when, let effect, let message else { return }
        rules.append(Rule(
            id: id, title: title, cite: cite, when: when, unless: unless, effect: effect, message: message,
            weight: weight, location: idNode.location))
    }

    private func citation(_ node: YAMLNode, _ id: String, reader: inout YAMLDocumentReader) -> Citation? {
        guard let entries = reader.mapping(node, "\(id).cite") else { return nil }
        reader.checkKeys(entries, allowed: ["clause", "quote"], in: "\(id).cite")
        guard let clauseNode = node["clause"], let clause = reader.text(clauseNode, "\(id).cite.clause") else {
            reader.error(node, code: "policy.cite", vi: "`cite` thiếu `clause`", en: "`cite` has no `clause`")
            return nil
        }
        return Citation(clause: clause, quote: node["quote"]?.scalarValue, location: clauseNode.location)
    }

    private func messages(_ node: YAMLNode, _ id: String, reader: inout YAMLDocumentReader)
        -> (vi: ExpressionSource, en: ExpressionSource)?
    {
        guard let entries = reader.mapping(node, "\(id).message") else { return nil }
        reader.checkKeys(entries, allowed: ["vi", "en"], in: "\(id).message")
        let vi = node["vi"].flatMap { reader.expression($0, "\(id).message.vi") }
        let en = node["en"].flatMap { reader.expression($0, "\(id).message.en") }
        guard let vi, let en else {
            reader.error(node, code: "policy.translation", vi: "`message` của `\(id)` cần cả `vi` và `en`",
                         en: "the message of `\(id)` needs both `vi` and `en`")
            return nil
        }
        return (vi, en)
    }

    private func condition(_ node: YAMLNode, _ what: String, reader: inout YAMLDocumentReader) -> Condition? {
        if node.scalarValue != nil { return reader.expression(node, what).map { .expression($0) } }
        guard let entries = reader.mapping(node, what), entries.count == 1, let key = entries[0].key.scalarValue else {
            reader.error(node, code: "policy.when", vi: "`\(what)` phải là biểu thức CEL hoặc một trong all/any/not",
                         en: "`\(what)` must be a CEL expression or one of all/any/not")
            return nil
        }
        let value = entries[0].value
        switch key {
        case "all", "any":
            guard let elements = reader.sequence(value, "\(what).\(key)"), !elements.isEmpty else { return nil }
            let parts = elements.enumerated().compactMap { condition($1, "\(what).\(key)[\($0)]", reader: &reader) }
            guard parts.count == elements.count else { return nil }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return condition(value, "\(what).not", reader: &reader).map { .not($0) }
        default:
            reader.checkKeys(entries, allowed: ["all", "any", "not"], in: what)
            return nil
        }
    }
}
