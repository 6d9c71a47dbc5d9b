import Diagnostics

/// One row of a tabular registry (CSV or a spreadsheet), as text cells.
///
/// The cells' UTF-8 bytes are kept one after another in one buffer, so reading a row makes no
/// string per cell; ``cells`` makes the strings when asked. Rows read together may share one
/// buffer, each holding its part.
public struct RawRow: Sendable {
    /// The 1-based number of the row in the file (the header is row 1).
    public var number: Int
    /// A problem that makes the row unreadable as a whole (bad quoting, too many cells).
    public var problem: LocalizedText?
    /// The 1-based column where the problem is, when it has one.
    public var problemColumn: Int?
    /// The cells' bytes, one after another.
    private(set) var bytes: ArraySlice<UInt8> = []
    /// Where each cell ends, counted from the start of ``bytes``.
    private(set) var ends: ArraySlice<Int> = []

    /// Creates a row.
    public init(number: Int, cells: [String], problem: LocalizedText? = nil, problemColumn: Int? = nil) {
        self.number = number
        self.problem = problem
        self.problemColumn = problemColumn
        cells.forEach { append($0) }
    }

    /// Creates a row from cell bytes laid end to end.
    init(number: Int, bytes: ArraySlice<UInt8>, ends: ArraySlice<Int>, problem: LocalizedText? = nil,
         problemColumn: Int? = nil) {
        self.number = number
        self.bytes = bytes
        self.ends = ends
        self.problem = problem
        self.problemColumn = problemColumn
    }

    /// The number of cells.
    public var cellCount: Int { ends.count }

    /// Whether every cell is empty.
    public var isBlank: Bool { bytes.isEmpty }

    /// The cells, in column order; empty text is a missing value.
    public var cells: [String] { (0..<ends.count).map(cell) }

    /// The text of one cell (`index` below ``cellCount``).
    public func cell(_ index: Int) -> String {
        withCell(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the bytes of one cell (`index` below ``cellCount``).
    func withCell<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        let first = ends.startIndex
        let start = index == 0 ? 0 : ends[first + index - 1]
        let end = ends[first + index]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Calls `body` with the cells' bytes, one after another, and where each cell ends in them.
    func withCells<T>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) -> T) -> T {
        bytes.withUnsafeBufferPointer { bytes in ends.withUnsafeBufferPointer { body(bytes, $0) } }
    }

    /// Adds a cell after the last.
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        ends.append(bytes.count)
    }

    /// Sets the cell at `column`, adding empty cells before it when the row is shorter.
    public mutating func setCell(_ column: Int, _ text: String) {
        if column >= ends.count {
            padCells(to: column)
            append(text)
            return
        }
        var texts = cells
        texts[column] = text
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        texts.forEach { append($0) }
    }

    /// Adds empty cells until the row has `count`.
    public mutating func padCells(to count: Int) {
        while ends.count < count { ends.append(bytes.count) }
    }
}

/// A source of registry rows read one at a time, so memory does not grow with the file.
public protocol RowSource {
    /// The header row's cells.
    var header: [String] { get }
    /// The next row, or nil at the end of the file.
    mutating func next() -> RawRow?
    /// Up to `limit` rows; empty at the end of the file.
    mutating func nextRows(limit: Int) -> [RawRow]
}

extension RowSource {
    /// Up to `limit` rows, read one at a time.
    public mutating func nextRows(limit: Int) -> [RawRow] {
        var rows: [RawRow] = []
        while rows.count < limit, let row = next() { rows.append(row) }
        return rows
    }
}
