import Diagnostics
import Testing
import YAML

@Suite("YAML reader: trees and positions")
struct YAMLReaderTests {
    static let policy = """
        name: Chấp thuận
        rules:
          - id: r1
            when: "x > 1"
          - [a, Chấp, b]
        meta: {tên: Chấp thuận, mã: 7}
        """

    @Test func readsMappingsSequencesAndScalars() throws {
        let root = try parseYAML(Self.policy)
        let expected = YAMLNode(
            .mapping([
                (.scalar("name"), .scalar("Chấp thuận")),
                (
                    .scalar("rules"),
                    YAMLNode(
                        .sequence([
                            YAMLNode(
                                .mapping([
                                    (.scalar("id"), .scalar("r1")),
                                    (.scalar("when"), .scalar("x > 1", style: .doubleQuoted)),
                                ])),
                            YAMLNode(.sequence([.scalar("a"), .scalar("Chấp"), .scalar("b")])),
                        ]))
                ),
                (
                    .scalar("meta"),
                    YAMLNode(.mapping([(.scalar("tên"), .scalar("Chấp thuận")), (.scalar("mã"), .scalar("7"))]))
                ),
            ]))
        #expect(root == expected)
        #expect(root.mappingEntries?.map(\.key.scalarValue) == ["name", "rules", "meta"])
        #expect(root["rules"]?.sequenceElements?.count == 2)
        #expect(root["missing"] == nil)
        #expect(root.entry(forKey: "meta")?.key.location == SourceLocation(file: "test.yaml", line: 6, column: 1))
    }

    /// Line and column (in Unicode scalars) of nodes, found by a path of keys and indexes.
    @Test(arguments: [
        (["name"], 1, 7),
        (["rules"], 3, 3),
        (["rules", "0"], 3, 5),
        (["rules", "0", "when"], 4, 11),
        (["rules", "1"], 5, 5),
        (["rules", "1", "1"], 5, 9),
        (["rules", "1", "2"], 5, 15),
        (["meta"], 6, 7),
        (["meta", "mã"], 6, 29),
    ])
    func nodeLocations(path: [String], line: Int, column: Int) throws {
        var node = try parseYAML(Self.policy)
        for step in path {
            if let index = Int(step), let items = node.sequenceElements {
                node = try #require(items.indices.contains(index) ? items[index] : nil)
            } else {
                node = try #require(node[step])
            }
        }
        #expect(node.location == SourceLocation(file: "test.yaml", line: line, column: column))
    }

    @Test func offsetsAreUTF8OffsetsOfTheFile() throws {
        let text = "tên: \"Chấp thuận\"\nk: [x, y]\n"
        let root = try parseYAML(text)
        let bytes = Array(text.utf8)
        let quoted = try #require(root["tên"])
        #expect(quoted.startOffset == 6)
        #expect(quoted.endOffset == 6 + "\"Chấp thuận\"".utf8.count)
        #expect(bytes[quoted.endOffset - 1] == UInt8(ascii: "\""))
        let flow = try #require(root["k"])
        #expect(String(decoding: bytes[flow.startOffset..<flow.endOffset], as: UTF8.self) == "[x, y]")
    }

    @Test func equalityIgnoresPositionsButNotStyles() throws {
        #expect(try parseYAML("a: [1, 2]") == parseYAML("{a: [1,\n    2]}"))
        #expect(try parseYAML("a: 1") != parseYAML("a: '1'"))
        #expect(try parseYAML("a: !!str 1") != parseYAML("a: 1"))
    }

    @Test func aliasesCopyTheAnchoredNode() throws {
        let root = try parseYAML("base: &b {x: 1, y: [2]}\nother: *b\n")
        #expect(root["other"] == root["base"])
        #expect(root["base"]?.anchor == "b")
        #expect(root["other"]?["y"]?.sequenceElements?.first?.int == 2)
    }

    @Test func readsEveryDocumentOfAStream() throws {
        let source = SourceFile(path: nil, text: "a: 1\n---\n- b\n...\n--- c\n")
        let documents = try YAMLReader().parse(source).get()
        let expected = [
            YAMLNode(.mapping([(.scalar("a"), .scalar("1"))])), YAMLNode(.sequence([.scalar("b")])), .scalar("c"),
        ]
        #expect(documents == expected)
        #expect(try YAMLReader().parse(SourceFile(path: nil, text: "")).get().isEmpty)
        #expect(try parseYAML("").isNull)
        #expect(try parseYAML("# only a comment\n").isNull)
    }

    @Test func keepsTagsAndBlockStyles() throws {
        let root = try parseYAML("a: !custom x\nb: |\n  line\nc: >-\n  folded\n  text\n")
        #expect(root["a"]?.tag == "!custom")
        #expect(root["b"] == .scalar("line\n", style: .literal))
        #expect(root["c"] == .scalar("folded text", style: .folded))
    }

    @Test func byteOrderMarkDoesNotShiftPositions() throws {
        let root = try parseYAML("\u{FEFF}a: b\nc: d\n")
        #expect(root["c"]?.location == SourceLocation(file: "test.yaml", line: 2, column: 4))
        #expect(root["a"]?.startOffset == 6)
    }
}
