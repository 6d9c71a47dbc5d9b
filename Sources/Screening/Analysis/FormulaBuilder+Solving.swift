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
        /// `constant / x`.
        case divides(Double)
    }

    /// The most `constant / x` steps solved in one comparison (each doubles the formula).
    static let maxReciprocals = 3

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

    /// A comparison of arithmetic on the solved field with a constant, as a formula over the
    /// field: `project.capital_billion_vnd / 30.0 < 10.0` (the land area fixed at the record's
    /// 30 ha) is `capital_billion_vnd < 300.0`, and `120.0 / project.land_area_ha < 10.0` is
    /// `land_area_ha > 0 && land_area_ha > 12.0 || land_area_ha < 0 && land_area_ha < 12.0`.
    /// Only for a `number` field (double arithmetic, no integer truncation), each step with a
    /// nonzero constant; bounds are computed in floating point, so they are exact up to
    /// rounding at the bound itself. Nil otherwise.
    func solved(_ function: String, _ lhs: Expr, _ rhs: Expr) -> Formula? {
        guard let field = solvedField, schema.field(field)?.kind == .number else { return nil }
        if let chain = chain(lhs, field), case .double(let c)? = constant(rhs) {
            return solve(chain, function, c, field)
        }
        if let chain = chain(rhs, field), case .double(let c)? = constant(lhs) {
            return solve(chain, Self.mirrored(function), c, field)
        }
        return nil
    }

    /// `steps(x) OP bound` as a formula over `x`, undoing the steps from the last.
    private func solve(_ steps: [Step], _ function: String, _ bound: Double, _ field: String) -> Formula? {
        var steps = steps
        var function = function
        var bound = bound
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
            case .divides(let k):
                // k / y OP b: for y > 0, k OP b·y; for y < 0, the opposite; y = 0 is neither.
                guard k != 0, function != Operator.equals, function != Operator.notEquals,
                    let above = solve(steps, Operator.greater, 0, field), let below = solve(steps, Operator.less, 0, field)
                else { return nil }
                let turned = Self.mirrored(function)
                let whenAbove: Formula?
                let whenBelow: Formula?
                if bound == 0 {
                    whenAbove = Self.test(function, .number(0)).map { .constant($0.holds(for: .number(k))) }
                    whenBelow = Self.test(turned, .number(0)).map { .constant($0.holds(for: .number(k))) }
                } else {
                    let (positive, negative) = bound > 0 ? (turned, function) : (function, turned)
                    whenAbove = solve(steps, positive, k / bound, field)
                    whenBelow = solve(steps, negative, k / bound, field)
                }
                guard let whenAbove, let whenBelow else { return nil }
                return .or([.and([above, whenAbove]), .and([below, whenBelow])])
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
            case Operator.divide:
                let reciprocals = inner.filter { if case .divides = $0 { return true } else { return false } }.count
                return reciprocals < Self.maxReciprocals ? inner + [.divides(k)] : nil
            default: return nil
            }
        }
        return nil
    }
}
