extension Lexer {
    /// A number: `123`, `0x1F`, `123u`, `0x1Fu`, `1.5`, `.5`, `1e10`, `1.0e-3`.
    ///
    /// As in the CEL grammar, `1.` is the int `1` followed by a dot (so `1.size()` is a call),
    /// and hexadecimal literals take a lowercase `0x` only. A minus sign is never part of the
    /// token: the parser folds it into the literal.
    mutating func scanNumber() throws(SyntaxError) -> (TokenKind, TokenValue) {
        let start = position
        if peek() == UInt8(ascii: "0"), peek(1) == UInt8(ascii: "x"), Self.hexValue(peek(2)) != nil {
            return try scanHexInteger(start: start)
        }
        var isDouble = false
        while Self.isDigit(peek()) { position += 1 }
        if peek() == UInt8(ascii: "."), Self.isDigit(peek(1)) {
            isDouble = true
            position += 1
            while Self.isDigit(peek()) { position += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-")
            if Self.isDigit(peek(sign ? 2 : 1)) {
                isDouble = true
                position += sign ? 2 : 1
                while Self.isDigit(peek()) { position += 1 }
            }
        }
        let digitsEnd = position
        if isDouble {
            let text = String(decoding: bytes[start..<digitsEnd], as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw SyntaxError(offset: start, message: SyntaxMessages.doubleOutOfRange(text))
            }
            return (.double, .double(value))
        }
        let isUnsigned = peek() == UInt8(ascii: "u") || peek() == UInt8(ascii: "U")
        if isUnsigned { position += 1 }
        guard let magnitude = Self.accumulate(bytes[start..<digitsEnd], radix: 10) else {
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            throw SyntaxError(
                offset: start,
                message: isUnsigned ? SyntaxMessages.uintOutOfRange(text) : SyntaxMessages.intOutOfRange(text))
        }
        return (isUnsigned ? .uint : .int, .integer(magnitude))
    }

    private mutating func scanHexInteger(start: Int) throws(SyntaxError) -> (TokenKind, TokenValue) {
        position += 2
        let digitsStart = position
        while Self.hexValue(peek()) != nil { position += 1 }
        let digitsEnd = position
        let isUnsigned = peek() == UInt8(ascii: "u") || peek() == UInt8(ascii: "U")
        if isUnsigned { position += 1 }
        guard let magnitude = Self.accumulate(bytes[digitsStart..<digitsEnd], radix: 16) else {
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            throw SyntaxError(
                offset: start,
                message: isUnsigned ? SyntaxMessages.uintOutOfRange(text) : SyntaxMessages.intOutOfRange(text))
        }
        return (isUnsigned ? .uint : .int, .integer(magnitude))
    }

    /// The value of a run of digits, or nil when it does not fit in 64 unsigned bits.
    private static func accumulate(_ digits: ArraySlice<UInt8>, radix: UInt64) -> UInt64? {
        var value: UInt64 = 0
        for byte in digits {
            guard let digit = hexValue(byte) else { return nil }
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(UInt64(digit))
            if overflowMultiply || overflowAdd { return nil }
            value = sum
        }
        return value
    }
}
