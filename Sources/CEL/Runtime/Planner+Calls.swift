import CELSyntax

extension Planner {
    /// Compiles a call: the logical operators specially, others as strict calls of the
    /// implementation chosen by name and number of arguments.
    mutating func planCall(_ expr: Expr) -> Interpretable {
        guard case .call(let function, let target, let args) = expr.kind else {
            return ConstantNode(id: expr.id, value: .fail(.unsupported("call")))
        }
        if target == nil, let node = planSpecial(expr.id, function, args) { return node }
        if let target, args.count == 1, function == "or" || function == "orValue" {
            let receiver = plan(target)
            let alternative = plan(args[0])
            return fold(
                OptionalOrNode(id: expr.id, receiver: receiver, alternative: alternative, unwrap: function == "orValue"),
                [receiver, alternative])
        }

        // `a.b.f(x)` may name a qualified global function `a.b.f`.
        if let target, let definition = environment.qualifiedFunction(
            target: target, function: function, arity: args.count, isLocal: { scopesContain($0) })
        {
            return planStrict(expr.id, definition, arguments: args.map { plan($0) })
        }

        var arguments: [Interpretable] = []
        if let target { arguments.append(plan(target)) }
        arguments += args.map { plan($0) }
        guard let definition = environment.function(named: function, rooted: false),
            definition.hasShape(isMember: target != nil, arity: arguments.count)
                || definition.implementations[arguments.count] != nil && definition.overloads.isEmpty
        else {
            let names = arguments.map { _ in "dyn" }
            return ConstantNode(id: expr.id, value: .fail(.noSuchOverload(function: function, arguments: names)))
        }
        if function == Operator.in, target == nil, arguments.count == 2 {
            if let node = planMembership(expr.id, arguments[0], arguments[1]) { return node }
            let general = planStrict(expr.id, definition, arguments: arguments)
            if case .string(let text)? = arguments[0].constantValue, let slot = arguments[1].slotRead,
                general.constantValue == nil
            {
                return StringInListNode(id: expr.id, text: text, listSlot: slot, general: general)
            }
            return general
        }
        return planStrict(expr.id, definition, arguments: arguments)
    }

    /// `x in [constant scalars]` or `x in {constant map}` as a set lookup, else nil.
    private func planMembership(_ id: ExprID, _ element: Interpretable, _ container: Interpretable)
        -> Interpretable?
    {
        guard element.constantValue == nil else { return nil }
        switch container.constantValue {
        case .list(let elements)?: return InConstantSetNode(id: id, element: element, elements: elements)
        case .map(let map)?: return InConstantSetNode(id: id, element: element, elements: map.keys)
        default: return nil
        }
    }

    private func planStrict(_ id: ExprID, _ definition: FunctionDefinition, arguments: [Interpretable])
        -> Interpretable
    {
        guard let impl = definition.implementations[arguments.count] else {
            return ConstantNode(
                id: id,
                value: .fail(.noSuchOverload(function: definition.name, arguments: arguments.map { _ in "dyn" })))
        }
        if case .binary(let f) = impl, arguments.count == 2,
            let comparison = CompareConstantNode.Comparison(function: definition.name),
            (arguments[0].constantValue == nil) != (arguments[1].constantValue == nil)
        {
            let constantFirst = arguments[0].constantValue != nil
            let operand = constantFirst ? arguments[1] : arguments[0]
            let constant = (constantFirst ? arguments[0].constantValue : arguments[1].constantValue) ?? .null
            let swappedGeneral: @Sendable (Value, Value) -> Value = { value, constant in f(constant, value) }
            let general = constantFirst ? swappedGeneral : f
            return CompareConstantNode(
                id: id, operand: operand, constant: constant,
                comparison: constantFirst ? comparison.swapped : comparison, general: general)
        }
        if case .binary(let f) = impl, arguments.count == 2, definition.name == Operator.index,
            let map = arguments[0].constantValue, arguments[1].constantValue == nil,
            let node = ConstantMapIndexNode(id: id, map: map, key: arguments[1], general: f)
        {
            return node
        }
        let node: Interpretable
        switch impl {
        case .unary(let f) where arguments.count == 1:
            if definition.name == Operator.logicalNot,
                let not = NotNode(id: id, operand: arguments[0], function: f)
            {
                node = not
            } else {
                node = Call1Node(id: id, function: f, argument: arguments[0])
            }
        case .binary(let f) where arguments.count == 2:
            node = Call2Node(id: id, function: f, lhs: arguments[0], rhs: arguments[1])
        default:
            node = CallNode(id: id, function: impl, arguments: arguments)
        }
        return fold(node, arguments)
    }

    /// The operators that are not strict: `&&`, `||`, `?:`, `@not_strictly_false`.
    private mutating func planSpecial(_ id: ExprID, _ function: String, _ args: [Expr]) -> Interpretable? {
        switch (function, args.count) {
        case (Operator.logicalAnd, 2):
            let lhs = plan(args[0])
            let rhs = plan(args[1])
            return chain(fold(AndNode(id: id, lhs: lhs, rhs: rhs), [lhs, rhs]), lhs, rhs, decisive: false)
        case (Operator.logicalOr, 2):
            let lhs = plan(args[0])
            let rhs = plan(args[1])
            return chain(fold(OrNode(id: id, lhs: lhs, rhs: rhs), [lhs, rhs]), lhs, rhs, decisive: true)
        case (Operator.conditional, 3):
            let condition = plan(args[0])
            let whenTrue = plan(args[1])
            let whenFalse = plan(args[2])
            if case .bool(let b)? = condition.constantValue { return b ? whenTrue : whenFalse }
            return ConditionalNode(id: id, condition: condition, whenTrue: whenTrue, whenFalse: whenFalse)
        case (Operator.notStrictlyFalse, 1):
            let operand = plan(args[0])
            return fold(NotStrictlyFalseNode(id: id, operand: operand), [operand])
        default:
            return nil
        }
    }

    /// `general` (a binary `&&` or `||`) as one ``LogicChainNode`` over the operands of
    /// `lhs` and `rhs`, splicing in the operands of chains of the same operator.
    private func chain(_ general: Interpretable, _ lhs: Interpretable, _ rhs: Interpretable, decisive: Bool)
        -> Interpretable
    {
        guard general.constantValue == nil else { return general }
        func operands(_ node: Interpretable) -> [Interpretable] {
            if let chain = node as? LogicChainNode, chain.decisive == decisive { return chain.operands }
            return [node]
        }
        let all = operands(lhs) + operands(rhs)
        guard all.count <= LogicChainNode.maximumOperands else { return general }
        return LogicChainNode(id: general.id, operands: all, decisive: decisive, general: general)
    }
}
