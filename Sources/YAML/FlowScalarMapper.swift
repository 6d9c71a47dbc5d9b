/// Rebuilds a plain, single-quoted or double-quoted scalar from the file the way libyaml's
/// scanner does (folding line breaks, `''`, escapes), remembering where each byte comes from.
struct FlowScalarMapper {
    enum Quoting {
        case plain, single, double
    }

    private let text: ScalarSourceText
    private let quoting: Quoting
    private var output = MappedText()
    private var whitespaces: [Int] = []
    private var leadingBreak: ScalarSourceText.LineBreak?
    private var trailingBreaks: [ScalarSourceText.LineBreak] = []
    private var leadingBlanks = false

    /// Prepares to read the content of a scalar (inside its quotes) that ends at `text.limit`.
    init(text: ScalarSourceText, quoting: Quoting) {
        self.text = text
        self.quoting = quoting
    }

    /// The value read from `start` to the limit, or `nil` when the text is not a valid scalar.
    mutating func map(from start: Int) -> MappedText? {
        var offset = start
        while offset < text.limit {
            while offset < text.limit, !text.isBlank(offset), !text.isBreak(offset) {
                if quoting == .double, text[offset] == UInt8(ascii: "\\"),
                    let lineBreak = text.lineBreak(at: offset + 1)
                {
                    offset = lineBreak.offset + lineBreak.length
                    join()
                    leadingBlanks = true
                    break
                }
                join()
                guard let next = readCharacter(at: offset) else { return nil }
                offset = next
            }
            while offset < text.limit, text.isBlank(offset) || text.isBreak(offset) {
                if let lineBreak = text.lineBreak(at: offset) {
                    if leadingBlanks {
                        trailingBreaks.append(lineBreak)
                    } else {
                        whitespaces = []
                        leadingBreak = lineBreak
                        leadingBlanks = true
                    }
                    offset += lineBreak.length
                } else {
                    if !leadingBlanks { whitespaces.append(offset) }
                    offset += 1
                }
            }
        }
        join()
        output.end = text.limit
        return output
    }

    /// Reads one character, `''` or escape of the content; the offset after it.
    private mutating func readCharacter(at offset: Int) -> Int? {
        switch quoting {
        case .single where text[offset] == UInt8(ascii: "'") && text[offset + 1] == UInt8(ascii: "'"):
            output.emit([UInt8(ascii: "'")], at: offset, sourceEnd: offset + 2)
            return offset + 2
        case .double where text[offset] == UInt8(ascii: "\\"):
            guard let (value, length) = Self.escape(text, at: offset) else { return nil }
            output.emit(value, at: offset, sourceEnd: offset + length)
            return offset + length
        default:
            return output.copy(text, at: offset)
        }
    }

    /// Adds the pending whitespace, or the folded line breaks, before the next character.
    private mutating func join() {
        if leadingBlanks {
            if let leadingBreak, leadingBreak.isNewline {
                if trailingBreaks.isEmpty {
                    let end = leadingBreak.offset + leadingBreak.length
                    output.emit([UInt8(ascii: " ")], at: leadingBreak.offset, sourceEnd: end)
                }
            } else if let leadingBreak {
                output.emit(leadingBreak)
            }
            trailingBreaks.forEach { output.emit($0) }
            leadingBreak = nil
            trailingBreaks = []
            leadingBlanks = false
        } else {
            for offset in whitespaces { output.emit([text[offset]], at: offset, sourceEnd: offset + 1) }
        }
        whitespaces = []
    }

    /// The one-letter escapes of double-quoted scalars and the characters they stand for.
    private static let simpleEscapes: [UInt8: UInt32] = [
        UInt8(ascii: "0"): 0, UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9,
        UInt8(ascii: "\t"): 9, UInt8(ascii: "n"): 10, UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12,
        UInt8(ascii: "r"): 13, UInt8(ascii: "e"): 27, UInt8(ascii: " "): 32, UInt8(ascii: "\""): 34,
        UInt8(ascii: "/"): 47, UInt8(ascii: "'"): 39, UInt8(ascii: "\\"): 92, UInt8(ascii: "N"): 0x85,
        UInt8(ascii: "_"): 0xA0, UInt8(ascii: "L"): 0x2028, UInt8(ascii: "P"): 0x2029,
    ]

    /// The UTF-8 value and length of the escape sequence at `offset` (a backslash).
    private static func escape(_ text: ScalarSourceText, at offset: Int) -> ([UInt8], Int)? {
        let letter = text[offset + 1]
        if let code = simpleEscapes[letter] {
            return Unicode.Scalar(code).map { (Array(String($0).utf8), 2) }
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        default: return nil
        }
        var code: UInt32 = 0
        for index in (offset + 2)..<(offset + 2 + digits) {
            guard let digit = hexValue(text[index]) else { return nil }
            code = code &* 16 &+ digit
        }
        return Unicode.Scalar(code).map { (Array(String($0).utf8), 2 + digits) }
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
