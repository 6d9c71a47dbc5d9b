import CELSyntax

/// The type names that may be written as identifiers (`int`, `list`, `google.protobuf.Timestamp`).
public enum TypeNames {
    /// The type a name denotes, if it is a type name.
    public static func type(named name: String) -> CELType? {
        switch name {
        case "int": return .int
        case "uint": return .uint
        case "double": return .double
        case "bool": return .bool
        case "string": return .string
        case "bytes": return .bytes
        case "list": return .list(.dyn)
        case "map": return .map(.dyn, .dyn)
        case "null_type": return .null
        case "type": return .type(.dyn)
        case "google.protobuf.Timestamp": return .timestamp
        case "google.protobuf.Duration": return .duration
        case "optional_type": return .optional(.dyn)
        default: return nil
        }
    }
}

/// An identifier or a chain of field selections on one, flattened: `a.b.c` → [a, b, c].
struct QualifiedName {
    var parts: [String]
    var rooted: Bool
    /// The syntax node of each prefix: `ids[k]` is the node that ends with `parts[k]`.
    var ids: [ExprID]

    /// Flattens `expr` when it is an identifier or non-test selections on one.
    init?(_ expr: Expr) {
        var parts: [String] = []
        var ids: [ExprID] = []
        var current = expr
        while true {
            switch current.kind {
            case .select(let operand, let field, false, false):
                parts.append(field)
                ids.append(current.id)
                current = operand
            case .ident(let name, let rooted):
                parts.append(name)
                ids.append(current.id)
                self.parts = parts.reversed()
                self.ids = ids.reversed()
                self.rooted = rooted
                return
            default:
                return nil
            }
        }
    }

    /// The first `count` parts joined with dots.
    func prefix(_ count: Int) -> String { parts[0..<count].joined(separator: ".") }
}
