/// The type a scalar resolves to under the YAML 1.2 core schema.
public enum YAMLScalarType: String, Sendable, Hashable, CaseIterable {
    /// `null`, `Null`, `NULL`, `~` or nothing.
    case null
    /// `true` or `false` (also capitalized or in capitals).
    case bool
    /// A decimal, `0o` octal or `0x` hexadecimal integer.
    case int
    /// A decimal float, `.inf`, `-.inf` or `.nan`.
    case float
    /// Anything else, and every quoted or block scalar.
    case string
}

/// The standard tags of the YAML 1.2 core schema and the rules that resolve plain scalars.
enum YAMLCoreSchema {
    static let stringTag = "tag:yaml.org,2002:str"
    static let nullTag = "tag:yaml.org,2002:null"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"

    /// The type of a scalar from its tag, or from its text and style when it has no standard tag.
    static func type(of value: String, style: YAMLScalarStyle, tag: String?) -> YAMLScalarType {
        switch tag {
        case stringTag, "!": return .string
        case nullTag: return .null
        case boolTag: return .bool
        case intTag: return .int
        case floatTag: return .float
        default: return style == .plain ? resolvePlain(value) : .string
        }
    }

    /// The type of an untagged plain scalar.
    static func resolvePlain(_ value: String) -> YAMLScalarType {
        guard let first = value.utf8.first else { return .null }
        guard "0123456789+-.~nNtTfF".utf8.contains(first) else { return .string }
        if isNull(value) { return .null }
        if bool(value) != nil { return .bool }
        if isInteger(value) { return .int }
        if double(value) != nil { return .float }
        return .string
    }

    static func isNull(_ value: String) -> Bool {
        switch value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ value: String) -> Bool? {
        switch value {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// Whether the text is an integer of the core schema, whether or not it fits in `Int`.
    static func isInteger(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        if let digits = radixDigits(bytes) {
            return !digits.text.isEmpty && digits.text.allSatisfy { digit($0, radix: digits.radix) }
        }
        let unsigned = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+")
            ? bytes.dropFirst() : bytes[...]
        return !unsigned.isEmpty && unsigned.allSatisfy { digit($0, radix: 10) }
    }

    /// The value of an integer of the core schema, or `nil` when it is not one or does not fit.
    static func int(_ value: String) -> Int? {
        guard isInteger(value) else { return nil }
        if let digits = radixDigits(Array(value.utf8)) {
            return Int(String(decoding: digits.text, as: UTF8.self), radix: digits.radix)
        }
        return Int(value)
    }

    /// The value of a float of the core schema (integers included), or `nil`.
    static func double(_ value: String) -> Double? {
        switch value {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        if let integer = int(value) { return Double(integer) }
        guard isDecimalFloat(Array(value.utf8)) else { return nil }
        return Double(value)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    static func isDecimalFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func skipSign() {
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
        }
        func digitCount() -> Int {
            let start = index
            while index < bytes.count, digit(bytes[index], radix: 10) { index += 1 }
            return index - start
        }
        skipSign()
        let whole = digitCount()
        var fraction = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fraction = digitCount()
        }
        guard whole > 0 || fraction > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            skipSign()
            guard digitCount() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// The digits and radix of `0o…` and `0x…` integers.
    private static func radixDigits(_ bytes: [UInt8]) -> (text: ArraySlice<UInt8>, radix: Int)? {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "0") else { return nil }
        switch bytes[1] {
        case UInt8(ascii: "o"): return (bytes.dropFirst(2), 8)
        case UInt8(ascii: "x"): return (bytes.dropFirst(2), 16)
        default: return nil
        }
    }

    private static func digit(_ byte: UInt8, radix: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "7"): return true
        case UInt8(ascii: "8"), UInt8(ascii: "9"): return radix >= 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): return radix == 16
        default: return false
        }
    }
}

/// The syntax of a decimal number, `[-+]?(digits[.digits?] | .digits)([eE][-+]?digits)?`, as the
/// core schema reads plain scalars; shared with readers of table cells.
public enum DecimalSyntax {
    /// Whether `bytes` are a decimal number in that syntax.
    public static func matches(_ bytes: [UInt8]) -> Bool {
        YAMLCoreSchema.isDecimalFloat(bytes)
    }
}
