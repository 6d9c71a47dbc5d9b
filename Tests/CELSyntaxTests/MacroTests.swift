import Testing

@testable import CELSyntax

@Suite("Macros")
struct MacroTests {
    static let expansions: [(String, String)] = [
        ("has(a.b)", "has(a.b)"),
        ("has(a.b.c)", "has(a.b.c)"),
        (
            "r.all(x, p)",
            "fold(x, @result, r, true, @not_strictly_false(@result), _&&_(@result, p), @result)"
        ),
        (
            "r.exists(x, p)",
            "fold(x, @result, r, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
        ),
        (
            "r.exists_one(x, p)",
            "fold(x, @result, r, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        (
            "r.existsOne(x, p)",
            "fold(x, @result, r, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        ("r.map(x, f)", "fold(x, @result, r, [], true, _+_(@result, [f]), @result)"),
        ("r.map(x, p, f)", "fold(x, @result, r, [], true, _?_:_(p, _+_(@result, [f]), @result), @result)"),
        ("r.filter(x, p)", "fold(x, @result, r, [], true, _?_:_(p, _+_(@result, [x]), @result), @result)"),
        (
            "r.all(k, v, p)",
            "fold(k, v, @result, r, true, @not_strictly_false(@result), _&&_(@result, p), @result)"
        ),
        (
            "r.exists(k, v, p)",
            "fold(k, v, @result, r, false, @not_strictly_false(!_(@result)), _||_(@result, p), @result)"
        ),
        (
            "r.existsOne(k, v, p)",
            "fold(k, v, @result, r, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        (
            "r.exists_one(k, v, p)",
            "fold(k, v, @result, r, 0, true, _?_:_(p, _+_(@result, 1), @result), _==_(@result, 1))"
        ),
        ("r.transformList(i, v, f)", "fold(i, v, @result, r, [], true, _+_(@result, [f]), @result)"),
        (
            "r.transformList(i, v, p, f)",
            "fold(i, v, @result, r, [], true, _?_:_(p, _+_(@result, [f]), @result), @result)"
        ),
        ("r.transformMap(k, v, f)", "fold(k, v, @result, r, {}, true, cel.@mapInsert(@result, k, f), @result)"),
        (
            "r.transformMap(k, v, p, f)",
            "fold(k, v, @result, r, {}, true, _?_:_(p, cel.@mapInsert(@result, k, f), @result), @result)"
        ),
        (
            "o.optMap(x, f)",
            "_?_:_(o.hasValue(), optional.of(fold(#unused, x, [], o.value(), false, x, f)), optional.none())"
        ),
        ("o.optFlatMap(x, f)", "_?_:_(o.hasValue(), fold(#unused, x, [], o.value(), false, x, f), optional.none())"),
        ("cel.bind(x, 1, x + x)", "fold(#unused, x, [], 1, false, x, _+_(x, x))"),
        ("cel.block([a, b], cel.index(1))", "cel.@block([a, b], @index1)"),
        ("cel.iterVar(0, 1u) + cel.accuVar(2, 3)", "_+_(@it:0:1, @ac:2:3)"),
        (
            "[1].all(x, [2].exists(y, x < y))",
            "fold(x, @result, [1], true, @not_strictly_false(@result), _&&_(@result, fold(y, @result, [2], false, @not_strictly_false(!_(@result)), _||_(@result, _<_(x, y)), @result)), @result)"
        ),
    ]

    @Test("expansions", arguments: expansions)
    func expansion(source: String, expected: String) {
        #expect(compactTree(source) == expected)
    }

    static let notMacros: [(String, String)] = [
        ("has(a.b, c)", "has(a.b, c)"),
        ("a.has(b.c)", "a.has(b.c)"),
        ("r.all(x)", "r.all(x)"),
        ("r.map(x, y, z, w)", "r.map(x, y, z, w)"),
        ("all(x, p)", "all(x, p)"),
        ("x.bind(a, 1, 2)", "x.bind(a, 1, 2)"),
        (".cel.bind(a, 1, 2)", ".cel.bind(a, 1, 2)"),
        ("cel.x.bind(a, 1, 2)", "cel.x.bind(a, 1, 2)"),
        (".has(a.b)", ".has(a.b)"),
    ]

    @Test("calls that only look like macros", arguments: notMacros)
    func notMacro(source: String, expected: String) {
        #expect(compactTree(source) == expected)
    }

    @Test("macros can be disabled")
    func disabled() {
        let options = ParserOptions(enableMacros: false)
        #expect(
            compactTree("has(a.b) && [1].all(x, x > 0)", options: options) == "_&&_(has(a.b), [1].all(x, _>_(x, 0)))")
        #expect(compactTree("has(a)", options: options) == "has(a)")
        #expect(compactTree("[1].map(1, 2)", options: options) == "[1].map(1, 2)")
    }

