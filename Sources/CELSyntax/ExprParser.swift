import Diagnostics

/// The recursive-descent parser behind ``Parser``: one instance parses one expression.
///
/// Grammar, from loosest to tightest binding:
///
///     expr     = or ["?" or ":" expr]
///     or       = and {"||" and}              (balanced tree, as cel-go)
///     and      = binary {"&&" binary}        (balanced tree)
///     binary   = unary {op unary}            (== != < <= > >= in, then + -, then * / %)
///     unary    = member | "!" {"!"} member | "-" {"-"} member
///     member   = primary {"." ["?"] name ["(" args ")"] | "[" ["?"] expr "]"}
///     primary  = ["."] IDENT ["(" args ")"] | ["."] IDENT {"." IDENT} "{" fields "}"
///              | "(" expr ")" | "[" list "]" | "{" map "}" | literal
///
/// Every nesting level goes through ``descend(levels:at:)``, which enforces
/// ``ParserOptions/maxDepth``. Operator runs are built by ``OperatorChain`` without recursion,
/// and the functions on the recursive path keep small frames: rare work (literals, errors)
/// lives in separate functions.
struct ExprParser {
    let tokens: [Token]
    let values: [TokenValue]
    /// The source bytes, for quoting tokens in messages.
    let bytes: [UInt8]
    let options: ParserOptions
    /// The index of the current token; always valid.
    var index = 0
    var depth = 0
    var factory: ExprFactory

    /// A parser over tokens that end with `.end` or `.error`, and their values.
    init(tokens: [Token], values: [TokenValue], bytes: [UInt8], options: ParserOptions) {
        let end = Token(kind: .end, offset: bytes.count, end: bytes.count)
        self.tokens = tokens.isEmpty ? [end] : tokens
        self.values = values.count == self.tokens.count ? values : Array(repeating: .none, count: self.tokens.count)
        self.bytes = bytes
        self.options = options
        self.factory = ExprFactory(maxNodes: Self.nodeBudget(options, size: bytes.count))
    }

    /// The most syntax nodes an expression may have: ten per byte of its text (at least a
    /// thousand), so that macros which copy their receiver (`optMap`, `optFlatMap`) cannot
    /// blow a short text up into a tree that takes minutes to check and evaluate.
    static func nodeBudget(_ options: ParserOptions, size: Int) -> Int32 {
        let bytes = min(max(0, size), max(0, options.maxSourceBytes))
        let (perByte, overflow) = bytes.multipliedReportingOverflow(by: 10)
        let budget = overflow ? Int.max : max(1_000, perByte)
        return Int32(clamping: budget)
    }

    // MARK: Tokens

    /// The token at `position`, or the final token past the end.
    func token(at position: Int) -> Token {
        tokens[max(0, min(position, tokens.count - 1))]
    }

    var kind: TokenKind { tokens[index].kind }
    var offset: Int { tokens[index].offset }
    var value: TokenValue { values[index] }

    /// Whether the current token is the punctuation `p`.
    func at(_ p: Punctuation) -> Bool {
        tokens[index].kind == .punctuation(p)
    }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Consumes the punctuation `p` or fails.
    mutating func expect(_ p: Punctuation) throws(SyntaxError) {
        guard at(p) else { throw expected(p) }
        advance()
    }

    /// The name or text carried by the current token, or "".
    var text: String {
        if case .text(let text) = values[index] { return text }
        return ""
    }

    // MARK: Errors

    /// "expected `p`, found …" at the current token.
    @inline(never)
    func expected(_ p: Punctuation) -> SyntaxError {
        failure(SyntaxMessages.expectedPunctuation(p.spelling, found: describeCurrent()))
    }

    /// An error at the current token: the lexer's own error when the token is one, else `message`.
    @inline(never)
    func failure(_ message: LocalizedText) -> SyntaxError {
        if case .message(let lexical, let help) = values[index] {
            return SyntaxError(offset: offset, message: lexical, help: help)
        }
        return SyntaxError(offset: offset, message: message)
    }

    /// How the current token is named in messages: its source text, shortened, in backticks, or
    /// "end of expression".
    @inline(never)
    func describeCurrent() -> LocalizedText {
        if kind == .end { return SyntaxMessages.endOfInput }
        let text = sourceText(of: tokens[index], limit: 32)
        return LocalizedText(verbatim: text.contains("`") ? "`` \(text) ``" : "`\(text)`")
    }

