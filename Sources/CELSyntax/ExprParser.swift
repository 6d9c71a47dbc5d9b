import Diagnostics

/// The recursive-descent parser behind ``Parser``: one instance parses one expression.
///
/// Grammar, from loosest to tightest binding:
///
///     expr     = or ["?" or ":" expr]
///     or       = and {"||" and}              (balanced tree, as cel-go)
///     and      = binary {"&&" binary}        (balanced tree)
///     binary   = unary {op unary}            (== != < <= > >= in, then + -, then * / %; left-assoc)
///     unary    = member | "!" {"!"} member | "-" {"-"} member
///     member   = primary {"." ["?"] name ["(" args ")"] | "[" ["?"] expr "]"}
///     primary  = ["."] IDENT ["(" args ")"] | ["."] IDENT {"." IDENT} "{" fields "}"
///              | "(" expr ")" | "[" list "]" | "{" map "}" | literal
///
/// Every nesting level goes through ``descend(levels:at:)``, which enforces
/// ``ParserOptions/maxDepth``; chains of binary operators are parsed with an explicit stack.
struct ExprParser {
    let tokens: [Token]
    /// The source bytes, for quoting tokens in messages.
    let bytes: [UInt8]
    let options: ParserOptions
    var index = 0
    var depth = 0
    var factory = ExprFactory()

    /// A parser over tokens that end with `.end` or `.error`.
    init(tokens: [Token], bytes: [UInt8], options: ParserOptions) {
        self.tokens = tokens.isEmpty ? [Token(kind: .end, offset: bytes.count, end: bytes.count)] : tokens
        self.bytes = bytes
        self.options = options
    }

    // MARK: Tokens

    /// The token at `position`, or the final token past the end.
    func token(at position: Int) -> Token {
        tokens[max(0, min(position, tokens.count - 1))]
    }

    var current: Token { token(at: index) }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes the punctuation `p` or fails.
    mutating func expect(_ p: Punctuation) throws(SyntaxError) {
        guard current.is(p) else {
            throw error(at: current, SyntaxMessages.expectedPunctuation(p.spelling, found: describe(current)))
        }
        advance()
    }

    /// The error to report at a token: the lexer's own error when the token is one, else `message`.
    func error(at token: Token, _ message: LocalizedText) -> SyntaxError {
        if case let .error(lexical) = token.kind { return SyntaxError(offset: token.offset, message: lexical) }
        return SyntaxError(offset: token.offset, message: message)
    }

    /// How a token is named in messages: its source text in backticks, shortened, or "end of
    /// expression".
    func describe(_ token: Token) -> LocalizedText {
        if case .end = token.kind { return SyntaxMessages.endOfInput }
        return LocalizedText(verbatim: "`" + text(of: token, limit: 32) + "`")
    }

    /// The source text of a token, cut at a line break or after about `limit` bytes.
    func text(of token: Token, limit: Int = Int.max) -> String {
        let start = max(0, min(token.offset, bytes.count))
        let end = max(start, min(token.end, bytes.count))
        var cut = start
        while cut < end, cut - start < limit, bytes[cut] != UInt8(ascii: "\n"), bytes[cut] != UInt8(ascii: "\r") {
            cut += 1
        }
        while cut < end, cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        let text = String(decoding: bytes[start..<cut], as: UTF8.self)
        return cut < end ? text + "…" : text
    }

    /// Fails unless optional syntax is enabled.
    func requireOptionalSyntax(_ spelling: String, at token: Token) throws(SyntaxError) {
        guard options.enableOptionalSyntax else {
            throw SyntaxError(offset: token.offset, message: SyntaxMessages.unsupportedOptionalSyntax(spelling))
        }
    }

    /// Enters `levels` nesting levels, failing past ``ParserOptions/maxDepth``.
    mutating func descend(levels: Int = 1, at offset: Int) throws(SyntaxError) {
        guard levels <= options.maxDepth - depth else {
            throw SyntaxError(offset: offset, message: SyntaxMessages.tooDeep(options.maxDepth))
        }
        depth += levels
    }

    // MARK: Expressions

    /// The whole input: one expression, then the end.
    mutating func parseRoot() throws(SyntaxError) -> Expr {
        let expr = try parseExpr()
        guard case .end = current.kind else {
            throw error(at: current, SyntaxMessages.unexpected(describe(current)))
        }
        return expr
    }

    /// `or ["?" or ":" expr]`.
    mutating func parseExpr() throws(SyntaxError) -> Expr {
        try descend(at: current.offset)
        defer { depth -= 1 }
        let condition = try parseLogicalOr()
        guard current.is(.question) else { return condition }
        let id = factory.nextID(at: current.offset)
        advance()
        let ifTrue = try parseLogicalOr()
        try expect(.colon)
        let ifFalse = try parseExpr()
        return Expr(id: id, kind: .call(function: Operator.conditional, target: nil, args: [condition, ifTrue, ifFalse]))
    }

