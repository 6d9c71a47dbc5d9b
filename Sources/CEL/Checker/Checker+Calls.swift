import CELSyntax

extension Checker {
    /// The result type of a call, chosen among the function's overloads by argument types.
    mutating func visitCall(_ expr: Expr) -> CELType {
        guard case .call(let function, let target, let args) = expr.kind else { return .error }

        let scopes = self.scopes
        if let target, let definition = environment.qualifiedFunction(
            target: target, function: function, arity: args.count,
            isLocal: { local in scopes.contains { $0.name == local } })
        {
            let argumentTypes = args.map { visit($0) }
            return resolveOverload(expr.id, definition, isMember: false, argumentTypes)
        }

        var argumentTypes: [CELType] = []
        if let target { argumentTypes.append(visit(target)) }
        argumentTypes += args.map { visit($0) }
        guard let definition = environment.function(named: function, rooted: false) else {
            report(expr.id, vi: "hàm `\(function)` chưa được khai báo",
                   en: "undeclared reference to function `\(function)`")
            return .error
        }
        return resolveOverload(expr.id, definition, isMember: target != nil, argumentTypes)
    }

    private mutating func resolveOverload(
        _ id: ExprID, _ definition: FunctionDefinition, isMember: Bool, _ argumentTypes: [CELType]
    ) -> CELType {
        if argumentTypes.contains(where: { if case .error = unifier.resolve($0) { return true } else { return false } }) {
            return .error
        }
        var results: [CELType] = []
        var committed: TypeUnifier?
        for overload in definition.overloads
        where overload.isMember == isMember && overload.parameters.count == argumentTypes.count {
            var trial = unifier
            let instantiated = trial.instantiate(overload.parameters + [overload.result])
            let parameters = instantiated.dropLast()
            let matches = zip(parameters, argumentTypes).allSatisfy { trial.assign($0, $1) }
            guard matches, let result = instantiated.last else { continue }
            results.append(trial.resolve(result))
            if committed == nil { committed = trial }
        }
        guard let first = results.first else {
            let shown = argumentTypes.map { describe($0) }.joined(separator: ", ")
            report(id, vi: "không có dạng nào của `\(definition.name)` nhận (\(shown))",
                   en: "found no matching overload for `\(definition.name)` applied to (\(shown))")
            return .error
        }
        if results.count == 1, let committed {
            unifier = committed
            return first
        }
        var joined = first
        for result in results.dropFirst() { joined = unifier.join(joined, result) }
        return joined
    }
}
