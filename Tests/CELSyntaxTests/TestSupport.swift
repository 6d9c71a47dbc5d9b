import Diagnostics
import Testing

@testable import CELSyntax

/// Parses `text` with `options`.
func parse(_ text: String, options: ParserOptions = .init()) -> Result<ParsedExpr, ParseFailure> {
    Parser(options: options).parse(ExpressionSource(text: text))
}

/// The tree of an expression that must parse.
func parsedTree(
    _ text: String, options: ParserOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
)
    -> ParsedExpr?
{
    switch parse(text, options: options) {
    case .success(let parsed):
        return parsed
    case .failure(let failure):
        Issue.record("`\(text)` did not parse: \(render(failure))", sourceLocation: sourceLocation)
        return nil
    }
}

/// The first diagnostic of an expression that must not parse, rendered in English as
/// `line:column: error: message`, the line, and the caret.
func parseError(
    _ text: String, options: ParserOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
)
    -> String?
{
    switch parse(text, options: options) {
    case .success(let parsed):
        Issue.record("`\(text)` parsed but should not have:\n\(dump(parsed))", sourceLocation: sourceLocation)
        return nil
    case .failure(let failure):
        return render(failure)
    }
}

/// Renders all diagnostics of a failure in English.
func render(_ failure: ParseFailure, language: Language = .en) -> String {
    DiagnosticRenderer(language: language).text(failure.diagnostics)
}

/// The literal an expression parses to, or nil when it is not a literal.
func literalValue(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Constant? {
    guard let parsed = parsedTree(text, sourceLocation: sourceLocation) else { return nil }
    guard case .literal(let constant) = parsed.root.kind else {
        Issue.record("`\(text)` is not a literal:\n\(dump(parsed))", sourceLocation: sourceLocation)
        return nil
    }
    return constant
}

/// A compact one-line form of a tree, for precedence tables: calls as `f(a, b)`, member calls
/// as `t.f(a)`, literals in CEL syntax, comprehensions as `fold(...)`.
func compact(_ expr: Expr) -> String {
    switch expr.kind {
    case .literal(let constant):
        switch constant {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .int(let value): return "\(value)"
        case .uint(let value): return "\(value)u"
        case .double(let value): return "\(value)"
        case .string(let value): return "\"\(value)\""
        case .bytes(let value): return "b\(value)"
        }
    case .ident(let name, let isRooted):
        return (isRooted ? "." : "") + name
    case .select(let operand, let field, let testOnly, _):
        return testOnly ? "has(\(compact(operand)).\(field))" : "\(compact(operand)).\(field)"
    case .call(let function, let target, let args):
        let list = args.map(compact).joined(separator: ", ")
        if let target { return "\(compact(target)).\(function)(\(list))" }
        return "\(function)(\(list))"
    case .list(let elements, let optionalIndices):
        let items = elements.enumerated().map { (optionalIndices.contains($0.offset) ? "?" : "") + compact($0.element) }
        return "[" + items.joined(separator: ", ") + "]"
    case .map(let entries):
        let items = entries.map { ($0.optional ? "?" : "") + compact($0.key) + ": " + compact($0.value) }
        return "{" + items.joined(separator: ", ") + "}"
    case .structure(let typeName, let fields):
        let items = fields.map { ($0.optional ? "?" : "") + $0.name + ": " + compact($0.value) }
        return typeName + "{" + items.joined(separator: ", ") + "}"
    case .comprehension(let c):
        let vars = [c.iterVar] + (c.iterVar2.map { [$0] } ?? []) + [c.accuVar]
        let parts = [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].map(compact)
        return "fold(" + (vars + parts).joined(separator: ", ") + ")"
    }
}

/// The compact form of an expression that must parse.
func compactTree(
    _ text: String, options: ParserOptions = .init(), sourceLocation: Testing.SourceLocation = #_sourceLocation
)
    -> String?
{
    parsedTree(text, options: options, sourceLocation: sourceLocation).map { compact($0.root) }
}
