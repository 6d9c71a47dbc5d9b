/// Rebuilds a literal (`|`) or folded (`>`) block scalar from the file the way libyaml's scanner
/// does (indentation stripped, lines folded, chomping), remembering where each byte comes from.
struct BlockScalarMapper {
    /// What the header line (`|`, `>-`, `|2+`, …) says.
    private struct Header {
        var literal: Bool
        /// -1 strip (`-`), 0 clip, 1 keep (`+`).
        var chomping: Int
        /// The explicit indentation indicator, or 0.
        var increment: Int
        /// Where the first line after the header starts.
        var contentStart: Int
    }

    private let text: ScalarSourceText

    /// Prepares to read a block scalar whose content ends at `text.limit`.
    init(text: ScalarSourceText) {
        self.text = text
    }

    /// The value of the scalar at `start` (its `|` or `>`) that equals `expected`, trying each
    /// plausible indentation, the detected one first: libyaml adds the indentation of the
    /// enclosing collection, which the file alone does not give, to an explicit indicator.
    func map(from start: Int, expected: [UInt8]) -> MappedText? {
        guard let header = header(at: start) else { return nil }
        let detected = detectedIndentation(from: header.contentStart)
        let indents: [Int]
        if header.increment > 0 {
            indents = Array(header.increment...max(header.increment, detected))
        } else {
            indents = [max(detected, 1)] + Array(1...max(detected, 1))
        }
        for indent in indents {
            if let output = map(header, indent: indent), output.bytes == expected { return output }
        }
        return nil
    }

    /// The value for a known indentation, or `nil` when the text does not fit it.
    private func map(_ header: Header, indent: Int) -> MappedText? {
        var output = MappedText()
        var offset = header.contentStart
        var lineStart = offset
        var leadingBreak: ScalarSourceText.LineBreak?
        var trailingBreaks: [ScalarSourceText.LineBreak] = []
        var leadingBlank = false

        func skipBreaks() -> Bool {
            while true {
                while offset - lineStart < indent, text[offset] == UInt8(ascii: " ") { offset += 1 }
                if offset - lineStart < indent, text[offset] == UInt8(ascii: "\t") { return false }
                guard let lineBreak = text.lineBreak(at: offset) else { return true }
                trailingBreaks.append(lineBreak)
                offset += lineBreak.length
                lineStart = offset
            }
        }

        guard skipBreaks() else { return nil }
        while offset - lineStart == indent, offset < text.limit {
            let trailingBlank = text.isBlank(offset)
            if !header.literal, let folded = leadingBreak, folded.isNewline, !leadingBlank, !trailingBlank {
                if trailingBreaks.isEmpty {
                    output.emit([UInt8(ascii: " ")], at: folded.offset, sourceEnd: folded.offset + folded.length)
                }
            } else if let leadingBreak {
                output.emit(leadingBreak)
            }
            leadingBreak = nil
            trailingBreaks.forEach { output.emit($0) }
            trailingBreaks = []
            leadingBlank = text.isBlank(offset)
            while offset < text.limit, !text.isBreak(offset) { offset = output.copy(text, at: offset) }
            if let lineBreak = text.lineBreak(at: offset) {
                leadingBreak = lineBreak
                offset += lineBreak.length
                lineStart = offset
            }
            guard skipBreaks() else { return nil }
        }
        if header.chomping >= 0, let leadingBreak { output.emit(leadingBreak) }
        if header.chomping == 1 { trailingBreaks.forEach { output.emit($0) } }
        if output.end == nil { output.end = header.contentStart }
        return output
    }

    /// The indentation libyaml detects: the most spaces before the first non-empty line.
    private func detectedIndentation(from start: Int) -> Int {
        var offset = start
        var deepest = 0
        while true {
            let lineStart = offset
            while text[offset] == UInt8(ascii: " ") { offset += 1 }
            deepest = max(deepest, offset - lineStart)
            guard let lineBreak = text.lineBreak(at: offset) else { return deepest }
            offset += lineBreak.length
        }
    }

    private func header(at start: Int) -> Header? {
        let indicator = text[start]
        guard indicator == UInt8(ascii: "|") || indicator == UInt8(ascii: ">") else { return nil }
        var header = Header(literal: indicator == UInt8(ascii: "|"), chomping: 0, increment: 0, contentStart: start)
        var offset = start + 1
        for _ in 0..<2 {
            let byte = text[offset]
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                header.chomping = byte == UInt8(ascii: "+") ? 1 : -1
            } else if byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
                header.increment = Int(byte - UInt8(ascii: "0"))
            } else {
                break
            }
            offset += 1
        }
        while text.isBlank(offset) { offset += 1 }
        if text[offset] == UInt8(ascii: "#") {
            while offset < text.limit, !text.isBreak(offset) { offset += 1 }
        }
        if let lineBreak = text.lineBreak(at: offset) { offset += lineBreak.length }
        header.contentStart = offset
        return header
    }
}
