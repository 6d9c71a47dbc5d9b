import Testing

@testable import CELSyntax

@Suite("Precedence and shapes")
struct PrecedenceTests {
    static let cases: [(String, String)] = [
        ("a + b * c", "_+_(a, _*_(b, c))"),
        ("a * b + c", "_+_(_*_(a, b), c)"),
        ("a - b - c", "_-_(_-_(a, b), c)"),
        ("a / b % c * d", "_*_(_%_(_/_(a, b), c), d)"),
        ("(a + b) * c", "_*_(_+_(a, b), c)"),
        ("a < b == c >= d", "_>=_(_==_(_<_(a, b), c), d)"),
        ("a + 1 < b * 2", "_<_(_+_(a, 1), _*_(b, 2))"),
        ("x in [1, 2] == true", "_==_(@in(x, [1, 2]), true)"),
        ("a != b in c", "@in(_!=_(a, b), c)"),
        ("a && b || c && d", "_||_(_&&_(a, b), _&&_(c, d))"),
        ("a || b && c", "_||_(a, _&&_(b, c))"),
        ("a == b && c < d", "_&&_(_==_(a, b), _<_(c, d))"),
        ("a || b || c", "_||_(_||_(a, b), c)"),
        ("a && b && c && d", "_&&_(_&&_(a, b), _&&_(c, d))"),
        ("a && b && c && d && e", "_&&_(_&&_(_&&_(a, b), c), _&&_(d, e))"),
        ("a ? b : c", "_?_:_(a, b, c)"),
        ("a ? b : c ? d : e", "_?_:_(a, b, _?_:_(c, d, e))"),
        ("a || b ? c && d : e + f", "_?_:_(_||_(a, b), _&&_(c, d), _+_(e, f))"),
        ("!a", "!_(a)"),
        ("!!a", "a"),
        ("!!!a", "!_(a)"),
        ("-a", "-_(a)"),
        ("--a", "a"),
        ("-a * b", "_*_(-_(a), b)"),
        ("-a.b", "-_(a.b)"),
        ("!a.b()", "!_(a.b())"),
        ("-1", "-1"),
        ("--1", "-_(-1)"),
        ("-1.5", "-1.5"),
        ("-1u", "-_(1u)"),
        ("a - -1", "_-_(a, -1)"),
        ("a-1", "_-_(a, 1)"),
        ("-2.abs()", "-2.abs()"),
        ("1.size()", "1.size()"),
        ("a.b.c", "a.b.c"),
        ("a.b(c).d[e]", "_[_](a.b(c).d, e)"),
        ("a[b][c]", "_[_](_[_](a, b), c)"),
        ("a.?b", "_?._(a, \"b\")"),
        ("a[?b]", "_[?_](a, b)"),
        ("a.?b.c[?d]", "_[?_](_?._(a, \"b\").c, d)"),
        (".a", ".a"),
        (".a.b", ".a.b"),
        (".f(x)", ".f(x)"),
        ("f()", "f()"),
        ("f(a, b)", "f(a, b)"),
        ("a.f()", "a.f()"),
        ("a.if()", "a.if()"),
        ("{'if': 1}.if", "{\"if\": 1}.if"),
        ("[]", "[]"),
        ("[,]", "[]"),
        ("[1, 2,]", "[1, 2]"),
        ("[?a, b, ?c]", "[?a, b, ?c]"),
        ("{}", "{}"),
        ("{,}", "{}"),
        ("{1: 2, 3: 4,}", "{1: 2, 3: 4}"),
        ("{?a: b}", "{?a: b}"),
        ("T{}", "T{}"),
        ("a.b.T{x: 1, ?y: 2,}", "a.b.T{x: 1, ?y: 2}"),
        (".a.T{x: 1}", ".a.T{x: 1}"),
        ("T{if: 1}", "T{if: 1}"),
        ("T{}.x", "T{}.x"),
        ("a.b{}.c", "a.b{}.c"),
        ("x // comment\n + 1", "_+_(x, 1)"),
        ("[\n\t1 ,\u{C}2\r]", "[1, 2]"),
    ]

    @Test("operators, members and primaries", arguments: cases)
    func shape(source: String, expected: String) {
        #expect(compactTree(source) == expected)
    }

    @Test("the dump shows ids and offsets in source order")
    func dumpOfArithmetic() {
        guard let parsed = parsedTree("a + b * -c") else { return }
        #expect(
            dump(parsed) == """
                call _+_ #2 @2
                  ident a #1 @0
                  call _*_ #4 @6
                    ident b #3 @4
                    call -_ #5 @8
                      ident c #6 @9

                """)
    }

    @Test("the dump of member calls, selections and lists")
    func dumpOfMembers() {
        guard let parsed = parsedTree("x.f([?y], 'a').g") else { return }
        #expect(
            dump(parsed) == """
                select .g #6 @14
                  call f #2 @3
                    target: ident x #1 @0
                    list #3 @4
                      ?: ident y #4 @6
                    string "a" #5 @10

                """)
    }

    @Test("identifiers are unique and every node has an offset")
    func identifiersAreUnique() {
        guard let parsed = parsedTree("[1, 2].map(x, x * 2).exists(y, y > {'a': T{f: 1}}.size())") else { return }
        var seen: Set<Int32> = []
        var duplicates: [Int32] = []
        func visit(_ expr: Expr) {
            if !seen.insert(expr.id.rawValue).inserted { duplicates.append(expr.id.rawValue) }
            #expect(parsed.offsets[expr.id.rawValue] != nil)
            switch expr.kind {
            case .literal, .ident: break
            case .select(let operand, _, _, _): visit(operand)
            case .call(_, let target, let args):
                if let target { visit(target) }
                args.forEach(visit)
            case .list(let elements, _): elements.forEach(visit)
            case .map(let entries):
                for entry in entries {
                    if !seen.insert(entry.id.rawValue).inserted { duplicates.append(entry.id.rawValue) }
                    visit(entry.key)
                    visit(entry.value)
                }
            case .structure(_, let fields):
                for field in fields {
                    if !seen.insert(field.id.rawValue).inserted { duplicates.append(field.id.rawValue) }
                    visit(field.value)
                }
            case .comprehension(let c):
                [c.iterRange, c.accuInit, c.loopCondition, c.loopStep, c.result].forEach(visit)
            }
        }
        visit(parsed.root)
        #expect(duplicates.isEmpty)
        #expect(seen.min() == 1)
    }
}
