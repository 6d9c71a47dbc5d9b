import CEL
import Diagnostics

extension ConditionAnalysis {
    /// The most fields a joint change is sought among, so that the pairs stay few.
    static let maxJointFields = 6
    /// The most combinations of pieces screened for one pair of fields.
    static let maxJointCombinations = 4_096

    /// What would lift each decisive reason of `result`, the screening of `record`: first the
    /// `reject`, `review` and `condition` rules that fired, in the result's order, then the
    /// decisive rules left undecided for missing fields, in policy order.
    ///
    /// For each field the rule compares with constants (through facts too), the field's values
    /// are cut where any rule of the policy compares it, and one value of each piece is
    /// screened: the pieces where the rule no longer fires are the answer, exact for every
    /// value in them. A field the rule reads through anything else is read again with the other
    /// fields fixed, and arithmetic on it solved where it can be; otherwise it gets no answer.
    /// For an undecided rule only its missing fields are tried. When no single field lifts the
    /// rule, pairs of fields are tried together; when nothing can be said exactly, the entry
    /// says why.
    public func counterfactuals(for result: ScreeningResult, record: ProjectRecord) -> [Counterfactual] {
        let tests = policyTests()
        var answers: [Counterfactual] = []
        for reason in result.reasons where reason.effect.isDecisive {
            guard let rule = policy.rules.first(where: { $0.rule.id == reason.rule }) else { continue }
            answers.append(counterfactual(rule, record: record, tests: tests, missing: nil))
        }
        for rule in policy.rules {
            let missing = result.missing.filter { $0.rules.contains(rule.rule.id) }.map(\.field)
            guard !missing.isEmpty else { continue }
            answers.append(counterfactual(rule, record: record, tests: tests, missing: missing))
        }
        return answers
    }

    /// The tests of every atom of every rule, by variable: where each field's values are cut.
    private func policyTests() -> [Variable: [FieldTest]] {
        var tests: [Variable: [FieldTest]] = [:]
        for rule in policy.rules {
            for (variable, test) in firingFormula(rule).atoms { tests[variable, default: []].append(test) }
        }
        return tests
    }

    /// The counterfactual of one rule: single changes, else a pair, else why not; `missing`
    /// (for an undecided rule) limits the fields tried to those the result asks for.
    private func counterfactual(_ rule: CompiledRule, record: ProjectRecord, tests: [Variable: [FieldTest]], missing: [String]?)
        -> Counterfactual
    {
        let formula = firingFormula(rule)
        let opaque = formula.opaqueFields
        let candidates = Set(missing ?? formula.variables.map(\.field)).union(missing == nil ? opaque : [])
        let probes = formula.variables.filter { candidates.contains($0.field) && !opaque.contains($0.field) }.compactMap {
            FieldProbe(VariableDomain($0, tests: tests[$0] ?? [], schema: policy.schema), schema: policy.schema, record: record)
        }
        let id = rule.rule.id
        var changes = probes.compactMap { change(of: $0, lifting: id, record: record) }
        var unmodelled = candidates.intersection(opaque).sorted(by: fieldOrder)
        for field in unmodelled {
            let solved = solvedChanges(of: rule, for: field, record: record, tests: tests)
            changes += solved
            if !solved.isEmpty { unmodelled.removeAll { $0 == field } }
        }
        var together = false
        if changes.isEmpty, let joint = jointChange(of: probes.prefix(Self.maxJointFields), lifting: id, record: record) {
            changes = joint
            together = true
        }
        var why: LocalizedText? = nil
        if changes.isEmpty {
            why = unmodelled.isEmpty
                ? Self.jointly(candidates.sorted(by: fieldOrder), undecided: missing != nil)
                : Self.notComparisons(unmodelled)
        }
        return Counterfactual(
            rule: id, effect: rule.rule.effect, title: rule.rule.title, undecided: missing != nil,
            changes: changes, together: together, noExactAnswer: why, unanalysed: unmodelled)
    }

    /// The changes of a field the rule reads opaquely, found by reading the rule again with
    /// every other field fixed at the record's value: comparisons of arithmetic on the field
    /// with what is then constant are solved for it (``FormulaBuilder/solved(_:_:_:)``).
    private func solvedChanges(of rule: CompiledRule, for field: String, record: ProjectRecord, tests: [Variable: [FieldTest]])
        -> [FieldChange]
    {
        let formula = firingFormula(rule, builder: FormulaBuilder(policy: policy, fixing: record, except: field))
        guard !formula.opaqueFields.contains(field) else { return [] }
        let atoms = formula.atoms
        return formula.variables.filter { $0.field == field }.compactMap { variable in
            let domain = VariableDomain(
                variable, tests: atoms.filter { $0.0 == variable }.map(\.1) + (tests[variable] ?? []), schema: policy.schema)
            return FieldProbe(domain, schema: policy.schema, record: record).flatMap { change(of: $0, lifting: rule.rule.id, record: record) }
        }
    }

