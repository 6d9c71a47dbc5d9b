/// The bytes of a file seen up to a limit, read the way libyaml's scanner reads them: past the
/// limit every byte is 0, like the end of the input.
struct ScalarSourceText {
    /// A line break: its offset and length in the file, and what it stands for in a value.
    struct LineBreak {
        var offset: Int
        var length: Int
        /// `\n` for `\n`, `\r\n`, `\r` and U+0085; U+2028 and U+2029 stand for themselves.
        var value: [UInt8]
        var isNewline: Bool { value == [UInt8(ascii: "\n")] }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// The first offset that is not read.
    let limit: Int

    init(bytes: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.bytes = bytes
        self.limit = max(0, min(limit, bytes.count))
    }

    /// The byte at an offset, or 0 outside the readable range.
    subscript(offset: Int) -> UInt8 {
        offset >= 0 && offset < limit ? bytes[offset] : 0
    }

    func isBlank(_ offset: Int) -> Bool {
        self[offset] == UInt8(ascii: " ") || self[offset] == UInt8(ascii: "\t")
    }

    /// The line break at an offset, if there is one.
    func lineBreak(at offset: Int) -> LineBreak? {
        let newline = [UInt8(ascii: "\n")]
        switch (self[offset], self[offset + 1], self[offset + 2]) {
        case (0x0D, 0x0A, _): return LineBreak(offset: offset, length: 2, value: newline)
        case (0x0D, _, _), (0x0A, _, _): return LineBreak(offset: offset, length: 1, value: newline)
        case (0xC2, 0x85, _): return LineBreak(offset: offset, length: 2, value: newline)
        case let (0xE2, 0x80, last) where last == 0xA8 || last == 0xA9:
            return LineBreak(offset: offset, length: 3, value: [0xE2, 0x80, last])
        default: return nil
        }
    }

    func isBreak(_ offset: Int) -> Bool {
        lineBreak(at: offset) != nil
    }

    /// The length of the UTF-8 sequence starting at an offset (1 for a stray byte).
    func characterLength(at offset: Int) -> Int {
        switch self[offset] {
        case 0xC0...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF7: return 4
        default: return 1
        }
    }
}

/// A decoded scalar value built byte by byte, with the file offset each byte comes from.
struct MappedText {
    var bytes: [UInt8] = []
    var offsets: [Int] = []
    /// The file offset just after the source of the last byte, if any.
    var end: Int?

    /// Copies a character of the file into the value, each byte mapped to itself.
    mutating func copy(_ text: ScalarSourceText, at offset: Int) -> Int {
        let length = text.characterLength(at: offset)
        for index in offset..<(offset + length) {
            bytes.append(text[index])
            offsets.append(index)
        }
        end = offset + length
        return offset + length
    }

    /// Appends bytes that all stand for the file text `offset..<sourceEnd` (an escape, a fold).
    mutating func emit(_ values: [UInt8], at offset: Int, sourceEnd: Int) {
        bytes.append(contentsOf: values)
        offsets.append(contentsOf: repeatElement(offset, count: values.count))
        end = sourceEnd
    }

    /// Appends a line break as it appears in values.
    mutating func emit(_ lineBreak: ScalarSourceText.LineBreak) {
        emit(lineBreak.value, at: lineBreak.offset, sourceEnd: lineBreak.offset + lineBreak.length)
    }
}
