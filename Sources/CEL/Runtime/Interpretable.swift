import CELSyntax

/// A node of a compiled expression: evaluates itself over an activation.
///
/// Names, slots and overloads are resolved when the node is built, so evaluation does no
/// parsing and no name lookups.
class Interpretable: @unchecked Sendable {
    /// The syntax node this was compiled from.
    let id: ExprID

    init(id: ExprID) { self.id = id }

    /// Evaluates the node.
    func eval(_ activation: Activation) -> Value {
        .fail(.unsupported("node"))
    }

    /// Evaluates the node where only a bool is wanted: the bool, or nil when the value is not
    /// one (an error, an unknown, another type) or not cheaply known; then ``eval(_:)`` gives it.
    ///
    /// Nodes without a cheap answer return nil without evaluating anything, so that their
    /// callers evaluate them once, with ``eval(_:)``.
    func evalBool(_ activation: Activation) -> Bool? { nil }

    /// The node's constant value, when it has one (used for folding).
    var constantValue: Value? { nil }

    /// The slot the node reads, when it is a plain slot read.
    var slotRead: Int? { nil }
}

/// A literal or a folded constant.
final class ConstantNode: Interpretable, @unchecked Sendable {
    let value: Value
    init(id: ExprID, value: Value) {
        self.value = value
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value { value }
    override func evalBool(_ activation: Activation) -> Bool? {
        if case .bool(let b) = value { return b }
        return nil
    }
    override var constantValue: Value? { value }
}

/// Reads one slot: a variable, a record field or a comprehension variable.
final class SlotNode: Interpretable, @unchecked Sendable {
    let slot: Int
    init(id: ExprID, slot: Int) {
        self.slot = slot
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value { activation[slot] }
    override var slotRead: Int? { slot }
    override func evalBool(_ activation: Activation) -> Bool? {
        if case .bool(let b) = activation.address(of: slot).pointee { return b }
        return nil
    }
}

/// `has(record.field)` for a slot-backed record: false when the slot holds the field's unknown.
final class HasSlotNode: Interpretable, @unchecked Sendable {
    let slot: Int
    init(id: ExprID, slot: Int) {
        self.slot = slot
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        .bool(hasField(activation))
    }
    override func evalBool(_ activation: Activation) -> Bool? { hasField(activation) }

    @inline(__always)
    private func hasField(_ activation: Activation) -> Bool {
        if case .unknown = activation.address(of: slot).pointee { return false }
        return true
    }
}

/// Builds a record variable's value as a map, for expressions that use the record whole.
final class RecordNode: Interpretable, @unchecked Sendable {
    let names: [String]
    let base: Int
    init(id: ExprID, names: [String], base: Int) {
        self.names = names
        self.base = base
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        var entries: [(String, Value)] = []
        for (offset, name) in names.enumerated() {
            let value = activation[base + offset]
            if case .unknown = value { continue }
            entries.append((name, value))
        }
        return .map(MapValue(stringEntries: entries))
    }
}

/// `operand.field` on a map value; a missing key is an unknown when `unknownPath` is set.
final class SelectNode: Interpretable, @unchecked Sendable {
    let operand: Interpretable
    let field: String
    let unknownPath: String?
    let testOnly: Bool
    init(id: ExprID, operand: Interpretable, field: String, unknownPath: String?, testOnly: Bool) {
        self.operand = operand
        self.field = field
        self.unknownPath = unknownPath
        self.testOnly = testOnly
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let target = operand.eval(activation)
        switch target {
        case .optional(let wrapped):
            guard case .map(let map)? = wrapped else {
                return testOnly ? .bool(false) : .optional(nil)
            }
            let value = map.lookup(string: field)
            return testOnly ? .bool(value != nil) : .optional(value)
        case .map(let map):
            if let value = map.lookup(string: field) { return testOnly ? .bool(true) : value }
            if testOnly { return .bool(false) }
            if let unknownPath { return .unknown(Unknown(attribute: unknownPath)) }
            return .fail(.noSuchKey(field))
        case .error, .unknown: return target
        default:
            return .fail(.noSuchOverload(function: testOnly ? "has" : "select", arguments: [target.type.runtimeName]))
        }
    }
}
