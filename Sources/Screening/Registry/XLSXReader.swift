import Diagnostics
import Foundation

/// Reads the rows of one worksheet of an Excel `.xlsx` workbook, one at a time.
///
/// Cells are read as Excel stores them: strings as written (shared or inline, rich-text runs
/// joined), numbers as their stored text (so a date is its serial number, e.g. `45292`),
/// booleans as `true` and `false`. An error cell (`#N/A`) is empty and makes its row a problem
/// row, as does malformed XML. The header is the first non-empty row; entirely empty rows are
/// skipped; each row has at least as many cells as the header. Memory does not grow with the
/// number of rows: the sheet is extracted in chunks and parsed as it is read.
public struct XLSXReader: RowSource {
    /// The header row's cells, without trailing empty cells.
    public let header: [String]
    /// The name of the sheet being read.
    public let sheetName: String
    /// The names of the workbook's worksheets, in tab order.
    public let sheetNames: [String]
    private var parser: XLSXSheetParser

    /// Opens the workbook at `url` and reads the header of its first worksheet, or of the
    /// worksheet named `sheet` (ignoring case); throws a `registry.xlsx` diagnostic when the
    /// file is not a workbook, has no such sheet, or its header row cannot be read.
    public init(url: URL, sheet: String? = nil) throws(Diagnostic) {
        let package = try XLSXPackage(url: url)
        let chosen = try package.sheet(named: sheet)
        let sharedStrings = try package.sharedStrings()
        let handle = try package.extract(chosen.part)
        var parser = XLSXSheetParser(stream: XLSXByteStream(handle: handle), sharedStrings: sharedStrings)
        var header: [String] = []
        while let row = parser.nextRow() {
            if let problem = row.problem {
                throw XLSXMessages.headerProblem(package.path, row: row.number, problem)
            }
            if !row.isBlank {
                header = row.cells
                break
            }
        }
        self.header = header
        self.parser = parser
        sheetName = chosen.name
        sheetNames = package.sheets.map(\.name)
    }

    /// Opens the workbook at the file path `path`; see `init(url:sheet:)`.
    public init(path: String, sheet: String? = nil) throws(Diagnostic) {
        try self.init(url: URL(fileURLWithPath: path), sheet: sheet)
    }

    /// The next row that has a non-empty cell or a problem, with at least as many cells as the
    /// header; nil after the last row.
    public mutating func next() -> RawRow? {
        while var row = parser.nextRow() {
            guard row.problem != nil || !row.isBlank else { continue }
            row.padCells(to: header.count)
            return row
        }
        return nil
    }
}
