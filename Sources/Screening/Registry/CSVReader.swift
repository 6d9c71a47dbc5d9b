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
    /// Room for the record being read, reused from row to row.
    private let scanner = CSVRecordScanner()
    /// The line on which the next record starts (the header is line 1).
    private var line = 1
    /// The sizes of the last block of rows, to reserve for the next.
    private var blockHint = (bytes: 0, ends: 0)

    /// Opens a file; nil when it cannot be read.
    public init?(path: String) {
        self.init(path: path, blockSize: ByteInput.defaultBlockSize)
    }

    /// Opens a file, read in blocks of `blockSize` bytes; nil when it cannot be read.
    init?(path: String, blockSize: Int) {
        guard let input = ByteInput(path: path, blockSize: blockSize) else { return nil }
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
        if let first = nextRows(limit: 1).first { header = first.cells }
    }

    /// The next row, or nil at the end.
    public mutating func next() -> RawRow? {
        nextRows(limit: 1).first
    }

    /// Up to `limit` rows, or none at the end; their cells share one buffer, so a chunk of rows
    /// costs two allocations rather than two a row.
    public mutating func nextRows(limit: Int) -> [RawRow] {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        bytes.reserveCapacity(blockHint.bytes)
        ends.reserveCapacity(blockHint.ends)
        var parts: [RowPart] = []
        while parts.count < limit, let (record, number) = scanRecord() {
            let (problem, column) = problem(of: record)
            let byteStart = bytes.count, endStart = ends.count
            scanner.append(record, toBytes: &bytes, ends: &ends)
            parts.append(RowPart(number: number, bytes: byteStart..<bytes.count, ends: endStart..<ends.count,
                                 problem: problem, column: column))
        }
        blockHint = (bytes.count, ends.count)
        return parts.map { part in
            RawRow(number: part.number, bytes: bytes[part.bytes], ends: ends[part.ends], problem: part.problem,
                   problemColumn: part.column)
        }
    }

    /// Where a row lies in a block of rows.
    private struct RowPart {
        var number: Int
        var bytes: Range<Int>
        var ends: Range<Int>
        var problem: LocalizedText?
        var column: Int?
    }

    /// Scans the next record that is not an empty line into the scanner's room, with the line it
    /// starts on; nil at the end.
    private mutating func scanRecord() -> (CSVRecordScanner.Record, Int)? {
        while true {
            guard !input.atEnd else { return nil }
            let separator = separator
            let scanner = scanner
            let outcome = input.withUnread { scanner.scan($0, finished: $1, separator: separator) }
            let record: CSVRecordScanner.Record
            switch outcome {
            case .needInput:
                input.readMore()
                continue
            case .needRoom:
                scanner.grow()
                continue
            case .record(let found):
                record = found
            }
            let number = line
            input.skip(record.consumed)
            line += record.lines
            if record.isEmpty { continue }
            return (record, number)
        }
    }

    /// What makes a record unreadable, and in which column: its quoting, or its number of cells.
    private func problem(of record: CSVRecordScanner.Record) -> (LocalizedText?, Int?) {
        switch record.problem {
        case .strayQuote(let column):
            return (CSVMessages.strayQuote, column)
        case .unclosedQuote(let column):
            return (CSVMessages.unclosedQuote, column)
        case nil:
            if !header.isEmpty, record.cellCount > header.count {
                return (CSVMessages.tooManyCells(record.cellCount, header.count), header.count + 1)
            }
            if !header.isEmpty, record.cellCount < header.count {
                return (CSVMessages.tooFewCells(record.cellCount, header.count), record.cellCount + 1)
            }
            return (nil, nil)
        }
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
