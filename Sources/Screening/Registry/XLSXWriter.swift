import Diagnostics
import Foundation
import ZIPFoundation

/// Writes an Excel `.xlsx` workbook that Excel and LibreOffice open: one or more sheets of
/// rows, text as inline strings, numbers as numbers, booleans as booleans.
///
/// Rows are streamed to a temporary file per sheet, so memory does not grow with the number
/// of rows; `close()` packs the workbook. Call `addSheet(named:)` before the rows of each sheet.
public final class XLSXWriter {
    /// The value of one cell.
    public enum Cell: Sendable, Hashable {
        /// Text, written as an inline string (so `"08101"` keeps its leading zero).
        case text(String)
        /// A number, written as a number.
        case number(Double)
        /// A boolean, written as a boolean.
        case bool(Bool)
        /// An empty cell, not written.
        case empty

        /// The text that `XLSXReader` reads back for this cell; a CSV file writes it the same way.
        public var text: String {
            switch self {
            case .text(let text): return text
            case .number(let value): return NumberText.plain(value)
            case .bool(let value): return value ? "true" : "false"
            case .empty: return ""
            }
        }
    }

    private let url: URL
    private let scratch: URL
    private var sheetNames: [String] = []
    private var rowCount = 0
    private var output: FileHandle?
    private var pending = ""

    /// A writer of the workbook `url`, which `close()` creates or replaces.
    public init(url: URL) throws(Diagnostic) {
        self.url = url
        scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("screener-xlsx-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw XLSXMessages.scratchFile(url.path, error)
        }
    }

    deinit {
        try? output?.close()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Starts a new sheet; its name has 1 to 31 characters, none of `: \ / ? * [ ]`, and differs
    /// from the other sheets' names, ignoring case.
    public func addSheet(named name: String) throws(Diagnostic) {
        let forbidden: Set<Character> = [":", "\\", "/", "?", "*", "[", "]"]
        guard !name.isEmpty, name.utf16.count <= 31, !name.contains(where: forbidden.contains),
              !name.hasPrefix("'"), !name.hasSuffix("'"),
              !sheetNames.contains(where: { $0.lowercased() == name.lowercased() })
        else { throw XLSXMessages.badSheetName(url.path, name) }
        try finishSheet()
        let part = sheetFile(sheetNames.count)
        guard FileManager.default.createFile(atPath: part.path, contents: nil) else {
            throw XLSXMessages.scratchFile(url.path, CocoaError(.fileWriteUnknown))
        }
        do {
            output = try FileHandle(forWritingTo: part)
        } catch {
            throw XLSXMessages.scratchFile(url.path, error)
        }
        sheetNames.append(name)
        rowCount = 0
        pending = XLSXWriterParts.sheetStart
    }

    /// Appends a row to the current sheet; empty cells are left out.
    public func appendRow(_ cells: [Cell]) throws(Diagnostic) {
        guard output != nil, let name = sheetNames.last else { throw XLSXMessages.noSheetStarted(url.path) }
        guard rowCount < XLSXCellReference.maxRows, cells.count <= XLSXCellReference.maxColumns else {
            throw XLSXMessages.sheetFull(url.path, name)
        }
        rowCount += 1
        pending += #"<row r="\#(rowCount)">"#
        for (column, cell) in cells.enumerated() {
            let reference = XLSXCellReference.name(column: column, row: rowCount)
            switch cell {
            case .empty, .text(""):
                continue
            case .text(let text):
                pending += #"<c r="\#(reference)" t="inlineStr"><is>"# + Self.textElement(text) + "</is></c>"
            case .number(let value) where value.isFinite:
                pending += #"<c r="\#(reference)"><v>\#(cell.text)</v></c>"#
            case .number:
                pending += #"<c r="\#(reference)" t="inlineStr"><is>"# + Self.textElement(cell.text) + "</is></c>"
            case .bool(let value):
                pending += #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
            }
        }
        pending += "</row>"
        if pending.utf8.count >= 1 << 16 { try flush() }
    }

    /// Writes the workbook to its file (with an empty sheet if none was added).
    public func close() throws(Diagnostic) {
        if sheetNames.isEmpty { try addSheet(named: "Sheet1") }
        try finishSheet()
        let fixed: [(String, String)] = [
            ("[Content_Types].xml", XLSXWriterParts.contentTypes(sheetCount: sheetNames.count)),
            ("_rels/.rels", XLSXWriterParts.packageRelationships),
            ("xl/workbook.xml", XLSXWriterParts.workbook(sheetNames: sheetNames)),
            ("xl/_rels/workbook.xml.rels", XLSXWriterParts.workbookRelationships(sheetCount: sheetNames.count)),
            ("xl/styles.xml", XLSXWriterParts.styles),
        ]
        // A fixed date, 2024-01-01 00:00 in local time (ZIP stores local time), so that the same
        // rows give the same bytes in every time zone.
        let midnight = Date(timeIntervalSince1970: 1_704_067_200)
        let date = midnight.addingTimeInterval(-Double(TimeZone.current.secondsFromGMT(for: midnight)))
        do {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            let archive = try Archive(url: url, accessMode: .create)
            for (path, text) in fixed {
                let data = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    let start = min(data.count, Int(clamping: position))
                    return data.subdata(in: start..<(start + min(size, data.count - start)))
                }
            }
            for index in sheetNames.indices {
                let part = sheetFile(index)
                let size = try FileManager.default.attributesOfItem(atPath: part.path)[.size] as? Int64 ?? 0
                let input = try FileHandle(forReadingFrom: part)
                defer { try? input.close() }
                try archive.addEntry(
                    with: "xl/worksheets/sheet\(index + 1).xml", type: .file, uncompressedSize: size,
                    modificationDate: date, compressionMethod: .deflate
                ) { position, size in
                    try input.seek(toOffset: UInt64(position))
                    return try input.read(upToCount: size) ?? Data()
                }
            }
        } catch {
            throw XLSXMessages.writeFailed(url.path, error)
        }
    }

    /// Ends the current sheet's XML and closes its file.
    private func finishSheet() throws(Diagnostic) {
        guard let output else { return }
        pending += XLSXWriterParts.sheetEnd
        try flush()
        do {
            try output.close()
        } catch {
            throw XLSXMessages.scratchFile(url.path, error)
        }
        self.output = nil
    }

    private func flush() throws(Diagnostic) {
        do {
            try output?.write(contentsOf: Data(pending.utf8))
        } catch {
            throw XLSXMessages.scratchFile(url.path, error)
        }
        pending = ""
    }

    private func sheetFile(_ index: Int) -> URL {
        scratch.appendingPathComponent("sheet\(index + 1).xml")
    }

    /// A `<t>` element holding `text`, preserving its leading and trailing spaces.
    private static func textElement(_ text: String) -> String {
        let padded = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
        return (padded ? #"<t xml:space="preserve">"# : "<t>") + XLSXText.escape(text) + "</t>"
    }
}
