import Diagnostics
import Testing
import YAML

@Suite("YAML reader: errors")
struct YAMLErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var yaml: String
        var code: String
        var line: Int
        var column: Int
        var en: String
        var testDescription: String { yaml }
    }

    static let cases: [Case] = [
        Case(yaml: "a: 1\nb: 2\na: 3\n", code: "yaml.duplicate_key", line: 3, column: 1, en: "duplicate key `a`"),
        Case(yaml: "a: 1\n'a': 2\n", code: "yaml.duplicate_key", line: 2, column: 1, en: "duplicate key `a`"),
        Case(yaml: "{x: 1, y: 2, x: 3}", code: "yaml.duplicate_key", line: 1, column: 14, en: "duplicate key `x`"),
        Case(yaml: "outer:\n  k: 1\n  k: 2\n", code: "yaml.duplicate_key", line: 3, column: 3, en: "duplicate key `k`"),
        Case(yaml: "1: a\n0x1: b\n", code: "yaml.duplicate_key", line: 2, column: 1, en: "duplicate key `0x1`"),
        Case(
            yaml: "? [a]\n: 1\n? [a]\n: 2\n", code: "yaml.duplicate_key", line: 3, column: 3,
            en: "duplicate key `[…]`"),
        Case(
            yaml: "a:\n  b: 1\n c: 2\n", code: "yaml.syntax", line: 3, column: 2,
            en: "invalid YAML syntax: did not find expected key (while parsing a block mapping at 1:1)"),
        Case(
            yaml: "a: 1\n  b: 2\n", code: "yaml.syntax", line: 2, column: 4,
            en: "invalid YAML syntax: mapping values are not allowed in this context"),
        Case(
            yaml: "tên: \"Chấp thuận\" x: 1\n", code: "yaml.syntax", line: 1, column: 19,
            en: "invalid YAML syntax: did not find expected key (while parsing a block mapping at 1:1)"),
        Case(
            yaml: "a:\n\tb: 1\n", code: "yaml.syntax", line: 2, column: 1,
            en: "invalid YAML syntax: found character that cannot start any token"
                + " (while scanning for the next token at 2:1)"),
        Case(
            yaml: "k: [a, b\n", code: "yaml.syntax", line: 2, column: 1,
            en: "invalid YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at 1:4)"),
        Case(yaml: "a: *nope\n", code: "yaml.alias", line: 1, column: 4, en: "undefined alias `*nope`"),
        Case(yaml: "a: &x [1, *x]\n", code: "yaml.alias", line: 1, column: 11, en: "undefined alias `*x`"),
        Case(
            yaml: "a: 1\n---\nb: 2\n", code: "yaml.documents", line: 2, column: 1,
            en: "expected one YAML document, found 2"),
        Case(
            yaml: "a: b\u{1}\n", code: "yaml.encoding", line: 1, column: 5,
            en: "character not allowed in YAML: control characters are not allowed"),
    ]

    @Test(arguments: cases)
    func reportsErrorsWithPositions(_ testCase: Case) throws {
        let diagnostics = yamlDiagnostics(testCase.yaml)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == testCase.code)
        #expect(diagnostic.location == SourceLocation(file: "test.yaml", line: testCase.line, column: testCase.column))
        #expect(diagnostic.message.en == testCase.en)
        #expect(diagnostic.sourceLine == SourceFile(path: nil, text: testCase.yaml).line(testCase.line))
        #expect(!diagnostic.message.vi.isEmpty && diagnostic.message.vi != diagnostic.message.en)
    }

    @Test func duplicateKeyMessagesInBothLanguages() throws {
        let diagnostic = try #require(yamlDiagnostics("x: 1\nx: 2\n").first)
        #expect(diagnostic.message == LocalizedText(vi: "khóa `x` bị lặp lại", en: "duplicate key `x`"))
        #expect(diagnostic.help?.en == "the key first appears at line 1, column 1")
        let rendered = DiagnosticRenderer(language: .vi).text(diagnostic)
        #expect(rendered == "test.yaml:2:1: lỗi: khóa `x` bị lặp lại\nx: 2\n^\ngợi ý: khóa này đã có ở dòng 1, cột 1")
    }

    @Test func indentationErrorsCarryAdvice() throws {
        let indentation = try #require(yamlDiagnostics("a:\n  b: 1\n c: 2\n").first)
        #expect(indentation.help?.en.hasPrefix("check the indentation") == true)
        let tab = try #require(yamlDiagnostics("a:\n\tb: 1\n").first)
        #expect(tab.help?.en == "YAML does not allow tabs for indentation; use spaces")
    }

    @Test func differentlyTypedKeysAreNotDuplicates() throws {
        let root = try parseYAML("1: a\n'1': b\ntrue: c\n'true': d\n")
        #expect(root.mappingEntries?.count == 4)
    }

    @Test(arguments: [
        (Array("a: b\nc: ".utf8) + [0xFF, 0x0A], 2, 4),
        (Array("tên: Chấp ".utf8) + [0xC3, 0x0A], 1, 11),
        ([0xED, 0xA0, 0x80], 1, 1),
        (Array("k: ".utf8) + [0xC0, 0xAF], 1, 4),
    ] as [([UInt8], Int, Int)])
    func rejectsInvalidUTF8(bytes: [UInt8], line: Int, column: Int) throws {
        let result = YAMLReader().source(fromUTF8: bytes, path: "bad.yaml")
        guard case let .failure(failure) = result else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        let diagnostic = try #require(failure.diagnostics.first)
        #expect(diagnostic.code == "yaml.encoding")
        #expect(diagnostic.location == SourceLocation(file: "bad.yaml", line: line, column: column))
        #expect(diagnostic.message.vi == "tệp không phải là văn bản UTF-8 hợp lệ")
    }

    @Test func acceptsValidUTF8Bytes() throws {
        let source = try YAMLReader().source(fromUTF8: Array("tên: Chấp thuận\n".utf8), path: "ok.yaml").get()
        #expect(try YAMLReader().parseSingle(source).get()["tên"]?.scalarValue == "Chấp thuận")
    }
}
