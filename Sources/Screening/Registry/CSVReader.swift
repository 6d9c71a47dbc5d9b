import Diagnostics
import Foundation

/// Reads a CSV registry row by row (RFC 4180): UTF-8 with an optional byte-order mark, `,` or
/// `;` separators (chosen from the header line), quoted fields with `""` escapes and line breaks.
///
/// A row's number is the line of the file on which it starts (the header is line 1), as an
/// editor shows it.
///
/// The file is read in blocks, so memory does not grow with the number of rows. A row with an
/// unclosed quote, a stray quote or more cells than the header is returned with a `problem`
/// naming its column; empty lines are skipped.
public struct CSVReader: RowSource {
    /// The header row's cells.
    public private(set) var header: [String] = []
    /// The separator in use.
    public private(set) var separator: UInt8 = UInt8(ascii: ",")
    /// Bytes consumed so far, for progress.
    public var bytesRead: Int { input.consumed }

    private var input: ByteInput
    /// The line on which the next record starts (the header is line 1).
    private var line = 1

    /// Opens a file; nil when it cannot be read.
    public init?(path: String) {
        guard let input = ByteInput(path: path) else { return nil }
        self.init(input: input)
    }

    /// Reads CSV text held in memory (for tests and small inputs).
    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Reads CSV bytes held in memory (a request's body).
    public init(bytes: [UInt8]) {
        self.init(input: ByteInput(bytes: bytes))
    }

    private init(input: ByteInput) {
        self.input = input
        input.skipByteOrderMark()
        separator = input.guessSeparator()
        if let first = readRecord() { header = first.cells }
    }

    /// The next row, or nil at the end.
    public mutating func next() -> RawRow? {
        readRecord()
    }

    private mutating func readRecord() -> RawRow? {
        while true {
            guard !input.atEnd else { return nil }
            // The cells' bytes go end to end into one buffer; `ends` marks where each stops.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(256)
            var ends: [Int] = []
            ends.reserveCapacity(max(header.count, 1))
            var problem: LocalizedText?
            var problemColumn: Int?
            var cellStart = 0
            let number = line
            var lineIsEmpty = true
            parsing: while true {
                guard let byte = input.next() else {
                    ends.append(bytes.count)
                    break parsing
                }
                switch byte {
                case UInt8(ascii: "\""):
                    lineIsEmpty = false
                    guard bytes.count == cellStart else {
                        if problem == nil {
                            problem = CSVMessages.strayQuote
                            problemColumn = ends.count + 1
                        }
                        bytes.append(byte)
                        continue
                    }
                    if !readQuoted(into: &bytes) {
                        problem = CSVMessages.unclosedQuote
                        problemColumn = ends.count + 1
                        ends.append(bytes.count)
                        break parsing
                    }
                    // After a closing quote only a separator or the end of the line may follow.
                    while let next = input.peek(), next != separator, next != UInt8(ascii: "\n"),
                        next != UInt8(ascii: "\r")
                    {
                        if problem == nil {
                            problem = CSVMessages.strayQuote
                            problemColumn = ends.count + 1
                        }
                        bytes.append(next)
                        _ = input.next()
                    }
                case separator:
                    lineIsEmpty = false
                    ends.append(bytes.count)
                    cellStart = bytes.count
                case UInt8(ascii: "\r"):
                    if input.peek() == UInt8(ascii: "\n") { _ = input.next() }
                    line += 1
                    ends.append(bytes.count)
                    break parsing
                case UInt8(ascii: "\n"):
                    line += 1
                    ends.append(bytes.count)
                    break parsing
                default:
                    lineIsEmpty = false
                    bytes.append(byte)
                    // Copy the rest of a plain field in one pass.
                    _ = input.appendPlain(to: &bytes, separator: separator)
                }
            }
            if lineIsEmpty && ends.count == 1 && bytes.isEmpty { continue }
            var row = RawRow(number: number, bytes: bytes, ends: ends)
            if problem == nil, !header.isEmpty, ends.count > header.count {
                problem = CSVMessages.tooManyCells(ends.count, header.count)
                problemColumn = header.count + 1
            } else if problem == nil, !header.isEmpty, ends.count < header.count {
                problem = CSVMessages.tooFewCells(ends.count, header.count)
                problemColumn = ends.count + 1
            }
            row.problem = problem
            row.problemColumn = problemColumn
            return row
        }
    }

    /// Reads a quoted field after its opening quote; false when the file ends inside it.
    private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
        while let byte = input.next() {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if byte == UInt8(ascii: "\"") {
                if input.peek() == UInt8(ascii: "\"") {
                    _ = input.next()
                    field.append(byte)
                    continue
                }
                return true
            }
            field.append(byte)
        }
        return false
    }
}

/// Messages about CSV structure, in both languages.
enum CSVMessages {
    static let unclosedQuote = LocalizedText(
        vi: "dấu ngoặc kép `\"` không được đóng", en: "unclosed quote `\"`")
    static let strayQuote = LocalizedText(
        vi: "dấu ngoặc kép `\"` đặt sai chỗ trong ô", en: "misplaced quote `\"` in a cell")

    static func tooManyCells(_ count: Int, _ expected: Int) -> LocalizedText {
        LocalizedText(vi: "dòng có \(count) ô, nhiều hơn \(expected) cột của tiêu đề",
                      en: "row has \(count) cells, more than the header's \(expected) columns")
    }

    static func tooFewCells(_ count: Int, _ expected: Int) -> LocalizedText {
        LocalizedText(vi: "dòng có \(count) ô, ít hơn \(expected) cột của tiêu đề",
                      en: "row has \(count) cells, fewer than the header's \(expected) columns")
    }
}
