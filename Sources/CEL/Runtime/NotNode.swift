import CELSyntax

/// `!operand`: a bool operand is negated without building its value.
final class NotNode: Interpretable, @unchecked Sendable {
    let operand: Interpretable
    /// The library's `!`, for operands that are not bools.
    let function: @Sendable (Value) -> Value

    /// Nil unless `function` negates bools, so that the fast path gives its results.
    init?(id: ExprID, operand: Interpretable, function: @escaping @Sendable (Value) -> Value) {
        guard case .bool(false) = function(.bool(true)), case .bool(true) = function(.bool(false)) else { return nil }
        self.operand = operand
        self.function = function
        super.init(id: id)
    }

    override func eval(_ activation: Activation) -> Value {
        if let b = operand.evalBool(activation) { return .bool(!b) }
        let value = operand.eval(activation)
        if value.isErrorOrUnknown { return value }
        return function(value)
    }

    override func evalBool(_ activation: Activation) -> Bool? {
        operand.evalBool(activation).map { !$0 }
    }
}