    /// The change of one field that lifts the rule, if any of its pieces does.
    private func change(of probe: FieldProbe, lifting rule: String, record: ProjectRecord) -> FieldChange? {
        let activation = policy.makeActivation()
        let lifted = probe.values.indices.filter { index in
            probe.values[index].map { !policy.ruleApplies(rule, to: probe.applied($0, to: record), using: activation) }
                ?? false
        }
        guard let (allowed, example) = probe.describe(lifted) else { return nil }
        return FieldChange(
            field: probe.field.name, label: probe.field.label, current: probe.current, allowed: allowed, example: example,
            verdict: policy.screen(probe.applied(example, to: record)).verdict)
    }

    /// Changes of two fields that lift the rule together: the first pair (in the order the
    /// rule names them) with a product of pieces, every combination of which lifts it.
    private func jointChange(of probes: ArraySlice<FieldProbe>, lifting rule: String, record: ProjectRecord) -> [FieldChange]? {
        let probes = Array(probes)
        let activation = policy.makeActivation()
        for (i, a) in probes.enumerated() {
            for b in probes[(i + 1)...]
            where a.position != b.position && a.values.count * b.values.count <= Self.maxJointCombinations {
                let grid = a.values.map { first in
                    b.values.map { second -> Bool in
                        guard let first, let second else { return false }
                        return !policy.ruleApplies(
                            rule, to: b.applied(second, to: a.applied(first, to: record)), using: activation)
                    }
                }
                // The pieces of `b` that lift with some piece of `a`, then every piece of `a` that lifts with all of them.
                guard let row = grid.firstIndex(where: { $0.contains(true) }) else { continue }
                let chosenB = grid[row].indices.filter { grid[row][$0] }
                let chosenA = grid.indices.filter { index in chosenB.allSatisfy { grid[index][$0] } }
                guard let (allowedA, exampleA) = a.describe(chosenA), let (allowedB, exampleB) = b.describe(chosenB)
                else { continue }
                let verdict = policy.screen(b.applied(exampleB, to: a.applied(exampleA, to: record))).verdict
                return [
                    FieldChange(field: a.field.name, label: a.field.label, current: a.current, allowed: allowedA,
                                example: exampleA, verdict: verdict),
                    FieldChange(field: b.field.name, label: b.field.label, current: b.current, allowed: allowedB,
                                example: exampleB, verdict: verdict),
                ]
            }
        }
        return nil
    }

    /// Schema order of field names, unknown names last.
    private func fieldOrder(_ a: String, _ b: String) -> Bool {
        (policy.fieldOrder[a] ?? .max, a) < (policy.fieldOrder[b] ?? .max, b)
    }

    // MARK: - Why no exact answer

    /// Why not: the fields are read through something other than comparisons with constants.
    private static func notComparisons(_ fields: [String]) -> LocalizedText {
        let list = fields.joined(separator: ", ")
        return LocalizedText(
            vi: "quy tắc xét \(list) qua biểu thức không phải phép so sánh một trường với hằng số (hàm, phép tính, tra cứu theo trường khác), nên không suy ra chính xác giá trị nào làm quy tắc không còn áp dụng",
            en: "the rule tests \(list) through expressions that are not comparisons of one field with constants (functions, arithmetic, lookups by another field), so the values that would lift it cannot be derived exactly")
    }

    /// Why not: no one or two fields suffice.
    private static func jointly(_ fields: [String], undecided: Bool) -> LocalizedText {
        let list = fields.joined(separator: ", ")
        if undecided {
            return LocalizedText(
                vi: "không giá trị nào của riêng một hoặc hai trường còn thiếu quyết định được là quy tắc không áp dụng; cần bổ sung: \(list)",
                en: "no value of any one or two missing fields settles that the rule does not apply; provide: \(list)")
        }
        return LocalizedText(
            vi: "không thay đổi riêng một hoặc hai trường nào làm quy tắc hết áp dụng; phải thay đổi đồng thời nhiều trường: \(list)",
            en: "no change to any one or two fields lifts the rule; more fields would have to change together: \(list)")
    }
}
