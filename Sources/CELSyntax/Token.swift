import Diagnostics

/// A punctuation or operator token of CEL.
enum Punctuation: UInt8, Sendable, Equatable {
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case dot, comma, colon, question
    case plus, minus, star, slash, percent, bang
    case less, lessEquals, greater, greaterEquals, equals, notEquals
    case logicalAnd, logicalOr

    /// The token as written in source.
    var spelling: String {
        switch self {
        case .leftParen: return "("
        case .rightParen: return ")"
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .leftBrace: return "{"
        case .rightBrace: return "}"
        case .dot: return "."
        case .comma: return ","
        case .colon: return ":"
        case .question: return "?"
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .percent: return "%"
        case .bang: return "!"
        case .less: return "<"
        case .lessEquals: return "<="
        case .greater: return ">"
        case .greaterEquals: return ">="
        case .equals: return "=="
        case .notEquals: return "!="
        case .logicalAnd: return "&&"
        case .logicalOr: return "||"
        }
    }
}

/// What a token is. Values of literals and names are kept apart, in ``TokenValue``, so that
/// tokens stay small: the parser copies them often, on a recursive path.
enum TokenKind: Sendable, Equatable {
    /// A name (`[_a-zA-Z][_a-zA-Z0-9]*`) that is not a keyword; reserved words are identifiers
    /// here and rejected by the parser where they are not allowed.
    case identifier
    /// A backquoted field name such as `` `content-type` ``.
    case quotedIdentifier
    /// An int literal; its magnitude may be `Int64.max + 1`, valid only after a minus sign.
    case int
    case uint
    case double
    case string
    case bytes
    case keywordTrue
    case keywordFalse
    case keywordNull
    case keywordIn
    case punctuation(Punctuation)
    /// A lexical error; it ends the token stream.
    case error
    /// The end of the input.
    case end
}

/// The decoded value of a token, when it has one.
enum TokenValue: Sendable, Equatable {
    case none
    /// The name of an identifier (without backquotes) or the value of a string literal.
    case text(String)
    /// The magnitude of an int literal, or the value of a uint literal.
    case integer(UInt64)
    case double(Double)
    case bytes([UInt8])
    /// The message of an error token, and advice when there is some.
    case message(LocalizedText, help: LocalizedText?)
}

/// One lexical element: its kind and the UTF-8 range it covers in the source.
///
/// For an error token, `offset` is where the problem is (a bad escape inside a string, say).
struct Token: Sendable, Equatable {
    var kind: TokenKind
    /// The UTF-8 offset of the token's first byte.
    var offset: Int
    /// The UTF-8 offset just past the token.
    var end: Int
}

/// Words that cannot name a variable or a global function, though they can name fields and
/// receiver-style functions.
enum ReservedWords {
    static let all: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ]
}
