/// A start, end or empty-element tag of a workbook part, as `XLSXXMLScanner` reads it: local
/// names (a namespace prefix dropped) for the element and its attributes.
struct XLSXTag {
    /// Whether the tag opens, closes, or is an element without content.
    enum Kind { case start, end, empty }

    /// An attribute: its local name and its value, entities decoded.
    struct Attribute {
        var name: String
        var value: String
    }

    var kind: Kind
    var name: String
    var attributes: [Attribute]

    /// The value of the attribute whose local name is `name`.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Whether this tag opens an element named `name` (with or without content).
    func opens(_ name: String) -> Bool { kind != .end && self.name == name }

    /// Whether this tag closes an element named `name`.
    func closes(_ name: String) -> Bool { kind == .end && self.name == name }
}
