import Diagnostics
import Testing
import YAML

@testable import Screening

@Suite("Records: errors with codes and positions")
struct RecordErrorTests {
    struct YAMLCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var code: String
        var line: Int
        var column: Int
        /// A piece of the English help, or nil when there must be none.
        var help: String? = nil
        var testDescription: String { yaml.replacingOccurrences(of: "\n", with: "⏎") }
    }

    static let yamlCases: [YAMLCase] = [
        YAMLCase(yaml: "id: P\nlabour: nhiều", code: "record.type", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nlabour: 12.5", code: "record.type", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nlabour: '12'", code: "record.type", line: 2, column: 9, help: "without quotes"),
        YAMLCase(yaml: "id: P\nlabour: .inf", code: "record.type", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nlabour: -1", code: "record.range", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nlabour: 99999999999999999999", code: "record.range", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nlabour: 1e19", code: "record.range", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nshare_pct: '12.5'", code: "record.type", line: 2, column: 12, help: "without quotes"),
        YAMLCase(yaml: "id: P\nshare_pct: \"7\"", code: "record.type", line: 2, column: 12, help: "without quotes"),
        YAMLCase(yaml: "id: P\nshare_pct: 1,5", code: "record.type", line: 2, column: 12, help: "decimal separator"),
        YAMLCase(yaml: "id: P\nshare_pct: 1,200", code: "record.type", line: 2, column: 12, help: "decimal separator"),
        YAMLCase(yaml: "id: P\nshare_pct: .nan", code: "record.type", line: 2, column: 12),
        YAMLCase(yaml: "id: P\nshare_pct: -.inf", code: "record.type", line: 2, column: 12),
        YAMLCase(yaml: "id: P\nshare_pct: true", code: "record.type", line: 2, column: 12),
        YAMLCase(yaml: "id: P\nshare_pct: [1]", code: "record.type", line: 2, column: 12),
        YAMLCase(yaml: "id: P\nshare_pct: 100.5", code: "record.range", line: 2, column: 12),
        YAMLCase(yaml: "id: P\nshare_pct: -0.5", code: "record.range", line: 2, column: 12),
        YAMLCase(yaml: "id: P\ndebt: 11", code: "record.range", line: 2, column: 7),
        YAMLCase(yaml: "id: P\nstatus: licenced", code: "record.enum", line: 2, column: 9, help: "did you mean `licensed`?"),
        YAMLCase(yaml: "id: P\nstatus: Proposed", code: "record.enum", line: 2, column: 9, help: "did you mean `proposed`?"),
        YAMLCase(yaml: "id: P\nstatus: approved", code: "record.enum", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nstatus: {a: 1}", code: "record.type", line: 2, column: 9),
        YAMLCase(yaml: "id: P\nin_plan: maybe", code: "record.type", line: 2, column: 10, help: "có/không"),
        YAMLCase(yaml: "id: P\nin_plan: 2", code: "record.type", line: 2, column: 10, help: "có/không"),
        YAMLCase(yaml: "id: P\nin_plan: [true]", code: "record.type", line: 2, column: 10, help: "có/không"),
        YAMLCase(yaml: "id: P\nproducts: [lime, brick]", code: "record.enum", line: 2, column: 18),
        YAMLCase(yaml: "id: P\nproducts:\n  - lime\n  - limes", code: "record.enum", line: 4, column: 5, help: "did you mean `lime`?"),
        YAMLCase(yaml: "id: P\nproducts: lime; brick", code: "record.enum", line: 2, column: 11),
        YAMLCase(yaml: "id: P\nproducts: {lime: 1}", code: "record.type", line: 2, column: 11, help: "separated by `;`"),
        YAMLCase(yaml: "id: P\nproducts: [lime, [x]]", code: "record.type", line: 2, column: 18),
        YAMLCase(yaml: "id: P\nproducts: [lime, ~]", code: "record.type", line: 2, column: 18),
        YAMLCase(yaml: "id: P\nname: [a]", code: "record.type", line: 2, column: 7),
        YAMLCase(yaml: "id: P\nvsic: {a: b}", code: "record.type", line: 2, column: 7),
        YAMLCase(yaml: "id: P\nnmae: x", code: "record.unknown_field", line: 2, column: 1, help: "did you mean `name`?"),
        YAMLCase(yaml: "id: P\nlabor: 3", code: "record.unknown_field", line: 2, column: 1, help: "did you mean `labour`?"),
        YAMLCase(yaml: "id: P\nzzz: 1", code: "record.unknown_field", line: 2, column: 1),
        YAMLCase(yaml: "{id: P, [a]: 1}", code: "record.unknown_field", line: 1, column: 9),
        YAMLCase(yaml: "name: x\nlabour: 3", code: "record.required", line: 1, column: 1),
        YAMLCase(yaml: "  {name: x}", code: "record.required", line: 1, column: 3),
        YAMLCase(yaml: "id: ~\nname: x", code: "record.required", line: 1, column: 5),
        YAMLCase(yaml: "id: [a]", code: "record.type", line: 1, column: 5),
        YAMLCase(yaml: "- id: P", code: "record.type", line: 1, column: 1),
        YAMLCase(yaml: "42", code: "record.type", line: 1, column: 1),
        YAMLCase(yaml: "", code: "record.type", line: 1, column: 1),
    ]

    @Test(arguments: yamlCases)
    func reportsYAMLErrors(_ testCase: YAMLCase) throws {
        let diagnostics = RecordTesting.diagnostics(try RecordTesting.decode(testCase.yaml))
        try #require(diagnostics.count == 1, "\(RecordTesting.render(diagnostics))")
        let diagnostic = diagnostics[0]
        #expect(diagnostic.code == testCase.code)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: "p.yaml", line: testCase.line, column: testCase.column))
        let lines = testCase.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(diagnostic.sourceLine == String(lines[testCase.line - 1]))
        if let help = testCase.help {
            #expect(diagnostic.help?.en.contains(help) == true, "\(String(describing: diagnostic.help))")
        } else if testCase.code != "record.type" {
            #expect(diagnostic.help == nil)
        }
    }

    struct TextCase: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var code: String
        var testDescription: String { "\(name)=\(text)" }
    }

    static let textCases: [TextCase] = [
        TextCase(name: "share_pct", text: "1,5", code: "record.type"),
        TextCase(name: "share_pct", text: "0x10", code: "record.type"),
        TextCase(name: "share_pct", text: "inf", code: "record.type"),
        TextCase(name: "share_pct", text: "nan", code: "record.type"),
        TextCase(name: "share_pct", text: "12 %", code: "record.type"),
        TextCase(name: "share_pct", text: "150", code: "record.range"),
        TextCase(name: "labour", text: "12.5", code: "record.type"),
        TextCase(name: "labour", text: "1e400", code: "record.type"),
        TextCase(name: "labour", text: "99999999999999999999", code: "record.range"),
        TextCase(name: "labour", text: "-2", code: "record.range"),
        TextCase(name: "in_plan", text: "maybe", code: "record.type"),
        TextCase(name: "in_plan", text: "co", code: "record.type"),
        TextCase(name: "status", text: "closed", code: "record.enum"),
        TextCase(name: "products", text: "lime;brick", code: "record.enum"),
        TextCase(name: "nope", text: "1", code: "record.unknown_field"),
    ]

    @Test(arguments: textCases)
    func reportsTextErrorsAtTheirCell(_ testCase: TextCase) throws {
        let cell = SourceLocation(file: "r.csv", line: 3, column: 7)
        let result = RecordDecoder(schema: RecordTesting.schema).record(
            fromText: [("id", "P-1", SourceLocation(file: "r.csv", line: 3, column: 1)), (testCase.name, testCase.text, cell)],
            origin: "r.csv:3")
        let diagnostics = RecordTesting.diagnostics(result)
        try #require(diagnostics.count == 1, "\(RecordTesting.render(diagnostics))")
        #expect(diagnostics[0].code == testCase.code)
        #expect(diagnostics[0].location == cell)
        #expect(diagnostics[0].sourceLine == nil)
        // A registry row reads the cell from its bytes and must report the same problem.
        guard RecordTesting.schema.field(forHeader: testCase.name) != nil else { return }
        var decoder = TableRowDecoder(schema: RecordTesting.schema, header: ["id", "x", testCase.name], file: "r.csv")
        let row = RecordTesting.diagnostics(decoder.decode(RawRow(number: 3, cells: ["P-1", "", testCase.text])))
        #expect(row.map(\.code) == [testCase.code])
        #expect(row.first?.location == SourceLocation(file: "r.csv", line: 3, column: 3))
    }

    @Test func messagesNameTheFieldInBothLanguages() throws {
        let yaml = "id: P\nlabour: nhiều\n"
        let diagnostic = try #require(RecordTesting.diagnostics(try RecordTesting.decode(yaml)).first)
        #expect(diagnostic.message.vi == "trường `labour` phải là số nguyên, gặp `nhiều`")
        #expect(diagnostic.message.en == "field `labour` must be an integer, got `nhiều`")
        let rendered = DiagnosticRenderer(language: .en).text(diagnostic)
        #expect(rendered == "p.yaml:2:9: error: field `labour` must be an integer, got `nhiều`\nlabour: nhiều\n        ^")
    }

    @Test func enumAndRangeMessagesListWhatIsAllowed() throws {
        let yaml = "id: P\nstatus: licenced\nshare_pct: 120\ndebt: 12\nlabour: -4\nproducts: [brick]"
        let messages = RecordTesting.diagnostics(try RecordTesting.decode(yaml)).map(\.message)
        #expect(messages.map(\.en) == [
            "field `status` must be one of proposed, licensed, operating, got `licenced`",
            "field `share_pct` must be between 0 and 100, got `120`",
            "field `debt` must be at most 10, got `12`",
            "field `labour` must be at least 0, got `-4`",
            "the tags of field `products` must be among lime, cement, got `brick`",
        ])
        #expect(messages.map(\.vi) == [
            "trường `status` phải là một trong proposed, licensed, operating, gặp `licenced`",
            "trường `share_pct` phải từ 0 đến 100, gặp `120`",
            "trường `debt` phải nhỏ hơn hoặc bằng 10, gặp `12`",
            "trường `labour` phải lớn hơn hoặc bằng 0, gặp `-4`",
            "các giá trị của trường `products` phải thuộc lime, cement, gặp `brick`",
        ])
    }

    @Test func collectsEveryErrorOfTheRecord() throws {
        let yaml = """
            name: [x]
            status: closed
            labour: many
            in_plan: perhaps
            colour: red
            products: [lime, brick, stone]
            share_pct: 101
            """
        let diagnostics = RecordTesting.diagnostics(try RecordTesting.decode(yaml))
        #expect(diagnostics.map(\.code) == [
            "record.type", "record.enum", "record.type", "record.type", "record.unknown_field",
            "record.enum", "record.enum", "record.range", "record.required",
        ])
        #expect(diagnostics.map { $0.location?.line ?? 0 } == [1, 2, 3, 4, 5, 6, 6, 7, 1])
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let long = String(repeating: "x", count: 100)
        let diagnostic = try #require(RecordTesting.diagnostics(try RecordTesting.decode("id: P\nlabour: \(long)")).first)
        #expect(diagnostic.message.en == "field `labour` must be an integer, got `\(String(repeating: "x", count: 40))…`")
    }

    @Test func textRowsReportDuplicatesAndAMissingIdAtTheFirstCell() throws {
        let source = SourceFile(path: "r.csv", text: "name,labour,labour\nA,3,4\n")
        let first = SourceLocation(file: "r.csv", line: 2, column: 1)
        let result = RecordDecoder(schema: RecordTesting.schema).record(
            fromText: [
                ("name", "A", first), ("labour", "3", SourceLocation(file: "r.csv", line: 2, column: 3)),
                ("labour", "4", SourceLocation(file: "r.csv", line: 2, column: 5)),
            ],
            source: source, origin: "r.csv:2")
        let diagnostics = RecordTesting.diagnostics(result)
        #expect(diagnostics.map(\.code) == ["record.duplicate_field", "record.required"])
        #expect(diagnostics.map { $0.location?.column ?? 0 } == [5, 1])
        #expect(diagnostics.allSatisfy { $0.sourceLine == "A,3,4" })
    }

    @Test func aRequiredFieldWithAWrongValueIsReportedOnce() throws {
        let result = RecordDecoder(schema: RecordTesting.schema).record(fromText: [("id", " ", nil)], origin: "row")
        #expect(RecordTesting.diagnostics(result).map(\.code) == ["record.required"])
        let wrong = RecordTesting.diagnostics(try RecordTesting.decode("id: {a: 1}"))
        #expect(wrong.map(\.code) == ["record.type"])
    }
}
