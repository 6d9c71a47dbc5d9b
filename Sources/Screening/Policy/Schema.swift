import Foundation
import CEL
import Diagnostics

/// The kind of value a project field holds, as `schema.yaml` declares it.
public enum FieldKind: String, Sendable, CaseIterable {
    /// Free text (CEL `string`).
    case string
    /// A real number (CEL `double`).
    case number
    /// A whole number (CEL `int`).
    case integer
    /// true or false (CEL `bool`).
    case bool
    /// One of the declared `values` (CEL `string`).
    case `enum`
    /// A list of text tags (CEL `list(string)`).
    case list

    /// The CEL type of the field.
    public var celType: CELType {
        switch self {
        case .string, .enum: return .string
        case .number: return .double
        case .integer: return .int
        case .bool: return .bool
        case .list: return .list(.string)
        }
    }
}

/// One field of the project record.
public struct FieldSchema: Sendable {
    /// The canonical snake_case name.
    public var name: String
    /// The kind of value.
    public var kind: FieldKind
    /// The unit, shown beside values.
    public var unit: String?
    /// Allowed values of an enum; known vocabulary of a list.
    public var values: [String]
    /// For lists: whether tags outside `values` are accepted.
    public var isOpen: Bool
    /// Inclusive bounds of a number or integer.
    public var minimum: Double?
    public var maximum: Double?
    /// Whether a record without the field is refused.
    public var isRequired: Bool
    /// The value used when the field is absent ("does not apply"), if any.
    public var defaultValue: Value?
    /// The label in Vietnamese and English.
    public var label: LocalizedText
    /// The form section.
    public var group: String?
    /// A note on the field (why it has a default, how it is measured).
    public var note: String?
    /// Where the field is declared.
    public var location: SourceLocation?

    /// Creates a field.
    public init(
        name: String, kind: FieldKind, unit: String? = nil, values: [String] = [], isOpen: Bool = false,
        minimum: Double? = nil, maximum: Double? = nil, isRequired: Bool = false, defaultValue: Value? = nil,
        label: LocalizedText? = nil, group: String? = nil, note: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.kind = kind
        self.unit = unit
        self.values = values
        self.isOpen = isOpen
        self.minimum = minimum
        self.maximum = maximum
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.label = label ?? LocalizedText(verbatim: name)
        self.group = group
        self.note = note
        self.location = location
    }
}

/// The project record's fields: types, units, allowed values, defaults and labels.
public struct Schema: Sendable {
    /// The schema's id.
    public var id: String
    /// The fields in declaration order (also their slot order).
    public let fields: [FieldSchema]
    /// The position of each field by canonical name.
    public let index: [String: Int]
    /// The position of each field by its Vietnamese or English label (for CSV headers).
    public let labelIndex: [String: Int]
    /// The CEL record type of `project`.
    public let objectType: ObjectType

    /// Creates a schema.
    public init(id: String, fields: [FieldSchema]) {
        self.id = id
        self.fields = fields
        var index: [String: Int] = [:]
        var labels: [String: Int] = [:]
        for (position, field) in fields.enumerated() {
            index[field.name] = position
            labels[field.label.vi.lowercased()] = position
            labels[field.label.en.lowercased()] = position
        }
        self.index = index
        self.labelIndex = labels
        self.objectType = ObjectType(name: "project", fields: fields.map { ($0.name, $0.kind.celType) })
    }

    /// The field with a canonical name.
    public func field(_ name: String) -> FieldSchema? {
        index[name].map { fields[$0] }
    }

    /// The field a column header names: its canonical name or its label in either language.
    public func field(forHeader header: String) -> Int? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        return index[trimmed] ?? labelIndex[trimmed.lowercased()]
    }
}
