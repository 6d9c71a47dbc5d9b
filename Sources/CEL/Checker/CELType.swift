/// A CEL type, as the checker reasons about it and as `type(x)` returns it.
public indirect enum CELType: Sendable, Hashable, CustomStringConvertible {
    case dyn
    case null
    case bool
    case int
    case uint
    case double
    case string
    case bytes
    case timestamp
    case duration
    case list(CELType)
    case map(CELType, CELType)
    /// The type of a type value: `type(int)` is `.type(.int)`.
    case type(CELType)
    /// A type parameter of a generic overload, such as `A` in `list(A)`.
    case parameter(String)
    /// `optional_type(T)` of the optionals library.
    case optional(CELType)
    /// A record with declared fields (the project record, the policy's facts).
    case object(ObjectType)
    /// A message type known only by name (protobuf messages are not supported).
    case message(String)
    /// The type of an expression that failed to check.
    case error

    /// The runtime name of the type, as `type(x)` compares it: `int`, `list`, `map`, …
    public var runtimeName: String {
        switch self {
        case .dyn: return "dyn"
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .bytes: return "bytes"
        case .timestamp: return "google.protobuf.Timestamp"
        case .duration: return "google.protobuf.Duration"
        case .list: return "list"
        case .map: return "map"
        case .type: return "type"
        case .parameter(let name): return name
        case .optional: return "optional_type"
        case .object(let object): return object.name
        case .message(let name): return name
        case .error: return "*error*"
        }
    }

    /// The type written as in CEL's documentation: `list(int)`, `map(string, dyn)`.
    public var description: String {
        switch self {
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        case .type(let type): return "type(\(type))"
        case .optional(let type): return "optional_type(\(type))"
        default: return runtimeName
        }
    }
}

/// A record type with named, typed fields, resolved to slots at compile time.
public final class ObjectType: Sendable, Hashable {
    /// The type's name, shown by `type(x)`.
    public let name: String
    /// The fields in slot order.
    public let fields: [(name: String, type: CELType)]
    /// The slot of each field name.
    public let slotOf: [String: Int]

    /// Creates a record type.
    public init(name: String, fields: [(name: String, type: CELType)]) {
        self.name = name
        self.fields = fields
        var slots: [String: Int] = [:]
        for (index, field) in fields.enumerated() where slots[field.name] == nil {
            slots[field.name] = index
        }
        self.slotOf = slots
    }

    /// The type of a field, or nil when the record has no such field.
    public func fieldType(_ name: String) -> CELType? {
        slotOf[name].map { fields[$0].type }
    }

    public static func == (lhs: ObjectType, rhs: ObjectType) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
