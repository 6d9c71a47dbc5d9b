extension ExprParser {
    /// A literal, a name, a global call, a message construction, `(expr)`, a list or a map.
    /// `sign` is the offset of a minus sign to fold into the int or double literal at `current`.
    mutating func parsePrimary(sign: Int?) throws(SyntaxError) -> Expr {
        let token = current
        if let sign { return try parseNegativeLiteral(sign: sign) }
        switch token.kind {
        case let .int(magnitude):
            guard magnitude <= UInt64(Int64.max) else {
                throw SyntaxError(offset: token.offset, message: SyntaxMessages.intOutOfRange(text(of: token)))
            }
            advance()
            return factory.literal(.int(Int64(magnitude)), at: token.offset)
        case let .uint(value):
            advance()
            return factory.literal(.uint(value), at: token.offset)
        case let .double(value):
            advance()
            return factory.literal(.double(value), at: token.offset)
        case let .string(value):
            advance()
            return factory.literal(.string(value), at: token.offset)
        case let .bytes(value):
            advance()
            return factory.literal(.bytes(value), at: token.offset)
        case .keywordTrue:
            advance()
            return factory.literal(.bool(true), at: token.offset)
        case .keywordFalse:
            advance()
            return factory.literal(.bool(false), at: token.offset)
        case .keywordNull:
            advance()
            return factory.literal(.null, at: token.offset)
        case .identifier:
            return try parseName(isRooted: false)
        case .punctuation(.dot):
            advance()
            guard case .identifier = current.kind else {
                throw error(at: current, SyntaxMessages.expectedName(found: describe(current)))
            }
            return try parseName(isRooted: true)
        case .punctuation(.leftParen):
            advance()
            let expr = try parseExpr()
            try expect(.rightParen)
            return expr
        case .punctuation(.leftBracket):
            return try parseList()
        case .punctuation(.leftBrace):
            return try parseMap()
        default:
            throw error(at: token, SyntaxMessages.expectedExpression(found: describe(token)))
        }
    }

    /// An int or double literal with a minus sign at `sign` folded in.
    private mutating func parseNegativeLiteral(sign: Int) throws(SyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case let .int(magnitude):
            let value: Int64
            if magnitude <= UInt64(Int64.max) {
                value = -Int64(magnitude)
            } else if magnitude == UInt64(Int64.max) + 1 {
                value = Int64.min
            } else {
                throw SyntaxError(offset: sign, message: SyntaxMessages.intOutOfRange("-" + text(of: token)))
            }
            advance()
            return factory.literal(.int(value), at: sign)
        case let .double(value):
            advance()
            return factory.literal(.double(-value), at: sign)
        default:
            throw error(at: token, SyntaxMessages.expectedExpression(found: describe(token)))
        }
    }

    /// A name at `current`: a message construction `a.b.C{…}`, a global call `f(…)` or an
    /// identifier. Rooted names (written after a leading dot) keep the dot in call and type
    /// names, as in cel-go.
    private mutating func parseName(isRooted: Bool) throws(SyntaxError) -> Expr {
        if isMessageConstruction(at: index) { return try parseMessage(isRooted: isRooted) }
        let nameToken = current
        guard case let .identifier(name) = nameToken.kind else {
            throw error(at: nameToken, SyntaxMessages.expectedName(found: describe(nameToken)))
        }
        guard !ReservedWords.all.contains(name) else {
            throw SyntaxError(offset: nameToken.offset, message: SyntaxMessages.reservedIdentifier(name))
        }
        advance()
        if current.is(.leftParen) {
            let id = factory.nextID(at: current.offset)
            advance()
            let args = try parseArguments()
            return try globalCallOrMacro(id: id, function: isRooted ? "." + name : name, args: args)
        }
        return factory.node(.ident(name: name, isRooted: isRooted), at: nameToken.offset)
    }

    /// Whether the tokens from `position` read `IDENT {"." IDENT} "{"`.
    private func isMessageConstruction(at position: Int) -> Bool {
        guard case .identifier = token(at: position).kind else { return false }
        var next = position + 1
        while token(at: next).is(.dot), case .identifier = token(at: next + 1).kind {
            next += 2
        }
        return token(at: next).is(.leftBrace)
    }

    /// `a.b.C{field: value, ?field: value, …}`; `current` is the first name.
    private mutating func parseMessage(isRooted: Bool) throws(SyntaxError) -> Expr {
        var typeName = isRooted ? "." : ""
        while case let .identifier(segment) = current.kind {
            typeName += segment
            advance()
            guard current.is(.dot) else { break }
            typeName += "."
            advance()
        }
        let brace = current
        try expect(.leftBrace)
        let id = factory.nextID(at: brace.offset)
        var fields: [StructField] = []
        if !consumeEmptySequence(closer: .rightBrace) {
            repeat {
                fields.append(try parseField())
            } while try continueSequence(closer: .rightBrace)
        }
        return Expr(id: id, kind: .structure(typeName: typeName, fields: fields))
    }

    /// `["?"] name ":" expr` inside a message construction.
    private mutating func parseField() throws(SyntaxError) -> StructField {
        var isOptional = false
        if current.is(.question) {
            try requireOptionalSyntax("?", at: current)
            isOptional = true
            advance()
        }
        let nameToken = current
        let name: String
        switch nameToken.kind {
        case let .identifier(text), let .quotedIdentifier(text):
            name = text
        default:
            throw error(at: nameToken, SyntaxMessages.expectedFieldName(found: describe(nameToken)))
        }
        advance()
        let colon = current
        try expect(.colon)
        let id = factory.nextID(at: colon.offset)
        let value = try parseExpr()
        return StructField(id: id, name: name, value: value, optional: isOptional)
    }

    /// `[a, ?b, c,]`; `current` is the bracket.
    private mutating func parseList() throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: current.offset)
        advance()
        var elements: [Expr] = []
        var optionalIndices: [Int] = []
        if !consumeEmptySequence(closer: .rightBracket) {
            repeat {
                if current.is(.question) {
                    try requireOptionalSyntax("?", at: current)
                    optionalIndices.append(elements.count)
                    advance()
                }
                elements.append(try parseExpr())
            } while try continueSequence(closer: .rightBracket)
        }
        return Expr(id: id, kind: .list(elements: elements, optionalIndices: optionalIndices))
    }

    /// `{k: v, ?k: v,}`; `current` is the brace.
    private mutating func parseMap() throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: current.offset)
        advance()
        var entries: [MapEntry] = []
        if !consumeEmptySequence(closer: .rightBrace) {
            repeat {
                var isOptional = false
                if current.is(.question) {
                    try requireOptionalSyntax("?", at: current)
                    isOptional = true
                    advance()
                }
                let key = try parseExpr()
                let colon = current
                try expect(.colon)
                let entryID = factory.nextID(at: colon.offset)
                let value = try parseExpr()
                entries.append(MapEntry(id: entryID, key: key, value: value, optional: isOptional))
            } while try continueSequence(closer: .rightBrace)
        }
        return Expr(id: id, kind: .map(entries: entries))
    }
}
