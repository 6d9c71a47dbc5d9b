import CELSyntax

/// Combines the non-boolean outcomes of `&&` and `||`: unknowns win over errors and merge.
@inline(__always)
func absorb(_ lhs: Value, _ rhs: Value, function: String) -> Value {
    switch (lhs, rhs) {
    case let (.unknown(a), .unknown(b)): return .unknown(a.merged(with: b))
    case (.unknown, _): return lhs
    case (_, .unknown): return rhs
    case (.error, _): return lhs
    case (_, .error): return rhs
    case (.bool, _): return noSuchOverload(function, rhs)
    default: return noSuchOverload(function, lhs)
    }
}

/// `lhs && rhs` with CEL's commutative treatment of errors and unknowns.
final class AndNode: Interpretable, @unchecked Sendable {
    let lhs: Interpretable
    let rhs: Interpretable
    init(id: ExprID, lhs: Interpretable, rhs: Interpretable) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let left = lhs.eval(activation)
        if case .bool(false) = left { return left }
        let right = rhs.eval(activation)
        if case .bool(let r) = right {
            if !r { return right }
            if case .bool = left { return right }
        }
        return absorb(left, right, function: Operator.logicalAnd)
    }
}

/// `lhs || rhs` with CEL's commutative treatment of errors and unknowns.
final class OrNode: Interpretable, @unchecked Sendable {
    let lhs: Interpretable
    let rhs: Interpretable
    init(id: ExprID, lhs: Interpretable, rhs: Interpretable) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let left = lhs.eval(activation)
        if case .bool(true) = left { return left }
        let right = rhs.eval(activation)
        if case .bool(let r) = right {
            if r { return right }
            if case .bool = left { return right }
        }
        return absorb(left, right, function: Operator.logicalOr)
    }
}

/// `condition ? whenTrue : whenFalse`.
final class ConditionalNode: Interpretable, @unchecked Sendable {
    let condition: Interpretable
    let whenTrue: Interpretable
    let whenFalse: Interpretable
    init(id: ExprID, condition: Interpretable, whenTrue: Interpretable, whenFalse: Interpretable) {
        self.condition = condition
        self.whenTrue = whenTrue
        self.whenFalse = whenFalse
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let value = condition.eval(activation)
        switch value {
        case .bool(true): return whenTrue.eval(activation)
        case .bool(false): return whenFalse.eval(activation)
        case .error, .unknown: return value
        default: return noSuchOverload(Operator.conditional, value)
        }
    }
}

/// `@not_strictly_false(x)`: false only for `false`; errors and unknowns count as true.
final class NotStrictlyFalseNode: Interpretable, @unchecked Sendable {
    let operand: Interpretable
    init(id: ExprID, operand: Interpretable) {
        self.operand = operand
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        if case .bool(false) = operand.eval(activation) { return .bool(false) }
        return .bool(true)
    }
}

/// `a.or(b)` and `a.orValue(b)`: `b` is evaluated only when `a` is `optional.none()`.
final class OptionalOrNode: Interpretable, @unchecked Sendable {
    let receiver: Interpretable
    let alternative: Interpretable
    let unwrap: Bool
    init(id: ExprID, receiver: Interpretable, alternative: Interpretable, unwrap: Bool) {
        self.receiver = receiver
        self.alternative = alternative
        self.unwrap = unwrap
        super.init(id: id)
    }
    override func eval(_ activation: Activation) -> Value {
        let value = receiver.eval(activation)
        switch value {
        case .optional(let wrapped?): return unwrap ? wrapped : value
        case .optional(nil):
            let other = alternative.eval(activation)
            if unwrap || other.isErrorOrUnknown { return other }
            if case .optional = other { return other }
            return noSuchOverload("or", value, other)
        case .error, .unknown: return value
        default: return noSuchOverload(unwrap ? "orValue" : "or", value)
        }
    }
}
