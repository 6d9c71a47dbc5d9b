import CEL
import CELSyntax

extension FormulaBuilder {
    /// The operators of double arithmetic that comparisons are solved through.
    static let arithmetic: Set<String> = [Operator.add, Operator.subtract, Operator.multiply, Operator.divide]

    /// One step of arithmetic applied to the solved field, with a constant.
    enum Step {
        case add(Double)
        /// `constant - x`.
        case subtractedFrom(Double)
        case multiply(Double)
        case divide(Double)
    }

    /// `x OP y` of two doubles; nil when not finite (a division by zero, an overflow).
    static func fold(_ function: String, _ x: Double, _ y: Double) -> Double? {
        let result: Double
        switch function {
        case Operator.add: result = x + y
        case Operator.subtract: result = x - y
        case Operator.multiply: result = x * y
        case Operator.divide: result = x / y
        default: return nil
        }
        return result.isFinite ? result : nil
    }

    /// A comparison of arithmetic on the solved field with a constant, as an atom on the field:
    /// `project.capital_billion_vnd / 30.0 < 10.0` (the land area fixed at the record's 30 ha)
    /// is `capital_billion_vnd < 300.0`. Only for a `number` field (double arithmetic, no
    /// integer truncation), each step with a nonzero constant; the bound is computed in
    /// floating point, so it is exact up to rounding at the bound itself. Nil otherwise.
    func solved(_ function: String, _ lhs: Expr, _ rhs: Expr) -> Formula? {
        guard let field = solvedField, schema.field(field)?.kind == .number else { return nil }
        var function = function
        var steps: [Step]
        var bound: Double
        if let chain = chain(lhs, field), case .double(let c)? = constant(rhs) {
            (steps, bound) = (chain, c)
        } else if let chain = chain(rhs, field), case .double(let c)? = constant(lhs) {
            (steps, bound, function) = (chain, c, Self.mirrored(function))
        } else {
            return nil
        }
        while let step = steps.popLast() {
            switch step {
            case .add(let k):
                bound -= k
            case .subtractedFrom(let k):
                bound = k - bound
                function = Self.mirrored(function)
            case .multiply(let k), .divide(let k):
                guard k != 0 else { return nil }
                if case .multiply = step { bound /= k } else { bound *= k }
                if k < 0 { function = Self.mirrored(function) }
            }
            guard bound.isFinite else { return nil }
        }
        return Self.test(function, .number(bound)).map { .atom(.field(field), $0) }
    }

    /// The steps that make `expr` from `project.field`, in the order applied; nil when `expr`
    /// is anything else (the field twice, another unknown field, a function).
    private func chain(_ expr: Expr, _ field: String) -> [Step]? {
        if projectField(expr) == field { return [] }
        guard case .call(let function, nil, let args) = expr.kind, args.count == 2 else { return nil }
        let constantLeft: Double? = if case .double(let x)? = constant(args[0]) { x } else { nil }
        let constantRight: Double? = if case .double(let x)? = constant(args[1]) { x } else { nil }
        if let k = constantRight, let inner = chain(args[0], field) {
            switch function {
            case Operator.add: return inner + [.add(k)]
            case Operator.subtract: return inner + [.add(-k)]
            case Operator.multiply: return inner + [.multiply(k)]
            case Operator.divide: return inner + [.divide(k)]
            default: return nil
            }
        }
        if let k = constantLeft, let inner = chain(args[1], field) {
            switch function {
            case Operator.add: return inner + [.add(k)]
            case Operator.subtract: return inner + [.subtractedFrom(k)]
            case Operator.multiply: return inner + [.multiply(k)]
            default: return nil
            }
        }
        return nil
    }
}