    static let malformed: [(String, String)] = [
        ("has(a)", "1:5: error: `has` expects a field selection such as `has(a.b)`"),
        ("has(a[0])", "1:6: error: `has` expects a field selection such as `has(a.b)`"),
        ("has(a.?b)", "1:6: error: `has` expects a field selection such as `has(a.b)`"),
        ("[1].all(1, true)", "1:9: error: the iteration variable of `all` must be a simple name"),
        ("[1].exists(x.y, true)", "1:13: error: the iteration variable of `exists` must be a simple name"),
        ("[1].map(.x, x)", "1:10: error: the iteration variable of `map` must be a simple name"),
        ("[1].filter(f(x), true)", "1:13: error: the iteration variable of `filter` must be a simple name"),
        ("[1].map(__result__, 1)", "1:9: error: iteration variable `__result__` overwrites the accumulator variable"),
        ("m.all(k, 1, true)", "1:10: error: the iteration variable of `all` must be a simple name"),
        ("m.all(k, k, true)", "1:10: error: both iteration variables are named `k`"),
        ("m.transformMap(k, [v], v)", "1:19: error: the iteration variable of `transformMap` must be a simple name"),
        ("cel.bind(a.b, 1, 2)", "1:11: error: the variable of `cel.bind` must be a simple name"),
        ("o.optMap(1, 2)", "1:10: error: the variable of `optMap` must be a simple name"),
        ("cel.block(a, 1)", "1:11: error: the first argument of `cel.block` must be a list literal"),
        ("cel.index(-1)", "1:11: error: the arguments of `cel.index` must be non-negative integer literals"),
        ("cel.iterVar(0, x)", "1:16: error: the arguments of `cel.iterVar` must be non-negative integer literals"),
    ]

    @Test("macros with the wrong shape are errors", arguments: malformed)
    func wrongShape(source: String, expectedFirstLine: String) {
        #expect(parseError(source)?.split(separator: "\n").first.map(String.init) == expectedFirstLine)
    }

    @Test("the original call is recorded under the expansion's identifier")
    func macroCalls() {
        guard let parsed = parsedTree("has(a.b) || [1].exists(x, has(x.y))") else { return }
        #expect(parsed.macroCalls.count == 3)
        let calls = parsed.macroCalls.values.map(compact).sorted()
        #expect(calls == ["[1].exists(x, has(x.y))", "has(a.b)", "has(x.y)"])
        guard case .call(_, _, let args) = parsed.root.kind, let exists = args.last else {
            Issue.record("expected `||`")
            return
        }
        #expect(parsed.macroCalls[exists.id.rawValue].map(compact) == "[1].exists(x, has(x.y))")
        // Nodes made by a macro are located at the macro call's parenthesis.
        #expect(parsed.offset(of: exists.id) == 22)
    }

    @Test("optMap copies its receiver with fresh identifiers")
    func optMapCopy() {
        guard let parsed = parsedTree("a.b.optMap(x, x)") else { return }
        guard case .call(_, _, let args) = parsed.root.kind, args.count == 3,
            case .call(_, let hasValueTarget?, _) = args[0].kind,
            case .call(_, _, let ofArgs) = args[1].kind, let fold = ofArgs.first,
            case .comprehension(let c) = fold.kind, case .call(_, let valueTarget?, _) = c.accuInit.kind
        else {
            Issue.record("unexpected shape:\n\(dump(parsed))")
            return
        }
        #expect(compact(hasValueTarget) == compact(valueTarget))
        #expect(hasValueTarget.id != valueTarget.id)
        #expect(parsed.offset(of: hasValueTarget.id) == parsed.offset(of: valueTarget.id))
    }
}
