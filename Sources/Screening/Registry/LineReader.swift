import Diagnostics
import Foundation

/// Reads a UTF-8 file line by line, in blocks.
struct LineReader {
    private let input: ByteInput
    private var lineNumber = 0

    init?(path: String) {
        guard let input = ByteInput(path: path) else { return nil }
        self.init(input: input)
    }

    /// Reads lines of bytes held in memory.
    init(bytes: [UInt8]) {
        self.init(input: ByteInput(bytes: bytes))
    }

    private init(input: ByteInput) {
        input.skipByteOrderMark()
        self.input = input
    }

    /// Bytes read so far.
    var bytesRead: Int { input.consumed }

    /// The next line without its line break, and its 1-based number.
    mutating func next() -> (String, Int)? {
        guard !input.atEnd else { return nil }
        var bytes: [UInt8] = []
        while let byte = input.next(), byte != UInt8(ascii: "\n") { bytes.append(byte) }
        lineNumber += 1
        return (String(decoding: bytes, as: UTF8.self), lineNumber)
    }
}

/// Splits a JSON array into its elements' texts as the file streams, tracking strings and depth.
struct JSONArraySplitter {
    private let input: ByteInput
    private var line = 1
    private var started = false
    private var finished = false

    init?(path: String) {
        guard let input = ByteInput(path: path) else { return nil }
        input.skipByteOrderMark()
        self.input = input
    }

    /// Bytes read so far.
    var bytesRead: Int { input.consumed }

    /// The next element, or a problem, or nil after the closing bracket.
    mutating func next() -> RegistryItem? {
        guard !finished else { return nil }
        if !started {
            skipSpace()
            guard input.next() == UInt8(ascii: "[") else {
                finished = true
                return .unreadable(number: line, JSONArraySplitter.problem(line, vi: "tệp JSON phải là một mảng `[...]`",
                                                                            en: "a JSON registry must be an array `[...]`"))
            }
            started = true
        }
        skipSpace()
        if input.peek() == UInt8(ascii: "]") {
            finished = true
            return nil
        }
        if input.peek() == UInt8(ascii: ",") {
            _ = input.next()
            skipSpace()
        }
        let startLine = line
        var bytes: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        while let byte = input.peek() {
            if !inString, depth == 0, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") { break }
            _ = input.next()
            bytes.append(byte)
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        if input.peek() == nil {
            finished = true
            if bytes.isEmpty { return nil }
            return .unreadable(number: startLine, JSONArraySplitter.problem(startLine, vi: "mảng JSON không được đóng",
                                                                             en: "unterminated JSON array"))
        }
        return .document(text: String(decoding: bytes, as: UTF8.self), line: startLine)
    }

    private mutating func skipSpace() {
        while let byte = input.peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            _ = input.next()
        }
    }

    static func problem(_ line: Int, vi: String, en: String) -> Diagnostic {
        Diagnostic(code: "registry.json", location: SourceLocation(file: nil, line: line, column: 1),
                   message: LocalizedText(vi: vi, en: en))
    }
}
