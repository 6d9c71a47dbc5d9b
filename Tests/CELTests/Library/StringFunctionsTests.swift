import Testing

@testable import CEL

@Suite("String functions and regexes")
struct StringFunctionsTests {
    static let cases: [Case] = [
        Case("startsWith", [.string("foobar"), .string("foo")], .bool(true)),
        Case("startsWith", [.string(""), .string("foo")], .bool(false)),
        Case("startsWith", [.string("foobar"), .string("")], .bool(true)),
        Case("startsWith", [.string("🐱😀😛"), .string("🐱")], .bool(true)),
        // Code points, not grapheme clusters: "e" is a prefix of "e\u{301}".
        Case("startsWith", [.string("e\u{301}x"), .string("e")], .bool(true)),
        Case("startsWith", [.string("\u{E9}"), .string("e\u{301}")], .bool(false)),
        Case("endsWith", [.string("forté"), .string("té")], .bool(true)),
        Case("endsWith", [.string(""), .string("foo")], .bool(false)),
        Case("endsWith", [.string("a\u{301}"), .string("\u{301}")], .bool(true)),
        Case("endsWith", [.string("abc"), .string("")], .bool(true)),
        Case("contains", [.string("abababc"), .string("ababc")], .bool(true)),
        Case("contains", [.string("Straße"), .string("aß")], .bool(true)),
        Case("contains", [.string("hello"), .string("ol")], .bool(false)),
        Case("contains", [.string(""), .string("")], .bool(true)),
        Case("contains", [.string("ab"), .string("abc")], .bool(false)),
        Case("contains", [.string("e\u{301}"), .string("\u{301}")], .bool(true)),
        Case("contains", [.int(1), .string("1")], nil),
        Case("matches", [.string("hubba"), .string("ubb")], .bool(true)),
        Case("matches", [.string(""), .string("foo|bar")], .bool(false)),
        Case("matches", [.string("cows"), .string("")], .bool(true)),
        Case("matches", [.string(""), .string("")], .bool(true)),
        Case("matches", [.string("grey"), .string("gr(a|e)y")], .bool(true)),
        Case("matches", [.string("banana"), .string("ba(na)*")], .bool(true)),
        Case("matches", [.string("mañana"), .string("a+ñ+a+")], .bool(true)),
        Case("matches", [.string("🐱😀😀"), .string("(a|😀){2}")], .bool(true)),
        Case("matches", [.string("abc\n"), .string("abc$")], .bool(false)),
        Case("matches", [.string("abc\ndef"), .string("(?m)abc$")], .bool(true)),
        Case("matches", [.string("abc"), .string("^abc$")], .bool(true)),
        Case("matches", [.string("a\nb"), .string("a.b")], .bool(false)),
        Case("matches", [.string("a\rb"), .string("a.b")], .bool(true)),
        Case("matches", [.string("a\nb"), .string("(?s)a.b")], .bool(true)),
        Case("matches", [.string("٣"), .string("\\d")], .bool(false)),
        Case("matches", [.string("3"), .string("^\\d$")], .bool(true)),
        Case("matches", [.string("é"), .string("\\w")], .bool(false)),
        Case("matches", [.string("é"), .string("\\pL")], .bool(true)),
        Case("matches", [.string("é"), .string("[[:alpha:]]")], .bool(false)),
        Case("matches", [.string("x]"), .string("[]x]+$")], .bool(true)),
        Case("matches", [.string("a[b"), .string("a[[]b")], .bool(true)),
        Case("matches", [.string("a&b"), .string("^a[&&]b$")], .bool(true)),
        Case("matches", [.string("A"), .string("\\101")], .bool(true)),
        Case("matches", [.string("A"), .string("\\x41")], .bool(true)),
        Case("matches", [.string("A"), .string("[\\x{41}]")], .bool(true)),
        Case("matches", [.string("a{b"), .string("a{b")], .bool(true)),
        Case("matches", [.string("aa"), .string("^a{2}$")], .bool(true)),
        Case("matches", [.string("ab"), .string("(?P<first>a)b")], .bool(true)),
        Case("matches", [.string("AB"), .string("(?i)ab")], .bool(true)),
        Case("matches", [.string("a.b"), .string("\\Qa.b\\E")], .bool(true)),
        Case("matches", [.string("axb"), .string("\\Qa.b\\E")], .bool(false)),
        Case("matches", [.string("abc"), .string("(")], nil),
        Case("matches", [.string("abc"), .string("[a")], nil),
        Case("matches", [.string("aa"), .string("(a)\\1")], nil),
        Case("matches", [.string("ab"), .string("a(?=b)")], nil),
        Case("matches", [.string("ab"), .string("a(?!b)")], nil),
        Case("matches", [.string("ab"), .string("(?<=a)b")], nil),
        Case("matches", [.string("ab"), .string("(?>a)b")], nil),
        Case("matches", [.string("aa"), .string("a*+")], nil),
        Case("matches", [.string("aa"), .string("a**")], nil),
        Case("matches", [.string("a"), .string("a{1001}")], nil),
        Case("matches", [.string("a"), .string("a{2,1}")], nil),
        Case("matches", [.string("a"), .string("\\")], nil),
        Case("matches", [.string("a"), .string("\\Z")], nil),
        Case("matches", [.string("a"), .string("\\k")], nil),
        Case("matches", [.string("a"), .string("(?U)a")], nil),
        Case("matches", [.string("a"), .string("\\x{110000}")], nil),
        Case("matches", [.string("a"), .int(1)], nil),
    ]

    @Test("table", arguments: cases)
    func table(_ row: Case) { row.check() }

    @Test func invalidRegexIsInvalidRegexError() {
        guard case .error(let error) = call("matches", .string("x"), .string("(")) else {
            Issue.record("expected an error")
            return
        }
        if case .invalidRegex = error.kind {} else { Issue.record("wrong kind \(error.kind)") }
    }

    @Test func concurrentMatchesShareTheCache() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let pattern = "^item-(\(index % 8))+$"
                    return same(call("matches", .string("item-\(index % 8)"), .string(pattern)), .bool(true))
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64 && results.allSatisfy { $0 })
    }
}
