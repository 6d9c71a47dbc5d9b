import Diagnostics
import Foundation
import Testing

@testable import Screening

/// The broken registries give one output per record, and exactly the problems listed in
/// `Fixtures/registries/broken.expected.txt` (row, column and kind), whatever the output: JSON
/// Lines written straight from the screening (where a repeated id rewrites its line), results
/// kept for CSV and HTML, or summaries alone.
struct BrokenRegistryTests {
    /// One expected problem.
    struct Problem: Hashable, CustomStringConvertible {
        var row: Int
        var column: Int
        var code: String
        var description: String { "\(row):\(column) \(code)" }
    }

    static let codeOfKind = [
        "type": "record.type", "enum": "record.enum", "range": "record.range", "required": "record.required",
        "duplicate": "registry.duplicate_id", "columns": "registry.row", "quote": "registry.row",
    ]

    static func expected() throws -> [Problem] {
        let path = BatchTesting.packageRoot.appendingPathComponent("Fixtures/registries/broken.expected.txt")
        return try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let cells = line.split(separator: "\t").map(String.init)
                return Problem(row: Int(cells[0]) ?? 0, column: Int(cells[1]) ?? 0, code: codeOfKind[cells[3]] ?? cells[3])
            }
    }

    enum Mode: String, CaseIterable { case jsonLines, results, summaries }

    @Test(arguments: ["broken.csv", "broken-semicolon.csv"], Mode.allCases)
    func everyProblemIsReportedAtItsRowAndColumn(file: String, mode: Mode) throws {
        let policy = try BatchTesting.policy()
        let path = BatchTesting.packageRoot.appendingPathComponent("Fixtures/registries/\(file)").path
        var reader = try RegistryReader(path: path)
        let output: BatchRunner.Output
        switch mode {
        case .jsonLines: output = .jsonLines(JSONFragments(policy: policy, language: .en))
        case .results: output = .results { items, bytes in bytes += Array("\(items.count)\n".utf8) }
        case .summaries: output = .summaries
        }
        let collected = Collected()
        try BatchRunner(policy: policy, options: .init(jobs: 2, chunkSize: 4, language: .en), file: path)
            .run(reader: &reader, output: output) { chunk, _ in collected.add(chunk) }
        let chunks = collected.chunks
        let items = chunks.flatMap(\.items)
        var problems: [Problem] = []
        switch mode {
        case .jsonLines:
            let lines = chunks.flatMap { String(decoding: $0.bytes, as: UTF8.self).split(separator: "\n") }
            #expect(lines.count == items.count)
            for line in lines {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                guard object["verdict"] as? String == "error" else { continue }
                for error in object["errors"] as? [[String: Any]] ?? [] {
                    problems.append(Problem(row: error["row"] as? Int ?? 0, column: error["column"] as? Int ?? 0,
                                            code: error["code"] as? String ?? ""))
                }
            }
        case .results, .summaries:
            #expect(items.allSatisfy { ($0.result != nil) == (mode == .results || $0.summary.verdict == .error) })
            for item in items where item.summary.verdict == .error {
                for problem in item.result?.recordErrors ?? [] {
                    problems.append(Problem(row: problem.location?.line ?? 0, column: problem.location?.column ?? 0,
                                            code: problem.code))
                }
            }
        }
        #expect(items.map(\.number) == items.map(\.number).sorted())
        #expect(items.filter { $0.summary.verdict == .error }.count == (try Self.expected()).count)
        #expect(problems == (try Self.expected()))
    }
}

/// The chunks a batch hands over, collected on its writer thread: the items, and a copy of
/// the bytes (which the batch reuses once a chunk is consumed).
private final class Collected: @unchecked Sendable {
    struct Chunk {
        var items: [BatchRunner.Item]
        var bytes: [UInt8]
    }

    private let lock = NSLock()
    private var collected: [Chunk] = []

    func add(_ chunk: BatchRunner.Chunk) {
        lock.lock()
        collected.append(Chunk(items: chunk.items, bytes: chunk.bytes))
        lock.unlock()
    }

    var chunks: [Chunk] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
