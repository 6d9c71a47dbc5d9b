import Diagnostics
import Testing

@testable import CELSyntax

@Suite("Lexer")
struct LexerTests {
    /// The kinds of the tokens of raw bytes.
    private func kinds(_ bytes: [UInt8]) -> [TokenKind] {
        var lexer = Lexer(bytes: bytes)
        return lexer.tokenize().tokens.map(\.kind)
    }

    /// The error message (English) and offset that ends the tokens of raw bytes, if any.
    private func lexError(_ bytes: [UInt8]) -> (String, Int)? {
        var lexer = Lexer(bytes: bytes)
        let (tokens, values) = lexer.tokenize()
        guard let last = tokens.last, last.kind == .error, case .message(let message, _)? = values.last else {
            return nil
        }
        return (message.en, last.offset)
    }

    static let malformed: [(String, [UInt8], Int)] = [
        ("lone continuation byte in a bytes literal", Array("b'".utf8) + [0x80] + Array("'".utf8), 2),
        ("0xFF in a bytes literal", Array("b'a".utf8) + [0xFF] + Array("'".utf8), 3),
        ("0xFF in a string", Array("'".utf8) + [0xFF] + Array("'".utf8), 1),
        ("truncated sequence in a raw bytes literal", Array("br'".utf8) + [0xE2, 0x82] + Array("'".utf8), 3),
        ("overlong encoding", Array("b'".utf8) + [0xC0, 0xAF] + Array("'".utf8), 2),
        ("encoded surrogate", Array("'".utf8) + [0xED, 0xA0, 0x80] + Array("'".utf8), 1),
        ("above U+10FFFF", Array("'".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("'".utf8), 1),
        ("outside literals", Array("a + ".utf8) + [0xFE], 4),
        ("truncated at the end", Array("'".utf8) + [0xF0, 0x9F], 1),
        ("in a quoted identifier", Array("a.`".utf8) + [0xFF] + Array("`".utf8), 3),
        ("after a backslash", Array("'\\".utf8) + [0xFF] + Array("'".utf8), 2),
    ]

    @Test("invalid UTF-8 is an error, not a trap", arguments: malformed)
    func invalidUTF8(name: String, bytes: [UInt8], offset: Int) {
        let error = lexError(bytes)
        #expect(error?.0 == "invalid UTF-8", "\(name)")
        #expect(error?.1 == offset, "\(name)")
    }

    @Test("valid UTF-8 in comments and literals")
    func validUTF8() {
        #expect(lexError(Array("// ghi chú tiếng Việt 🐱\n'mèo 🐱' + b'ÿ'".utf8)) == nil)
    }

    @Test("tokens and their values")
    func tokens() {
        var lexer = Lexer(text: "a.b_1 >= 0x1Fu && !in_ `x-y` r'\\n' 1.5e3 null")
        let (tokens, values) = lexer.tokenize()
        #expect(
            tokens.map(\.kind) == [
                .identifier, .punctuation(.dot), .identifier, .punctuation(.greaterEquals), .uint,
                .punctuation(.logicalAnd), .punctuation(.bang), .identifier, .quotedIdentifier, .string, .double,
                .keywordNull, .end,
            ])
        #expect(values[2] == .text("b_1"))
        #expect(values[4] == .integer(31))
        #expect(values[7] == .text("in_"))
        #expect(values[8] == .text("x-y"))
        #expect(values[9] == .text("\\n"))
        #expect(values[10] == .double(1500))
        #expect(tokens.map(\.offset) == [0, 1, 2, 6, 9, 15, 18, 19, 23, 29, 35, 41, 45])
    }

    @Test("numbers next to dots and letters")
    func numberBoundaries() {
        #expect(kinds(Array("1.e".utf8)) == [.int, .punctuation(.dot), .identifier, .end])
        #expect(kinds(Array("1..2".utf8)) == [.int, .punctuation(.dot), .double, .end])
        #expect(kinds(Array("0X1".utf8)) == [.int, .identifier, .end])
        #expect(kinds(Array("1ul".utf8)) == [.uint, .identifier, .end])
        #expect(kinds(Array("1e+".utf8)) == [.int, .identifier, .punctuation(.plus), .end])
    }

    @Test("string prefixes")
    func stringPrefixes() {
        #expect(kinds(Array("r'' R'' b'' B'' br'' bR'' Br'' BR''".utf8)).count == 9)
        #expect(kinds(Array("rb''".utf8)) == [.identifier, .string, .end])
        #expect(kinds(Array("bb''".utf8)) == [.identifier, .string, .end])
    }

    @Test("every keyword and reserved word")
    func words() {
        #expect(
            kinds(Array("true false null in".utf8)) == [.keywordTrue, .keywordFalse, .keywordNull, .keywordIn, .end])
        for word in ReservedWords.all {
            #expect(kinds(Array(word.utf8)) == [.identifier, .end])
            #expect(parseError(word)?.contains("reserved word") == true)
            #expect(compactTree("a.\(word)") == "a.\(word)")
            #expect(compactTree("a.\(word)()") == "a.\(word)()")
        }
    }
}
