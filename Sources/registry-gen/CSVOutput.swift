import Foundation

/// A CSV file written line by line through a buffer, so that memory stays flat however many
/// rows are written. Fields are quoted as RFC 4180 says: a field holding the separator, a
/// quote, a line break, or leading or trailing spaces is enclosed in quotes, and its quotes
/// are doubled.
final class CSVOutput {
    private let handle: FileHandle
    private let separator: String
    private let lineEnd: String
    private var buffer: [UInt8] = []

    /// Creates (or replaces) the file at `path`; `bom` starts it with a UTF-8 byte-order mark.
    init(path: String, separator: String = ",", lineEnd: String = "\n", bom: Bool = false) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path)
        else { throw OutputError(message: "cannot create `\(path)`") }
        self.handle = handle
        self.separator = separator
        self.lineEnd = lineEnd
        buffer.reserveCapacity(1 << 16)
        if bom { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// Writes one row of fields, quoted where needed.
    func writeRow(_ fields: [String]) throws {
        try writeRaw(fields.map(quoted).joined(separator: separator) + lineEnd)
    }

    /// Writes text as it is (for deliberately malformed lines).
    func writeRaw(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    /// `field` as it appears in the file.
    func quoted(_ field: String) -> String {
        let special = field.utf8.contains { byte in
            byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || separator.utf8.contains(byte)
        }
        guard special || field.utf8.first == UInt8(ascii: " ") || field.utf8.last == UInt8(ascii: " ") else {
            return field
        }
        var text = "\""
        for scalar in field.unicodeScalars {
            text.unicodeScalars.append(scalar)
            if scalar == "\"" { text.unicodeScalars.append(scalar) }
        }
        return text + "\""
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A file that cannot be written.
struct OutputError: Error {
    let message: String
}
