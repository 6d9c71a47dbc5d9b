import ArgumentParser
import Diagnostics
import Foundation
import Hummingbird
import Screening
import ScreeningService

/// `screener serve`: the HTTP API and the officers' web form, over one policy compiled at start.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the screening API and the web form over HTTP.",
        discussion: """
            Routes: GET / (the form), POST /v1/screen, POST /v1/screen/batch, GET /v1/policy, \
            GET /healthz, GET /openapi.yaml. The policy is loaded once; a policy that cannot be \
            read is reported on stderr with exit status 2. Stop with Ctrl-C or SIGTERM.
            """
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(help: "The policy: a folder or a YAML file (default: $SCREENER_POLICY, else Rules/kien-giang-157).")
    var policy: String?

    @Option(help: "The largest request body accepted, in bytes (larger ones get 413).")
    var maxBodyBytes: Int = ServiceConfiguration.defaultMaxBodyBytes

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
    }

    func run() async throws {
        let compiled = try PolicyLoading.compile(PolicyLoading.path(policy), language: .vi)
        let service = ScreeningService(
            policy: compiled,
            configuration: ServiceConfiguration(host: host, port: port, maxBodyBytes: maxBodyBytes))
        let host = host
        let application = service.makeApplication { port in
            StandardError.line("screener: http://\(host):\(port)/")
        }
        try await application.runService()
    }
}
