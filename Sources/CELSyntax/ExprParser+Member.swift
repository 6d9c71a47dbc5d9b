extension ExprParser {
    /// `.name`, `` .`quoted name` ``, `.?name` or `.name(args)` after `operand`; `current` is
    /// the dot.
    mutating func parseSelection(of operand: Expr) throws(SyntaxError) -> Expr {
        let dot = offset
        advance()
        let selector = try parseSelector()
        if selector.isOptional {
            let field = factory.literal(.string(selector.name), at: selector.offset)
            return factory.call(Operator.optionalSelect, [operand, field], at: dot)
        }
        guard selector.isPlainName, at(.leftParen) else {
            let kind = ExprKind.select(operand: operand, field: selector.name, testOnly: false, optional: false)
            return factory.node(kind, at: dot)
        }
        let id = factory.nextID(at: offset)
        advance()
        let args = try parseArguments()
        return try receiverCallOrMacro(id: id, function: selector.name, target: operand, args: args)
    }

    /// The part of a selection after the dot.
    struct Selector {
        var name: String
        var offset: Int
        var isOptional: Bool
        /// Not backquoted, so it may name a method.
        var isPlainName: Bool
    }

    /// `["?"] name` after a dot.
    private mutating func parseSelector() throws(SyntaxError) -> Selector {
        var isOptional = false
        if at(.question) {
            try requireOptionalSyntax(".?")
            isOptional = true
            advance()
        }
        guard kind == .identifier || kind == .quotedIdentifier else {
            throw failure(SyntaxMessages.expectedFieldName(found: describeCurrent()))
        }
        let selector = Selector(name: text, offset: offset, isOptional: isOptional, isPlainName: kind == .identifier)
        advance()
        return selector
    }

    /// `[index]` or `[?index]` after `operand`; `current` is the bracket.
    mutating func parseIndex(of operand: Expr) throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: offset)
        advance()
        var function = Operator.index
        if at(.question) {
            try requireOptionalSyntax("[?")
            function = Operator.optionalIndex
            advance()
        }
        let index = try parseExpr()
        try expect(.rightBracket)
        return Expr(id: id, kind: .call(function: function, target: nil, args: [operand, index]))
    }

    /// `[expr {"," expr}] ")"`, after the opening parenthesis; no trailing comma.
    mutating func parseArguments() throws(SyntaxError) -> [Expr] {
        var args: [Expr] = []
        if at(.rightParen) {
            advance()
            return args
        }
        while true {
            args.append(try parseExpr())
            guard at(.comma) else { break }
            advance()
        }
        try expect(.rightParen)
        return args
    }

    /// At the start of a bracketed sequence: consumes `closer` or `, closer` (the grammar
    /// allows a lone comma) and returns true when the sequence is empty.
    mutating func consumeEmptySequence(closer: Punctuation) -> Bool {
        if at(closer) {
            advance()
            return true
        }
        if at(.comma), token(at: index + 1).kind == .punctuation(closer) {
            advance()
            advance()
            return true
        }
        return false
    }

    /// After an element of a bracketed sequence: consumes `,` and returns true when another
    /// element follows, or consumes `closer` (after an optional trailing comma) and returns false.
    mutating func continueSequence(closer: Punctuation) throws(SyntaxError) -> Bool {
        if at(.comma) {
            advance()
            if at(closer) {
                advance()
                return false
            }
            return true
        }
        try expect(closer)
        return false
    }

    /// Consumes a `?` marking an optional element, entry or field; returns whether there was one.
    mutating func consumeOptionalMarker() throws(SyntaxError) -> Bool {
        guard at(.question) else { return false }
        try requireOptionalSyntax("?")
        advance()
        return true
    }
}
