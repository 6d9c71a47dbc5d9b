extension ExprParser {
    /// A global call, or its expansion when it is a macro (`has`).
    mutating func globalCallOrMacro(id: ExprID, function: String, args: [Expr]) throws(SyntaxError) -> Expr {
        let call = Expr(id: id, kind: .call(function: function, target: nil, args: args))
        guard options.enableMacros, let macro = MacroCall.global(function, args: args) else { return call }
        return try expand(macro, call: call, function: function)
    }

    /// A receiver-style call, or its expansion when it is a macro.
    mutating func receiverCallOrMacro(id: ExprID, function: String, target: Expr, args: [Expr])
        throws(SyntaxError) -> Expr
    {
        let call = Expr(id: id, kind: .call(function: function, target: target, args: args))
        guard options.enableMacros,
            let macro = MacroCall.receiver(
                function, target: target, args: args, optionalSyntax: options.enableOptionalSyntax)
        else { return call }
        return try expand(macro, call: call, function: function)
    }

    /// Expands a macro and records the original call under the expansion's identifier.
    private mutating func expand(_ macro: MacroCall, call: Expr, function: String) throws(SyntaxError) -> Expr {
        // Move the factory into the expander (and back, even on error) so that its tables are
        // not copied.
        let name: String
        switch macro {
        case .bind, .block, .blockIndex, .blockVariable: name = "cel." + function
        default: name = function
        }
        var expander = MacroExpander(offset: factory.offset(of: call.id), name: name, factory: ExprFactory())
        swap(&expander.factory, &factory)
        defer { swap(&expander.factory, &factory) }
        let expansion = try expander.expand(macro)
        expander.factory.recordMacroCall(call, expandedAs: expansion.id)
        return expansion
    }
}
