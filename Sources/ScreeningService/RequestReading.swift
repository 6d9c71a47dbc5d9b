import Diagnostics
import Foundation
import Hummingbird
import NIOCore

/// What every route reads from a request: the language of the answer, and a body of an
/// accepted content type within the size limit.
enum RequestReading {
    /// The language asked for with `?lang=vi|en`; Vietnamese when absent.
    static func language(of request: Request) throws -> Language {
        guard let value = request.uri.queryParameters.get("lang"), !value.isEmpty else { return .vi }
        guard let language = Language(rawValue: value.lowercased()) else {
            throw ServiceError.badQuery("lang", value: value, expected: Language.allCases.map(\.rawValue))
        }
        return language
    }

    /// A true/false query parameter (`explain=true`); false when it is absent; a refusal in `language`.
    static func flag(_ name: String, of request: Request, language: Language) throws -> Bool {
        guard let value = request.uri.queryParameters.get(name), !value.isEmpty else { return false }
        switch value.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default: throw ServiceError.badQuery(name, value: value, expected: ["true", "false"], language)
        }
    }

    /// The media type of the body (`text/csv`), lowercased and without parameters.
    static func mediaType(of request: Request) -> String? {
        guard let header = request.headers[.contentType] else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? header
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The body, whose media type must be one of `accepted`: 415 otherwise, 413 above `limit`
    /// bytes (refused from its `Content-Length` before reading when it declares one), 400 when
    /// empty.
    static func body(
        of request: Request, accepting accepted: [String], limit: Int, language: Language
    ) async throws -> ByteBuffer {
        let type = mediaType(of: request)
        guard let type, accepted.contains(type) else {
            throw ServiceError.unsupportedType(request.headers[.contentType], expected: accepted, language)
        }
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw ServiceError.tooLarge(limit: limit, language)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw ServiceError.tooLarge(limit: limit, language)
        }
        guard buffer.readableBytes > 0 else { throw ServiceError.emptyBody(language) }
        return buffer
    }
}
