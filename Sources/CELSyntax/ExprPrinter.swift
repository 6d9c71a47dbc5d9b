/// A stable, indented debug dump of a parsed expression, for golden tests and debugging.
///
/// One node per line, children indented by two spaces, each line ending in `#id @offset`:
///
///     call _+_ #2 @2
///       ident a #1 @0
///       int 1 #3 @4
///
/// Member calls label their receiver `target:`; comprehensions label their parts; optional
/// list elements, map entries and fields are marked `?`. Macro calls follow the tree, under
/// `macro calls:`, by the identifier of their expansion.
public func dump(_ parsed: ParsedExpr) -> String {
    ExprPrinter(parsed: parsed).dump()
}

/// Writes the dump of ``dump(_:)``.
struct ExprPrinter {
    let parsed: ParsedExpr

    /// The dump of the tree and its macro calls.
    func dump() -> String {
        var out = ""
        write(parsed.root, label: nil, indent: 0, to: &out)
        if !parsed.macroCalls.isEmpty {
            out += "macro calls:\n"
            for (id, call) in parsed.macroCalls.sorted(by: { $0.key < $1.key }) {
                out += "  for #\(id):\n"
                write(call, label: nil, indent: 2, to: &out)
            }
        }
        return out
    }

    private func write(_ expr: Expr, label: String?, indent: Int, to out: inout String) {
        line(describe(expr.kind), id: expr.id, label: label, indent: indent, to: &out)
        let inner = indent + 1
        switch expr.kind {
        case .literal, .ident:
            break
        case .select(let operand, _, _, _):
            write(operand, label: nil, indent: inner, to: &out)
        case .call(_, let target, let args):
            if let target { write(target, label: "target", indent: inner, to: &out) }
            for arg in args { write(arg, label: nil, indent: inner, to: &out) }
        case .list(let elements, let optionalIndices):
            for (position, element) in elements.enumerated() {
                write(element, label: optionalIndices.contains(position) ? "?" : nil, indent: inner, to: &out)
            }
        case .map(let entries):
            for entry in entries {
                line(entry.optional ? "entry ?" : "entry", id: entry.id, label: nil, indent: inner, to: &out)
                write(entry.key, label: "key", indent: inner + 1, to: &out)
                write(entry.value, label: "value", indent: inner + 1, to: &out)
            }
        case .structure(_, let fields):
            for field in fields {
                let text = "field " + field.name + (field.optional ? " ?" : "")
                line(text, id: field.id, label: nil, indent: inner, to: &out)
                write(field.value, label: nil, indent: inner + 1, to: &out)
            }
        case .comprehension(let c):
            write(c.iterRange, label: "range", indent: inner, to: &out)
            write(c.accuInit, label: "init", indent: inner, to: &out)
            write(c.loopCondition, label: "condition", indent: inner, to: &out)
            write(c.loopStep, label: "step", indent: inner, to: &out)
            write(c.result, label: "result", indent: inner, to: &out)
        }
    }

    private func line(_ text: String, id: ExprID, label: String?, indent: Int, to out: inout String) {
        out += String(repeating: "  ", count: indent)
        if let label { out += label + ": " }
        out += "\(text) #\(id) @\(parsed.offset(of: id))\n"
    }

    private func describe(_ kind: ExprKind) -> String {
        switch kind {
        case .literal(let constant):
            return Self.describe(constant)
        case .ident(let name, let isRooted):
            return "ident " + (isRooted ? "." : "") + name
        case .select(_, let field, let testOnly, let optional):
            return "select " + (optional ? ".?" : ".") + field + (testOnly ? " test-only" : "")
        case .call(let function, _, _):
            return "call " + function
        case .list:
            return "list"
        case .map:
            return "map"
        case .structure(let typeName, _):
            return "struct " + typeName
        case .comprehension(let c):
            let second = c.iterVar2.map { " iterVar2=" + $0 } ?? ""
            return "comprehension iterVar=\(c.iterVar)\(second) accuVar=\(c.accuVar)"
        }
    }

    /// A literal as `kind value`, with strings and bytes quoted and escaped.
    static func describe(_ constant: Constant) -> String {
        switch constant {
        case .null: return "null"
        case .bool(let value): return "bool \(value)"
        case .int(let value): return "int \(value)"
        case .uint(let value): return "uint \(value)u"
        case .double(let value): return "double \(value)"
        case .string(let value): return "string " + quote(value)
        case .bytes(let value): return "bytes " + quote(bytes: value)
        }
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func quote(bytes: [UInt8]) -> String {
        var out = "b\""
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            }
        }
        return out + "\""
    }
}
