import CELSyntax

/// Turns a parsed (and usually checked) expression into a tree of ``Interpretable`` nodes.
///
/// Every name, slot and function is resolved here, once; constant sub-expressions are folded.
struct Planner {
    let environment: Environment
    let parsed: ParsedExpr
    /// Comprehension variables in scope, innermost last.
    private var scopes: [(name: String, slot: Int)] = []
    private var nextSlot: Int
    private var maxSlot: Int

    init(environment: Environment, parsed: ParsedExpr) {
        self.environment = environment
        self.parsed = parsed
        self.nextSlot = environment.variableSlotCount
        self.maxSlot = environment.variableSlotCount
    }

    /// Compiles the whole expression.
    mutating func plan(resultType: CELType) -> Program {
        let root = plan(parsed.root)
        return Program(root: root, slotCount: maxSlot, resultType: resultType, parsed: parsed)
    }

    mutating func plan(_ expr: Expr) -> Interpretable {
        switch expr.kind {
        case .literal(let constant):
            return ConstantNode(id: expr.id, value: Self.value(of: constant))
        case .ident, .select(_, _, false, false):
            if let node = planQualified(expr) { return node }
            if case .select(let operand, let field, _, _) = expr.kind {
                return SelectNode(
                    id: expr.id, operand: plan(operand), field: field, unknownPath: nil, testOnly: false)
            }
            if case .ident(let name, _) = expr.kind {
                return ConstantNode(id: expr.id, value: .fail(.undeclaredReference(name)))
            }
            return ConstantNode(id: expr.id, value: .fail(.unsupported("expression")))
        case .select(let operand, let field, true, _):
            return planHas(expr, operand: operand, field: field)
        case .select(let operand, let field, false, true):
            return planCall(
                Expr(id: expr.id, kind: .call(
                    function: Operator.optionalSelect, target: nil,
                    args: [operand, Expr(id: expr.id, kind: .literal(.string(field)))])))
        case .call:
            return planCall(expr)
        case .list(let elements, let optionalIndices):
            let nodes = elements.map { plan($0) }
            return fold(ListNode(id: expr.id, elements: nodes, optional: Set(optionalIndices)), nodes)
        case .map(let entries):
            let keys = entries.map { plan($0.key) }
            let values = entries.map { plan($0.value) }
            let optional = Set(entries.indices.filter { entries[$0].optional })
            return fold(MapNode(id: expr.id, keys: keys, values: values, optional: optional), keys + values)
        case .structure(let typeName, _):
            return ConstantNode(id: expr.id, value: .fail(.unsupported("message construction `\(typeName)`")))
        case .comprehension(let comprehension):
            return planComprehension(expr.id, comprehension)
        }
    }

    // MARK: - Names

    /// A comprehension variable, a declared variable (possibly qualified) or a type name,
    /// followed by any remaining field selections.
    private mutating func planQualified(_ expr: Expr) -> Interpretable? {
        guard let name = QualifiedName(expr),
            let resolution = environment.resolve(name, isLocal: { scopesContain($0) })
        else { return nil }
        switch resolution {
        case .local(let local):
            guard let slot = scopes.last(where: { $0.name == local })?.slot else { return nil }
            return selections(from: SlotNode(id: name.ids[0], slot: slot), name: name, after: 1, path: nil)
        case .variable(let declaration, let count):
            return planVariable(declaration, name: name, count: count)
        case .type(let type, let count):
            let node = ConstantNode(id: name.ids[count - 1], value: .type(type))
            return selections(from: node, name: name, after: count, path: nil)
        }
    }

    private func planVariable(_ declaration: VariableDecl, name: QualifiedName, count: Int) -> Interpretable {
        let id = name.ids[count - 1]
        if let constant = declaration.constant {
            return selections(from: ConstantNode(id: id, value: constant), name: name, after: count, path: nil)
        }
        guard let base = environment.slot(of: declaration.name) else {
            return ConstantNode(id: id, value: .fail(.undeclaredReference(declaration.name)))
        }
        let path = declaration.missingKeysAreUnknown ? declaration.name : nil
        guard case .object(let object) = declaration.type else {
            return selections(from: SlotNode(id: id, slot: base), name: name, after: count, path: path)
        }
        guard count < name.parts.count else {
            return RecordNode(id: id, names: object.fields.map(\.name), base: base)
        }
        let field = name.parts[count]
        guard let offset = object.slotOf[field] else {
            return ConstantNode(id: name.ids[count], value: .fail(.noSuchField(field)))
        }
        let fieldNode = SlotNode(id: name.ids[count], slot: base + offset)
        return selections(from: fieldNode, name: name, after: count + 1, path: nil)
    }

    /// Applies the selections `name.parts[after...]` to `node`, folding constant operands.
    private func selections(from node: Interpretable, name: QualifiedName, after: Int, path: String?)
        -> Interpretable
    {
        var current = node
        var currentPath = path
        for index in after..<name.parts.count {
            let field = name.parts[index]
            currentPath = currentPath.map { "\($0).\(field)" }
            let select = SelectNode(
                id: name.ids[index], operand: current, field: field, unknownPath: currentPath, testOnly: false)
            current = fold(select, [current])
        }
        return current
    }

