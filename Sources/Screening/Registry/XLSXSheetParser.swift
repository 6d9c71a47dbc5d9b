import Diagnostics

/// The rows of a worksheet's XML (`<sheetData>`), parsed one at a time from a byte stream.
///
/// Cells are placed by their reference (`r="C7"`), so that skipped columns are empty cells;
/// values are converted by their type. Whatever is malformed becomes the problem of the row it
/// is in (or of the next row), never a trap and never a silently lost cell.
struct XLSXSheetParser {
    private var scanner: XLSXXMLScanner
    private let sharedStrings: XLSXSharedStrings
    /// A tag read too far (a row or cell that started before the previous one ended).
    private var pending: XLSXTag?
    private var lastRowNumber = 0
    private var finished = false

    /// A parser of the sheet XML in `stream`, resolving shared strings in `sharedStrings`.
    init(stream: XLSXByteStream, sharedStrings: XLSXSharedStrings) {
        scanner = XLSXXMLScanner(stream)
        self.sharedStrings = sharedStrings
    }

    /// The next `<row>` of the sheet, or nil after `</sheetData>`. Cells hold their text, with
    /// `""` for empty and skipped cells; trailing empty cells are not included.
    mutating func nextRow() -> RawRow? {
        guard !finished else { return nil }
        while let tag = nextTag() {
            if tag.opens("row") { return readRow(tag) }
            if tag.opens("c") {
                pending = tag
                return readRow(nil)
            }
            if tag.name == "sheetData", tag.kind != .start {
                finished = true
                return nil
            }
        }
        finished = true
        var row = RawRow(number: lastRowNumber + 1, cells: [])
        flag(&row, XLSXMessages.sheetEndsEarly, column: nil)
        return finish(row)
    }

    /// Reads the cells of a row up to its `</row>`; `start` is nil for cells found outside any row.
    private mutating func readRow(_ start: XLSXTag?) -> RawRow {
        var row = RawRow(number: lastRowNumber + 1, cells: [])
        if start == nil { flag(&row, XLSXMessages.badMarkup, column: nil) }
        if let text = start?.attribute("r") {
            if let number = Int(text), (1...XLSXCellReference.maxRows).contains(number) {
                row.number = number
            } else {
                flag(&row, XLSXMessages.badRowNumber(text), column: nil)
            }
        }
        lastRowNumber = row.number
        if start?.kind == .empty { return finish(row) }
        var lastColumn = -1
        while let tag = nextTag() {
            if tag.opens("c") {
                readCell(tag, into: &row, lastColumn: &lastColumn)
            } else if tag.closes("row") {
                return finish(row)
            } else if tag.opens("row") || tag.name == "sheetData" {
                pending = tag
                flag(&row, XLSXMessages.badMarkup, column: nil)
                return finish(row)
            }
        }
        finished = true
        flag(&row, XLSXMessages.sheetEndsEarly, column: nil)
        return finish(row)
    }

    /// Reads one `<c>` element and stores its text in `row`.
    private mutating func readCell(_ start: XLSXTag, into row: inout RawRow, lastColumn: inout Int) {
        var column = lastColumn + 1
        if let reference = start.attribute("r") {
            if let parsed = XLSXCellReference.column(of: reference) {
                column = parsed
            } else {
                flag(&row, XLSXMessages.badCellReference(reference), column: nil)
            }
        }
        lastColumn = column
        let (value, inline) = start.kind == .start ? readCellContent(&row) : (nil, nil)
        guard column < XLSXCellReference.maxColumns else {
            flag(&row, XLSXMessages.badCellReference(start.attribute("r") ?? "?"), column: nil)
            return
        }
        let number = row.number
        let text = cellText(type: start.attribute("t"), value: value, inline: inline) { problem in
            flag(&row, problem(XLSXCellReference.name(column: column, row: number)), column: column + 1)
        }
        guard !text.isEmpty else { return }
        row.setCell(column, text)
    }

    /// The `<v>` text and the `<is>` text of a cell, up to its `</c>`.
    private mutating func readCellContent(_ row: inout RawRow) -> (value: String?, inline: String?) {
        var value: String?
        var inline: String?
        var phoneticDepth = 0
        while let tag = nextTag() {
            switch (tag.kind, tag.name) {
            case (.start, "v"):
                value = scanner.readText()
            case (.start, "t") where phoneticDepth == 0:
                inline = (inline ?? "") + scanner.readText()
            case (.start, "rPh"):
                phoneticDepth += 1
            case (.end, "rPh"):
                phoneticDepth = max(0, phoneticDepth - 1)
            case (.end, "c"):
                return (value, inline)
            case (_, "c"), (_, "row"), (_, "sheetData"):
                pending = tag
                flag(&row, XLSXMessages.badMarkup, column: nil)
                return (value, inline)
            default:
                continue
            }
        }
        return (value, inline)
    }

    /// The text of a cell of type `type` (the `t` attribute); `report` receives a problem,
    /// given the cell's reference.
    private func cellText(
        type: String?, value: String?, inline: String?, report: (_ problem: (String) -> LocalizedText) -> Void
    ) -> String {
        switch type {
        case "s":
            let written = value ?? ""
            guard let index = Int(written.trimmingSpaces), let entry = sharedStrings.entry(index) else {
                report { XLSXMessages.badSharedString($0, written) }
                return ""
            }
            if let problem = entry.problem { report { _ in problem } }
            return entry.text
        case "inlineStr":
            return XLSXText.unescapeExcel(inline ?? value ?? "")
        case "str":
            return XLSXText.unescapeExcel(value ?? "")
        case "b":
            switch value?.trimmingSpaces {
            case nil, "": return ""
            case "1", "true": return "true"
            case "0", "false": return "false"
            default:
                report { XLSXMessages.badBoolean($0, value ?? "") }
                return value ?? ""
            }
        case "e":
            report { XLSXMessages.cellError($0, value ?? "") }
            return ""
        default:
            return value ?? ""
        }
    }

    private mutating func nextTag() -> XLSXTag? {
        if let tag = pending {
            pending = nil
            return tag
        }
        return scanner.nextTag()
    }

    /// `row` with the scanner's problem, if it has none of its own yet.
    private mutating func finish(_ row: RawRow) -> RawRow {
        var row = row
        if let problem = scanner.takeProblem() { flag(&row, problem, column: nil) }
        return row
    }

    /// Records `problem` on `row` unless it already has one (the first problem is reported).
    private func flag(_ row: inout RawRow, _ problem: LocalizedText, column: Int?) {
        guard row.problem == nil else { return }
        row.problem = problem
        row.problemColumn = column
    }
}

private extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    var trimmingSpaces: String {
        let blanks: Set<Character> = [" ", "\t", "\n", "\r"]
        guard let first = firstIndex(where: { !blanks.contains($0) }),
              let last = lastIndex(where: { !blanks.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
