import CELSyntax

/// A comparison of an expression with a constant (`project.labour >= 500`,
/// `project.status == "proposed"`): one node instead of a call, a slot read and a constant.
final class CompareConstantNode: Interpretable, @unchecked Sendable {
    /// The comparisons that can be specialised.
    enum Comparison {
        case less, lessEquals, greater, greaterEquals, equals, notEquals

        init?(function: String) {
            switch function {
            case Operator.less: self = .less
            case Operator.lessEquals: self = .lessEquals
            case Operator.greater: self = .greater
            case Operator.greaterEquals: self = .greaterEquals
            case Operator.equals: self = .equals
            case Operator.notEquals: self = .notEquals
            default: return nil
            }
        }

        /// The same comparison with its operands swapped (`c < x` is `x > c`).
        var swapped: Comparison {
            switch self {
            case .less: return .greater
            case .lessEquals: return .greaterEquals
            case .greater: return .less
            case .greaterEquals: return .lessEquals
            case .equals, .notEquals: return self
            }
        }

        @inline(__always) func holds(_ order: Int) -> Bool {
            switch self {
            case .less: return order < 0
            case .lessEquals: return order <= 0
            case .greater: return order > 0
            case .greaterEquals: return order >= 0
            case .equals: return order == 0
            case .notEquals: return order != 0
            }
        }
    }

    /// The constant's type, for the comparisons decided without building values.
    enum ConstantKind {
        case double, int, bool, string, other
    }

    let operand: Interpretable
    let constant: Value
    let comparison: Comparison
    /// The general implementation, for operand types without a fast path.
    let general: @Sendable (Value, Value) -> Value
    /// The operand's slot, when the operand is a plain slot read (read in place).
    let operandSlot: Int?
    let kind: ConstantKind
    let doubleConstant: Double
    let intConstant: Int64
    let boolConstant: Bool
    /// The UTF-8 bytes of a string constant.
    let stringConstant: [UInt8]

    init(id: ExprID, operand: Interpretable, constant: Value, comparison: Comparison,
         general: @escaping @Sendable (Value, Value) -> Value) {
        self.operand = operand
        self.constant = constant
        self.comparison = comparison
        self.general = general
        self.operandSlot = operand.slotRead
        var kind = ConstantKind.other
        var doubleConstant = 0.0
        var intConstant: Int64 = 0
        var boolConstant = false
        var stringConstant: [UInt8] = []
        switch constant {
        case .double(let c): (kind, doubleConstant) = (.double, c)
        case .int(let c): (kind, intConstant) = (.int, c)
        case .bool(let c) where comparison == .equals || comparison == .notEquals: (kind, boolConstant) = (.bool, c)
        case .string(let c) where comparison == .equals || comparison == .notEquals:
            (kind, stringConstant) = (.string, Array(c.utf8))
        default: break
        }
        self.kind = kind
        self.doubleConstant = doubleConstant
        self.intConstant = intConstant
        self.boolConstant = boolConstant
        self.stringConstant = stringConstant
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let operandSlot {
            if let result = fastResult(activation.address(of: operandSlot)) { return .bool(result) }
            return slowResult(activation[operandSlot])
        }
        return evaluatedResult(activation)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        if let operandSlot { return fastResult(activation.address(of: operandSlot)) }
        return evaluatedBool(activation)
    }

    /// ``eval(_:)`` for an operand that is not a slot read (kept apart, so that the slot path
    /// needs no stack buffer).
    @inline(never)
    private func evaluatedResult(_ activation: Activation) -> Value {
        let value = operand.eval(activation)
        if let result = withUnsafePointer(to: value, { fastResult($0) }) { return .bool(result) }
        return slowResult(value)
    }

    /// ``evalBool(_:)`` for an operand that is not a slot read.
    @inline(never)
    private func evaluatedBool(_ activation: Activation) -> Bool? {
        let value = operand.eval(activation)
        return withUnsafePointer(to: value) { fastResult($0) }
    }

    /// The comparison when the value and the constant are of a type compared in place, else nil.
    @inline(__always)
    private func fastResult(_ value: UnsafePointer<Value>) -> Bool? {
        switch kind {
        case .double:
            guard case .double(let x) = value.pointee else { return nil }
            let c = doubleConstant
            if x.isNaN || c.isNaN { return comparison == .notEquals }
            return comparison.holds(x < c ? -1 : (x == c ? 0 : 1))
        case .int:
            guard case .int(let x) = value.pointee else { return nil }
            let c = intConstant
            return comparison.holds(x < c ? -1 : (x == c ? 0 : 1))
        case .bool:
            guard case .bool(let x) = value.pointee else { return nil }
            return (x == boolConstant) == (comparison == .equals)
        case .string:
            guard case .string(let x) = value.pointee else { return nil }
            return UTF8Match.equals(x, stringConstant) == (comparison == .equals)
        case .other:
            return nil
        }
    }

    /// The comparison by the general implementation, passing errors and unknowns through.
    private func slowResult(_ value: Value) -> Value {
        if value.isErrorOrUnknown { return value }
        return general(value, constant)
    }
}
