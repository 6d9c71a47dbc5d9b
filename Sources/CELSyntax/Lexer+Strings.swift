extension Lexer {
    /// A string or bytes literal; `position` is at the opening quote, after any prefix.
    ///
    /// Single-quoted forms cannot hold a raw line break; triple-quoted forms can, and their
    /// `\r\n` and `\r` line ends become `\n`. Raw literals keep backslashes as written. In
    /// strings every escape denotes a code point; in bytes, octal and `\x` escapes denote one
    /// byte while `\u` and `\U` are UTF-8 encoded.
    mutating func scanQuoted(raw: Bool, isBytes: Bool) throws(SyntaxError) -> (TokenKind, TokenValue) {
        let start = position
        let quote = bytes[position]
        let isTriple = peek(1) == quote && peek(2) == quote
        position += isTriple ? 3 : 1
        var out: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw SyntaxError(offset: start, message: SyntaxMessages.unterminatedString)
            }
            let byte = bytes[position]
            if byte == quote, !isTriple || (peek(1) == quote && peek(2) == quote) {
                position += isTriple ? 3 : 1
                break
            }
            switch byte {
            case UInt8(ascii: "\\") where !raw:
                try scanEscape(into: &out, isBytes: isBytes)
            case UInt8(ascii: "\n") where !isTriple, UInt8(ascii: "\r") where !isTriple:
                throw SyntaxError(offset: start, message: SyntaxMessages.unterminatedString)
            case UInt8(ascii: "\r"):
                out.append(UInt8(ascii: "\n"))
                position += peek(1) == UInt8(ascii: "\n") ? 2 : 1
            case 0x80...:
                guard let length = UTF8Scanning.sequenceLength(in: bytes, at: position) else {
                    throw SyntaxError(offset: position, message: SyntaxMessages.invalidUTF8)
                }
                out.append(contentsOf: bytes[position..<(position + length)])
                position += length
            default:
                out.append(byte)
                position += 1
            }
        }
        return isBytes ? (.bytes, .bytes(out)) : (.string, .text(String(decoding: out, as: UTF8.self)))
    }

    /// One escape sequence; `position` is at the backslash.
    private mutating func scanEscape(into out: inout [UInt8], isBytes: Bool) throws(SyntaxError) {
        let start = position
        guard position + 1 < bytes.count else {
            throw SyntaxError(offset: start, message: SyntaxMessages.invalidEscape("\\"))
        }
        let letter = bytes[position + 1]
        position += 2
        if let simple = Self.simpleEscape(letter) {
            out.append(simple)
            return
        }
        switch letter {
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            let value = try hexDigits(count: 2, escape: letter, start: start)
            if isBytes {
                out.append(UInt8(truncatingIfNeeded: value))
            } else {
                UTF8Scanning.append(scalar: value, to: &out)
            }
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let value = try hexDigits(count: letter == UInt8(ascii: "u") ? 4 : 8, escape: letter, start: start)
            guard UTF8Scanning.isScalar(value) else {
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                throw SyntaxError(offset: start, message: SyntaxMessages.invalidCodePoint(text))
            }
            UTF8Scanning.append(scalar: value, to: &out)
        case UInt8(ascii: "0")...UInt8(ascii: "3"):
            let value = try octalDigits(first: letter, start: start)
            if isBytes {
                out.append(UInt8(truncatingIfNeeded: value))
            } else {
                UTF8Scanning.append(scalar: value, to: &out)
            }
        default:
            guard let text = UTF8Scanning.describeCharacter(in: bytes, at: start + 1) else {
                throw SyntaxError(offset: start + 1, message: SyntaxMessages.invalidUTF8)
            }
            throw SyntaxError(offset: start, message: SyntaxMessages.invalidEscape("\\" + text))
        }
    }

    /// The byte that a one-letter escape such as `\n` stands for.
    private static func simpleEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "v"): return 0x0B
        case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"), UInt8(ascii: "?"):
            return letter
        default: return nil
        }
    }

    /// Exactly `count` hexadecimal digits (at most 8, so the value fits in 32 bits).
    private mutating func hexDigits(count: Int, escape letter: UInt8, start: Int) throws(SyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = Self.hexValue(peek()) else {
                let escape = "\\" + String(UnicodeScalar(letter))
                throw SyntaxError(
                    offset: start, message: SyntaxMessages.escapeNeedsDigits(escape, count: count, kind: .hexadecimal))
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// `\[0-3][0-7][0-7]`: the first digit is already consumed.
    private mutating func octalDigits(first: UInt8, start: Int) throws(SyntaxError) -> UInt32 {
        var value = UInt32(first - UInt8(ascii: "0"))
        for _ in 0..<2 {
            let byte = peek()
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "7") else {
                throw SyntaxError(
                    offset: start, message: SyntaxMessages.escapeNeedsDigits("\\", count: 3, kind: .octal))
            }
            value = value * 8 + UInt32(byte - UInt8(ascii: "0"))
            position += 1
        }
        return value
    }
}
