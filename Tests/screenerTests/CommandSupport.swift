import Foundation
import Testing

/// Runs the built `screener` binary and compares what it printed with golden files.
enum CommandSupport {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `screener` binary built beside the tests.
    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("screener") }

    /// Runs `screener ARGUMENTS` in the package root (without `$SCREENER_POLICY` unless given).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> (out: String, err: String, status: Int32)
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var variables = ProcessInfo.processInfo.environment
        variables["SCREENER_POLICY"] = nil
        variables.merge(environment) { $1 }
        process.environment = variables
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self), process.terminationStatus)
    }

    /// Runs `screener SUBCOMMAND ARGUMENTS` and writes what happened as a golden transcript:
    /// the command line, stdout (policy digests written `sha256:…`), stderr and the exit status.
    static func transcript(_ subcommand: String, _ arguments: [String], environment: [String: String] = [:]) throws
        -> String
    {
        let result = try run([subcommand] + arguments, environment: environment)
        let prefix = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value) " }.joined()
        return "$ \(prefix)screener \(subcommand) " + arguments.map { "'\($0)'" }.joined(separator: " ") + "\n"
            + "--- stdout\n" + maskingDigests(result.out) + "--- stderr\n" + result.err
            + "--- exit \(result.status)\n"
    }

    /// The text with every `sha256:` followed by 64 hex digits written `sha256:…`.
    static func maskingDigests(_ text: String) -> String {
        text.replacingOccurrences(of: "sha256:[0-9a-f]{64}", with: "sha256:…", options: .regularExpression)
    }

    /// Compares `actual` with the golden file at `relativePath`, or writes it with RECORD_GOLDEN=1.
    static func expectGolden(_ actual: String, at relativePath: String) throws {
        let golden = packageRoot.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected, "differs from \(relativePath)")
    }
}
