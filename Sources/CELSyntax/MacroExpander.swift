/// Expands one macro call into the tree cel-go produces for it.
///
/// Every node it makes gets a fresh identifier located at the macro call; nodes taken from the
/// call's arguments keep theirs. Comprehension macros accumulate into ``accumulator``.
struct MacroExpander {
    /// The accumulator variable of the comprehensions that macros expand to.
    static let accumulator = "@result"
    /// The accumulator name of older CEL versions; an iteration variable may not take it.
    static let legacyAccumulator = "__result__"
    /// The iteration variable of the single-pass folds of `cel.bind`, `optMap` and `optFlatMap`.
    static let unusedIterationVariable = "#unused"
    /// The function that `transformMap` inserts into its result with, as in cel-go.
    static let mapInsert = "cel.@mapInsert"
    /// The function that `cel.block` becomes, as in cel-go.
    static let block = "cel.@block"

    /// The offset of the macro call.
    let offset: Int
    /// The function name as called, for messages.
    let name: String
    /// The factory of the parse, moved in for the expansion.
    var factory: ExprFactory

    /// The expansion of a macro call.
    mutating func expand(_ call: MacroCall) throws(SyntaxError) -> Expr {
        switch call {
        case .has(let argument):
            guard case .select(let operand, let field, false, false) = argument.kind else {
                throw SyntaxError(offset: factory.offset(of: argument.id), message: SyntaxMessages.hasNeedsSelection)
            }
            return factory.node(.select(operand: operand, field: field, testOnly: true, optional: false), at: offset)
        case .quantifier(let kind, let range, let variable, let predicate):
            let iterVar = try iterationVariable(variable)
            return quantifier(kind, range: range, iterVar: iterVar, iterVar2: nil, predicate: predicate)
        case .quantifierTwo(let kind, let range, let first, let second, let predicate):
            let (iterVar, iterVar2) = try iterationVariables(first, second)
            return quantifier(kind, range: range, iterVar: iterVar, iterVar2: iterVar2, predicate: predicate)
        case .map(let range, let variable, let filter, let transform):
            let iterVar = try iterationVariable(variable)
            return collect(range: range, iterVar: iterVar, iterVar2: nil, filter: filter, element: transform)
        case .filter(let range, let variable, let predicate):
            let iterVar = try iterationVariable(variable)
            return collect(range: range, iterVar: iterVar, iterVar2: nil, filter: predicate, element: variable)
        case .transformList(let range, let first, let second, let filter, let transform):
            let (iterVar, iterVar2) = try iterationVariables(first, second)
            return collect(range: range, iterVar: iterVar, iterVar2: iterVar2, filter: filter, element: transform)
        case .transformMap(let range, let first, let second, let filter, let transform):
            let (iterVar, iterVar2) = try iterationVariables(first, second)
            var step = factory.call(
                Self.mapInsert, [accu(), factory.ident(iterVar, at: offset), transform], at: offset)
            if let filter { step = factory.call(Operator.conditional, [filter, step, accu()], at: offset) }
            return fold(
                range: range, iterVar: iterVar, iterVar2: iterVar2, accuVar: Self.accumulator,
                accuInit: factory.node(.map(entries: []), at: offset), condition: literal(.bool(true)), step: step,
                result: accu())
        case .optionalMap(let optional, let variable, let transform, let flat):
            let accuVar = try simpleVariable(variable)
            let hasValue = factory.memberCall("hasValue", target: optional, [], at: offset)
            let value = factory.memberCall("value", target: factory.copy(optional), [], at: offset)
            var mapped = singlePass(accuVar: accuVar, accuInit: value, result: transform)
            if !flat { mapped = factory.call("optional.of", [mapped], at: offset) }
            let none = factory.call("optional.none", [], at: offset)
            return factory.call(Operator.conditional, [hasValue, mapped, none], at: offset)
        case .bind(let variable, let initializer, let body):
            let accuVar = try simpleVariable(variable)
            return singlePass(accuVar: accuVar, accuInit: initializer, result: body)
        case .block(let bindings, let body):
            guard case .list = bindings.kind else {
                throw SyntaxError(offset: factory.offset(of: bindings.id), message: SyntaxMessages.blockNeedsList)
            }
            return factory.call(Self.block, [bindings, body], at: offset)
        case .blockIndex(let index):
            let value = try blockNumber(index)
            return factory.ident("@index\(value)", at: offset)
        case .blockVariable(let depth, let unique, let accumulator):
            let name = "@\(accumulator ? "ac" : "it"):\(try blockNumber(depth)):\(try blockNumber(unique))"
            return factory.ident(name, at: offset)
        }
    }

    /// A non-negative int or uint literal argument of `cel.index`, `cel.iterVar` or `cel.accuVar`.
    private func blockNumber(_ expr: Expr) throws(SyntaxError) -> UInt64 {
        switch expr.kind {
        case .literal(.int(let value)) where value >= 0: return UInt64(value)
        case .literal(.uint(let value)): return value
        default:
            throw SyntaxError(offset: factory.offset(of: expr.id), message: SyntaxMessages.blockNeedsNumber(name))
        }
    }

