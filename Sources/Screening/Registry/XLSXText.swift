/// Text conventions of spreadsheet XML: entities, escaping for writing, and Excel's `_xHHHH_`
/// escapes of characters that XML cannot hold.
enum XLSXText {
    /// The character that an entity name (`amp`, `#233`, `#xE9`) stands for, or nil.
    static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x")
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, isXMLCharacter(value) else { return nil }
        return Unicode.Scalar(value)
    }

    /// Whether XML 1.0 may hold the character `value`.
    static func isXMLCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: return false
            }
            guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }

    /// `text` with Excel's escapes (`_x000D_` for a carriage return, `_x005F_` for `_`) decoded.
    static func unescapeExcel(_ text: String) -> String {
        guard hasExcelEscape(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let scalar = excelEscape(in: scalars, at: index) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Whether `text` may hold an escape: it has `_x` (checked bytewise, for speed).
    private static func hasExcelEscape(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "_"), byte == UInt8(ascii: "x") { return true }
            previous = byte
        }
        return false
    }

    /// Whether `text` can be written in XML as it is: no markup character, no `_` (which might
    /// start something read as an escape), no control character, and no character from U+F000
    /// (whose UTF-8 starts with 0xEF) among which are U+FFFE and U+FFFF.
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
                && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "_") && byte != 0xEF
        }
    }

    /// `text` escaped for XML content or a quoted attribute. Characters that XML cannot hold,
    /// and the carriage return (which XML reading would turn into a line feed), are written as
    /// Excel's `_xHHHH_`; a `_` that would be read as the start of such an escape as `_x005F_`.
    static func escape(_ text: String) -> String {
        if isPlain(text) { return text }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "_" where excelEscape(in: scalars, at: index) != nil: out += "_x005F_"
            case "\r": out += "_x000D_"
            case let other where !isXMLCharacter(other.value): out += hexEscape(other.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The character of an `_xHHHH_` escape starting at `index`, or nil when there is none.
    private static func excelEscape(in scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x",
              scalars[index + 6] == "_"
        else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[(index + 2)...(index + 5)] {
            guard let digit = hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }
}
