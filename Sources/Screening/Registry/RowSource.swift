import Diagnostics

/// One row of a tabular registry (CSV or a spreadsheet), as text cells.
public struct RawRow: Sendable {
    /// The 1-based number of the row in the file (the header is row 1).
    public var number: Int
    /// The cells, in column order; empty text is a missing value.
    public var cells: [String]
    /// A problem that makes the row unreadable as a whole (bad quoting, too many cells).
    public var problem: LocalizedText?
    /// The 1-based column where the problem is, when it has one.
    public var problemColumn: Int?

    /// Creates a row.
    public init(number: Int, cells: [String], problem: LocalizedText? = nil, problemColumn: Int? = nil) {
        self.number = number
        self.cells = cells
        self.problem = problem
        self.problemColumn = problemColumn
    }
}

/// A source of registry rows read one at a time, so memory does not grow with the file.
public protocol RowSource {
    /// The header row's cells.
    var header: [String] { get }
    /// The next row, or nil at the end of the file.
    mutating func next() -> RawRow?
}
