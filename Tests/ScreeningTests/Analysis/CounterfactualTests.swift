import CEL
import Diagnostics
import Foundation
@testable import Screening
import Testing

/// Issue 5, must show 4: for every sample application that is not approved, every decisive
/// reason gets a counterfactual or an explicit "no exact answer", and every change given,
/// applied to the project, really lifts that rule.
@Suite struct CounterfactualTests {
    static let projects = PolicyCaseTests.root.appendingPathComponent("Fixtures/projects")

    /// The fixtures whose expected verdict (in `expected.yaml`) is not `approve`.
    static let notApproved: [String] = {
        guard let text = try? String(contentsOf: projects.appendingPathComponent("expected.yaml"), encoding: .utf8)
        else { return [] }
        var names: [String] = []
        var current: String? = nil
        for line in text.split(separator: "\n") {
            if !line.hasPrefix(" "), !line.hasPrefix("#"), line.hasSuffix(":") { current = String(line.dropLast()) }
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("verdict:"), let name = current,
                !line.hasSuffix(" approve")
            {
                names.append(name)
            }
        }
        return names
    }()

    static func screened(_ name: String) throws -> (CompiledPolicy, ProjectRecord, ScreeningResult) {
        let policy = try #require(PolicyCaseTests.compiled)
        let records = try RecordDecoder(schema: policy.schema).readProjects(atPath: projects.appendingPathComponent(name).path).get()
        let record = try #require(records.first)
        return (policy, record, policy.screen(record))
    }

    @Test func fixturesAreFound() {
        #expect(Self.notApproved.count >= 20)
    }

