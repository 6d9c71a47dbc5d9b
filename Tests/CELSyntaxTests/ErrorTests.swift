import Diagnostics
import Testing

@testable import CELSyntax

@Suite("Syntax errors")
struct ErrorTests {
    /// Source → the whole English rendering: `line:column: error: message`, the line, the caret.
    static let cases: [(String, String)] = [
        ("(1 + 2", "1:7: error: expected `)`, found end of expression\n(1 + 2\n      ^"),
        ("a b", "1:3: error: unexpected `b`\na b\n  ^"),
        ("1 +", "1:4: error: expected an expression, found end of expression\n1 +\n   ^"),
        ("f(1,)", "1:5: error: expected an expression, found `)`\nf(1,)\n    ^"),
        ("[1,,2]", "1:4: error: expected an expression, found `,`\n[1,,2]\n   ^"),
        ("{1 2}", "1:4: error: expected `:`, found `2`\n{1 2}\n   ^"),
        ("a.1", "1:2: error: unexpected `.1`\na.1\n ^"),
        ("a.", "1:3: error: expected a field name, found end of expression\na.\n  ^"),
        ("a.?b()", "1:5: error: unexpected `(`\na.?b()\n    ^"),
        ("a ? b", "1:6: error: expected `:`, found end of expression\na ? b\n     ^"),
        ("a ? b ? c : d : e", "1:7: error: expected `:`, found `?`\na ? b ? c : d : e\n      ^"),
        ("!-x", "1:2: error: expected an expression, found `-`\n!-x\n ^"),
        ("if", "1:1: error: `if` is a reserved word and cannot name a variable or function\nif\n^"),
        (
            "x + while(1)",
            "1:5: error: `while` is a reserved word and cannot name a variable or function\nx + while(1)\n    ^"
        ),
        (".package", "1:2: error: `package` is a reserved word and cannot name a variable or function\n.package\n ^"),
        ("a.true", "1:3: error: expected a field name, found `true`\na.true\n  ^"),
        ("x + #", "1:5: error: unexpected character `#`\nx + #\n    ^"),
        ("'é' + é", "1:7: error: unexpected character `é`\n'é' + é\n      ^"),
        (
            "a = b",
            "1:3: error: unexpected character `=`\na = b\n  ^\nhelp: this operator is written `==` in CEL"
        ),
        (
            "[1,\n  2 +\n  ]",
            "3:3: error: expected an expression, found `]`\n  ]\n  ^"
        ),
        ("\tx +\t)", "1:6: error: expected an expression, found `)`\n\tx +\t)\n\t   \t^"),
        (
            "'''a\nb''' + )",
            "2:8: error: expected an expression, found `)`\nb''' + )\n       ^"
        ),
        ("`a b`", "1:1: error: expected an expression, found `` `a b` ``\n`a b`\n^"),
        (
            "'a very long string literal that goes on and on' b",
            "1:50: error: unexpected `b`\n'a very long string literal that goes on and on' b\n                                                 ^"
        ),
        (
            "x y'long string literal that goes on and on and on'",
            "1:3: error: unexpected `y`\nx y'long string literal that goes on and on and on'\n  ^"
        ),
        (
            "x 'a long string literal that goes on and on'",
            "1:3: error: unexpected `'a long string literal that goes…`\nx 'a long string literal that goes on and on'\n  ^"
        ),
        ("1 + 'a string'(", "1:15: error: unexpected `(`\n1 + 'a string'(\n              ^"),
    ]

    @Test("positions, messages and carets", arguments: cases)
    func rendered(source: String, expected: String) {
        #expect(parseError(source) == expected)
    }

    @Test("messages are in Vietnamese too")
    func vietnamese() {
        guard case .failure(let failure) = parse("(1 + 2") else {
            Issue.record("should fail")
            return
        }
        #expect(render(failure, language: .vi) == "1:7: lỗi: thiếu dấu `)`, gặp cuối biểu thức\n(1 + 2\n      ^")
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.code == "cel.parse")
        #expect(failure.diagnostics.first?.severity == .error)
    }

    @Test("errors in an embedded expression point into the enclosing file")
    func embedded() {
        let file = SourceFile(path: "policy.yaml", text: "rule:\n  expr: a +\n")
        let text = "a +"
        let source = ExpressionSource(text: text, file: file, fileOffsets: Array(14...17))
        guard case .failure(let failure) = Parser().parse(source) else {
            Issue.record("should fail")
            return
        }
        #expect(
            DiagnosticRenderer(language: .en).text(failure.diagnostics)
                == "policy.yaml:2:12: error: expected an expression, found end of expression\n  expr: a +\n           ^"
        )
    }

    @Test("optional syntax can be disabled")
    func optionalSyntaxDisabled() {
        let options = ParserOptions(enableOptionalSyntax: false)
        #expect(parseError("a.?b", options: options) == "1:3: error: optional syntax `.?` is not enabled\na.?b\n  ^")
        #expect(parseError("a[?b]", options: options)?.hasPrefix("1:3: error: optional syntax `[?`") == true)
        #expect(parseError("[?a]", options: options)?.hasPrefix("1:2: error: optional syntax `?`") == true)
        #expect(parseError("{?a: b}", options: options)?.hasPrefix("1:2: error: optional syntax `?`") == true)
        #expect(parseError("T{?a: b}", options: options)?.hasPrefix("1:3: error: optional syntax `?`") == true)
        #expect(compactTree("x.optMap(y, y)", options: options) == "x.optMap(y, y)")
    }
}