    private mutating func planHas(_ expr: Expr, operand: Expr, field: String) -> Interpretable {
        if let name = QualifiedName(operand), !name.rooted,
            scopes.last(where: { $0.name == name.parts[0] }) == nil,
            name.parts.count == 1, let declaration = environment.variable(named: name.parts[0], rooted: false),
            case .object(let object) = declaration.type, let base = environment.slot(of: declaration.name)
        {
            guard let offset = object.slotOf[field] else {
                return ConstantNode(id: expr.id, value: .fail(.noSuchField(field)))
            }
            return HasSlotNode(id: expr.id, slot: base + offset)
        }
        let operandNode = plan(operand)
        return fold(
            SelectNode(id: expr.id, operand: operandNode, field: field, unknownPath: nil, testOnly: true),
            [operandNode])
    }

    // MARK: - Comprehensions

    private mutating func planComprehension(_ id: ExprID, _ c: Comprehension) -> Interpretable {
        if let quantifier = planQuantifier(id, c) { return quantifier }
        let range = plan(c.iterRange)
        let accuInit = plan(c.accuInit)
        let saved = (scopes, nextSlot)
        let accuSlot = allocate(c.accuVar)
        let iterSlot = allocate(c.iterVar)
        let iterSlot2 = c.iterVar2.map { allocate($0) }
        let condition = plan(c.loopCondition)
        let step = plan(c.loopStep)
        scopes.removeAll { $0.slot == iterSlot || $0.slot == iterSlot2 }
        let result = plan(c.result)
        (scopes, nextSlot) = saved
        return ComprehensionNode(
            id: id, range: range, iterSlot: iterSlot, iterSlot2: iterSlot2, accuSlot: accuSlot,
            accuInit: accuInit, condition: condition, step: step, result: result)
    }

    /// Whether a comprehension variable of that name is in scope.
    func scopesContain(_ name: String) -> Bool {
        scopes.contains { $0.name == name }
    }

    /// The `exists` and `all` macros' expansions, recognised by their shape.
    private mutating func planQuantifier(_ id: ExprID, _ c: Comprehension) -> Interpretable? {
        guard c.iterVar2 == nil, case .literal(.bool(let initial)) = c.accuInit.kind,
            case .ident(c.accuVar, false) = c.result.kind,
            case .call(let function, nil, let args) = c.loopStep.kind, args.count == 2,
            case .ident(c.accuVar, false) = args[0].kind,
            function == (initial ? Operator.logicalAnd : Operator.logicalOr)
        else { return nil }
        let range = plan(c.iterRange)
        let saved = (scopes, nextSlot)
        let iterSlot = allocate(c.iterVar)
        let predicate = plan(args[1])
        (scopes, nextSlot) = saved
        let quantifier = QuantifierNode(id: id, range: range, iterSlot: iterSlot, predicate: predicate, decisive: !initial)
        return prefixExists(id, c, quantifier: quantifier, predicate: args[1])
            ?? listInConstantSet(id, quantifier: quantifier) ?? quantifier
    }

    /// `list.exists(x, x in [constants])` (or `all`) over a list read from a slot.
    private func listInConstantSet(_ id: ExprID, quantifier: QuantifierNode) -> Interpretable? {
        guard let listSlot = quantifier.range.slotRead, let set = quantifier.predicate as? InConstantSetNode,
            set.elementSlot == quantifier.iterSlot
        else { return nil }
        return ListInConstantSetNode(id: id, listSlot: listSlot, set: set, general: quantifier)
    }

    /// `[constant strings].exists(p, text.startsWith(p))` where `text` does not mention `p`.
    private mutating func prefixExists(_ id: ExprID, _ c: Comprehension, quantifier: QuantifierNode, predicate: Expr)
        -> Interpretable?
    {
        guard quantifier.decisive, case .list(let elements)? = quantifier.range.constantValue,
            case .call("startsWith", let target?, let arguments) = predicate.kind, arguments.count == 1,
            case .ident(c.iterVar, false) = arguments[0].kind,
            let name = QualifiedName(target), name.parts[0] != c.iterVar
        else { return nil }
        var prefixes: [String] = []
        for element in elements {
            guard case .string(let prefix) = element else { return nil }
            prefixes.append(prefix)
        }
        return PrefixExistsNode(id: id, text: plan(target), prefixes: prefixes, general: quantifier)
    }

    private mutating func allocate(_ name: String) -> Int {
        let slot = nextSlot
        nextSlot += 1
        maxSlot = max(maxSlot, nextSlot)
        scopes.append((name, slot))
        return slot
    }

    // MARK: - Constants

    static func value(of constant: Constant) -> Value {
        switch constant {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// Replaces `node` by its value when all its operands are constants.
    func fold(_ node: Interpretable, _ operands: [Interpretable]) -> Interpretable {
        guard operands.allSatisfy({ $0.constantValue != nil }) else { return node }
        return ConstantNode(id: node.id, value: node.eval(Activation(slotCount: 0)))
    }
}
