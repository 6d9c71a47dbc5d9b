import Foundation
import Hummingbird
import Logging
import Screening
import ScreeningService
import Testing

/// The shipped policy compiled once, a service over it started on a free port for each test,
/// and golden files for what the service answers.
enum ServiceSupport {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped policy, compiled once for every test.
    static let policy: CompiledPolicy = {
        switch CompiledPolicy.load(path: packageRoot.appendingPathComponent("Rules/kien-giang-157").path) {
        case .success(let policy): return policy
        case .failure(let failure): fatalError("the shipped policy does not load: \(failure.diagnostics)")
        }
    }()

    /// Starts the service on a free loopback port, runs `test` against it over a real socket,
    /// and stops it.
    static func withService<Value: Sendable>(
        maxBodyBytes: Int = ServiceConfiguration.defaultMaxBodyBytes,
        _ test: @Sendable (ServiceClient) async throws -> Value
    ) async throws -> Value {
        let service = ScreeningService(
            policy: policy, configuration: ServiceConfiguration(host: "127.0.0.1", port: 0, maxBodyBytes: maxBodyBytes))
        var logger = Logger(label: "screener.serve.tests")
        logger.logLevel = .critical  // the server's shutdown at the end of each test is not news
        let (ports, announce) = AsyncStream<Int>.makeStream()
        let application = service.makeApplication(logger: logger) { port in
            announce.yield(port)
            announce.finish()
        }
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await application.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next()
            do {
                let value = try await test(ServiceClient(port: port))
                group.cancelAll()
                return value
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }

    /// The text of a fixture file under the package root.
    static func fixture(_ relativePath: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// Compares `actual` with the golden file `name` under `Tests/ScreeningServiceTests/Golden`,
    /// or writes it with RECORD_GOLDEN=1; policy digests are written `sha256:…`, so that an
    /// edit of the policy's comments does not change every golden file.
    static func expectGolden(_ text: String, named name: String) throws {
        let actual = text.replacingOccurrences(of: "sha256:[0-9a-f]{64}", with: "sha256:…", options: .regularExpression)
        let golden = packageRoot.appendingPathComponent("Tests/ScreeningServiceTests/Golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "differs from \(name)")
    }
}
