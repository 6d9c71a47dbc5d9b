import Diagnostics
import Foundation
import Hummingbird
import Screening
import ScreeningService
import Testing

/// The JSON API over a real socket: results, the policy, health, and every refusal with its
/// status and message.
@Suite struct APITests {
    /// One project → the same SPEC §4 object `screener check --format json` gives, in each language.
    @Test(arguments: ["vi", "en"])
    func screensOneProject(lang: String) async throws {
        let path = "Fixtures/projects/kg-2024-002-giay-da-xeo-ro.json"
        let body = try ServiceSupport.fixture(path)
        let decoder = RecordDecoder(schema: ServiceSupport.policy.schema)
        let record = try decoder.readProjects(atPath: ServiceSupport.packageRoot.appendingPathComponent(path).path).get()[0]
        let language = try #require(Language(rawValue: lang))
        let expected = JSONReport.render(ServiceSupport.policy.screen(record), language: language) + "\n"
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/v1/screen?lang=\(lang)", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(String(buffer: response.body) == expected)
                #expect(String(buffer: response.body).contains("\"verdict\":\"conditional\""))
            }
        }
    }

    /// With `explain=true`, the result carries what would change the verdict, as
    /// `screener check --format json --explain` writes it.
    @Test func explainsWhatWouldChangeTheVerdict() async throws {
        let path = "Fixtures/projects/kg-2024-002-giay-da-xeo-ro.json"
        let decoder = RecordDecoder(schema: ServiceSupport.policy.schema)
        let record = try decoder.readProjects(atPath: ServiceSupport.packageRoot.appendingPathComponent(path).path).get()[0]
        let policy = ServiceSupport.policy
        let result = policy.screen(record)
        let expected = CounterfactualJSON.render(
            result, ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record),
            schema: policy.schema, language: .en) + "\n"
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/v1/screen?lang=en&explain=true", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: try ServiceSupport.fixture(path))
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == expected)
                #expect(String(buffer: response.body).contains("\"counterfactuals\":[{"))
            }
        }
    }

    /// A project without the fields the rules need is screened, not refused: `needs_info`.
    @Test func missingFieldsGiveNeedsInfo() async throws {
        try await ServiceSupport.withService { client in
            try await client.execute(
                uri: "/v1/screen", method: .post, headers: [.contentType: "application/json; charset=utf-8"],
                body: ByteBuffer(string: #"{"id": "X-1", "vsic": "10200"}"#)
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("\"verdict\":\"needs_info\""))
            }
        }
    }

    /// Each kind of bad request: its status and its JSON error, as a golden file; the service
    /// answers the next request as before.
    @Test(arguments: [
        ("malformed-json", "/v1/screen", "application/json", #"{"id": "X-1", "labour": 12"#, 400),
        ("wrong-type", "/v1/screen", "application/json",
         #"{"id": "X-1", "labour": "many", "site": "harbour", "in_approved_plan": "maybe"}"#, 400),
        ("unknown-field", "/v1/screen", "application/json", #"{"id": "X-1", "labor": 12}"#, 400),
        ("no-id", "/v1/screen", "application/json", #"{"name": "Nhà máy"}"#, 400),
        ("not-an-object", "/v1/screen", "application/json", #"[1, 2]"#, 400),
        ("empty-body", "/v1/screen", "application/json", "", 400),
        ("wrong-content-type", "/v1/screen", "text/plain", #"{"id": "X-1"}"#, 415),
        ("no-content-type", "/v1/screen", "", #"{"id": "X-1"}"#, 415),
        ("batch-wrong-content-type", "/v1/screen/batch", "application/json", #"{"id": "X-1"}"#, 415),
        ("bad-lang", "/v1/screen?lang=fr", "application/json", #"{"id": "X-1"}"#, 400),
        ("bad-explain", "/v1/screen?explain=maybe", "application/json", #"{"id": "X-1"}"#, 400),
        ("wrong-type-en", "/v1/screen?lang=en", "application/json", #"{"id": "X-1", "labour": 1.5}"#, 400),
    ])
    func refusesBadRequests(name: String, uri: String, type: String, body: String, status: Int) async throws {
        try await ServiceSupport.withService { client in
            var headers: HTTPFields = [:]
            if !type.isEmpty { headers[.contentType] = type }
            try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
                #expect(response.status.code == status)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "error-\(name).json")
            }
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    /// A 100 MB body over a 1 MiB limit gets 413 from its declared length, and the service keeps
    /// serving. (`Scripts/abuse-check.sh` also sends one in chunks, without a length.)
    @Test func refusesBodiesOverTheLimit() async throws {
        let large = ByteBuffer(repeating: UInt8(ascii: " "), count: 100 << 20)
        try await ServiceSupport.withService(maxBodyBytes: 1 << 20) { client in
            try await client.execute(
                uri: "/v1/screen", method: .post, headers: [.contentType: "application/json"], body: large
            ) { response in
                #expect(response.status == .contentTooLarge)
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "error-too-large.json")
            }
        }
        try await ServiceSupport.withService(maxBodyBytes: 1 << 20) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
        }
    }

    /// `GET /v1/policy`: identity, parameters and every rule with its title and clause.
    @Test func describesThePolicy() async throws {
        let policy = ServiceSupport.policy
        try await ServiceSupport.withService { client in
            try await client.execute(uri: "/v1/policy", method: .get) { response in
                #expect(response.status == .ok)
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                #expect(object["id"] as? String == policy.identity.id)
                #expect(object["digest"] as? String == policy.identity.digest)
                let rules = try #require(object["rules"] as? [[String: Any]])
                #expect(rules.compactMap { $0["id"] as? String } == policy.ruleIDs)
                #expect(rules.allSatisfy { ($0["clause"] as? String)?.isEmpty == false })
                #expect(rules.allSatisfy { ($0["title"] as? [String: String])?["vi"]?.isEmpty == false })
                let parameters = try #require(object["parameters"] as? [[String: Any]])
                #expect(parameters.count == policy.policy.parameters.count)
            }
        }
    }

    /// `GET /healthz`, and a route that does not exist.
    @Test func answersHealthAndUnknownRoutes() async throws {
        try await ServiceSupport.withService { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "{\"status\":\"ok\"}\n")
            }
            try await client.execute(uri: "/v1/nothing", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// A served path asked with another method gets 405, with `Allow` naming the methods it
    /// serves and a JSON error in the request's language.
    @Test(arguments: [
        ("/v1/screen", HTTPRequest.Method.get, "POST", "wrong-method"),
        ("/healthz?lang=en", HTTPRequest.Method.post, "GET", "wrong-method-en"),
        ("/", HTTPRequest.Method.delete, "GET, POST", "wrong-method-form"),
    ])
    func refusesOtherMethodsOnServedPaths(uri: String, method: HTTPRequest.Method, allow: String, name: String)
        async throws
    {
        try await ServiceSupport.withService { client in
            try await client.execute(uri: uri, method: method) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == allow)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                try ServiceSupport.expectGolden(String(buffer: response.body), named: "error-\(name).json")
            }
        }
    }
}
