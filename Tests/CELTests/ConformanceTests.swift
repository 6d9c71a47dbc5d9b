import CEL
import CELConformance
import Foundation
import Testing

/// Runs the official CEL conformance corpus (../shared/cel-conformance) through the engine.
@Suite struct ConformanceTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/cel-conformance").standardizedFileURL

    static var corpusPresent: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("basic.json").path)
    }

    @Test(arguments: SkipList.coreFiles)
    func coreFilePassesEveryNonProtoTest(_ file: String) throws {
        guard Self.corpusPresent else {
            print("conformance corpus not found at \(Self.corpus.path): skipped")
            return
        }
        let cases = try ConformanceCorpus.load(Self.corpus.appendingPathComponent("\(file).json"))
        #expect(!cases.isEmpty)
        let runner = ConformanceRunner()
        var tally = ConformanceTally()
        for test in cases {
            let outcome = runner.run(test)
            tally.add(outcome)
            if case .failed(let reason) = outcome {
                Issue.record("\(test.key): `\(test.expr)`: \(reason)")
            }
        }
        print("\(file): \(tally.summary)")
    }

    @Test func skipListNamesNoCoreTestExceptForProtobuf() {
        for (key, reason) in SkipList.entries {
            let file = String(key.prefix { $0 != "/" })
            if SkipList.coreFiles.contains(file) {
                #expect(reason.lowercased().contains("protobuf"), "\(key) is skipped for: \(reason)")
            }
        }
    }
}
