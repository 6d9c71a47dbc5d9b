import Testing

@testable import CEL

@Suite("String functions and regexes")
struct StringFunctionsTests {
    static let cases: [FunctionCase] = [
        FunctionCase("startsWith", [.string("foobar"), .string("foo")], .bool(true)),
        FunctionCase("startsWith", [.string(""), .string("foo")], .bool(false)),
        FunctionCase("startsWith", [.string("foobar"), .string("")], .bool(true)),
        FunctionCase("startsWith", [.string("🐱😀😛"), .string("🐱")], .bool(true)),
        // Code points, not grapheme clusters: "e" is a prefix of "e\u{301}".
        FunctionCase("startsWith", [.string("e\u{301}x"), .string("e")], .bool(true)),
        FunctionCase("startsWith", [.string("\u{E9}"), .string("e\u{301}")], .bool(false)),
        FunctionCase("endsWith", [.string("forté"), .string("té")], .bool(true)),
        FunctionCase("endsWith", [.string(""), .string("foo")], .bool(false)),
        FunctionCase("endsWith", [.string("a\u{301}"), .string("\u{301}")], .bool(true)),
        FunctionCase("endsWith", [.string("abc"), .string("")], .bool(true)),
        FunctionCase("contains", [.string("abababc"), .string("ababc")], .bool(true)),
        FunctionCase("contains", [.string("Straße"), .string("aß")], .bool(true)),
        FunctionCase("contains", [.string("hello"), .string("ol")], .bool(false)),
        FunctionCase("contains", [.string(""), .string("")], .bool(true)),
        FunctionCase("contains", [.string("ab"), .string("abc")], .bool(false)),
        FunctionCase("contains", [.string("e\u{301}"), .string("\u{301}")], .bool(true)),
        FunctionCase("contains", [.int(1), .string("1")], nil),
        FunctionCase("matches", [.string("hubba"), .string("ubb")], .bool(true)),
        FunctionCase("matches", [.string(""), .string("foo|bar")], .bool(false)),
        FunctionCase("matches", [.string("cows"), .string("")], .bool(true)),
        FunctionCase("matches", [.string(""), .string("")], .bool(true)),
        FunctionCase("matches", [.string("grey"), .string("gr(a|e)y")], .bool(true)),
        FunctionCase("matches", [.string("banana"), .string("ba(na)*")], .bool(true)),
        FunctionCase("matches", [.string("mañana"), .string("a+ñ+a+")], .bool(true)),
        FunctionCase("matches", [.string("🐱😀😀"), .string("(a|😀){2}")], .bool(true)),
        FunctionCase("matches", [.string("abc\n"), .string("abc$")], .bool(false)),
        FunctionCase("matches", [.string("abc\ndef"), .string("(?m)abc$")], .bool(true)),
        FunctionCase("matches", [.string("abc"), .string("^abc$")], .bool(true)),
        FunctionCase("matches", [.string("a\nb"), .string("a.b")], .bool(false)),
        FunctionCase("matches", [.string("a\rb"), .string("a.b")], .bool(true)),
        FunctionCase("matches", [.string("a\nb"), .string("(?s)a.b")], .bool(true)),
        FunctionCase("matches", [.string("٣"), .string("\\d")], .bool(false)),
        FunctionCase("matches", [.string("3"), .string("^\\d$")], .bool(true)),
        FunctionCase("matches", [.string("é"), .string("\\w")], .bool(false)),
        FunctionCase("matches", [.string("é"), .string("\\pL")], .bool(true)),
        FunctionCase("matches", [.string("é"), .string("[[:alpha:]]")], .bool(false)),
        FunctionCase("matches", [.string("x]"), .string("[]x]+$")], .bool(true)),
        FunctionCase("matches", [.string("a[b"), .string("a[[]b")], .bool(true)),
        FunctionCase("matches", [.string("a&b"), .string("^a[&&]b$")], .bool(true)),
        FunctionCase("matches", [.string("A"), .string("\\101")], .bool(true)),
        FunctionCase("matches", [.string("A"), .string("\\x41")], .bool(true)),
        FunctionCase("matches", [.string("A"), .string("[\\x{41}]")], .bool(true)),
        FunctionCase("matches", [.string("a{b"), .string("a{b")], .bool(true)),
        FunctionCase("matches", [.string("aa"), .string("^a{2}$")], .bool(true)),
        FunctionCase("matches", [.string("ab"), .string("(?P<first>a)b")], .bool(true)),
        FunctionCase("matches", [.string("AB"), .string("(?i)ab")], .bool(true)),
        FunctionCase("matches", [.string("a.b"), .string("\\Qa.b\\E")], .bool(true)),
        FunctionCase("matches", [.string("axb"), .string("\\Qa.b\\E")], .bool(false)),
        FunctionCase("matches", [.string("abc"), .string("(")], nil),
        FunctionCase("matches", [.string("abc"), .string("[a")], nil),
        FunctionCase("matches", [.string("aa"), .string("(a)\\1")], nil),
        FunctionCase("matches", [.string("ab"), .string("a(?=b)")], nil),
        FunctionCase("matches", [.string("ab"), .string("a(?!b)")], nil),
        FunctionCase("matches", [.string("ab"), .string("(?<=a)b")], nil),
        FunctionCase("matches", [.string("ab"), .string("(?>a)b")], nil),
        FunctionCase("matches", [.string("aa"), .string("a*+")], nil),
        FunctionCase("matches", [.string("aa"), .string("a**")], nil),
        FunctionCase("matches", [.string("a"), .string("a{1001}")], nil),
        FunctionCase("matches", [.string("a"), .string("a{2,1}")], nil),
        FunctionCase("matches", [.string("a"), .string("\\")], nil),
        FunctionCase("matches", [.string("a"), .string("\\Z")], nil),
        FunctionCase("matches", [.string("a"), .string("\\k")], nil),
        FunctionCase("matches", [.string("a"), .string("(?U)a")], nil),
        FunctionCase("matches", [.string("a"), .string("\\x{110000}")], nil),
        FunctionCase("matches", [.string("a"), .int(1)], nil),
    ]

    @Test("table", arguments: cases)
    func table(_ row: FunctionCase) { row.check() }

    @Test func invalidRegexIsInvalidRegexError() {
        guard case .error(let error) = callFunction("matches", .string("x"), .string("(")) else {
            Issue.record("expected an error")
            return
        }
        if case .invalidRegex = error.kind {} else { Issue.record("wrong kind \(error.kind)") }
    }

    @Test func exhaustedRegexStackIsAnErrorNotAFalseResult() {
        // ICU backtracks; on very long inputs it can run out of stack. That must surface as an
        // error, never as a wrong `false`.
        let text = String(repeating: "ab", count: 500_000)
        let result = callFunction("matches", .string(text), .string("^(a|b)*$"))
        #expect(sameValue(result, .bool(true)) || isErrorValue(result), "got \(result.debugText.prefix(80))")
    }

    @Test func longPatternsAreShortenedInMessages() {
        let pattern = String(repeating: "(", count: 10_000)
        guard case .error(let error) = callFunction("matches", .string("x"), .string(pattern)) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.description.count < 200)
    }

    @Test func concurrentMatchesShareTheCache() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let pattern = "^item-(\(index % 8))+$"
                    let result = callFunction("matches", .string("item-\(index % 8)"), .string(pattern))
                    return sameValue(result, .bool(true))
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64 && results.allSatisfy { $0 })
    }
}
