import Diagnostics
import Foundation

/// The messages of the Excel reader and writer, in Vietnamese and English: lowercase, no final
/// period, names and user text in backticks. Diagnostics have the code `registry.xlsx`.
enum XLSXMessages {
    /// The code of every diagnostic about a workbook.
    static let code = "registry.xlsx"

    // MARK: Opening and writing a workbook

    /// A diagnostic about the workbook at `path` as a whole.
    static func diagnostic(_ path: String, vi: String, en: String, help: LocalizedText? = nil) -> Diagnostic {
        Diagnostic(
            code: code, location: SourceLocation(file: path, line: 1, column: 1),
            message: LocalizedText(vi: vi, en: en), help: help)
    }

    static func notFound(_ path: String) -> Diagnostic {
        diagnostic(path, vi: "không tìm thấy tệp `\(path)`", en: "file `\(path)` not found")
    }

    static func notZip(_ path: String) -> Diagnostic {
        diagnostic(
            path, vi: "tệp `\(path)` không phải là sổ tính Excel .xlsx (không đọc được dưới dạng ZIP)",
            en: "`\(path)` is not an Excel .xlsx workbook (it cannot be read as a ZIP archive)",
            help: LocalizedText(
                vi: "lưu tệp từ Excel hoặc LibreOffice dưới dạng \"Sổ làm việc Excel (.xlsx)\", "
                    + "hoặc xuất ra CSV",
                en: "save the file from Excel or LibreOffice as \"Excel Workbook (.xlsx)\", or export it as CSV"))
    }

    static func missingPart(_ path: String, _ part: String) -> Diagnostic {
        diagnostic(path, vi: "sổ tính thiếu phần `\(part)`", en: "the workbook has no part `\(part)`")
    }

    static func unreadablePart(_ path: String, _ part: String, _ error: any Error) -> Diagnostic {
        diagnostic(
            path, vi: "không đọc được phần `\(part)` của sổ tính (\(describe(error)))",
            en: "cannot read part `\(part)` of the workbook (\(describe(error)))")
    }

    static func noWorksheet(_ path: String) -> Diagnostic {
        diagnostic(path, vi: "sổ tính không có trang tính nào", en: "the workbook has no worksheet")
    }

    static func sheetNotFound(_ path: String, _ name: String, among names: [String]) -> Diagnostic {
        let list = names.map { "`\($0)`" }.joined(separator: ", ")
        return diagnostic(
            path, vi: "sổ tính không có trang tính `\(name)` (có: \(list))",
            en: "the workbook has no sheet `\(name)` (it has: \(list))",
            help: NameSuggestion.closest(to: name, among: names).map {
                LocalizedText(vi: "có phải ý bạn là `\($0)`?", en: "did you mean `\($0)`?")
            })
    }

    static func headerProblem(_ path: String, row: Int, _ problem: LocalizedText) -> Diagnostic {
        diagnostic(
            path, vi: "không đọc được dòng tiêu đề (dòng \(row)): \(problem.vi)",
            en: "cannot read the header row (row \(row)): \(problem.en)")
    }

    static func scratchFile(_ path: String, _ error: any Error) -> Diagnostic {
        diagnostic(
            path, vi: "không tạo được tệp tạm để đọc hoặc ghi trang tính (\(describe(error)))",
            en: "cannot create a temporary file to read or write the sheet (\(describe(error)))")
    }

    static func writeFailed(_ path: String, _ error: any Error) -> Diagnostic {
        diagnostic(
            path, vi: "không ghi được sổ tính `\(path)` (\(describe(error)))",
            en: "cannot write workbook `\(path)` (\(describe(error)))")
    }

    static func badSheetName(_ path: String, _ name: String) -> Diagnostic {
        diagnostic(
            path,
            vi: "tên trang tính `\(name)` không hợp lệ (1–31 ký tự, không có : \\ / ? * [ ] và không trùng)",
            en: "invalid sheet name `\(name)` (1–31 characters, none of : \\ / ? * [ ], not a duplicate)")
    }

    static func sheetFull(_ path: String, _ name: String) -> Diagnostic {
        let (rows, columns) = (XLSXCellReference.maxRows, XLSXCellReference.maxColumns)
        return diagnostic(
            path, vi: "trang tính `\(name)` vượt quá \(rows) dòng hoặc \(columns) cột",
            en: "sheet `\(name)` exceeds \(rows) rows or \(columns) columns")
    }

    static func noSheetStarted(_ path: String) -> Diagnostic {
        diagnostic(
            path, vi: "chưa có trang tính: gọi `addSheet(named:)` trước khi ghi dòng",
            en: "no sheet: call `addSheet(named:)` before appending rows")
    }

    /// A short description of a file-system or archive error.
    private static func describe(_ error: any Error) -> String {
        error is CocoaError ? error.localizedDescription : String(describing: error)
    }

    // MARK: Problems of a row

    static func cellError(_ cell: String, _ value: String) -> LocalizedText {
        LocalizedText(
            vi: "ô \(cell) chứa lỗi Excel `\(value)`", en: "cell \(cell) holds the Excel error `\(value)`")
    }

    static func badSharedString(_ cell: String, _ value: String) -> LocalizedText {
        LocalizedText(
            vi: "ô \(cell) trỏ tới chuỗi dùng chung `\(value)` không tồn tại",
            en: "cell \(cell) refers to shared string `\(value)`, which does not exist")
    }

    static func badBoolean(_ cell: String, _ value: String) -> LocalizedText {
        LocalizedText(
            vi: "ô \(cell) có kiểu đúng/sai nhưng giá trị là `\(value)`",
            en: "cell \(cell) is a boolean but holds `\(value)`")
    }

    static func badCellReference(_ reference: String) -> LocalizedText {
        LocalizedText(
            vi: "địa chỉ ô `\(reference)` không hợp lệ", en: "invalid cell reference `\(reference)`")
    }

    static func badRowNumber(_ value: String) -> LocalizedText {
        LocalizedText(vi: "số dòng `\(value)` không hợp lệ", en: "invalid row number `\(value)`")
    }

    static let sheetEndsEarly = LocalizedText(
        vi: "trang tính kết thúc trước `</sheetData>`: tệp bị cắt cụt",
        en: "the sheet ends before `</sheetData>`: the file is truncated")

    // MARK: Malformed XML

    static let readFailed = malformed(
        vi: "lỗi đọc tệp tạm của trang tính", en: "reading the sheet's temporary file failed")
    static let unexpectedEnd = malformed(
        vi: "dữ liệu kết thúc giữa chừng một thẻ", en: "the data ends inside markup")
    static let badMarkup = malformed(vi: "thẻ không đúng cú pháp", en: "a tag is not well formed")
    static let badEncoding = malformed(vi: "văn bản không phải UTF-8 hợp lệ", en: "text is not valid UTF-8")

    static func badEntity(_ written: String) -> LocalizedText {
        malformed(vi: "thực thể `\(written)` không hợp lệ", en: "invalid entity `\(written)`")
    }

    private static func malformed(vi: String, en: String) -> LocalizedText {
        LocalizedText(vi: "XML của sổ tính bị lỗi: \(vi)", en: "malformed XML in the workbook: \(en)")
    }
}
