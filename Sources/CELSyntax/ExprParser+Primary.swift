extension ExprParser {
    /// A literal, a name, a global call, a message construction, `(expr)`, a list or a map.
    /// `sign` is the offset of a minus sign to fold into the int or double literal at `current`.
    mutating func parsePrimary(sign: Int?) throws(SyntaxError) -> Expr {
        if let literal = try parseLiteral(sign: sign) { return literal }
        switch kind {
        case .identifier:
            return try parseName(isRooted: false)
        case .punctuation(.dot):
            advance()
            guard kind == .identifier else { throw failure(SyntaxMessages.expectedName(found: describeCurrent())) }
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
            throw failure(SyntaxMessages.expectedExpression(found: describeCurrent()))
        }
    }

    /// The literal at `current`, with the minus sign at `sign` folded in, or nil when the
    /// current token is not a literal. Kept out of line: it is not on the recursive path.
    @inline(never)
    private mutating func parseLiteral(sign: Int?) throws(SyntaxError) -> Expr? {
        let token = tokens[index]
        let constant: Constant
        switch (kind, value) {
        case (.int, .integer(let magnitude)):
            if sign != nil, magnitude == UInt64(Int64.max) + 1 {
                constant = .int(Int64.min)
            } else if magnitude <= UInt64(Int64.max) {
                constant = .int(sign == nil ? Int64(magnitude) : -Int64(magnitude))
            } else {
                let text = (sign == nil ? "" : "-") + sourceText(of: token)
                throw SyntaxError(offset: sign ?? token.offset, message: SyntaxMessages.intOutOfRange(text))
            }
        case (.double, .double(let number)):
            constant = .double(sign == nil ? number : -number)
        case (.uint, .integer(let number)):
            constant = .uint(number)
        case (.string, .text(let string)):
            constant = .string(string)
        case (.bytes, .bytes(let bytes)):
            constant = .bytes(bytes)
        case (.keywordTrue, _):
            constant = .bool(true)
        case (.keywordFalse, _):
            constant = .bool(false)
        case (.keywordNull, _):
            constant = .null
        default:
            return nil
        }
        advance()
        return factory.literal(constant, at: sign ?? token.offset)
    }

    /// A name at `current`: a message construction `a.b.C{…}`, a global call `f(…)` or an
    /// identifier. Rooted names (after a leading dot) keep the dot in call and type names, as
    /// in cel-go.
    private mutating func parseName(isRooted: Bool) throws(SyntaxError) -> Expr {
        if isMessageConstruction() { return try parseMessage(isRooted: isRooted) }
        let name = text
        let nameOffset = offset
        guard !ReservedWords.all.contains(name) else {
            throw SyntaxError(offset: nameOffset, message: SyntaxMessages.reservedIdentifier(name))
        }
        advance()
        guard at(.leftParen) else { return factory.node(.ident(name: name, isRooted: isRooted), at: nameOffset) }
        let id = factory.nextID(at: offset)
        advance()
        let args = try parseArguments()
        return try globalCallOrMacro(id: id, function: isRooted ? "." + name : name, args: args)
    }

    /// Whether the tokens from `current` read `IDENT {"." IDENT} "{"`.
    private func isMessageConstruction() -> Bool {
        var next = index + 1
        while token(at: next).kind == .punctuation(.dot), token(at: next + 1).kind == .identifier {
            next += 2
        }
        return token(at: next).kind == .punctuation(.leftBrace)
    }

    /// `a.b.C{field: value, ?field: value, …}`; `current` is the first name.
    private mutating func parseMessage(isRooted: Bool) throws(SyntaxError) -> Expr {
        let typeName = readQualifiedName(isRooted: isRooted)
        let id = factory.nextID(at: offset)
        try expect(.leftBrace)
        var fields: [StructField] = []
        if !consumeEmptySequence(closer: .rightBrace) {
            repeat {
                let field = try parseFieldName()
                let value = try parseExpr()
                fields.append(StructField(id: field.id, name: field.name, value: value, optional: field.isOptional))
            } while try continueSequence(closer: .rightBrace)
        }
        return Expr(id: id, kind: .structure(typeName: typeName, fields: fields))
    }

    /// `IDENT {"." IDENT}`, as one dotted name.
    private mutating func readQualifiedName(isRooted: Bool) -> String {
        var name = isRooted ? "." : ""
        while kind == .identifier {
            name += text
            advance()
            guard at(.dot) else { break }
            name += "."
            advance()
        }
        return name
    }

    /// `["?"] name ":"` of a message field; the field's identifier is at the colon.
    private mutating func parseFieldName() throws(SyntaxError) -> (name: String, isOptional: Bool, id: ExprID) {
        let isOptional = try consumeOptionalMarker()
        guard kind == .identifier || kind == .quotedIdentifier else {
            throw failure(SyntaxMessages.expectedFieldName(found: describeCurrent()))
        }
        let name = text
        advance()
        let id = factory.nextID(at: offset)
        try expect(.colon)
        return (name, isOptional, id)
    }

    /// `[a, ?b, c,]`; `current` is the bracket.
    private mutating func parseList() throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: offset)
        advance()
        var elements: [Expr] = []
        var optionalIndices: [Int] = []
        if !consumeEmptySequence(closer: .rightBracket) {
            repeat {
                if try consumeOptionalMarker() { optionalIndices.append(elements.count) }
                elements.append(try parseExpr())
            } while try continueSequence(closer: .rightBracket)
        }
        return Expr(id: id, kind: .list(elements: elements, optionalIndices: optionalIndices))
    }

    /// `{k: v, ?k: v,}`; `current` is the brace. An entry's identifier is at its colon.
    private mutating func parseMap() throws(SyntaxError) -> Expr {
        let id = factory.nextID(at: offset)
        advance()
        var entries: [MapEntry] = []
        if !consumeEmptySequence(closer: .rightBrace) {
            repeat {
                let isOptional = try consumeOptionalMarker()
                let key = try parseExpr()
                let entryID = factory.nextID(at: offset)
                try expect(.colon)
                let value = try parseExpr()
                entries.append(MapEntry(id: entryID, key: key, value: value, optional: isOptional))
            } while try continueSequence(closer: .rightBrace)
        }
        return Expr(id: id, kind: .map(entries: entries))
    }
}
