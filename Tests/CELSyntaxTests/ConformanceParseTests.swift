import Foundation
import Testing

@testable import CELSyntax

/// The official CEL conformance corpus, converted to JSON, in `../shared/cel-conformance`
/// relative to the package root.
enum ConformanceCorpus {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/CELSyntaxTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared/cel-conformance")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("parse.json").path)
    }

    /// Tests whose expression cannot parse for a reason outside the parser, as
    /// `file/section/test` → reason. Empty: every expression of the corpus is in scope.
    static let skipped: [String: String] = [:]

    /// One test of the corpus.
    struct Case {
        var key: String
        var expr: String
        var expectsError: Bool
        var disableMacros: Bool
    }

    /// Every test of every file, in file order.
    static func cases() throws -> [Case] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        var cases: [Case] = []
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            let fileName = String(file.dropLast(".json".count))
            for section in root?["sections"] as? [[String: Any]] ?? [] {
                let sectionName = section["name"] as? String ?? "?"
                for test in section["tests"] as? [[String: Any]] ?? [] {
                    let expected = test["expected"] as? [String: Any] ?? [:]
                    cases.append(
                        Case(
                            key: "\(fileName)/\(sectionName)/\(test["name"] as? String ?? "?")",
                            expr: test["expr"] as? String ?? "",
                            expectsError: expected["error"] as? Bool ?? false,
                            disableMacros: test["disable_macros"] as? Bool ?? false))
                }
            }
        }
        return cases
    }
}

@Suite("Conformance corpus")
struct ConformanceParseTests {
    @Test(
        "every expression not expected to fail parses",
        .enabled(if: ConformanceCorpus.isAvailable, "the conformance corpus ../shared/cel-conformance is absent"))
    func nonErrorExpressionsParse() throws {
        let cases = try ConformanceCorpus.cases()
        var failures: [String] = []
        var parsed = 0
        var skipped = 0
        for test in cases where !test.expectsError {
            if ConformanceCorpus.skipped[test.key] != nil {
                skipped += 1
                continue
            }
            let options = ParserOptions(enableMacros: !test.disableMacros)
            switch parse(test.expr, options: options) {
            case .success: parsed += 1
            case .failure(let failure): failures.append("\(test.key): \(render(failure))")
            }
        }
        print("conformance: \(parsed) expressions parse, \(failures.count) fail, \(skipped) skipped")
        #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
        #expect(parsed > 2000)
    }

    @Test(
        "expressions that fail at check or evaluation time still parse",
        .enabled(if: ConformanceCorpus.isAvailable, "the conformance corpus ../shared/cel-conformance is absent"))
    func errorExpressionsParse() throws {
        let cases = try ConformanceCorpus.cases().filter(\.expectsError)
        var parsed = 0
        for test in cases {
            if case .success = parse(test.expr) { parsed += 1 }
        }
        // In this corpus no expected error is a syntax error.
        #expect(parsed == cases.count)
    }
}