    /// The source text of a token, cut at a line break or after about `limit` bytes.
    func sourceText(of token: Token, limit: Int = Int.max) -> String {
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

    /// Fails unless optional syntax is enabled; `current` is the `?`.
    func requireOptionalSyntax(_ spelling: String) throws(SyntaxError) {
        guard options.enableOptionalSyntax else {
            throw SyntaxError(offset: offset, message: SyntaxMessages.unsupportedOptionalSyntax(spelling))
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
        guard kind == .end else { throw failure(SyntaxMessages.unexpected(describeCurrent())) }
        guard !factory.isExhausted else {
            throw SyntaxError(offset: 0, message: SyntaxMessages.tooManyNodes(Int(factory.maxNodes)))
        }
        return expr
    }

    /// `or ["?" or ":" expr]`.
    mutating func parseExpr() throws(SyntaxError) -> Expr {
        try descend(at: offset)
        defer { depth -= 1 }
        let condition = try parseOperators()
        guard at(.question) else { return condition }
        let id = factory.nextID(at: offset)
        advance()
        let ifTrue = try parseOperators()
        try expect(.colon)
        let ifFalse = try parseExpr()
        return Expr(
            id: id, kind: .call(function: Operator.conditional, target: nil, args: [condition, ifTrue, ifFalse]))
    }

    /// A run of unary expressions joined by binary operators, `&&` and `||`. Each arithmetic
    /// or relational operator counts one nesting level until the next `&&` or `||`, which make
    /// balanced trees and count none.
    private mutating func parseOperators() throws(SyntaxError) -> Expr {
        var chain = OperatorChain(first: try parseUnary())
        var levels = 0
        defer { depth -= levels }
        while true {
            let operatorOffset = offset
            if let binary = OperatorChain.binaryOperator(kind) {
                try descend(at: operatorOffset)
                levels += 1
                chain.push(binary.function, precedence: binary.precedence, id: factory.nextID(at: operatorOffset))
            } else if at(.logicalAnd) || at(.logicalOr) {
                // The arithmetic run before `&&` or `||` is complete: its levels are left.
                depth -= levels
                levels = 0
                let id = factory.nextID(at: operatorOffset)
                if at(.logicalAnd) { chain.pushAnd(id: id) } else { chain.pushOr(id: id) }
            } else {
                return chain.finish()
            }
            advance()
            chain.pushOperand(try parseUnary())
        }
    }

    /// `member`, or a run of `!` or of `-` before one. As in cel-go a run keeps only its
    /// parity, but every operator counts one nesting level; a `-` right before an int or
    /// double literal becomes the literal's sign.
    private mutating func parseUnary() throws(SyntaxError) -> Expr {
        let prefix = try parsePrefix()
        defer { depth -= prefix.levels }
        let negationID = prefix.function.map { _ in factory.nextID(at: prefix.offset) }
        var expr = try parsePrimary(sign: prefix.sign)
        var levels = 0
        defer { depth -= levels }
        while at(.dot) || at(.leftBracket) {
            try descend(at: offset)
            levels += 1
            expr = at(.dot) ? try parseSelection(of: expr) : try parseIndex(of: expr)
        }
        guard let negationID, let function = prefix.function else { return expr }
        return Expr(id: negationID, kind: .call(function: function, target: nil, args: [expr]))
    }

    /// A run of prefix operators: how many levels it entered, the function to apply (nil when
    /// the run's parity cancels out), where it starts, and where a minus sign folded into a
    /// literal is.
    private struct Prefix {
        var levels = 0
        var function: String?
        var offset = 0
        var sign: Int?
    }

    private mutating func parsePrefix() throws(SyntaxError) -> Prefix {
        var prefix = Prefix()
        let op: Punctuation
        if at(.bang) {
            op = .bang
        } else if at(.minus) {
            op = .minus
        } else {
            return prefix
        }
        prefix.offset = offset
        var count = 0
        var lastOffset = offset
        while at(op) {
            count += 1
            lastOffset = offset
            advance()
        }
        try descend(levels: count, at: prefix.offset)
        prefix.levels = count
        if op == .minus, kind == .int || kind == .double {
            prefix.sign = lastOffset
            count -= 1
        }
        if count % 2 == 1 { prefix.function = op == .bang ? Operator.logicalNot : Operator.negate }
        return prefix
    }
}
