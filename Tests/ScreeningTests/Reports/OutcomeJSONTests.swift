import CEL
import Diagnostics
import Foundation
import Testing

@testable import Screening

/// The JSON written straight from a screening's outcome (the batch's JSON Lines) is byte for
/// byte the JSON of the result that `check` and the service build, and the batch's summary
/// is the same from either, for every sample project, every row of the sample registry, and
/// a policy whose rules fail, in both languages.
@Suite struct OutcomeJSONTests {
    static let root = BatchTesting.packageRoot

    /// The records of the sample registry and of the fixture projects.
    static func sampleRecords(schema: Schema) throws -> [ProjectRecord] {
        let path = root.appendingPathComponent("Fixtures/registries/kien-giang-sample.csv").path
        var reader = try RegistryReader(path: path)
        var decoder = TableRowDecoder(schema: schema, header: reader.header, file: path)
        var records: [ProjectRecord] = []
        while case let chunk = reader.nextChunk(limit: 256), !chunk.isEmpty {
            for case .row(let row) in chunk {
                if case .success(let record) = decoder.decode(row) { records.append(record) }
            }
        }
        let projects = root.appendingPathComponent("Fixtures/projects")
        let names = try FileManager.default.contentsOfDirectory(atPath: projects.path)
            .filter { $0.hasSuffix(".yaml") && $0 != "expected.yaml" }.sorted()
        for name in names {
            if case .success(let read) = RecordDecoder(schema: schema).readProjects(atPath: projects.appendingPathComponent(name).path) {
                records += read
            }
        }
        return records
    }

    /// Both writers' bytes for each record, and the summaries the batch makes from the
    /// outcome and from the result; the number of records compared.
    static func expectSameJSON(_ policy: CompiledPolicy, _ records: [ProjectRecord]) -> Int {
        let activation = policy.makeActivation()
        var outcome = ScreeningOutcome()
        for record in records {
            policy.evaluate(record, using: activation, into: &outcome)
            let direct = ScreeningSummary(outcome, record: record, policy: policy)
            let built = ScreeningSummary(policy.screen(record), ruleIDs: policy.ruleIDs)
            #expect(direct.id == built.id && direct.verdict == built.verdict && direct.priority == built.priority)
            #expect(direct.score == built.score && direct.fired == built.fired && direct.undecided == built.undecided)
            #expect(direct.missingFields == built.missingFields && direct.hasRuleErrors == built.hasRuleErrors)
        }
        for language in Language.allCases {
            let fragments = JSONFragments(policy: policy, language: language)
            for record in records {
                policy.evaluate(record, using: activation, into: &outcome)
                var direct = JSONWriter()
                JSONReport.write(outcome, record: record, activation: activation, policy: policy, fragments: fragments,
                                 into: &direct)
                var built = JSONWriter()
                JSONReport.write(policy.screen(record), language: language, into: &built)
                #expect(direct.text == built.text, "\(record.origin) \(language)")
            }
        }
        return records.count
    }

    @Test func sampleProjectsAndRegistryRowsGiveTheSameBytes() throws {
        let policy = try BatchTesting.policy()
        let records = try Self.sampleRecords(schema: policy.schema)
        #expect(records.count > 1_000)
        #expect(Self.expectSameJSON(policy, records) == records.count)
    }

    @Test func failingRulesHintsAndMissingFieldsGiveTheSameBytes() throws {
        let policy = try BatchTesting.tinyPolicy()
        let schema = policy.schema
        let records = [
            BatchTesting.record(["id": "A"], schema: schema),
            BatchTesting.record(["id": "B", "site": "zone"], schema: schema),
            BatchTesting.record(["id": "C", "site": "outside", "name": "Lò \"vôi\"\n"], schema: schema),
            BatchTesting.record(["id": "D", "site": "zone", "energy": "lots"], schema: schema),
            ProjectRecord(values: schema.fields.map { $0.name == "energy" ? .double(5_000) : nil }, origin: "no-id"),
        ]
        #expect(!policy.screen(records[0]).missing.isEmpty && !policy.screen(records[0]).hints.isEmpty)
        #expect(!policy.screen(records[3]).errors.isEmpty)
        #expect(Self.expectSameJSON(policy, records) == 5)
    }
}
