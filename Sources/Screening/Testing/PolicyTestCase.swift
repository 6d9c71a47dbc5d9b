import CEL
import Diagnostics
import Foundation
import YAML

/// One test case of a policy (`tests/*.yaml`): a project and what screening it must give.
public struct PolicyTestCase: Sendable {
    /// The case's name.
    public var name: String
    /// Where the case is written.
    public var location: SourceLocation
    /// The project, validated against the schema.
    public var record: ProjectRecord
    /// The verdict it must get, if stated.
    public var verdict: Verdict?
    /// Rules that must fire.
    public var fired: [String]
    /// Rules that must not fire.
    public var notFired: [String]
    /// Fields that must be named missing.
    public var missing: [String]
    /// The priority flag it must get, if stated.
    public var priority: Bool?
    /// The score it must get, if stated.
    public var score: Int?
}

/// Reads a policy's test cases from its `tests/` folder.
public enum PolicyTestLoader {
    static let caseKeys = ["name", "description", "project", "expect"]
    static let expectKeys = ["verdict", "fired", "not_fired", "missing", "priority", "score"]

    /// Every case of every `tests/*.yaml` file under `policyPath`, in file order; problems
    /// (YAML errors, malformed cases, invalid projects) as diagnostics.
    public static func load(policyPath: String, schema: Schema) -> (cases: [PolicyTestCase], diagnostics: [Diagnostic]) {
        let folder = (policyPath as NSString).appendingPathComponent("tests")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        var cases: [PolicyTestCase] = []
        var diagnostics: [Diagnostic] = []
        let yaml = YAMLReader()
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(PolicyLoader.fileError(path, missing: false))
                continue
            }
            let parsed = yaml.source(fromUTF8: [UInt8](data), path: path).flatMap { source in
                yaml.parseSingle(source).map { (source, $0) }
            }
            switch parsed {
            case .failure(let failure): diagnostics += failure.diagnostics
            case .success(let (source, root)):
                var reader = YAMLDocumentReader(source: source)
                cases += loadCases(root, schema: schema, reader: &reader)
                diagnostics += reader.diagnostics
            }
        }
        return (cases, diagnostics)
    }

    static func loadCases(_ root: YAMLNode, schema: Schema, reader: inout YAMLDocumentReader) -> [PolicyTestCase] {
        guard let top = reader.mapping(root, "tests file") else { return [] }
        reader.checkKeys(top, allowed: ["cases"], in: "tests file")
        guard let casesNode = root["cases"], let elements = reader.sequence(casesNode, "cases") else { return [] }
        let decoder = RecordDecoder(schema: schema)
        var cases: [PolicyTestCase] = []
        for element in elements {
            guard let entries = reader.mapping(element, "case") else { continue }
            reader.checkKeys(entries, allowed: caseKeys, in: "case")
            let name = element["name"]?.scalarValue ?? "case at line \(element.location.line)"
            guard let projectNode = element["project"] else {
                reader.error(element, code: "test.case", vi: "ca `\(name)` thiếu `project`", en: "case `\(name)` has no `project`")
                continue
            }
            let record: ProjectRecord
            switch decoder.record(from: projectNode, source: reader.source, origin: name) {
            case .success(let decoded): record = decoded
            case .failure(let failure):
                for diagnostic in failure.diagnostics { reader.append(diagnostic) }
                continue
            }
            var testCase = PolicyTestCase(
                name: name, location: element.location, record: record, verdict: nil, fired: [], notFired: [],
                missing: [], priority: nil, score: nil)
            if let expect = element["expect"], let expectEntries = reader.mapping(expect, "\(name).expect") {
                reader.checkKeys(expectEntries, allowed: expectKeys, in: "\(name).expect")
                if let verdictNode = expect["verdict"], let text = verdictNode.scalarValue {
                    testCase.verdict = Verdict(rawValue: text)
                    if testCase.verdict == nil {
                        reader.error(verdictNode, code: "test.verdict", vi: "kết luận `\(text)` không hợp lệ",
                                     en: "unknown verdict `\(text)`")
                    }
                }
                testCase.fired = strings(expect["fired"])
                testCase.notFired = strings(expect["not_fired"])
                testCase.missing = strings(expect["missing"])
                testCase.priority = expect["priority"]?.bool
                testCase.score = expect["score"]?.int
            }
            cases.append(testCase)
        }
        return cases
    }

    private static func strings(_ node: YAMLNode?) -> [String] {
        node?.sequenceElements?.compactMap(\.scalarValue) ?? []
    }
}
