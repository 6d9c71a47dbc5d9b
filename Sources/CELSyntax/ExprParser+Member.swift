extension ExprParser {
    /// `primary {"." ["?"] name ["(" args ")"] | "[" ["?"] expr "]"}`; each access counts one
    /// nesting level. `sign` is the offset of a minus sign folded into a leading number.
    mutating func parseMember(sign: Int?) throws(SyntaxError) -> Expr {
        var expr = try parsePrimary(sign: sign)
        var levels = 0
        defer { depth -= levels }
        while true {
            let token = current
            if token.is(.dot) {
                try descend(at: token.offset)
                levels += 1
                expr = try parseSelection(of: expr, dot: token)
            } else if token.is(.leftBracket) {
                try descend(at: token.offset)
                levels += 1
                expr = try parseIndex(of: expr, bracket: token)
            } else {
                return expr
            }
        }
    }

    /// `.name`, `` .`quoted name` ``, `.?name` or `.name(args)`; `current` is the dot.
    private mutating func parseSelection(of operand: Expr, dot: Token) throws(SyntaxError) -> Expr {
        advance()
        var isOptional = false
        if current.is(.question) {
            try requireOptionalSyntax(".?", at: current)
            isOptional = true
            advance()
        }
        let nameToken = current
        let name: String
        var isPlainName = false
        switch nameToken.kind {
        case let .identifier(text):
            name = text
            isPlainName = true
        case let .quotedIdentifier(text):
            name = text
        default:
            throw error(at: nameToken, SyntaxMessages.expectedFieldName(found: describe(nameToken)))
        }
        advance()
        if isOptional {
            let field = factory.literal(.string(name), at: nameToken.offset)
            return factory.call(Operator.optionalSelect, [operand, field], at: dot.offset)
        }
        if isPlainName, current.is(.leftParen) {
            let id = factory.nextID(at: current.offset)
            advance()
            let args = try parseArguments()
            return try receiverCallOrMacro(id: id, function: name, target: operand, args: args)
        }
        return factory.node(.select(operand: operand, field: name, testOnly: false, optional: false), at: dot.offset)
    }

    /// `[index]` or `[?index]`; `current` is the bracket.
    private mutating func parseIndex(of operand: Expr, bracket: Token) throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: bracket.offset)
        advance()
        var function = Operator.index
        if current.is(.question) {
            try requireOptionalSyntax("[?", at: current)
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
        if current.is(.rightParen) {
            advance()
            return args
        }
        while true {
            args.append(try parseExpr())
            if current.is(.comma) {
                advance()
                continue
            }
            try expect(.rightParen)
            return args
        }
    }

    /// At the start of a bracketed sequence: consumes `closer` or `, closer` (the grammar
    /// allows a lone comma) and returns true when the sequence is empty.
    mutating func consumeEmptySequence(closer: Punctuation) -> Bool {
        if current.is(closer) {
            advance()
            return true
        }
        if current.is(.comma), token(at: index + 1).is(closer) {
            advance()
            advance()
            return true
        }
        return false
    }

    /// After an element of a bracketed sequence: consumes `,` and returns true when another
    /// element follows, or consumes `closer` (after an optional trailing comma) and returns false.
    mutating func continueSequence(closer: Punctuation) throws(SyntaxError) -> Bool {
        if current.is(.comma) {
            advance()
            if current.is(closer) {
                advance()
                return false
            }
            return true
        }
        try expect(closer)
        return false
    }
}
