import Testing

@testable import CELSyntax

@Suite("Literals and escapes")
struct LiteralTests {
    static let numbers: [(String, Constant)] = [
        ("0", .int(0)),
        ("42", .int(42)),
        ("0x1F", .int(31)),
        ("0xff", .int(255)),
        ("-0x10", .int(-16)),
        ("9223372036854775807", .int(Int64.max)),
        ("-9223372036854775808", .int(Int64.min)),
        ("-0x8000000000000000", .int(Int64.min)),
        ("- 7", .int(-7)),
        ("42u", .uint(42)),
        ("42U", .uint(42)),
        ("0x1Fu", .uint(31)),
        ("18446744073709551615u", .uint(UInt64.max)),
        ("1.5", .double(1.5)),
        (".5", .double(0.5)),
        ("-.5", .double(-0.5)),
        ("1e10", .double(1e10)),
        ("1E10", .double(1e10)),
        ("1.0e-3", .double(0.001)),
        ("2e+3", .double(2000)),
        ("-1.25", .double(-1.25)),
        ("1e-400", .double(0)),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("null", .null),
    ]

    @Test("numbers, booleans and null", arguments: numbers)
    func number(source: String, expected: Constant) {
        #expect(literalValue(source) == expected)
    }

    static let strings: [(String, String)] = [
        ("'abc'", "abc"),
        ("\"abc\"", "abc"),
        ("''", ""),
        ("'\"\"'", "\"\""),
        ("\"'\"", "'"),
        ("'''x''x'''", "x''x"),
        ("\"\"\"a\"b\"\"\"", "a\"b"),
        ("'''a\nb'''", "a\nb"),
        ("'''a\r\nb'''", "a\nb"),
        ("'''a\rb'''", "a\nb"),
        ("'h\u{E9}llo \u{1F431}'", "h\u{E9}llo \u{1F431}"),
        (#"'\a\b\f\n\r\t\v'"#, "\u{7}\u{8}\u{C}\n\r\t\u{B}"),
        (#"'\\ \' \" \` \?'"#, "\\ ' \" ` ?"),
        (#"'\101\060\377'"#, "A0\u{FF}"),
        (#"'\303\277'"#, "\u{C3}\u{BF}"),
        (#"'\x41\X42\xff'"#, "AB\u{FF}"),
        (#"'\u00e9\u00E9'"#, "\u{E9}\u{E9}"),
        (#"'\U0001F600'"#, "\u{1F600}"),
        (#"'\U00088888'"#, "\u{88888}"),
        (#"'''\'''\''''"#, "''''"),
        (#"r'\n\x'"#, #"\n\x"#),
        (#"R"\d+""#, #"\d+"#),
        ("r'''a\\\nb'''", "a\\\nb"),
        (#"r'\'"#, "\\"),
    ]

    @Test("strings", arguments: strings)
    func string(source: String, expected: String) {
        #expect(literalValue(source) == .string(expected))
    }

    static let bytes: [(String, [UInt8])] = [
        ("b'abc'", [97, 98, 99]),
        ("B\"abc\"", [97, 98, 99]),
        ("b'\u{FF}'", [0xC3, 0xBF]),
        (#"b'\303\277'"#, [0xC3, 0xBF]),
        (#"b'\377'"#, [0xFF]),
        (#"b'\xff\XFF'"#, [0xFF, 0xFF]),
        (#"b'\000'"#, [0]),
        (#"b'\u00ff'"#, [0xC3, 0xBF]),
        (#"b'\U0001F600'"#, [0xF0, 0x9F, 0x98, 0x80]),
        (#"br'\x00'"#, Array(#"\x00"#.utf8)),
        (#"bR'\n'"#, Array(#"\n"#.utf8)),
        (#"Br"a""#, [97]),
        ("b'''a\r\nb'''", [97, 10, 98]),
    ]

    @Test("bytes", arguments: bytes)
    func bytesLiteral(source: String, expected: [UInt8]) {
        #expect(literalValue(source) == .bytes(expected))
    }

    static let invalid: [(String, String)] = [
        (#"'\s'"#, "1:2: error: invalid escape sequence `\\s`"),
        (#"'\x4'"#, "1:2: error: `\\x` must be followed by 2 hexadecimal digits"),
        (#"'\u12'"#, "1:2: error: `\\u` must be followed by 4 hexadecimal digits"),
        (#"'\U0001F6'"#, "1:2: error: `\\U` must be followed by 8 hexadecimal digits"),
        (#"'\400'"#, "1:2: error: invalid escape sequence `\\4`"),
        (#"'\08'"#, "1:2: error: `\\` must be followed by 3 octal digits"),
        (#"'\uD800'"#, "1:2: error: `\\uD800` is not a valid Unicode code point"),
        (#"'\UD83DDE03'"#, "1:2: error: `\\UD83DDE03` is not a valid Unicode code point"),
        (#"'\U00110000'"#, "1:2: error: `\\U00110000` is not a valid Unicode code point"),
        (#"b'\uDFFF'"#, "1:3: error: `\\uDFFF` is not a valid Unicode code point"),
        ("'abc", "1:1: error: unterminated string literal"),
        ("'a\nb'", "1:1: error: unterminated string literal"),
        ("x + '''abc''", "1:5: error: unterminated string literal"),
        (#"r'\''"#, "1:5: error: unterminated string literal"),
        (#"'\"#, "1:2: error: invalid escape sequence `\\`"),
        ("a.`b", "1:3: error: unterminated quoted identifier"),
        ("a.``", "1:3: error: quoted identifier is empty"),
        ("a.`b+c`", "1:5: error: character `+` is not allowed in a quoted identifier"),
    ]

    @Test("invalid literals", arguments: invalid)
    func invalidLiteral(source: String, expectedFirstLine: String) {
        let rendered = parseError(source)
        #expect(rendered?.split(separator: "\n").first.map(String.init) == expectedFirstLine)
    }

    @Test("backquoted field names")
    func quotedFields() {
        #expect(compactTree("a.`b-c`") == "a.b-c")
        #expect(compactTree("a.`b.c/d e`") == "a.b.c/d e")
        #expect(compactTree("has(a.`x-y`)") == "has(a.x-y)")
        #expect(compactTree("T{`in`: 1, ?`a-b`: 2}") == "T{in: 1, ?a-b: 2}")
        #expect(parseError("`a`") != nil)
        #expect(parseError("a.`b`()") != nil)
    }
}
