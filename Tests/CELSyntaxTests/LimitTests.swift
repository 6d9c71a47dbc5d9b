import Testing

@testable import CELSyntax

@Suite("Limits")
struct LimitTests {
    /// Inputs nested far too deep, by name (the names keep the test log short).
    static let deepNests: [String: String] = [
        "parentheses": String(repeating: "(", count: 100_000),
        "lists": String(repeating: "[", count: 100_000),
        "maps": String(repeating: "{1:", count: 33_000),
        "negations": String(repeating: "-", count: 99_999) + "x",
        "negated literal": String(repeating: "-", count: 99_999) + "1",
        "nots": String(repeating: "!", count: 99_995) + "true",
        "calls": String(repeating: "f(", count: 50_000),
        "selections": "a" + String(repeating: ".b", count: 49_999),
        "indexes": "a" + String(repeating: "[0]", count: 33_000),
        "additions": "1" + String(repeating: "+1", count: 49_999),
        "conditionals": String(repeating: "a?b:", count: 24_999) + "c",
    ]

    @Test(
        "deep nesting is an error, quickly and without a crash", .timeLimit(.minutes(1)),
        arguments: deepNests.keys.sorted())
    func deepNesting(name: String) {
        let source = Self.deepNests[name] ?? ""
        #expect(source.utf8.count <= 100_000)
        let start = ContinuousClock.now
        let result = parse(source)
        #expect(ContinuousClock.now - start < .seconds(5), "\(name)")
        guard case .failure(let failure) = result else {
            Issue.record("\(name) should not parse")
            return
        }
        #expect(failure.diagnostics.first?.message.en == "expression nesting exceeds the limit of 250 levels")
    }

    @Test(
        "every level entered is left again",
        .enabled(if: ConformanceCorpus.isAvailable, "the conformance corpus ../shared/cel-conformance is absent"))
    func depthIsBalanced() throws {
        let sources = try ConformanceCorpus.cases().map(\.expr) + PrecedenceTests.cases.map(\.0)
        var unbalanced: [String] = []
        for source in sources {
            var lexer = Lexer(text: source)
            let (tokens, values) = lexer.tokenize()
            var parser = ExprParser(tokens: tokens, values: values, bytes: lexer.bytes, options: .init())
            if (try? parser.parseRoot()) != nil, parser.depth != 0 { unbalanced.append(source) }
        }
        #expect(unbalanced.isEmpty)
    }

