import Diagnostics
import Testing
import YAML

@Suite("YAML reader: limits")
struct YAMLLimitTests {
    static let billionLaughs = """
        a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        """

    @Test func billionLaughsIsALimitError() throws {
        let diagnostic = try #require(yamlDiagnostics(Self.billionLaughs).first)
        #expect(diagnostic.code == "yaml.limit")
        #expect(diagnostic.message.en == "aliases expand to too many nodes (limit 10000)")
        #expect(diagnostic.location?.line == 5)
    }

    /// Nesting far deeper than the limit, in every collection style, fails at depth 257.
    @Test(arguments: [
        ("flow sequences", String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000), 1, 257),
        ("flow mappings", String(repeating: "{a: ", count: 50_000) + String(repeating: "}", count: 50_000), 1, 1025),
        ("block sequences", String(repeating: "- ", count: 50_000) + "x", 1, 513),
        ("block mappings", String(repeating: "? ", count: 50_000) + "x", 1, 513),
        ("indented block mappings", (0..<300).map { String(repeating: " ", count: $0) + "k:\n" }.joined(), 257, 257),
    ])
    func deepNestingIsALimitError(style: String, yaml: String, line: Int, column: Int) throws {
        let diagnostics = yamlDiagnostics(yaml)
        let diagnostic = try #require(diagnostics.first, "\(style)")
        #expect(diagnostic.code == "yaml.limit")
        #expect(diagnostic.message.en == "nesting is too deep (limit 256 levels)")
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: line, column: column))
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let yaml = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        var node = try parseYAML(yaml)
        var depth = 1
        while let inner = node.sequenceElements?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 256)
    }

    @Test func aliasesCannotExceedTheDepthLimit() throws {
        let diagnostic = try #require(yamlDiagnostics("a: &x [[1]]\nb: [*x]\n", limits: YAMLLimits(maxDepth: 3)).first)
        #expect(diagnostic.code == "yaml.limit")
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: 2, column: 5))
    }

    @Test func oversizedInputIsALimitError() throws {
        let yaml = "a: " + String(repeating: "x", count: 16 * 1024 * 1024)
        let diagnostic = try #require(yamlDiagnostics(yaml).first)
        #expect(diagnostic.code == "yaml.limit")
        #expect(diagnostic.message.en.hasPrefix("the YAML input is too large: 16777219 bytes"))
        let bytes = YAMLReader(limits: YAMLLimits(maxInputBytes: 4)).source(fromUTF8: Array("a: bc".utf8), path: nil)
        #expect(throws: YAMLFailure.self) { try bytes.get() }
    }

    @Test func tooManyNodesIsALimitError() throws {
        let yaml = "[" + (1...20).map(String.init).joined(separator: ", ") + "]"
        let diagnostic = try #require(yamlDiagnostics(yaml, limits: YAMLLimits(maxNodes: 10)).first)
        #expect(diagnostic.code == "yaml.limit")
        #expect(diagnostic.location?.column == 29)
    }

    /// About 1 MB of policy-like YAML; `swift test` reports how long this test takes.
    @Test func readsAOneMegabyteDocument() throws {
        var yaml = "rules:\n"
        var count = 0
        while yaml.utf8.count < 1_000_000 {
            count += 1
            yaml += """
                  - id: rule-\(count)
                    name: "Chấp thuận khoản vay \(count)"
                    when: 'amount > \(count) && score >= 700'
                    tags: [a, b, c]
                    limits: {min: 1, max: 2.5}

                """
        }
        let root = try parseYAML(yaml)
        let rules = try #require(root["rules"]?.sequenceElements)
        #expect(rules.count == count)
        #expect(rules.last?["limits"]?["max"]?.double == 2.5)
        #expect(rules.last?["id"]?.location.line == 2 + 5 * (count - 1))
    }
}
