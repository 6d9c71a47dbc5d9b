/// UTF-8 helpers for the lexer, which works on raw bytes and must never trust them.
enum UTF8Scanning {
    /// The length of the well-formed UTF-8 sequence that starts at `index`, or nil when the
    /// bytes there are not well-formed UTF-8 (overlong forms, surrogates and values above
    /// U+10FFFF are rejected, as Unicode requires).
    static func sequenceLength(in bytes: [UInt8], at index: Int) -> Int? {
        guard index >= 0, index < bytes.count else { return nil }
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard bytes.count - index >= length else { return nil }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return nil }
        var next = index + 2
        while next < index + length {
            guard bytes[next] & 0xC0 == 0x80 else { return nil }
            next += 1
        }
        return length
    }

    /// Appends the UTF-8 encoding of a scalar value that is known to be valid (at most
    /// U+10FFFF and not a surrogate).
    static func append(scalar value: UInt32, to out: inout [UInt8]) {
        switch value {
        case 0..<0x80:
            out.append(UInt8(value))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (value >> 6)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (value >> 12)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        default:
            out.append(UInt8(0xF0 | ((value >> 18) & 0x07)))
            out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    /// Whether a value is a Unicode scalar: at most U+10FFFF and not a UTF-16 surrogate.
    static func isScalar(_ value: UInt32) -> Bool {
        value <= 0x10FFFF && !(0xD800...0xDFFF).contains(value)
    }

    /// The text of the character at `index` for messages: the character itself when printable,
    /// `U+XXXX` for controls, and nil when the bytes are not valid UTF-8.
    static func describeCharacter(in bytes: [UInt8], at index: Int) -> String? {
        guard let length = sequenceLength(in: bytes, at: index) else { return nil }
        let text = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return nil }
        if scalar.properties.generalCategory == .control || scalar.value == 0x20 {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return text
    }
}
