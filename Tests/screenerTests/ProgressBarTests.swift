import Foundation
import Testing

/// `batch` draws its progress bar only when stderr is a terminal, and not with `--quiet`: run
/// under `script`, which gives the command a pseudo-terminal and records what it shows.
@Suite struct ProgressBarTests {
    /// What `screener batch ARGUMENTS` shows on a terminal, control characters included.
    func onTerminal(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        let command = ([CommandSupport.binary.path, "batch", "Fixtures/registries/kien-giang-sample.csv",
                        "--out", output.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = CommandSupport.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let shown = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: shown, as: UTF8.self)
    }

    @Test func aTerminalShowsTheBarThenClearsItForTheSummary() throws {
        let shown = try onTerminal([])
        #expect(shown.contains("\r["), "the bar is drawn at the start of the line")
        #expect(shown.contains(" dòng, "))
        #expect(shown.contains("\r\u{1B}[K"), "the bar's line is cleared before the summary")
        #expect(shown.contains("1000"))
    }

    @Test func quietShowsNoBar() throws {
        let shown = try onTerminal(["--quiet"])
        #expect(!shown.contains("\r["))
    }

    @Test func aPipeShowsNoBar() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("progress-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CommandSupport.run(["batch", "Fixtures/registries/kien-giang-sample.csv", "--out", output.path])
        #expect(result.status == 0)
        #expect(!result.err.contains("\r["))
        #expect(!result.err.contains("\u{1B}[K"))
    }
}
