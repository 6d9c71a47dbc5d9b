import Diagnostics
import Testing
import YAML

@Suite("YAML reader: file offsets of scalar values")
struct YAMLFileOffsetTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// A document with one scalar holding `@`, the only `@` of the file.
        var yaml: String
        var value: String
        var style: YAMLScalarStyle
        var testDescription: String { yaml }
    }

    static let cases: [Case] = [
        Case(yaml: "v: a + b@c\n", value: "a + b@c", style: .plain),
        Case(yaml: "tên: x\nv: Chấp @thuận # note\n", value: "Chấp @thuận", style: .plain),
        Case(yaml: "v: first\n  sécond@x\n\n  third\nw: 1\n", value: "first sécond@x\nthird", style: .plain),
        Case(yaml: "v: a\r\n  b@\r\n", value: "a b@", style: .plain),
        Case(yaml: "v: [x, y@z, w]\n", value: "y@z", style: .plain),
        Case(yaml: "v: !!str &anchor\n  # comment\n  tagged@x\n", value: "tagged@x", style: .plain),
        Case(yaml: "v: 'it''s @ok'\n", value: "it's @ok", style: .singleQuoted),
        Case(yaml: "v: 'a  \n  b''c@d\n\n   é'\n", value: "a b'c@d\né", style: .singleQuoted),
        Case(yaml: "v: \"Chấp \\\"thuận\\\" @\"\n", value: "Chấp \"thuận\" @", style: .doubleQuoted),
        Case(yaml: "v: \"tab\\there @x\"\n", value: "tab\there @x", style: .doubleQuoted),
        Case(yaml: "v: \"abc \\\n   def@g\"\n", value: "abc def@g", style: .doubleQuoted),
        Case(yaml: "v: \"one\n  two@\n\n  three \"\n", value: "one two@\nthree ", style: .doubleQuoted),
        Case(yaml: "v: |\n  line one\n  tên @x\n", value: "line one\ntên @x\n", style: .literal),
        Case(yaml: "v: |-\n    indented\n      more\n    @x\n\n", value: "indented\n  more\n@x", style: .literal),
        Case(yaml: "v: |+ # keep\n  a@\n\n\nw: 1\n", value: "a@\n\n\n", style: .literal),
        Case(yaml: "m:\n  v: |2\n      deep@\n    x\n", value: "  deep@\nx\n", style: .literal),
        Case(yaml: "- |1\n  lead@\n", value: " lead@\n", style: .literal),
        Case(yaml: "v: >\n  folded\n  text @x\n\n  para\n", value: "folded text @x\npara\n", style: .folded),
        Case(yaml: "v: >-\n  a\n    b@\n  c\n", value: "a\n  b@\nc", style: .folded),
        Case(yaml: "v: >\n\n  Chấp\r\n  thuận@\r\n", value: "\nChấp thuận@\n", style: .folded),
    ]

    @Test(arguments: cases)
    func valueCharactersMapToTheSameCharactersInTheFile(_ testCase: Case) throws {
        let source = SourceFile(path: "test.yaml", text: testCase.yaml)
        let node = try #require(firstScalar(containing: "@", in: try parseYAML(testCase.yaml)))
        #expect(node.scalarValue == testCase.value)
        #expect(node.scalarStyle == testCase.style)
        let offsets = try #require(node.scalarFileOffsets(in: source))
        let value = Array(testCase.value.utf8)
        let file = Array(testCase.yaml.utf8)
        #expect(offsets.count == value.count + 1)

        let marker = try #require(value.firstIndex(of: UInt8(ascii: "@")))
        #expect(offsets[marker] == file.firstIndex(of: UInt8(ascii: "@")))

        for (index, byte) in value.enumerated() where Self.isWord(byte) {
            let offset = offsets[index]
            #expect(file.indices.contains(offset) && file[offset] == byte, "value byte \(index)")
        }
        #expect(offsets == offsets.sorted(), "offsets increase")
        #expect(offsets.allSatisfy { $0 >= node.startOffset && $0 <= node.endOffset })
    }

    @Test func escapesAndFoldsMapToTheirSource() throws {
        let yaml = "v: \"a\\tb\n  c\\u00e9\\x41\"\n"
        let source = SourceFile(path: nil, text: yaml)
        let node = try #require(try parseYAML(yaml)["v"])
        let offsets = try #require(node.scalarFileOffsets(in: source))
        let file = Array(yaml.utf8)
        #expect(node.scalarValue == "a\tb céA")
        #expect(file[offsets[1]] == UInt8(ascii: "\\"))
        #expect(file[offsets[3]] == UInt8(ascii: "\n"))
        try #require(offsets.count == 9)
        #expect(offsets[4] + 1 == offsets[5] && offsets[5] == offsets[6] && file[offsets[5]] == UInt8(ascii: "\\"))
        #expect(file[offsets[7]] == UInt8(ascii: "\\") && offsets[7] == offsets[6] + 6)
        #expect(file[offsets[8]] == UInt8(ascii: "\""), "the end maps to the closing quote")
    }

    @Test func theEndOfAPlainScalarIsTheEndOfTheNode() throws {
        let yaml = "when: x > 1 # comment\n"
        let node = try #require(try parseYAML(yaml)["when"])
        let offsets = try #require(node.scalarFileOffsets(in: SourceFile(path: nil, text: yaml)))
        #expect(offsets.last == node.endOffset)
        #expect(offsets.last == 11)
        #expect(SourceFile(path: nil, text: yaml).location(ofUTF8Offset: offsets[2]).column == 9)
    }

    @Test func anotherFileGivesTheStartOfTheScalar() throws {
        let node = try #require(try parseYAML("v: 'abc'")["v"])
        let offsets = node.scalarFileOffsets(in: SourceFile(path: nil, text: "something else"))
        #expect(offsets == [3, 3, 3, 3])
    }

    @Test func collectionsHaveNoScalarOffsets() throws {
        let yaml = "v: [1]"
        #expect(try parseYAML(yaml).scalarFileOffsets(in: SourceFile(path: nil, text: yaml)) == nil)
    }

    private static func isWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "@")
    }
}
