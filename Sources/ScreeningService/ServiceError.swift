import Diagnostics
import Foundation
import Hummingbird

/// A request the service refuses, answered with its status and a JSON body naming the field
/// and the problem:
/// `{"status":400,"code":"…","message":"…","problems":[{"field":…,"line":…,"column":…,"code":…,"message":…,"help":…}]}`
/// (`line`, `column` and `help` when known).
struct ServiceError: Error, HTTPResponseError {
    /// One problem of the request, at a field when it has one.
    struct Problem: Sendable {
        /// The field or parameter at fault, when there is one.
        var field: String?
        /// Where in the body, for JSON bodies (1-based line and column).
        var location: SourceLocation?
        /// The problem's stable code (`record.type`, `json.syntax`, …).
        var code: String
        /// What is wrong.
        var message: LocalizedText
        /// What to do about it, when there is advice (a field name to use instead).
        var help: LocalizedText? = nil
    }

    /// The HTTP status: 400, 405, 413 or 415.
    let status: HTTPResponse.Status
    /// The refusal's stable code (`project.invalid`, `body.too_large`, …).
    let code: String
    /// What is wrong with the request as a whole.
    let message: LocalizedText
    /// Each problem found, in the order found.
    var problems: [Problem] = []
    /// The language of the body.
    let language: Language
    /// Headers the response carries besides its content type (`Allow` for 405).
    var headers: HTTPFields = [:]

    /// The JSON body in the error's language.
    var json: String {
        var w = JSONWriter()
        w.byte(UInt8(ascii: "{"))
        w.key("status", first: true)
        w.integer(status.code)
        w.key("code")
        w.string(code)
        w.key("message")
        w.string(message.text(language))
        w.key("problems")
        w.array(problems) { problem, w in
            w.byte(UInt8(ascii: "{"))
            w.key("field", first: true)
            if let field = problem.field { w.string(field) } else { w.raw("null") }
            if let location = problem.location {
                w.key("line")
                w.integer(location.line)
                w.key("column")
                w.integer(location.column)
            }
            w.key("code")
            w.string(problem.code)
            w.key("message")
            w.string(problem.message.text(language))
            if let help = problem.help {
                w.key("help")
                w.string(help.text(language))
            }
            w.byte(UInt8(ascii: "}"))
        }
        w.byte(UInt8(ascii: "}"))
        w.byte(UInt8(ascii: "\n"))
        return w.text
    }

    /// The response Hummingbird sends when a handler throws this error.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json)))
    }
}

extension ServiceError {
    /// 413: the body is larger than the limit.
    static func tooLarge(limit: Int, _ language: Language) -> ServiceError {
        ServiceError(
            status: .contentTooLarge, code: "body.too_large",
            message: LocalizedText(
                vi: "nội dung yêu cầu lớn hơn giới hạn \(limit) byte", en: "the request body is larger than the limit of \(limit) bytes"),
            language: language)
    }

    /// 415: the body's content type is not one the route reads.
    static func unsupportedType(_ given: String?, expected: [String], _ language: Language) -> ServiceError {
        let list = expected.joined(separator: ", ")
        let shown = given.map { "`\($0)`" } ?? "(không có)"
        let shownEN = given.map { "`\($0)`" } ?? "(none)"
        return ServiceError(
            status: .unsupportedMediaType, code: "body.content_type",
            message: LocalizedText(
                vi: "kiểu nội dung \(shown) không được hỗ trợ; cần một trong: \(list)",
                en: "content type \(shownEN) is not supported; expected one of: \(list)"),
            problems: [Problem(field: "Content-Type", code: "body.content_type",
                               message: LocalizedText(vi: "cần một trong: \(list)", en: "expected one of: \(list)"))],
            language: language)
    }

    /// 405: the path is served, but not with this method; `Allow` lists the methods it serves.
    static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method], _ language: Language)
        -> ServiceError
    {
        let list = allowed.map(\.rawValue).joined(separator: ", ")
        var error = ServiceError(
            status: .methodNotAllowed, code: "method.not_allowed",
            message: LocalizedText(
                vi: "đường dẫn này không nhận phương thức \(method.rawValue); cần một trong: \(list)",
                en: "this path does not accept the method \(method.rawValue); expected one of: \(list)"),
            language: language)
        error.headers[.allow] = list
        return error
    }

    /// 400: the body is empty.
    static func emptyBody(_ language: Language) -> ServiceError {
        ServiceError(
            status: .badRequest, code: "body.empty",
            message: LocalizedText(vi: "nội dung yêu cầu trống", en: "the request body is empty"), language: language)
    }

    /// 400: a query parameter has a value the route does not know.
    static func badQuery(_ name: String, value: String, expected: [String], _ language: Language = .vi)
        -> ServiceError
    {
        let list = expected.joined(separator: ", ")
        return ServiceError(
            status: .badRequest, code: "query.value",
            message: LocalizedText(
                vi: "tham số `\(name)` không nhận giá trị `\(value)`; cần một trong: \(list)",
                en: "query parameter `\(name)` does not accept `\(value)`; expected one of: \(list)"),
            problems: [Problem(field: name, code: "query.value",
                               message: LocalizedText(vi: "cần một trong: \(list)", en: "expected one of: \(list)"))],
            language: language)
    }

    /// 400: the body is not JSON.
    static func invalidJSON(_ problems: [Problem], _ language: Language) -> ServiceError {
        ServiceError(
            status: .badRequest, code: "json.invalid",
            message: LocalizedText(vi: "nội dung yêu cầu không phải JSON hợp lệ", en: "the request body is not valid JSON"),
            problems: problems, language: language)
    }

    /// 400: the project cannot be read, with every problem found.
    static func invalidProject(_ problems: [Problem], _ language: Language) -> ServiceError {
        ServiceError(
            status: .badRequest, code: "project.invalid",
            message: LocalizedText(vi: "không đọc được hồ sơ dự án", en: "the project cannot be read"),
            problems: problems, language: language)
    }
}

extension ServiceError {
    /// 400: the registry in the body cannot be read at all.
    static func unreadableRegistry(_ diagnostic: Diagnostic, _ language: Language) -> ServiceError {
        ServiceError(
            status: .badRequest, code: "registry.invalid",
            message: LocalizedText(vi: "không đọc được sổ đăng ký", en: "the registry cannot be read"),
            problems: [Problem(field: nil, location: nil, code: diagnostic.code, message: diagnostic.message)],
            language: language)
    }
}
