import Foundation
import HTTPTypes
import Hummingbird

/// A client of the service under test: each request goes over its own TCP connection
/// (`Connection: close`), made on a thread of its own so that the blocking socket never holds
/// one of the threads the server's tasks run on.
struct ServiceClient: Sendable {
    /// An answer: status, headers and the whole body (chunks joined).
    struct Response: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    /// What went wrong in an exchange.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The port the service listens on.
    let port: Int?

    /// Sends a request and hands its response to `check`, returning what `check` returns.
    @discardableResult
    func execute<Value: Sendable>(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
        _ check: @Sendable (Response) async throws -> Value = { $0 }
    ) async throws -> Value {
        guard let port else { throw Failure(description: "the service has no port") }
        var head = "\(method.rawValue) \(uri) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        for field in headers { head += "\(field.name.rawName): \(field.value)\r\n" }
        head += "Content-Length: \(body?.readableBytes ?? 0)\r\n\r\n"
        let request = Array(head.utf8) + (body.map { Array($0.readableBytesView) } ?? [])
        let answer = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: RawClient.exchange(request, port: port, isComplete: Self.isComplete))
            }
        }
        guard let answer else { throw Failure(description: "cannot connect to port \(port)") }
        return try await check(try Self.parse(answer))
    }

    /// The response in the bytes of an HTTP/1.1 answer.
    static func parse(_ bytes: [UInt8]) throws -> Response {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "no complete head in \(bytes.count) bytes")
        }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, let code = Int(statusParts[1]) else {
            throw Failure(description: "bad status line \(lines[0])")
        }
        var headers = HTTPFields()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), let name = HTTPField.Name(String(line[..<colon])) else { continue }
            headers.append(HTTPField(name: name, value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var body = Array(bytes[(end + 4)...])
        if headers[.transferEncoding]?.lowercased() == "chunked" { body = try dechunk(body) }
        return Response(status: HTTPResponse.Status(code: code), headers: headers, body: ByteBuffer(bytes: body))
    }

    /// Whether the bytes hold a whole answer: its head and as many body bytes as its
    /// `Content-Length` says, or every chunk of a chunked body.
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let response = try? parse(bytes) else { return false }
        if let length = response.headers[.contentLength].flatMap({ Int($0) }) {
            return response.body.readableBytes >= length
        }
        return response.headers[.transferEncoding]?.lowercased() == "chunked"
    }

    /// The body of a chunked transfer: each chunk's size in hex and its bytes, until size 0.
    static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var body: [UInt8] = []
        var position = 0
        while true {
            guard let lineEnd = (position..<max(position, bytes.count - 1)).first(where: { bytes[$0] == 13 && bytes[$0 + 1] == 10 }),
                  let sizeText = String(decoding: bytes[position..<lineEnd], as: UTF8.self).split(separator: ";").first,
                  let size = Int(sizeText, radix: 16),
                  lineEnd + 2 + size <= bytes.count
            else { throw Failure(description: "bad chunk at byte \(position)") }
            if size == 0 { return body }
            body += bytes[(lineEnd + 2)..<(lineEnd + 2 + size)]
            position = lineEnd + 2 + size + 2
        }
    }
}
