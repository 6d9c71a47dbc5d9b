import Diagnostics
import Hummingbird
import Logging
import Screening

/// The screening service: the HTTP API (`/v1/…`) and the officers' web form (`/`) over one
/// policy compiled at start. It holds no state between requests and nothing in it changes
/// the policy.
public struct ScreeningService: Sendable {
    /// The policy every request is screened against.
    public let policy: CompiledPolicy
    /// Where the service listens and its limits.
    public let configuration: ServiceConfiguration
    let reading: ProjectReading
    /// `GET /v1/policy`, written once.
    let policyJSON: String

    /// The routes served, as the OpenAPI document lists them.
    public static let routes: [(method: HTTPRequest.Method, path: String)] = [
        (.get, "/"), (.post, "/"), (.get, "/healthz"), (.get, "/openapi.yaml"),
        (.get, "/v1/policy"), (.post, "/v1/screen"), (.post, "/v1/screen/batch"),
    ]

    /// The media types `POST /v1/screen/batch` reads, with the registry format of each.
    static let registryTypes: [(mediaType: String, format: RegistryReader.Format)] = [
        ("text/csv", .csv), ("application/x-ndjson", .jsonLines), ("application/jsonl", .jsonLines),
        ("application/x-jsonlines", .jsonLines),
    ]

    /// Creates the service for a compiled policy.
    public init(policy: CompiledPolicy, configuration: ServiceConfiguration = ServiceConfiguration()) {
        self.policy = policy
        self.configuration = configuration
        self.reading = ProjectReading(decoder: RecordDecoder(schema: policy.schema))
        self.policyJSON = PolicyDocument.json(policy)
    }

    /// The application serving every route at the configured address; `onRunning` is told
    /// the port once the server listens (the one the system chose for port 0).
    public func makeApplication(
        logger: Logger? = nil, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        router.get("/") { request, _ in try self.form(request) }
        router.post("/") { request, _ in try await self.submitForm(request) }
        router.get("/healthz") { _, _ in Self.text("{\"status\":\"ok\"}\n", type: "application/json") }
        router.get("/openapi.yaml") { _, _ in Self.text(OpenAPIDocument.text, type: "application/yaml; charset=utf-8") }
        router.get("/v1/policy") { _, _ in Self.text(self.policyJSON, type: "application/json; charset=utf-8") }
        router.post("/v1/screen") { request, _ in try await self.screen(request) }
        router.post("/v1/screen/batch") { request, _ in try await self.screenBatch(request) }
        var serviceLogger = logger ?? Logger(label: "screener.serve")
        if logger == nil { serviceLogger.logLevel = .notice }
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "screener"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: serviceLogger)
    }

    /// `POST /v1/screen`: one project as JSON → its SPEC §4 result; with `explain=true`, also
    /// its `counterfactuals` (what would change the verdict).
    func screen(_ request: Request) async throws -> Response {
        let language = try RequestReading.language(of: request)
        let explain = try RequestReading.flag("explain", of: request)
        let body = try await RequestReading.body(
            of: request, accepting: ["application/json"], limit: configuration.maxBodyBytes, language: language)
        let record = try reading.record(fromJSON: Array(buffer: body), language: language)
        let result = policy.screen(record)
        let json = explain
            ? CounterfactualJSON.render(
                result, ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record),
                schema: policy.schema, language: language)
            : JSONReport.render(result, language: language)
        return Self.text(json + "\n", type: "application/json; charset=utf-8")
    }

    /// A 200 response with a text body.
    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
