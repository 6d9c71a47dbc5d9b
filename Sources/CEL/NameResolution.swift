import CELSyntax

/// What the leading parts of a qualified name refer to, as the checker and the planner both
/// resolve it: a comprehension variable, a declared variable or a type name.
enum NameResolution {
    /// The first part is a comprehension variable in scope.
    case local(String)
    /// The first `count` parts name a declared variable.
    case variable(VariableDecl, count: Int)
    /// The first `count` parts name a type.
    case type(CELType, count: Int)

    /// How many parts of the name were consumed.
    var count: Int {
        switch self {
        case .local: return 1
        case .variable(_, let count), .type(_, let count): return count
        }
    }
}

extension Environment {
    /// Resolves the longest prefix of `name` that denotes something, locals first (innermost
    /// scope wins), then variables and types through the container; nil when nothing does.
    func resolve(_ name: QualifiedName, isLocal: (String) -> Bool) -> NameResolution? {
        if !name.rooted, isLocal(name.parts[0]) { return .local(name.parts[0]) }
        guard mayResolve(first: name.parts[0]) else { return nil }
        for count in stride(from: name.parts.count, through: 1, by: -1) {
            let qualified = name.prefix(count)
            if let declaration = variable(named: qualified, rooted: name.rooted) {
                return .variable(declaration, count: count)
            }
            if count == name.parts.count || count == 1, let type = TypeNames.type(named: qualified) {
                return .type(type, count: count)
            }
        }
        return nil
    }

    /// The global function that a call `a.b.f(args)` names when `a.b` is not a variable or a
    /// comprehension variable but `a.b.f` is a function of that arity (`math.greatest(…)`).
    func qualifiedFunction(target: Expr, function: String, arity: Int, isLocal: (String) -> Bool)
        -> FunctionDefinition?
    {
        guard let name = QualifiedName(target), name.rooted || !isLocal(name.parts[0]) else { return nil }
        let qualified = name.prefix(name.parts.count)
        guard variable(named: qualified, rooted: name.rooted) == nil,
            let definition = self.function(named: qualified + "." + function, rooted: name.rooted),
            definition.hasShape(isMember: false, arity: arity)
        else { return nil }
        return definition
    }
}
