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

    let operand: Interpretable
    let constant: Value
    let comparison: Comparison
    /// The general implementation, for operand types without a fast path.
    let general: @Sendable (Value, Value) -> Value

    init(id: ExprID, operand: Interpretable, constant: Value, comparison: Comparison,
         general: @escaping @Sendable (Value, Value) -> Value) {
        self.operand = operand
        self.constant = constant
        self.comparison = comparison
        self.general = general
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        let value = operand.eval(activation)
        switch (value, constant) {
        case let (.double(x), .double(c)):
            if x.isNaN || c.isNaN { return .bool(comparison == .notEquals) }
            return .bool(comparison.holds(x < c ? -1 : (x == c ? 0 : 1)))
        case let (.int(x), .int(c)):
            return .bool(comparison.holds(x < c ? -1 : (x == c ? 0 : 1)))
        case let (.string(x), .string(c)) where comparison == .equals || comparison == .notEquals:
            return .bool(Value.sameCodePoints(x, c) == (comparison == .equals))
        case (.error, _), (.unknown, _):
            return value
        default:
            return general(value, constant)
        }
    }
}
