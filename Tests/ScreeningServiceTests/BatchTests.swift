import Foundation
import Hummingbird
import Screening
import ScreeningService
import Testing

/// `POST /v1/screen/batch` over a real socket: one JSON line per input record, in order, with
/// unreadable records as `error` lines.
@Suite struct BatchTests {
    /// The 1,000-row sample registry as CSV: 1,000 lines, ids in input order.
    @Test func screensTheSampleRegistry() async throws {
        let csv = try ServiceSupport.fixture("Fixtures/registries/kien-giang-sample.csv")
        let ids = csv.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/v1/screen/batch", method: .post, headers: [.contentType: "text/csv"], body: ByteBuffer(string: csv)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson; charset=utf-8")
                let lines = try Self.objects(response.body)
                #expect(lines.count == 1_000)
                #expect(lines.compactMap { $0["id"] as? String } == ids)
                #expect(lines.allSatisfy { ($0["verdict"] as? String) != "error" })
            }
        }
    }

    /// Bad records of each format are error lines naming their row; the others are screened.
    @Test(arguments: [
        ("text/csv", "id,labour,site\nA-1,10,industrial_zone\nA-2,many,industrial_zone\nA-3,5,harbour\nA-4,7,outside\n",
         ["needs_info", "error", "error", "needs_info"], [1: "request:3", 2: "request:4"]),
        ("application/x-ndjson", "{\"id\": \"B-1\", \"labour\": 10}\n{\"id\": \"B-2\", \"labour\": \n\n{\"id\": \"B-3\"}\n",
         ["needs_info", "error", "needs_info"], [1: "request:2"]),
    ])
    func reportsBadRecords(type: String, body: String, verdicts: [String], errorIDs: [Int: String]) async throws {
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/v1/screen/batch?lang=en", method: .post, headers: [.contentType: type], body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                let lines = try Self.objects(response.body)
                #expect(lines.compactMap { $0["verdict"] as? String } == verdicts)
                for (index, id) in errorIDs {
                    #expect(lines[index]["id"] as? String == id)
                    let errors = try #require(lines[index]["errors"] as? [[String: Any]])
                    #expect(errors.first?["row"] as? Int == Int(id.split(separator: ":")[1]))
                    #expect((errors.first?["message"] as? String)?.isEmpty == false)
                }
            }
        }
    }

    /// A client that hangs up while a long batch streams does not stop the service, which
    /// answers the next request.
    @Test func survivesAClientThatHangsUp() async throws {
        let csv = try ServiceSupport.fixture("Fixtures/registries/kien-giang-sample.csv")
        var lines = csv.split(separator: "\n")
        let header = lines.removeFirst()
        let copies = (1...10).flatMap { copy in lines.map { "C\(copy)-" + $0 } }
        let body = Array(([String(header)] + copies).joined(separator: "\n").utf8)
        let head = "POST /v1/screen/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
            + "Content-Length: \(body.count)\r\n\r\n"
        try await ServiceSupport.withService { client in
            let port = try #require(client.port)
            let answer = try #require(RawClient.exchange(Array(head.utf8) + body, port: port, limit: 200_000))
            #expect(String(decoding: answer.prefix(15), as: UTF8.self) == "HTTP/1.1 200 OK")
            #expect(answer.count < 10_000 * 1_000, "the client hung up before the end")
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/v1/screen/batch", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: "id\nD-1\n")
            ) { response in
                let objects = try Self.objects(response.body)
                #expect(objects.count == 1)
            }
        }
    }

    /// The JSON objects of a JSON Lines body.
    static func objects(_ body: ByteBuffer) throws -> [[String: Any]] {
        try String(buffer: body).split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }
}
