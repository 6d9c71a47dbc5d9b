/// A call that has the shape of a macro, with its parts named.
///
/// Matching looks only at the function name, the argument count and (for `cel.bind`) the
/// receiver; whether the arguments are valid (simple variable names, a field selection in
/// `has`) is checked when expanding, and a mismatch there is a syntax error.
enum MacroCall: Sendable {
    /// `has(a.f)`.
    case has(argument: Expr)
    /// `r.all(x, p)`, `r.exists(x, p)`, `r.exists_one(x, p)` or `r.existsOne(x, p)`.
    case quantifier(Quantifier, range: Expr, variable: Expr, predicate: Expr)
    /// `r.map(x, f)` or `r.map(x, p, f)`.
    case map(range: Expr, variable: Expr, filter: Expr?, transform: Expr)
    /// `r.filter(x, p)`.
    case filter(range: Expr, variable: Expr, predicate: Expr)
    /// `r.all(k, v, p)`, `r.exists(k, v, p)`, `r.existsOne(k, v, p)` or `r.exists_one(k, v, p)`.
    case quantifierTwo(Quantifier, range: Expr, first: Expr, second: Expr, predicate: Expr)
    /// `r.transformList(i, v, f)` or `r.transformList(i, v, p, f)`.
    case transformList(range: Expr, first: Expr, second: Expr, filter: Expr?, transform: Expr)
    /// `r.transformMap(k, v, f)` or `r.transformMap(k, v, p, f)`.
    case transformMap(range: Expr, first: Expr, second: Expr, filter: Expr?, transform: Expr)
    /// `o.optMap(x, f)`, or `o.optFlatMap(x, f)` when `flat`.
    case optionalMap(optional: Expr, variable: Expr, transform: Expr, flat: Bool)
    /// `cel.bind(x, init, body)`.
    case bind(variable: Expr, initializer: Expr, body: Expr)
    /// `cel.block([b0, b1, …], body)`, the common-subexpression form of cel-go's optimiser.
    case block(bindings: Expr, body: Expr)
    /// `cel.index(i)`: the `i`-th binding of the enclosing `cel.block`.
    case blockIndex(Expr)
    /// `cel.iterVar(depth, unique)` or, when `accumulator`, `cel.accuVar(depth, unique)`.
    case blockVariable(depth: Expr, unique: Expr, accumulator: Bool)

    /// The kinds of quantifier macro.
    enum Quantifier: Sendable {
        case all, exists, existsOne
    }

    /// The macro that a global call `function(args)` is, if any.
    static func global(_ function: String, args: [Expr]) -> MacroCall? {
        guard function == "has", args.count == 1 else { return nil }
        return .has(argument: args[0])
    }

    /// The macro that a receiver call `target.function(args)` is, if any. `optMap` and
    /// `optFlatMap` need optional syntax.
    static func receiver(_ function: String, target: Expr, args: [Expr], optionalSyntax: Bool) -> MacroCall? {
        switch (function, args.count) {
        case ("all", 2):
            return .quantifier(.all, range: target, variable: args[0], predicate: args[1])
        case ("exists", 2):
            return .quantifier(.exists, range: target, variable: args[0], predicate: args[1])
        case ("exists_one", 2), ("existsOne", 2):
            return .quantifier(.existsOne, range: target, variable: args[0], predicate: args[1])
        case ("map", 2):
            return .map(range: target, variable: args[0], filter: nil, transform: args[1])
        case ("map", 3):
            return .map(range: target, variable: args[0], filter: args[1], transform: args[2])
        case ("filter", 2):
            return .filter(range: target, variable: args[0], predicate: args[1])
        case ("all", 3):
            return .quantifierTwo(.all, range: target, first: args[0], second: args[1], predicate: args[2])
        case ("exists", 3):
            return .quantifierTwo(.exists, range: target, first: args[0], second: args[1], predicate: args[2])
        case ("exists_one", 3), ("existsOne", 3):
            return .quantifierTwo(.existsOne, range: target, first: args[0], second: args[1], predicate: args[2])
        case ("transformList", 3):
            return .transformList(range: target, first: args[0], second: args[1], filter: nil, transform: args[2])
        case ("transformList", 4):
            return .transformList(range: target, first: args[0], second: args[1], filter: args[2], transform: args[3])
        case ("transformMap", 3):
            return .transformMap(range: target, first: args[0], second: args[1], filter: nil, transform: args[2])
        case ("transformMap", 4):
            return .transformMap(range: target, first: args[0], second: args[1], filter: args[2], transform: args[3])
        case ("optMap", 2) where optionalSyntax:
            return .optionalMap(optional: target, variable: args[0], transform: args[1], flat: false)
        case ("optFlatMap", 2) where optionalSyntax:
            return .optionalMap(optional: target, variable: args[0], transform: args[1], flat: true)
        default:
            return celNamespace(function, target: target, args: args)
        }
    }

    /// The macros of the `cel` namespace, whose receiver must be the plain name `cel`.
    private static func celNamespace(_ function: String, target: Expr, args: [Expr]) -> MacroCall? {
        guard case .ident(name: "cel", isRooted: false) = target.kind else { return nil }
        switch (function, args.count) {
        case ("bind", 3): return .bind(variable: args[0], initializer: args[1], body: args[2])
        case ("block", 2): return .block(bindings: args[0], body: args[1])
        case ("index", 1): return .blockIndex(args[0])
        case ("iterVar", 2): return .blockVariable(depth: args[0], unique: args[1], accumulator: false)
        case ("accuVar", 2): return .blockVariable(depth: args[0], unique: args[1], accumulator: true)
        default: return nil
        }
    }
}
