import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `screener serve` as a command: it announces where it listens, serves, and stops cleanly on
/// SIGTERM; a policy or an option it cannot use is refused before it listens.
@Suite struct ServeCommandTests {
    @Test func servesUntilTerminated() async throws {
        let process = Process()
        process.executableURL = CommandSupport.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = CommandSupport.packageRoot
        let err = Pipe()
        process.standardError = err
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let line = String(decoding: err.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line.hasPrefix("screener: http://127.0.0.1:"))
        let base = line.dropFirst("screener: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
        let url = try #require(URL(string: base + "healthz"))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "{\"status\":\"ok\"}\n")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Refusals before listening: stderr and exit status as golden files.
    @Test(arguments: [
        ("bad-policy", ["serve", "--policy", "Fixtures/malformed/planted-policy"]),
        ("bad-port", ["serve", "--port", "70000"]),
    ])
    func refusesToStart(name: String, arguments: [String]) throws {
        let run = try CommandSupport.run(arguments)
        #expect(run.out.isEmpty)
        try CommandSupport.expectGolden(
            "status: \(run.status)\n--- stderr\n\(run.err)", at: "Tests/screenerTests/Golden/serve/\(name).txt")
    }
}
