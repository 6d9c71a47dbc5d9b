public import Diagnostics

extension YAMLNode {
    /// For a scalar, the UTF-8 offset in the file of each UTF-8 offset of its value, and of the
    /// end of the value (one more entry than the value has bytes); `nil` for a collection.
    ///
    /// Quotes, `''`, escapes, folded line breaks and block indentation are accounted for: a
    /// character of the value maps to the same character in the file; an escape maps to its
    /// backslash and a line folded into a space to its line break. `source` must be the file the
    /// node was read from; if the text there does not rebuild the value (another file), every
    /// offset is the start of the scalar. The result feeds
    /// `ExpressionSource(text:file:fileOffsets:)`.
    public func scalarFileOffsets(in source: SourceFile) -> [Int]? {
        guard case let .scalar(value, style) = content else { return nil }
        let expected = Array(value.utf8)
        let mapped: [Int]? =
            source.text.utf8.withContiguousStorageIfAvailable { bytes in
                map(style: style, expected: expected, bytes: bytes)
            } ?? Array(source.text.utf8).withUnsafeBufferPointer { bytes in
                map(style: style, expected: expected, bytes: bytes)
            }
        return mapped ?? Array(repeating: startOffset, count: expected.count + 1)
    }

    /// The offsets, when the file rebuilds `expected`.
    private func map(style: YAMLScalarStyle, expected: [UInt8], bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        guard startOffset >= 0, startOffset <= endOffset, endOffset <= bytes.count else { return nil }
        let whole = ScalarSourceText(bytes: bytes, limit: endOffset)
        let start = Self.skipProperties(whole, from: startOffset)
        let mapped: MappedText?
        switch style {
        case .plain:
            var mapper = FlowScalarMapper(text: whole, quoting: .plain)
            mapped = mapper.map(from: start)
        case .singleQuoted, .doubleQuoted:
            let quote = UInt8(ascii: style == .singleQuoted ? "'" : "\"")
            guard whole[start] == quote, endOffset - 1 > start, whole[endOffset - 1] == quote else { return nil }
            let inside = ScalarSourceText(bytes: bytes, limit: endOffset - 1)
            var mapper = FlowScalarMapper(text: inside, quoting: style == .singleQuoted ? .single : .double)
            mapped = mapper.map(from: start + 1)
        case .literal, .folded:
            mapped = BlockScalarMapper(text: whole).map(from: start, expected: expected)
        }
        guard let mapped, mapped.bytes == expected else { return nil }
        return mapped.offsets + [mapped.end ?? start]
    }

    /// The offset of a scalar's first character after its anchor and tag, if it has them.
    private static func skipProperties(_ text: ScalarSourceText, from start: Int) -> Int {
        var offset = start
        while text[offset] == UInt8(ascii: "&") || text[offset] == UInt8(ascii: "!") {
            if text[offset] == UInt8(ascii: "!"), text[offset + 1] == UInt8(ascii: "<") {
                while offset < text.limit, text[offset] != UInt8(ascii: ">") { offset += 1 }
                offset += 1
            } else {
                while offset < text.limit, !text.isBlank(offset), !text.isBreak(offset),
                    !",[]{}".utf8.contains(text[offset])
                {
                    offset += 1
                }
            }
            offset = skipSeparation(text, from: offset)
        }
        return offset
    }

    /// The offset after blanks, line breaks and comments.
    private static func skipSeparation(_ text: ScalarSourceText, from start: Int) -> Int {
        var offset = start
        while offset < text.limit {
            if text.isBlank(offset) {
                offset += 1
            } else if let lineBreak = text.lineBreak(at: offset) {
                offset += lineBreak.length
            } else if text[offset] == UInt8(ascii: "#") {
                while offset < text.limit, !text.isBreak(offset) { offset += 1 }
            } else {
                break
            }
        }
        return offset
    }
}