    /// `and {"||" and}` where `and` is `binary {"&&" binary}`, both as balanced trees.
    private mutating func parseLogicalOr() throws(SyntaxError) -> Expr {
        let head = try parseLogicalAnd()
        var tail: [(id: ExprID, term: Expr)] = []
        while current.is(.logicalOr) {
            let id = factory.nextID(at: current.offset)
            advance()
            tail.append((id, try parseLogicalAnd()))
        }
        return Self.balance(Operator.logicalOr, head, tail)
    }

    private mutating func parseLogicalAnd() throws(SyntaxError) -> Expr {
        let head = try parseBinary()
        var tail: [(id: ExprID, term: Expr)] = []
        while current.is(.logicalAnd) {
            let id = factory.nextID(at: current.offset)
            advance()
            tail.append((id, try parseBinary()))
        }
        return Self.balance(Operator.logicalAnd, head, tail)
    }

    /// Joins terms with a commutative operator as a balanced tree, as cel-go does; each
    /// identifier in `tail` is that of the operator before its term.
    private static func balance(_ function: String, _ head: Expr, _ tail: [(id: ExprID, term: Expr)]) -> Expr {
        guard !tail.isEmpty else { return head }
        return balancedTree(function, [head] + tail.map(\.term), tail.map(\.id), low: 0, high: tail.count - 1)
    }

    /// The tree over operators `ids[low...high]`, which join `terms[low...high + 1]`.
    private static func balancedTree(_ function: String, _ terms: [Expr], _ ids: [ExprID], low: Int, high: Int) -> Expr {
        let mid = (low + high + 1) / 2
        let left = mid == low ? terms[mid] : balancedTree(function, terms, ids, low: low, high: mid - 1)
        let right = mid == high ? terms[mid + 1] : balancedTree(function, terms, ids, low: mid + 1, high: high)
        return Expr(id: ids[mid], kind: .call(function: function, target: nil, args: [left, right]))
    }

    /// Relations, additions and multiplications by precedence climbing over an explicit stack,
    /// so long chains do not recurse; each operator still counts one nesting level.
    private mutating func parseBinary() throws(SyntaxError) -> Expr {
        var operands = [try parseUnary()]
        var pending: [(function: String, precedence: Int, id: ExprID)] = []
        var levels = 0
        defer { depth -= levels }
        while let (function, precedence) = Self.binaryOperator(current.kind) {
            try descend(at: current.offset)
            levels += 1
            let id = factory.nextID(at: current.offset)
            advance()
            while let top = pending.last, top.precedence >= precedence {
                pending.removeLast()
                Self.reduce(&operands, top.function, top.id)
            }
            pending.append((function, precedence, id))
            operands.append(try parseUnary())
        }
        while let top = pending.popLast() {
            Self.reduce(&operands, top.function, top.id)
        }
        // The stack holds one operand more than there are pending operators: one is left.
        return operands[0]
    }

    /// Replaces the last two operands by the call of `function` on them.
    private static func reduce(_ operands: inout [Expr], _ function: String, _ id: ExprID) {
        guard operands.count >= 2, let rhs = operands.popLast(), let lhs = operands.popLast() else { return }
        operands.append(Expr(id: id, kind: .call(function: function, target: nil, args: [lhs, rhs])))
    }

    /// The function and precedence of a binary operator token (higher binds tighter).
    private static func binaryOperator(_ kind: TokenKind) -> (String, Int)? {
        switch kind {
        case .keywordIn: return (Operator.in, 1)
        case let .punctuation(p):
            switch p {
            case .equals: return (Operator.equals, 1)
            case .notEquals: return (Operator.notEquals, 1)
            case .less: return (Operator.less, 1)
            case .lessEquals: return (Operator.lessEquals, 1)
            case .greater: return (Operator.greater, 1)
            case .greaterEquals: return (Operator.greaterEquals, 1)
            case .plus: return (Operator.add, 2)
            case .minus: return (Operator.subtract, 2)
            case .star: return (Operator.multiply, 3)
            case .slash: return (Operator.divide, 3)
            case .percent: return (Operator.modulo, 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// `member`, or a run of `!` or of `-` before one. A run keeps only its parity, as in
    /// cel-go, but every operator counts one nesting level; a `-` right before an int or double
    /// literal becomes the literal's sign.
    private mutating func parseUnary() throws(SyntaxError) -> Expr {
        let first = current
        let op: Punctuation
        if first.is(.bang) {
            op = .bang
        } else if first.is(.minus) {
            op = .minus
        } else {
            return try parseMember(sign: nil)
        }
        var count = 0
        var last = first
        while current.is(op) {
            count += 1
            last = current
            advance()
        }
        let levels = count
        try descend(levels: levels, at: first.offset)
        defer { depth -= levels }
        var sign: Int?
        if op == .minus, Self.isSignable(current.kind) {
            sign = last.offset
            count -= 1
        }
        let id = count % 2 == 1 ? factory.nextID(at: first.offset) : nil
        let operand = try parseMember(sign: sign)
        guard let id else { return operand }
        let function = op == .bang ? Operator.logicalNot : Operator.negate
        return Expr(id: id, kind: .call(function: function, target: nil, args: [operand]))
    }

    /// Whether a minus sign folds into this literal.
    private static func isSignable(_ kind: TokenKind) -> Bool {
        switch kind {
        case .int, .double: return true
        default: return false
        }
    }
}
