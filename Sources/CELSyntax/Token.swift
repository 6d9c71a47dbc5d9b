import Diagnostics

/// A punctuation or operator token of CEL.
enum Punctuation: Sendable, Equatable {
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

/// What a token is, with the decoded value of literals.
enum TokenKind: Sendable, Equatable {
    /// A name (`[_a-zA-Z][_a-zA-Z0-9]*`) that is not a keyword; reserved words are identifiers
    /// here and rejected by the parser where they are not allowed.
    case identifier(String)
    /// A backquoted field name such as `` `content-type` ``, without the backquotes.
    case quotedIdentifier(String)
    /// An int literal's magnitude: it may be `Int64.max + 1`, valid only after a minus sign.
    case int(UInt64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case bytes([UInt8])
    case keywordTrue
    case keywordFalse
    case keywordNull
    case keywordIn
    case punctuation(Punctuation)
    /// A lexical error; it ends the token stream.
    case error(LocalizedText)
    /// The end of the input.
    case end
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

    /// Whether the token is the punctuation `p`.
    func `is`(_ p: Punctuation) -> Bool {
        if case .punctuation(p) = kind { return true }
        return false
    }
}

/// Words that cannot name a variable or a global function, though they can name fields and
/// receiver-style functions.
enum ReservedWords {
    static let all: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ]
}