    @Test("the nesting limit is exact")
    func exactLimit() {
        let options = ParserOptions(maxDepth: 10)
        // The root expression is one level and each parenthesis one more.
        #expect(
            parsedTree(String(repeating: "(", count: 9) + "1" + String(repeating: ")", count: 9), options: options)
                != nil)
        #expect(
            parseError(String(repeating: "(", count: 10) + "1" + String(repeating: ")", count: 10), options: options)
                != nil)
        #expect(parsedTree(String(repeating: "-", count: 9) + "x", options: options) != nil)
        #expect(parseError(String(repeating: "-", count: 10) + "x", options: options) != nil)
    }

    @Test("the default limit accepts 200 levels of every construct")
    func deepButValid() {
        let depth = 200
        let nested = [
            String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth),
            String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth),
            String(repeating: "{1: ", count: depth) + "1" + String(repeating: "}", count: depth),
            String(repeating: "f(", count: depth) + "1" + String(repeating: ")", count: depth),
            String(repeating: "T{a: ", count: depth) + "1" + String(repeating: "}", count: depth),
            "a" + String(repeating: ".b", count: depth),
            String(repeating: "x.map(y, ", count: depth / 2) + "1" + String(repeating: ")", count: depth / 2),
        ]
        for source in nested {
            #expect(parsedTree(source) != nil)
        }
    }

    @Test("long flat runs are fine and stay shallow")
    func longFlatRuns() {
        let terms = 20_000
        guard let parsed = parsedTree(Array(repeating: "a", count: terms).joined(separator: " || ")) else { return }
        func height(_ expr: Expr) -> Int {
            guard case .call(_, _, let args) = expr.kind else { return 1 }
            return 1 + (args.map(height).max() ?? 0)
        }
        #expect(height(parsed.root) <= 16)
        #expect(parsedTree("[" + Array(repeating: "1", count: terms).joined(separator: ",") + "]") != nil)
        let comparisons = Array(repeating: "a.b > 1 && c == d + 1", count: 2_000).joined(separator: " || ")
        #expect(parsedTree(comparisons) != nil)
    }

    @Test("input larger than the size limit is an error")
    func sizeLimit() {
        let huge = ExpressionSource(text: "'" + String(repeating: "a", count: 10_000_000) + "'")
        let start = ContinuousClock.now
        let result = Parser().parse(huge)
        #expect(ContinuousClock.now - start < .seconds(1))
        guard case .failure(let failure) = result else {
            Issue.record("a 10 MB literal should be rejected")
            return
        }
        #expect(
            failure.diagnostics.first?.message.en
                == "expression is too large: 10000002 bytes, the limit is 100000 bytes")
        #expect(failure.diagnostics.first?.location?.description == "1:1")
        #expect(failure.diagnostics.first?.sourceLine == nil)
        #expect(parseError(String(repeating: " ", count: 100_001)) != nil)
        #expect(parsedTree(String(repeating: " ", count: 99_999) + "1") != nil)
        #expect(
            parsedTree("'" + String(repeating: "a", count: 200_000) + "'", options: .init(maxSourceBytes: 300_000))
                != nil)
    }

    static let outOfRange: [(String, String)] = [
        (
            "9223372036854775808",
            "1:1: error: integer literal `9223372036854775808` is out of range for int (64-bit signed)"
        ),
        (
            "-9223372036854775809",
            "1:1: error: integer literal `-9223372036854775809` is out of range for int (64-bit signed)"
        ),
        (
            "x + -  9223372036854775809",
            "1:5: error: integer literal `-9223372036854775809` is out of range for int (64-bit signed)"
        ),
        (
            "18446744073709551616",
            "1:1: error: integer literal `18446744073709551616` is out of range for int (64-bit signed)"
        ),
        (
            "99999999999999999999999",
            "1:1: error: integer literal `99999999999999999999999` is out of range for int (64-bit signed)"
        ),
        (
            "0x8000000000000000",
            "1:1: error: integer literal `0x8000000000000000` is out of range for int (64-bit signed)"
        ),
        (
            "18446744073709551616u",
            "1:1: error: integer literal `18446744073709551616u` is out of range for uint (64-bit unsigned)"
        ),
        (
            "0x10000000000000000u",
            "1:1: error: integer literal `0x10000000000000000u` is out of range for uint (64-bit unsigned)"
        ),
        ("1e309", "1:1: error: floating-point literal `1e309` is out of range for double"),
    ]

    @Test("number literals out of range", arguments: outOfRange)
    func numberOutOfRange(source: String, expectedFirstLine: String) {
        #expect(parseError(source)?.split(separator: "\n").first.map(String.init) == expectedFirstLine)
    }

    @Test("macros that copy their receiver cannot blow up the tree", .timeLimit(.minutes(1)))
    func copyingMacros() {
        // 521 bytes may expand to at most ten nodes per byte.
        let chain = "o" + String(repeating: ".optMap(x, x)", count: 40)
        #expect(parseError(chain)?.hasPrefix("1:1: error: expression is too complex: more than 5210 syntax nodes") == true)
        #expect(parsedTree("o" + String(repeating: ".optMap(x, x)", count: 5)) != nil)
    }

    @Test("the most negative int is a literal")
    func mostNegativeInt() {
        #expect(literalValue("-9223372036854775808") == .int(Int64.min))
        #expect(compactTree("-(-9223372036854775808)") == "-_(-9223372036854775808)")
        #expect(compactTree("---9223372036854775808") == "-9223372036854775808")
        #expect(compactTree("--9223372036854775808") == "-_(-9223372036854775808)")
    }
}
