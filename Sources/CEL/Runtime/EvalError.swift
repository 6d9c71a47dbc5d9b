import CELSyntax

import Diagnostics

/// An error that evaluation produced, carried as a value (see ``Value/error(_:)``).
public final class EvalError: Sendable, Error, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        case divisionByZero
        case moduloByZero
        /// Integer arithmetic or a conversion overflowed its type.
        case overflow(String)
        case noSuchKey(String)
        case noSuchField(String)
        /// No overload of a function accepts the arguments' runtime types.
        case noSuchOverload(function: String, arguments: [String])
        case undeclaredReference(String)
        case indexOutOfRange(index: String, size: Int)
        case invalidArgument(String)
        /// A timestamp or duration outside CEL's range.
        case outOfRange(String)
        case conversion(from: String, to: String, detail: String)
        case invalidRegex(String)
        case duplicateKey(String)
        case unsupported(String)
        /// Evaluation reached its nesting or size limit.
        case limitExceeded(String)
    }

    /// What went wrong.
    public let kind: Kind

    /// Creates an error.
    public init(_ kind: Kind) { self.kind = kind }

    /// The message in English.
    public var description: String { message.en }

    /// The message in both languages.
    public var message: LocalizedText {
        switch kind {
        case .divisionByZero:
            return LocalizedText(vi: "chia cho không", en: "division by zero")
        case .moduloByZero:
            return LocalizedText(vi: "chia lấy dư cho không", en: "modulus by zero")
        case .overflow(let operation):
            return LocalizedText(vi: "tràn số (\(operation))", en: "\(operation) overflow")
        case .noSuchKey(let key):
            return LocalizedText(vi: "không có khóa `\(key)`", en: "no such key: \(key)")
        case .noSuchField(let field):
            return LocalizedText(vi: "không có trường `\(field)`", en: "no such field: \(field)")
        case .noSuchOverload(let function, let arguments):
            let types = arguments.joined(separator: ", ")
            return LocalizedText(
                vi: "không có dạng nào của `\(function)` nhận (\(types))",
                en: "no such overload: \(function)(\(types))")
        case .undeclaredReference(let name):
            return LocalizedText(vi: "tên `\(name)` chưa được khai báo", en: "undeclared reference to '\(name)'")
        case .indexOutOfRange(let index, let size):
            return LocalizedText(
                vi: "chỉ số \(index) nằm ngoài danh sách \(size) phần tử",
                en: "index out of range: \(index) (size \(size))")
        case .invalidArgument(let detail):
            return LocalizedText(vi: "đối số không hợp lệ: \(detail)", en: "invalid argument: \(detail)")
        case .outOfRange(let detail):
            return LocalizedText(vi: "giá trị ngoài phạm vi: \(detail)", en: "range error: \(detail)")
        case .conversion(let from, let to, let detail):
            return LocalizedText(
                vi: "không chuyển được \(from) thành \(to): \(detail)",
                en: "cannot convert \(from) to \(to): \(detail)")
        case .invalidRegex(let detail):
            return LocalizedText(vi: "biểu thức chính quy không hợp lệ: \(detail)", en: "invalid regex: \(detail)")
        case .duplicateKey(let key):
            return LocalizedText(vi: "khóa `\(key)` bị lặp lại", en: "duplicate map key: \(key)")
        case .unsupported(let detail):
            return LocalizedText(vi: "chưa hỗ trợ: \(detail)", en: "unsupported: \(detail)")
        case .limitExceeded(let detail):
            return LocalizedText(vi: "vượt giới hạn: \(detail)", en: "limit exceeded: \(detail)")
        }
    }
}
