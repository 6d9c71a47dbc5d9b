import Diagnostics
import YAML

/// A field's value as written, before it is converted to the field's kind: a node of a YAML
/// (or JSON) mapping, or the text of a table cell.
///
/// The readings below (text, number, whole number, list elements) are the only places where
/// the two forms differ; the per-kind conversions in ``FieldConversion`` use them alone.
enum FieldInput: Sendable {
    /// A YAML node; plain scalars keep their raw text, so `05` stays `05`.
    case node(YAMLNode)
    /// The text of a cell, already trimmed.
    case text(String)

    /// The outcome of reading a whole number.
    enum WholeNumber {
        /// A whole number that fits in 64 bits.
        case value(Int64)
        /// A whole number too large for 64 bits.
        case outOfRange
        /// Not a whole number: text, a fraction, infinity or NaN.
        case invalid
    }

    /// Whether the value is missing: a null YAML scalar (`~`, `null`, nothing) or an empty cell.
    var isMissing: Bool {
        switch self {
        case .node(let node): return node.isNull
        case .text(let text): return text.isEmpty
        }
    }

    /// The text of a scalar or a cell; nil for a YAML sequence or mapping.
    var scalarText: String? {
        switch self {
        case .node(let node): return node.scalarValue
        case .text(let text): return text
        }
    }

    /// Whether the value was written in quotes (a quoted number is text, not a number).
    var isQuoted: Bool {
        guard case .node(let node) = self else { return false }
        return node.scalarStyle == .singleQuoted || node.scalarStyle == .doubleQuoted
    }

    /// The elements of a YAML sequence; nil for anything else.
    var elements: [FieldInput]? {
        guard case .node(let node) = self, let items = node.sequenceElements else { return nil }
        return items.map(FieldInput.node)
    }

    /// The number written: a YAML int or float scalar (unquoted), or decimal text with `.` as
    /// the decimal separator; nil otherwise.
    var number: Double? {
        switch self {
        case .node(let node): return node.double
        case .text(let text): return DecimalText.double(text)
        }
    }

    /// The whole number written: an integer, or a number with no fraction (`1200.0`, `1.2e3`).
    var wholeNumber: WholeNumber {
        let exact: Int64?
        switch self {
        case .node(let node): exact = node.int.map(Int64.init)
        case .text(let text): exact = DecimalText.isInteger(text) ? Int64(text) : nil
        }
        if let exact { return .value(exact) }
        guard let number, number.isFinite, number == number.rounded(.towardZero) else { return .invalid }
        return Int64(exactly: number).map(WholeNumber.value) ?? .outOfRange
    }

    /// How the value is named in messages: its text in backticks, or what kind of node it is.
    var shown: LocalizedText {
        if let text = scalarText {
            let scalars = text.unicodeScalars
            let short = scalars.count > 40 ? String(String.UnicodeScalarView(scalars.prefix(40))) + "…" : text
            return LocalizedText(verbatim: "`\(short)`")
        }
        if elements != nil { return LocalizedText(vi: "một danh sách", en: "a list") }
        return LocalizedText(vi: "một ánh xạ", en: "a mapping")
    }
}

/// Numbers written as text: `[-+]?(digits[.digits?] | .digits)([eE][-+]?digits)?`, with `.` as
/// the only decimal separator; no `inf`, `nan`, hexadecimal or digit grouping.
enum DecimalText {
    /// The value of a decimal number, or nil when the text is not one.
    static func double(_ text: String) -> Double? {
        DecimalSyntax.value(text)
    }

    /// Whether the text is an optional sign followed by decimal digits.
    static func isInteger(_ text: String) -> Bool {
        var digits = Substring(text)
        if let sign = digits.first, sign == "-" || sign == "+" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.utf8.allSatisfy(isDigit)
    }

    /// Whether the text would be a number with `.` in place of `,` (`1,5` or `1,200`).
    static func usesComma(_ text: String) -> Bool {
        guard text.contains(",") else { return false }
        let pointed = String(text.map { $0 == "," ? "." : $0 })
        return isDecimal(Array(pointed.utf8)) || isInteger(text.filter { $0 != "," })
    }

    private static func isDecimal(_ bytes: [UInt8]) -> Bool {
        DecimalSyntax.matches(bytes)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
