import CEL
import Diagnostics
import Foundation
import Testing
import YAML

@testable import Screening

@Suite("Records: project files and the shipped samples")
struct ProjectFileTests {
    static let projectsFolder = RecordTesting.packageRoot.appendingPathComponent("Fixtures/projects")
    static let policyTestsFolder = RecordTesting.packageRoot.appendingPathComponent("Rules/kien-giang-157/tests")

    static func files(in folder: URL, extensions: [String]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    static let projectFiles = files(in: projectsFolder, extensions: ["yaml", "json"]).filter { $0 != "expected.yaml" }
    static let policyTestFiles = files(in: policyTestsFolder, extensions: ["yaml"])

    /// A fresh folder for files written by a test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theSamplesAreFound() {
        #expect(Self.projectFiles.count >= 30)
        #expect(Self.projectFiles.contains { $0.hasSuffix(".json") })
        #expect(Self.policyTestFiles.count >= 10)
    }

    @Test(arguments: projectFiles)
    func everySampleProjectIsValid(_ name: String) throws {
        let schema = try RecordTesting.kienGiangSchema()
        let path = Self.projectsFolder.appendingPathComponent(name).path
        let result = RecordDecoder(schema: schema).readProjects(atPath: path)
        let records = try #require(try? result.get(), "\(RecordTesting.render(RecordTesting.diagnostics(result)))")
        #expect(records.count == 1)
        #expect(records.first?.origin == path)
        #expect(records.first?.id(in: schema)?.isEmpty == false)
    }

    @Test(arguments: policyTestFiles)
    func everyPolicyTestProjectIsValid(_ name: String) throws {
        let schema = try RecordTesting.kienGiangSchema()
        let path = Self.policyTestsFolder.appendingPathComponent(name).path
        let source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
        let cases = try #require(try YAMLReader().parseSingle(source).get()["cases"]?.sequenceElements)
        #expect(!cases.isEmpty)
        for testCase in cases {
            let project = try #require(testCase["project"], "a case of \(name) has no project")
            let result = RecordDecoder(schema: schema).record(from: project, source: source, origin: name)
            #expect(throws: Never.self, "\(RecordTesting.render(RecordTesting.diagnostics(result)))") {
                try result.get()
            }
        }
    }

    @Test func vsicKeepsItsLeadingZeroInTheSamples() throws {
        let schema = try RecordTesting.kienGiangSchema()
        let path = Self.projectsFolder.appendingPathComponent("kg-2024-021-khai-thac-cat-giang-thanh.json").path
        let record = try #require(try RecordDecoder(schema: schema).readProjects(atPath: path).get().first)
        #expect(RecordTesting.describe(record.value("vsic", in: schema)) == "string(08102)")
        #expect(RecordTesting.describe(record.value("labour", in: schema)) == "int(25)")
        #expect(RecordTesting.describe(record.value("energy_intensity", in: schema)) == "double(3.0)")
        #expect(RecordTesting.describe(record.value("products", in: schema)) == "list()")
        #expect(record.value("mineral_processing", in: schema) == nil)
    }

    @Test func aSequenceGivesOneRecordPerElement() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try Self.write("- {id: A, labour: 3}\n- id: B\n  in_plan: có\n", to: "many.YAML", in: folder)
        let json = try Self.write(#"[{"id":"C"},{"id":"D","share_pct":1.5}]"#, to: "many.json", in: folder)
        let decoder = RecordDecoder(schema: RecordTesting.schema)
        let fromYAML = try decoder.readProjects(atPath: yaml).get()
        #expect(fromYAML.map(\.origin) == ["\(yaml)#1", "\(yaml)#2"])
        #expect(fromYAML.compactMap { $0.id(in: RecordTesting.schema) } == ["A", "B"])
        let fromJSON = try decoder.readProjects(atPath: json).get()
        #expect(fromJSON.compactMap { $0.id(in: RecordTesting.schema) } == ["C", "D"])
    }

    @Test func anInvalidElementFailsTheFileButNotItsNeighbours() throws {
        let text = "- {id: A}\n- {id: B, labour: x}\n- 7\n"
        let source = SourceFile(path: "r.yaml", text: text)
        let root = try YAMLReader().parseSingle(source).get()
        let decoder = RecordDecoder(schema: RecordTesting.schema)
        let results = decoder.projects(in: root, source: source, origin: "r.yaml")
        #expect(results.map { (try? $0.get()) != nil } == [true, false, false])
        #expect((try? results[0].get())?.origin == "r.yaml#1")

        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.write(text, to: "r.yaml", in: folder)
        let diagnostics = RecordTesting.diagnostics(decoder.readProjects(atPath: path))
        #expect(diagnostics.map(\.code) == ["record.type", "record.type"])
        #expect(diagnostics.map { $0.location?.line ?? 0 } == [2, 3])
        #expect(diagnostics.allSatisfy { $0.location?.file == path })
    }

    struct FileCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]?
        var code: String
        var limit: Int = 16 * 1024 * 1024
        var testDescription: String { name }
    }

    static let fileCases: [FileCase] = [
        FileCase(name: "absent.yaml", bytes: nil, code: "record.file"),
        FileCase(name: "project.csv", bytes: Array("id\nA\n".utf8), code: "record.file"),
        FileCase(name: "big.yaml", bytes: Array("id: ABCDEFGHIJ\n".utf8), code: "record.file", limit: 10),
        FileCase(name: "latin1.yaml", bytes: [0x69, 0x64, 0x3A, 0x20, 0xE9], code: "yaml.encoding"),
        FileCase(name: "broken.json", bytes: Array(#"{"id": "A""#.utf8), code: "yaml.syntax"),
        FileCase(name: "two.yaml", bytes: Array("id: A\n---\nid: B\n".utf8), code: "yaml.documents"),
        FileCase(name: "empty.yaml", bytes: [], code: "record.type"),
    ]

    @Test(arguments: fileCases)
    func unreadableFilesAreReportedWithTheirPath(_ testCase: FileCase) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(testCase.name).path
        if let bytes = testCase.bytes {
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        }
        let decoder = RecordDecoder(
            schema: RecordTesting.schema, yamlReader: YAMLReader(limits: YAMLLimits(maxInputBytes: testCase.limit)))
        let diagnostics = RecordTesting.diagnostics(decoder.readProjects(atPath: path))
        try #require(diagnostics.count == 1, "\(RecordTesting.render(diagnostics))")
        #expect(diagnostics[0].code == testCase.code)
        #expect(diagnostics[0].location?.file == path)
        if testCase.code == "record.file" {
            #expect(diagnostics[0].message.en.contains("`\(path)`"))
            #expect(diagnostics[0].message.vi.contains("`\(path)`"))
        }
    }

    @Test func aFolderIsNotAProjectFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("sub.yaml").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let decoder = RecordDecoder(schema: RecordTesting.schema)
        let diagnostics = RecordTesting.diagnostics(decoder.readProjects(atPath: path))
        #expect(diagnostics.map(\.code) == ["record.file"])
        #expect(diagnostics.first?.message.en == "`\(path)` is a folder, not a file")
    }
}
