import Diagnostics

/// Splits CEL source text, given as UTF-8 bytes, into tokens.
///
/// The lexer never traps on input: malformed UTF-8, bad escapes and out-of-range numbers all
/// become an error token, which ends the stream. Whitespace is `[ \t\n\r\f]`; comments run from
/// `//` to the end of the line.
struct Lexer {
    let bytes: [UInt8]
    var position = 0

    /// A lexer over raw bytes, which need not be valid UTF-8.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A lexer over a text.
    init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// All the tokens of the input, the last one `.end` or `.error`, and their values.
    mutating func tokenize() -> (tokens: [Token], values: [TokenValue]) {
        var tokens: [Token] = []
        var values: [TokenValue] = []
        while true {
            let (token, value) = next()
            tokens.append(token)
            values.append(value)
            switch token.kind {
            case .end, .error: return (tokens, values)
            default: continue
            }
        }
    }

    /// The next token and its value.
    mutating func next() -> (Token, TokenValue) {
        skipTrivia()
        guard position < bytes.count else {
            return (Token(kind: .end, offset: bytes.count, end: bytes.count), .none)
        }
        let start = position
        do throws(SyntaxError) {
            let (kind, value) = try scanToken()
            return (Token(kind: kind, offset: start, end: position), value)
        } catch {
            position = bytes.count
            return (
                Token(kind: .error, offset: error.offset, end: error.offset), .message(error.message, help: error.help)
            )
        }
    }

    /// The byte `ahead` places after the current one, or 0 past the end (0 is never part of a
    /// token outside strings, and strings check the end themselves).
    func peek(_ ahead: Int = 0) -> UInt8 {
        let index = position + ahead
        return index < bytes.count ? bytes[index] : 0
    }

    private mutating func skipTrivia() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0C:
                position += 1
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            default:
                return
            }
        }
    }

    private mutating func scanToken() throws(SyntaxError) -> (TokenKind, TokenValue) {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return try scanWordOrPrefixedString()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try scanNumber()
        case UInt8(ascii: ".") where Self.isDigit(peek(1)):
            return try scanNumber()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try scanQuoted(raw: false, isBytes: false)
        case UInt8(ascii: "`"):
            return try scanQuotedIdentifier()
        default:
            if let punctuation = scanPunctuation() { return (.punctuation(punctuation), .none) }
            throw unexpectedCharacter(at: position)
        }
    }

    private mutating func scanPunctuation() -> Punctuation? {
        let byte = bytes[position]
        let second = peek(1)
        let two: Punctuation?
        switch (byte, second) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): two = .equals
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): two = .notEquals
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): two = .lessEquals
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): two = .greaterEquals
        case (UInt8(ascii: "&"), UInt8(ascii: "&")): two = .logicalAnd
        case (UInt8(ascii: "|"), UInt8(ascii: "|")): two = .logicalOr
        default: two = nil
        }
        if let two {
            position += 2
            return two
        }
        let one: Punctuation
        switch byte {
        case UInt8(ascii: "("): one = .leftParen
        case UInt8(ascii: ")"): one = .rightParen
        case UInt8(ascii: "["): one = .leftBracket
        case UInt8(ascii: "]"): one = .rightBracket
        case UInt8(ascii: "{"): one = .leftBrace
        case UInt8(ascii: "}"): one = .rightBrace
        case UInt8(ascii: "."): one = .dot
        case UInt8(ascii: ","): one = .comma
        case UInt8(ascii: ":"): one = .colon
        case UInt8(ascii: "?"): one = .question
        case UInt8(ascii: "+"): one = .plus
        case UInt8(ascii: "-"): one = .minus
        case UInt8(ascii: "*"): one = .star
        case UInt8(ascii: "/"): one = .slash
        case UInt8(ascii: "%"): one = .percent
        case UInt8(ascii: "!"): one = .bang
        case UInt8(ascii: "<"): one = .less
        case UInt8(ascii: ">"): one = .greater
        default: return nil
        }
        position += 1
        return one
    }

    /// An identifier, a keyword, or a string or bytes literal with an `r`, `b` or `br` prefix.
    private mutating func scanWordOrPrefixedString() throws(SyntaxError) -> (TokenKind, TokenValue) {
        let first = bytes[position]
        let isRawPrefix = first == UInt8(ascii: "r") || first == UInt8(ascii: "R")
        let isBytesPrefix = first == UInt8(ascii: "b") || first == UInt8(ascii: "B")
        if isRawPrefix, Self.isQuote(peek(1)) {
            position += 1
            return try scanQuoted(raw: true, isBytes: false)
        }
        if isBytesPrefix, Self.isQuote(peek(1)) {
            position += 1
            return try scanQuoted(raw: false, isBytes: true)
        }
        if isBytesPrefix, peek(1) == UInt8(ascii: "r") || peek(1) == UInt8(ascii: "R"), Self.isQuote(peek(2)) {
            position += 2
            return try scanQuoted(raw: true, isBytes: true)
        }
        let start = position
        while position < bytes.count, Self.isWordByte(bytes[position]) { position += 1 }
        let word = String(decoding: bytes[start..<position], as: UTF8.self)
        switch word {
        case "true": return (.keywordTrue, .none)
        case "false": return (.keywordFalse, .none)
        case "null": return (.keywordNull, .none)
        case "in": return (.keywordIn, .none)
        default: return (.identifier, .text(word))
        }
    }

    /// `` `name` ``: letters, digits and `_ . - /` and space, at least one.
    private mutating func scanQuotedIdentifier() throws(SyntaxError) -> (TokenKind, TokenValue) {
        let start = position
        position += 1
        let contentStart = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "`") {
            let byte = bytes[position]
            let allowed =
                Self.isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: " ")
            guard allowed else {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    throw SyntaxError(offset: start, message: SyntaxMessages.unterminatedQuotedIdentifier)
                }
                guard let text = UTF8Scanning.describeCharacter(in: bytes, at: position) else {
                    throw SyntaxError(offset: position, message: SyntaxMessages.invalidUTF8)
                }
                throw SyntaxError(offset: position, message: SyntaxMessages.invalidQuotedIdentifierCharacter(text))
            }
            position += 1
        }
        guard position < bytes.count else {
            throw SyntaxError(offset: start, message: SyntaxMessages.unterminatedQuotedIdentifier)
        }
        guard position > contentStart else {
            throw SyntaxError(offset: start, message: SyntaxMessages.emptyQuotedIdentifier)
        }
        let name = String(decoding: bytes[contentStart..<position], as: UTF8.self)
        position += 1
        return (.quotedIdentifier, .text(name))
    }

    func unexpectedCharacter(at offset: Int) -> SyntaxError {
        guard let text = UTF8Scanning.describeCharacter(in: bytes, at: offset) else {
            return SyntaxError(offset: offset, message: SyntaxMessages.invalidUTF8)
        }
        let help: LocalizedText?
        switch text {
        case "=": help = SyntaxMessages.operatorHelp("==")
        case "&": help = SyntaxMessages.operatorHelp("&&")
        case "|": help = SyntaxMessages.operatorHelp("||")
        default: help = nil
        }
        return SyntaxError(offset: offset, message: SyntaxMessages.unexpectedCharacter(text), help: help)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isQuote(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
