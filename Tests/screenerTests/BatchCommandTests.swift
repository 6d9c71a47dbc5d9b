import Foundation
import Screening
import Testing

/// `screener batch` end to end: every input row gives one output row, broken rows become
/// error rows naming their row and column, and an interrupted run leaves no output behind.
@Suite(.serialized) struct BatchCommandTests {
    static let root = CommandSupport.packageRoot
    static var binary: URL { CommandSupport.binary }

    /// A registry of `count` rows made from the sample registry with fresh ids, in which every
    /// hundredth row has `nhiều` as its labour; returns the path and the broken rows' numbers.
    static func makeRegistry(count: Int, folder: URL) throws -> (path: String, broken: [Int], labourColumn: Int) {
        var reader = try #require(CSVReader(path: root.appendingPathComponent("Fixtures/registries/kien-giang-sample.csv").path))
        var samples: [[String]] = []
        while let row = reader.next() { samples.append(row.cells) }
        let idColumn = try #require(reader.header.firstIndex(of: "id"))
        let labourColumn = try #require(reader.header.firstIndex(of: "labour"))
        var text = reader.header.joined(separator: ",") + "\n"
        var broken: [Int] = []
        for index in 0..<count {
            var cells = samples[index % samples.count]
            cells[idColumn] = "T-\(index + 1)"
            if index % 100 == 99 {
                cells[labourColumn] = "nhiều"
                broken.append(index + 2)
            }
            text += cells.map { cell in
                cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",") + "\n"
        }
        let path = folder.appendingPathComponent("registry.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, broken, labourColumn + 1)
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func hundredThousandRowsWithOnePercentBrokenGiveHundredThousandResults() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (registry, broken, labourColumn) = try Self.makeRegistry(count: 100_000, folder: folder)
        let out = folder.appendingPathComponent("results.jsonl").path
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["batch", registry, "--out", out, "--quiet"]
        process.currentDirectoryURL = Self.root
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 100_000)
        var errorRows: [Int] = []
        for line in lines where line.contains("\"verdict\":\"error\"") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let errors = try #require(object["errors"] as? [[String: Any]])
            #expect(errors.first?["column"] as? Int == labourColumn)
            if let row = errors.first?["row"] as? Int { errorRows.append(row) }
        }
        #expect(errorRows == broken)
        let ids = lines.prefix(3).compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["T-1", "T-2", "T-3"])
    }

    @Test func killedRunLeavesNoOutputAtTheFinalPath() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (registry, _, _) = try Self.makeRegistry(count: 50_000, folder: folder)
        let out = folder.appendingPathComponent("results.jsonl")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["batch", registry, "--out", out.path, "--quiet", "--jobs", "1"]
        process.currentDirectoryURL = Self.root
        try process.run()
        // Wait until the run has started writing its temporary file, then kill it.
        var started = false
        for _ in 0..<600 where !started {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            started = names.contains { $0.hasPrefix(".results.jsonl.partial-") }
            if !started { usleep(10_000) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(started)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func unknownColumnsAndAMissingIdColumnAreWarnedAbout() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("registry.csv").path
        try "name,labour,colour\nA,5,red\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandSupport.run(["batch", path, "--quiet", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.err.contains("\(path):1:3: warning: column `colour` names no field of the schema"))
        #expect(result.err.contains("\(path):1:1: warning: no column for the required field `id`"))
        #expect(result.out.split(separator: "\n").count == 1)
    }
}
