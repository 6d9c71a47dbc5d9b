import CEL
import Diagnostics
import Foundation
import Screening
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
            for change in counterfactual.changes {
                let field = try #require(policy.schema.field(change.field))
                let chosen = try #require(
                    Self.satisfying(change.allowed, current: change.current, field: field),
                    "\(counterfactual.rule) \(change.field): no value satisfies \(change.allowed)")
                for (value, isExample) in [(chosen, false), (change.example, true)] {
                    var changed = record
                    changed.values[try #require(policy.schema.index[change.field])] = value
                    let after = policy.screen(changed)
                    #expect(!Self.applies(counterfactual.rule, after), "\(name): \(counterfactual.rule) still applies with \(change.field) = \(value)")
                    if isExample { #expect(after.verdict == change.verdict) }
                }
            }
        }
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
