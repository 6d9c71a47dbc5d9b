import Diagnostics
import Foundation
import Hummingbird
import Screening

extension ScreeningService {
    /// `GET /`: the empty form.
    func form(_ request: Request) throws -> Response {
        let language = try RequestReading.language(of: request)
        return Self.html(FormPage(schema: policy.schema, language: language).html(), status: .ok)
    }

    /// `POST /`: a submitted form → the result page; a form that cannot be read comes back
    /// with its values and each problem beside its field (400).
    func submitForm(_ request: Request) async throws -> Response {
        let language = try RequestReading.language(of: request)
        let body = try await RequestReading.body(
            of: request, accepting: ["application/x-www-form-urlencoded"], limit: configuration.maxBodyBytes,
            language: language)
        let fields = Self.formFields(String(buffer: body))
        do throws(ServiceError) {
            let record = try reading.record(fromForm: fields, language: language)
            let result = policy.screen(record)
            return Self.html(ResultPage.html(result, policy: policy, analysis: analysis, record: record, language: language), status: .ok)
        } catch {
            let values = Dictionary(fields.map { ($0.name, $0.text.split(separator: ";").map(String.init)) },
                                    uniquingKeysWith: { first, _ in first })
            let page = FormPage(schema: policy.schema, language: language, values: values, problems: error.problems)
            return Self.html(page.html(), status: .badRequest)
        }
    }

    /// The fields of an `application/x-www-form-urlencoded` body in order of first appearance,
    /// the values of a repeated name (the ticked boxes of a list) joined with `;`.
    static func formFields(_ body: String) -> [(name: String, text: String)] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            if values[name] == nil { order.append(name) }
            if !value.isEmpty || values[name] == nil { values[name, default: []].append(value) }
        }
        return order.map { name in
            (name, (values[name] ?? []).filter { !$0.isEmpty }.joined(separator: ";"))
        }
    }

    /// A form-encoded component: `+` is a space, `%XX` a byte; badly encoded text is kept as sent.
    private static func decode(_ component: Substring) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// An HTML response.
    static func html(_ page: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}