    @Test(arguments: notApproved)
    func everyDecisiveReasonIsAnsweredAndEveryAnswerHolds(_ name: String) throws {
        let (policy, record, result) = try Self.screened(name)
        let counterfactuals = ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record)
        let decisive = Set(result.reasons.filter { $0.effect.isDecisive }.map(\.rule) + result.missing.flatMap(\.rules))
        #expect(!decisive.isEmpty)
        #expect(Set(counterfactuals.map(\.rule)) == decisive)
        for counterfactual in counterfactuals {
            #expect(counterfactual.changes.isEmpty == (counterfactual.noExactAnswer != nil), "\(counterfactual.rule)")
            try Self.expectChangesHold(counterfactual, record: record, policy: policy, name: name)
        }
    }

    /// Applies each change (all at once when they go together), with a value chosen from its
    /// description and with its example, and expects the rule lifted and the verdict stated.
    static func expectChangesHold(_ counterfactual: Counterfactual, record: ProjectRecord, policy: CompiledPolicy, name: String) throws {
        let groups = counterfactual.together ? [counterfactual.changes] : counterfactual.changes.map { [$0] }
        for group in groups {
            for useExample in [false, true] {
                var changed = record
                for change in group {
                    let field = try #require(policy.schema.field(change.field))
                    let value = try #require(
                        useExample ? change.example : Self.satisfying(change.allowed, current: change.current, field: field),
                        "\(counterfactual.rule) \(change.field): no value satisfies \(change.allowed)")
                    changed.values[try #require(policy.schema.index[change.field])] = value
                }
                let after = policy.screen(changed)
                #expect(!Self.applies(counterfactual.rule, after), "\(name): \(counterfactual.rule) still applies after \(group.map(\.field))")
                if useExample { #expect(group.allSatisfy { $0.verdict == after.verdict }) }
            }
        }
    }

    /// The same over the 1,000 projects of the sample registry: every decisive reason is
    /// answered, and every answer lifts its rule.
    @Test func everyAnswerHoldsOnTheSampleRegistry() throws {
        let policy = try #require(PolicyCaseTests.compiled)
        let analysis = ConditionAnalysis(policy: policy)
        let path = PolicyCaseTests.root.appendingPathComponent("Fixtures/registries/kien-giang-sample.csv").path
        var reader = try RegistryReader(path: path)
        var decoder = TableRowDecoder(schema: policy.schema, header: reader.header, file: path)
        var reasons = 0
        var exact = 0
        while case let chunk = reader.nextChunk(limit: 256), !chunk.isEmpty {
            for case .row(let row) in chunk {
                guard case .success(let record) = decoder.decode(row) else { continue }
                let counterfactuals = analysis.counterfactuals(for: policy.screen(record), record: record)
                for counterfactual in counterfactuals {
                    #expect(counterfactual.changes.isEmpty == (counterfactual.noExactAnswer != nil))
                    try Self.expectChangesHold(counterfactual, record: record, policy: policy, name: "row \(row.number)")
                }
                reasons += counterfactuals.count
                exact += counterfactuals.filter { !$0.changes.isEmpty }.count
            }
        }
        print("counterfactuals of the sample registry: \(reasons) decisive reasons, \(exact) with exact changes")
        #expect(reasons > 100)
    }

    /// Paddy and forest land both converted: only the two changes together lift the rule.
    @Test func twoFieldsTogether() throws {
        let policy = try #require(PolicyCaseTests.compiled)
        let path = PolicyCaseTests.root.appendingPathComponent("Tests/screenerTests/Golden/check/inputs/paddy-and-forest.yaml").path
        let record = try #require(try RecordDecoder(schema: policy.schema).readProjects(atPath: path).get().first)
        let counterfactuals = ConditionAnalysis(policy: policy).counterfactuals(for: policy.screen(record), record: record)
        let counterfactual = try #require(counterfactuals.first { $0.rule == "KG157-LAND-PADDY-FOREST" })
        #expect(counterfactual.together)
        #expect(counterfactual.changes.map(\.field) == ["converted_rice_ha", "converted_forest_ha"])
        #expect(counterfactual.changes.first?.allowed == .numbers([NumberRange(lower: 0, lowerIncluded: true, upper: 0, upperIncluded: true)]))
        try Self.expectChangesHold(counterfactual, record: record, policy: policy, name: "paddy-and-forest")
    }

    /// The example of a range is its bound, or the nearest value inside an excluded bound.
    @Test(arguments: [
        (NumberRange(lower: nil, lowerIncluded: false, upper: 1000, upperIncluded: false), 2400.0, false, 999.0),
        (NumberRange(lower: nil, lowerIncluded: false, upper: 10, upperIncluded: true), 48, false, 10),
        (NumberRange(lower: 12, lowerIncluded: false, upper: nil, upperIncluded: false), 3, true, 13),
        (NumberRange(lower: 0, lowerIncluded: false, upper: 0.5, upperIncluded: false), 3, false, 0.25),
        (NumberRange(lower: 5, lowerIncluded: true, upper: nil, upperIncluded: false), 1, false, 5),
    ])
    func exampleOfARange(_ range: NumberRange, current: Double, integers: Bool, expected: Double) {
        #expect(FieldProbe.nearest(to: current, in: [range], integers: integers) == expected)
    }

    /// The tally of the sample applications: most decisive reasons get an exact answer.
    @Test func mostReasonsGetAnExactAnswer() throws {
        var exact = 0
        var cannot = 0
        for name in Self.notApproved {
            let (policy, record, result) = try Self.screened(name)
            for counterfactual in ConditionAnalysis(policy: policy).counterfactuals(for: result, record: record) {
                if counterfactual.changes.isEmpty { cannot += 1 } else { exact += 1 }
            }
        }
        print("counterfactuals of \(Self.notApproved.count) sample applications: \(exact) reasons with exact changes, \(cannot) with no exact answer")
        #expect(exact >= 4 * cannot)
    }

    /// Whether the rule fired, stayed undecided or failed.
    static func applies(_ rule: String, _ result: ScreeningResult) -> Bool {
        result.reasons.contains { $0.rule == rule } || result.missing.contains { $0.rules.contains(rule) }
            || result.errors.contains { $0.rule == rule }
    }

    /// A value the description allows, chosen here without the analysis: the boundary on the
    /// allowed side (the next representable number past an excluded bound), the first allowed
    /// string, a string not excluded, the flag, the list with or without the tag.
    static func satisfying(_ allowed: AllowedValues, current: Value?, field: FieldSchema) -> Value? {
        switch allowed {
        case .numbers(let ranges):
            guard let range = ranges.first else { return nil }
            let x: Double
            if let upper = range.upper {
                x = range.upperIncluded ? upper : (field.kind == .integer ? (upper - 1).rounded(.up) : upper.nextDown)
            } else if let lower = range.lower {
                x = range.lowerIncluded ? lower : (field.kind == .integer ? (lower + 1).rounded(.down) : lower.nextUp)
            } else {
                return nil
            }
            return field.kind == .integer ? Int64(exactly: x).map(Value.int) : .double(x)
        case .oneOf(let values):
            return values.first.map(Value.string)
        case .noneOf(let excluded):
            return .string(excluded.joined() + "-not-excluded")
        case .flag(let flag):
            return .bool(flag)
        case .tag(let tag, let held):
            var items: [Value] = []
            if case .list(let list)? = current ?? field.defaultValue { items = list }
            items = items.filter { if case .string(tag) = $0 { return false } else { return true } }
            return .list(held ? items + [.string(tag)] : items)
        }
    }
}
