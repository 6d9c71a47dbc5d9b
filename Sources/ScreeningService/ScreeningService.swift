import Diagnostics
import Hummingbird
import Logging
import Screening
import YAML

/// The screening service: the HTTP API (`/v1/…`) and the officers' web form (`/`) over one
/// policy compiled at start. It holds no state between requests and nothing in it changes
/// the policy.
public struct ScreeningService: Sendable {
    /// The policy every request is screened against.
    public let policy: CompiledPolicy
    /// Where the service listens and its limits.
    public let configuration: ServiceConfiguration
    /// Reads one project from a JSON body or a form.
    let reading: ProjectReading
    /// `GET /v1/policy`, written once.
    let policyJSON: String
    /// The analysis behind "what would change the verdict", built once.
    let analysis: ConditionAnalysis
    /// The parts of JSON results shared by every result, per language, written once.
    let fragments: [Language: JSONFragments]

    /// The routes served, as the OpenAPI document lists them.
    public static let routes: [(method: HTTPRequest.Method, path: String)] = [
        (.get, "/"), (.post, "/"), (.get, "/healthz"), (.get, "/openapi.yaml"),
        (.get, "/v1/policy"), (.post, "/v1/screen"), (.post, "/v1/screen/batch"),
    ]

    /// The methods each path serves, in the order of ``routes``.
    static let methodsByPath: [(path: String, methods: [HTTPRequest.Method])] = {
        var byPath: [(path: String, methods: [HTTPRequest.Method])] = []
        for route in routes {
            if let at = byPath.firstIndex(where: { $0.path == route.path }) {
                byPath[at].methods.append(route.method)
            } else {
                byPath.append((route.path, [route.method]))
            }
        }
        return byPath
    }()

    /// The methods answered with 405 on a path that does not serve them (others get 404).
    static let otherMethods: [HTTPRequest.Method] = [.get, .post, .put, .delete, .patch]

    /// The media types `POST /v1/screen/batch` reads, with the registry format of each.
    static let registryTypes: [(mediaType: String, format: RegistryReader.Format)] = [
        ("text/csv", .csv), ("application/x-ndjson", .jsonLines), ("application/jsonl", .jsonLines),
        ("application/x-jsonlines", .jsonLines),
    ]

    /// Creates the service for a compiled policy.
    public init(policy: CompiledPolicy, configuration: ServiceConfiguration = ServiceConfiguration()) {
        self.policy = policy
        self.configuration = configuration
        // JSON bodies up to the service's own limit reach the reader; larger ones get 413 first.
        let limits = YAMLLimits(maxInputBytes: max(configuration.maxBodyBytes, YAMLLimits().maxInputBytes))
        self.reading = ProjectReading(decoder: RecordDecoder(schema: policy.schema, yamlReader: YAMLReader(limits: limits)))
        self.policyJSON = PolicyDocument.json(policy)
        self.analysis = ConditionAnalysis(policy: policy)
        var fragments: [Language: JSONFragments] = [:]
        for language in Language.allCases { fragments[language] = JSONFragments(policy: policy, language: language) }
        self.fragments = fragments
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
        for (path, allowed) in Self.methodsByPath {
            for method in Self.otherMethods where !allowed.contains(method) {
                router.on(RouterPath(path), method: method) { request, _ -> Response in
                    // A `lang` the service does not know gets the refusal in Vietnamese, the default.
                    throw ServiceError.methodNotAllowed(
                        method, allowed: allowed, (try? RequestReading.language(of: request)) ?? .vi)
                }
            }
        }
        var serviceLogger = logger ?? Logger(label: "screener.serve")
        if logger == nil { serviceLogger.logLevel = .notice }
        return Application(
            router: router,
            // A connection left idle (a client that stopped sending) is closed after 30 s.
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "screener"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: serviceLogger)
    }

    /// `POST /v1/screen`: one project as JSON → its SPEC §4 result; with `explain=true`, also
    /// its `counterfactuals` (what would change the verdict).
    func screen(_ request: Request) async throws -> Response {
        let language = try RequestReading.language(of: request)
        let explain = try RequestReading.flag("explain", of: request, language: language)
        let body = try await RequestReading.body(
            of: request, accepting: ["application/json"], limit: configuration.maxBodyBytes, language: language)
        let record = try reading.record(fromJSON: Array(buffer: body), language: language)
        let result = policy.screen(record)
        let json: String
        if explain {
            json = CounterfactualJSON.render(
                result, analysis.counterfactuals(for: result, record: record), schema: policy.schema, language: language)
        } else {
            var writer = JSONWriter()
            JSONReport.write(result, language: language, into: &writer, fragments: fragments[language])
            json = writer.text
        }
        return Self.text(json + "\n", type: "application/json; charset=utf-8")
    }

    /// A 200 response with a text body.
    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
