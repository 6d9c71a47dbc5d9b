import Diagnostics

/// A syntax error found while lexing or parsing: where it is and what is wrong.
///
/// A class, so that the error slot of each typed-throwing call on the parser's recursive path
/// is one pointer wide.
final class SyntaxError: Error, Sendable {
    /// The UTF-8 offset of the problem in the expression text.
    let offset: Int
    /// The message, in every language.
    let message: LocalizedText
    /// Advice, when there is some.
    let help: LocalizedText?

    init(offset: Int, message: LocalizedText, help: LocalizedText? = nil) {
        self.offset = offset
        self.message = message
        self.help = help
    }
}

/// The messages of syntax errors, in Vietnamese and English.
///
/// House style: lowercase, no final period, user text in backticks.
enum SyntaxMessages {
    static func expectedPunctuation(_ spelling: String, found: LocalizedText) -> LocalizedText {
        LocalizedText(
            vi: "thiếu dấu `\(spelling)`, gặp \(found.vi)", en: "expected `\(spelling)`, found \(found.en)")
    }

    static func expectedExpression(found: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "thiếu biểu thức, gặp \(found.vi)", en: "expected an expression, found \(found.en)")
    }

    static func expectedFieldName(found: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "thiếu tên trường, gặp \(found.vi)", en: "expected a field name, found \(found.en)")
    }

    static func expectedName(found: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "thiếu tên, gặp \(found.vi)", en: "expected a name, found \(found.en)")
    }

    static func unexpected(_ found: LocalizedText) -> LocalizedText {
        LocalizedText(vi: "gặp \(found.vi) không mong đợi", en: "unexpected \(found.en)")
    }

    static let endOfInput = LocalizedText(vi: "cuối biểu thức", en: "end of expression")

    static func reservedIdentifier(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "`\(name)` là từ dành riêng, không dùng làm tên biến hay hàm được",
            en: "`\(name)` is a reserved word and cannot name a variable or function")
    }

    static func unsupportedOptionalSyntax(_ spelling: String) -> LocalizedText {
        LocalizedText(
            vi: "cú pháp optional `\(spelling)` chưa được bật",
            en: "optional syntax `\(spelling)` is not enabled")
    }

    static func tooDeep(_ limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "biểu thức lồng nhau quá \(limit) cấp",
            en: "expression nesting exceeds the limit of \(limit) levels")
    }

    static func tooLarge(size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "biểu thức quá lớn: \(size) byte, giới hạn là \(limit) byte",
            en: "expression is too large: \(size) bytes, the limit is \(limit) bytes")
    }

    static func tooManyNodes(_ limit: Int) -> LocalizedText {
        LocalizedText(
            vi: "biểu thức quá phức tạp: hơn \(limit) nút cú pháp sau khi mở rộng macro",
            en: "expression is too complex: more than \(limit) syntax nodes after macro expansion")
    }

    static func intOutOfRange(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "số nguyên `\(text)` vượt quá phạm vi của int (64 bit có dấu)",
            en: "integer literal `\(text)` is out of range for int (64-bit signed)")
    }

    static func uintOutOfRange(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "số nguyên `\(text)` vượt quá phạm vi của uint (64 bit không dấu)",
            en: "integer literal `\(text)` is out of range for uint (64-bit unsigned)")
    }

    static func doubleOutOfRange(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "số thực `\(text)` vượt quá phạm vi của double",
            en: "floating-point literal `\(text)` is out of range for double")
    }

    static let invalidUTF8 = LocalizedText(vi: "UTF-8 không hợp lệ", en: "invalid UTF-8")

    static func operatorHelp(_ spelling: String) -> LocalizedText {
        LocalizedText(
            vi: "toán tử này trong CEL viết là `\(spelling)`",
            en: "this operator is written `\(spelling)` in CEL")
    }

    static func unexpectedCharacter(_ text: String) -> LocalizedText {
        LocalizedText(vi: "ký tự `\(text)` không hợp lệ ở đây", en: "unexpected character `\(text)`")
    }

    static let unterminatedString = LocalizedText(
        vi: "chuỗi chưa được đóng", en: "unterminated string literal")

    static let unterminatedQuotedIdentifier = LocalizedText(
        vi: "tên trong dấu `` ` `` chưa được đóng", en: "unterminated quoted identifier")

    static let emptyQuotedIdentifier = LocalizedText(
        vi: "tên trong dấu `` ` `` không được rỗng", en: "quoted identifier is empty")

    static func invalidQuotedIdentifierCharacter(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "ký tự `\(text)` không được phép trong tên trong dấu `` ` ``",
            en: "character `\(text)` is not allowed in a quoted identifier")
    }

    static func invalidEscape(_ text: String) -> LocalizedText {
        LocalizedText(vi: "chuỗi thoát `\(text)` không hợp lệ", en: "invalid escape sequence `\(text)`")
    }

    static func escapeNeedsDigits(_ escape: String, count: Int, kind: DigitKind) -> LocalizedText {
        LocalizedText(
            vi: "sau `\(escape)` phải có \(count) chữ số \(kind.vi)",
            en: "`\(escape)` must be followed by \(count) \(kind.en) digits")
    }

    static func invalidCodePoint(_ text: String) -> LocalizedText {
        LocalizedText(
            vi: "`\(text)` không phải là điểm mã Unicode hợp lệ",
            en: "`\(text)` is not a valid Unicode code point")
    }

    static let hasNeedsSelection = LocalizedText(
        vi: "`has` cần một phép chọn trường, ví dụ `has(a.b)`",
        en: "`has` expects a field selection such as `has(a.b)`")

    static func iterationVariableNotSimple(_ macro: String) -> LocalizedText {
        LocalizedText(
            vi: "biến lặp của `\(macro)` phải là một tên đơn giản",
            en: "the iteration variable of `\(macro)` must be a simple name")
    }

    static func variableNotSimple(_ macro: String) -> LocalizedText {
        LocalizedText(
            vi: "tên biến của `\(macro)` phải là một tên đơn giản",
            en: "the variable of `\(macro)` must be a simple name")
    }

    static func iterationVariableShadowsAccumulator(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "biến lặp `\(name)` trùng tên với biến tích luỹ của macro",
            en: "iteration variable `\(name)` overwrites the accumulator variable")
    }

    static func duplicateIterationVariable(_ name: String) -> LocalizedText {
        LocalizedText(
            vi: "hai biến lặp không được cùng tên `\(name)`",
            en: "both iteration variables are named `\(name)`")
    }

    static let blockNeedsList = LocalizedText(
        vi: "đối số đầu của `cel.block` phải là một danh sách viết trực tiếp",
        en: "the first argument of `cel.block` must be a list literal")

    static func blockNeedsNumber(_ macro: String) -> LocalizedText {
        LocalizedText(
            vi: "đối số của `\(macro)` phải là số nguyên không âm viết trực tiếp",
            en: "the arguments of `\(macro)` must be non-negative integer literals")
    }

    /// The kinds of digit an escape sequence takes.
    enum DigitKind {
        case hexadecimal, octal

        var vi: String { self == .hexadecimal ? "thập lục phân" : "bát phân" }
        var en: String { self == .hexadecimal ? "hexadecimal" : "octal" }
    }
}
