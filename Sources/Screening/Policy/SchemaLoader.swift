import CEL
import Diagnostics
import YAML

/// Reads `schema.yaml`: `schema: {id, fields: {NAME: {type, unit, values, …}}}`.
enum SchemaLoader {
    static let fieldKeys = [
        "type", "unit", "values", "open", "min", "max", "required", "default", "note", "label", "group",
    ]

    static func load(_ root: YAMLNode, reader: inout YAMLDocumentReader) -> Schema? {
        guard let top = reader.mapping(root, "schema.yaml") else { return nil }
        reader.checkKeys(top, allowed: ["schema"], in: "schema.yaml")
        guard let schemaNode = root["schema"], let entries = reader.mapping(schemaNode, "schema") else { return nil }
        reader.checkKeys(entries, allowed: ["id", "fields"], in: "schema")
        let id = schemaNode["id"].flatMap { reader.text($0, "schema.id") } ?? "schema"
        guard let fieldsNode = schemaNode["fields"], let fieldEntries = reader.mapping(fieldsNode, "schema.fields")
        else { return nil }
        var fields: [FieldSchema] = []
        for entry in fieldEntries {
            guard let name = entry.key.scalarValue else { continue }
            if let field = loadField(name, entry.value, reader: &reader) { fields.append(field) }
        }
        return Schema(id: id, fields: fields)
    }

    private static func loadField(_ name: String, _ node: YAMLNode, reader: inout YAMLDocumentReader)
        -> FieldSchema?
    {
        guard let entries = reader.mapping(node, name) else { return nil }
        reader.checkKeys(entries, allowed: fieldKeys, in: name)
        guard let typeNode = node["type"], let typeName = reader.text(typeNode, "\(name).type") else {
            reader.error(node, code: "schema.type", vi: "trường `\(name)` thiếu `type`", en: "field `\(name)` has no `type`")
            return nil
        }
        guard let kind = FieldKind(rawValue: typeName) else {
            let kinds = FieldKind.allCases.map(\.rawValue).joined(separator: ", ")
            reader.error(typeNode, code: "schema.type", vi: "kiểu `\(typeName)` không hợp lệ (có: \(kinds))",
                         en: "unknown type `\(typeName)` (one of: \(kinds))")
            return nil
        }
        var field = FieldSchema(name: name, kind: kind, location: node.location)
        field.unit = node["unit"].flatMap { reader.text($0, "\(name).unit") }
        field.note = node["note"].flatMap { reader.text($0, "\(name).note") }
        field.group = node["group"].flatMap { reader.text($0, "\(name).group") }
        field.label = node["label"].flatMap { reader.localized($0, "\(name).label") } ?? LocalizedText(verbatim: name)
        field.values = (node["values"].flatMap { reader.sequence($0, "\(name).values") } ?? []).compactMap(\.scalarValue)
        field.isOpen = node["open"]?.bool ?? false
        field.isRequired = node["required"]?.bool ?? false
        field.minimum = node["min"]?.double
        field.maximum = node["max"]?.double
        if let defaultNode = node["default"], let value = reader.value(defaultNode, "\(name).default") {
            field.defaultValue = coerce(value, to: kind)
            if field.defaultValue == nil {
                reader.error(defaultNode, code: "schema.default",
                             vi: "giá trị mặc định của `\(name)` không đúng kiểu \(kind.rawValue)",
                             en: "the default of `\(name)` is not of type \(kind.rawValue)")
            }
        }
        return field
    }

    /// A value converted to the CEL type of a field kind, or nil when it does not fit.
    static func coerce(_ value: Value, to kind: FieldKind) -> Value? {
        switch (kind, value) {
        case (.string, .string), (.enum, .string), (.bool, .bool), (.integer, .int), (.number, .double):
            return value
        case (.number, .int(let i)): return .double(Double(i))
        case (.list, .list(let items)):
            return items.allSatisfy { if case .string = $0 { return true } else { return false } } ? value : nil
        default: return nil
        }
    }
}
