import Diagnostics

/// Limits and features of the CEL parser.
public struct ParserOptions: Sendable {
    /// The deepest nesting accepted: each parenthesised or bracketed sub-expression, each
    /// operator in a chain of `+`, `*`, relations or member accesses, and each unary operator
    /// counts one level. Deeper input is an error, never a stack overflow.
    public var maxDepth: Int
    /// The largest expression accepted, in UTF-8 bytes.
    public var maxSourceBytes: Int
    /// Whether macros (`has`, `all`, `exists`, `map`, `cel.bind`, …) are expanded.
    public var enableMacros: Bool
    /// Whether optional syntax (`a.?b`, `a[?b]`, `[?x]`, `{?k: v}`, `T{?f: v}`) and the
    /// `optMap`/`optFlatMap` macros are accepted.
    public var enableOptionalSyntax: Bool

    /// Creates options; the defaults follow cel-go.
    public init(
        maxDepth: Int = 250, maxSourceBytes: Int = 100_000, enableMacros: Bool = true,
        enableOptionalSyntax: Bool = true
    ) {
        self.maxDepth = maxDepth
        self.maxSourceBytes = maxSourceBytes
        self.enableMacros = enableMacros
        self.enableOptionalSyntax = enableOptionalSyntax
    }
}

/// Why an expression could not be parsed: one or more `cel.parse` diagnostics.
public struct ParseFailure: Error, Sendable {
    /// The problems found, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates a failure.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// Parses CEL expressions into syntax trees, expanding macros.
///
/// Operators become calls named as in ``Operator``; `&&` and `||` chains are balanced trees;
/// `a.?b` becomes `_?._(a, "b")`. A minus sign directly before an int or double literal is
/// folded into the literal (so `-9223372036854775808` is valid), and, as in cel-go, a run of
/// `!` or `-` keeps only its parity (`!!a` is `a`).
///
/// Node offsets (UTF-8, as cel-go places them): a literal or identifier is at its first
/// character (a folded minus sign for negative literals), a unary or binary operator at the
/// operator, `?:` at the `?`, a selection and `_?._` at the dot, `a[i]` at the `[`, a call at
/// its `(`, a list at `[`, a map or message at `{`, a map entry or message field at its colon.
///
/// Macros (cel-go's expansions, accumulating into `@result`): `has`, `all`, `exists`,
/// `exists_one`/`existsOne`, `map`, `filter`, their two-variable forms with `transformList` and
/// `transformMap` (which inserts with `cel.@mapInsert`), `optMap` and `optFlatMap`, and the
/// `cel` namespace's `bind`, `block` (to `cel.@block`), `index`, `iterVar` and `accuVar`.
/// Nodes a macro makes are at the macro call's `(`; ``ParsedExpr/macroCalls`` maps the
/// expansion's identifier to the original call, which keeps its own identifier.
public struct Parser: Sendable {
    /// The options in use.
    public var options: ParserOptions

    /// Creates a parser.
    public init(options: ParserOptions = .init()) {
        self.options = options
    }

    /// Parses an expression, returning its tree or the first syntax error.
    public func parse(_ source: ExpressionSource) -> Result<ParsedExpr, ParseFailure> {
        let size = source.text.utf8.count
        if size > options.maxSourceBytes {
            // No quoted source line: it could be megabytes long.
            let message = SyntaxMessages.tooLarge(size: size, limit: options.maxSourceBytes)
            let diagnostic = Diagnostic(
                code: "cel.parse", location: source.location(ofUTF8Offset: 0), message: message)
            return .failure(ParseFailure(diagnostics: [diagnostic]))
        }
        var lexer = Lexer(text: source.text)
        let (tokens, values) = lexer.tokenize()
        var parser = ExprParser(tokens: tokens, values: values, bytes: lexer.bytes, options: options)
        do throws(SyntaxError) {
            let root = try parser.parseRoot()
            return .success(
                ParsedExpr(
                    root: root, source: source, offsets: parser.factory.offsets,
                    macroCalls: parser.factory.macroCalls))
        } catch {
            return .failure(failure(source, error))
        }
    }

    private func failure(_ source: ExpressionSource, _ error: SyntaxError) -> ParseFailure {
        ParseFailure(diagnostics: [
            source.diagnostic(code: "cel.parse", offset: error.offset, message: error.message, help: error.help)
        ])
    }
}