    /// `all`, `exists` and `existsOne`, with one or two iteration variables.
    private mutating func quantifier(
        _ kind: MacroCall.Quantifier, range: Expr, iterVar: String, iterVar2: String?, predicate: Expr
    ) -> Expr {
        let accuInit: Expr
        let condition: Expr
        let step: Expr
        let result: Expr
        switch kind {
        case .all:
            accuInit = literal(.bool(true))
            condition = factory.call(Operator.notStrictlyFalse, [accu()], at: offset)
            step = factory.call(Operator.logicalAnd, [accu(), predicate], at: offset)
            result = accu()
        case .exists:
            accuInit = literal(.bool(false))
            let notResult = factory.call(Operator.logicalNot, [accu()], at: offset)
            condition = factory.call(Operator.notStrictlyFalse, [notResult], at: offset)
            step = factory.call(Operator.logicalOr, [accu(), predicate], at: offset)
            result = accu()
        case .existsOne:
            accuInit = literal(.int(0))
            condition = literal(.bool(true))
            let increment = factory.call(Operator.add, [accu(), literal(.int(1))], at: offset)
            step = factory.call(Operator.conditional, [predicate, increment, accu()], at: offset)
            result = factory.call(Operator.equals, [accu(), literal(.int(1))], at: offset)
        }
        return fold(
            range: range, iterVar: iterVar, iterVar2: iterVar2, accuVar: Self.accumulator, accuInit: accuInit,
            condition: condition, step: step, result: result)
    }

    /// `map`, `filter` and `transformList`: `@result + [element]`, only where `filter` holds.
    private mutating func collect(range: Expr, iterVar: String, iterVar2: String?, filter: Expr?, element: Expr)
        -> Expr
    {
        var step = factory.call(Operator.add, [accu(), factory.list([element], at: offset)], at: offset)
        if let filter { step = factory.call(Operator.conditional, [filter, step, accu()], at: offset) }
        return fold(
            range: range, iterVar: iterVar, iterVar2: iterVar2, accuVar: Self.accumulator,
            accuInit: factory.list([], at: offset), condition: literal(.bool(true)), step: step, result: accu())
    }

    /// A fold over an empty list that binds `accuVar` to `accuInit` and yields `result`.
    private mutating func singlePass(accuVar: String, accuInit: Expr, result: Expr) -> Expr {
        fold(
            range: factory.list([], at: offset), iterVar: Self.unusedIterationVariable, iterVar2: nil,
            accuVar: accuVar, accuInit: accuInit, condition: literal(.bool(false)),
            step: factory.ident(accuVar, at: offset), result: result)
    }

    private mutating func fold(
        range: Expr, iterVar: String, iterVar2: String?, accuVar: String, accuInit: Expr, condition: Expr,
        step: Expr, result: Expr
    ) -> Expr {
        let comprehension = Comprehension(
            iterRange: range, iterVar: iterVar, iterVar2: iterVar2, accuVar: accuVar, accuInit: accuInit,
            loopCondition: condition, loopStep: step, result: result)
        return factory.node(.comprehension(comprehension), at: offset)
    }

    private mutating func accu() -> Expr {
        factory.ident(Self.accumulator, at: offset)
    }

    private mutating func literal(_ constant: Constant) -> Expr {
        factory.literal(constant, at: offset)
    }

    /// The name of an iteration variable: a simple identifier that is not the accumulator.
    private func iterationVariable(_ expr: Expr) throws(SyntaxError) -> String {
        guard case .ident(let variable, false) = expr.kind else {
            throw SyntaxError(
                offset: factory.offset(of: expr.id), message: SyntaxMessages.iterationVariableNotSimple(name))
        }
        guard variable != Self.accumulator, variable != Self.legacyAccumulator else {
            throw SyntaxError(
                offset: factory.offset(of: expr.id),
                message: SyntaxMessages.iterationVariableShadowsAccumulator(variable))
        }
        return variable
    }

    /// The two iteration variables of a two-variable comprehension, which must differ.
    private func iterationVariables(_ first: Expr, _ second: Expr) throws(SyntaxError) -> (String, String) {
        let one = try iterationVariable(first)
        let two = try iterationVariable(second)
        guard one != two else {
            throw SyntaxError(
                offset: factory.offset(of: second.id), message: SyntaxMessages.duplicateIterationVariable(two))
        }
        return (one, two)
    }

    /// The variable of `cel.bind`, `optMap` or `optFlatMap`: a simple identifier.
    private func simpleVariable(_ expr: Expr) throws(SyntaxError) -> String {
        guard case .ident(let variable, false) = expr.kind else {
            throw SyntaxError(offset: factory.offset(of: expr.id), message: SyntaxMessages.variableNotSimple(name))
        }
        return variable
    }
}
