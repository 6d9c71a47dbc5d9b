import CEL
import Diagnostics

extension ConditionAnalysis {
    /// What would lift each decisive reason of `result`, the screening of `record`: first the
    /// `reject`, `review` and `condition` rules that fired, in the result's order, then the
    /// decisive rules left undecided for missing fields, in policy order.
    ///
    /// For each field the rule compares with constants (through facts too), the field's values
    /// are cut where any rule of the policy compares it, and one value of each piece is
    /// screened: the pieces where the rule no longer fires are the answer, exact for every
    /// value in them. For an undecided rule only its missing fields are tried. A rule that
    /// reads a field through anything else (a function call, arithmetic, a lookup by another
    /// field) gets no answer for that field; when no single field can lift it, the entry says
    /// why instead of guessing.
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
    private func policyTests() -> [Variable: [Test]] {
        var tests: [Variable: [Test]] = [:]
        for rule in policy.rules {
            for (variable, test) in firingFormula(rule).atoms { tests[variable, default: []].append(test) }
        }
        return tests
    }

    private func counterfactual(_ rule: CompiledRule, record: ProjectRecord, tests: [Variable: [Test]], missing: [String]?)
        -> Counterfactual
    {
        let formula = firingFormula(rule)
        let opaque = formula.opaqueFields
        let candidates = Set(missing ?? formula.variables.map(\.field)).union(missing == nil ? opaque : [])
        var changes: [FieldChange] = []
        for variable in formula.variables where candidates.contains(variable.field) && !opaque.contains(variable.field) {
            let domain = VariableDomain(variable, tests: tests[variable] ?? [], schema: policy.schema)
            if let change = change(of: domain, lifting: rule.rule.id, record: record) { changes.append(change) }
        }
        let unmodelled = candidates.intersection(opaque).sorted(by: fieldOrder)
        var why: LocalizedText? = nil
        if changes.isEmpty {
            why = unmodelled.isEmpty
                ? Self.jointly(candidates.sorted(by: fieldOrder), undecided: missing != nil)
                : Self.notComparisons(unmodelled)
        }
        return Counterfactual(
            rule: rule.rule.id, effect: rule.rule.effect, title: rule.rule.title, undecided: missing != nil,
            changes: changes, noExactAnswer: why, unanalysed: unmodelled)
    }

    /// The change of one variable that lifts the rule, if any of its pieces does.
    private func change(of domain: VariableDomain, lifting rule: String, record: ProjectRecord) -> FieldChange? {
        let schema = policy.schema
        let field = domain.variable.field
        guard let position = schema.index[field], let fieldSchema = schema.field(field) else { return nil }
        let current = position < record.values.count ? record.values[position] : nil
        let screen = { (value: Value) -> ScreeningResult in
            var changed = record
            changed.values[position] = value
            return policy.screen(changed)
        }
        var lifted: [(index: Int, value: Value, verdict: Verdict)] = []
        for (index, region) in domain.regions.enumerated() {
            guard let value = value(region.sample, of: domain.variable, kind: fieldSchema, current: current) else { continue }
            let result = screen(value)
            if !Self.applies(rule, in: result) { lifted.append((index, value, result.verdict)) }
        }
        guard var example = lifted.first else { return nil }
        let spans = lifted.map { domain.regions[$0.index].span }
        let allowed: AllowedValues
        switch domain.variable {
        case .tag(_, let tag):
            allowed = .tag(tag, held: spans.first == .value(.bool(true)))
        case .field:
            if case .bool(let flag) = domain.regions[example.index].sample, fieldSchema.kind == .bool {
                allowed = .flag(flag)
            } else if case .numbers = spans[0] {
                let ranges = Self.ranges(lifted.map(\.index), of: domain)
                allowed = .numbers(ranges.map { Self.withoutSchemaBounds($0, fieldSchema) })
                let now = current.flatMap(FormulaBuilder.scalar)?.number
                if let nearest = Self.nearest(to: now, in: ranges, integers: fieldSchema.kind == .integer),
                    let value = value(.number(nearest), of: domain.variable, kind: fieldSchema, current: current)
                {
                    example = (example.index, value, screen(value).verdict)
                }
            } else {
                allowed = Self.strings(spans, all: domain.regions.map(\.span))
            }
        }
        return FieldChange(
            field: field, label: fieldSchema.label, current: current, allowed: allowed, example: example.value,
            verdict: example.verdict)
    }

    /// The number of the ranges nearest to `x` (to their upper end when `x` is nil): a bound
    /// when the range includes it, else a whole step (or half the range) inside it.
    static func nearest(to x: Double?, in ranges: [NumberRange], integers: Bool) -> Double? {
        func inside(_ bound: Double, included: Bool, towards other: Double?, down: Bool) -> Double {
            if included { return bound }
            let step = down ? bound - 1 : bound + 1
            let stepped = integers ? (down ? step.rounded(.up) : step.rounded(.down)) : step
            guard let other, down ? stepped <= other : stepped >= other else { return stepped }
            return integers ? stepped : bound + (other - bound) / 2
        }
        let candidates = ranges.compactMap { range -> Double? in
            if let upper = range.upper, x.map({ $0 > upper }) ?? true {
                return inside(upper, included: range.upperIncluded, towards: range.lower, down: true)
            }
            if let lower = range.lower {
                return inside(lower, included: range.lowerIncluded, towards: range.upper, down: false)
            }
            return x ?? 0
        }.filter { candidate in ranges.contains { $0.contains(candidate) } }
        guard let x else { return candidates.first }
        return candidates.min { abs($0 - x) < abs($1 - x) }
    }

    /// Whether the rule fired, or stayed undecided, or failed, in a result.
    static func applies(_ rule: String, in result: ScreeningResult) -> Bool {
        result.reasons.contains { $0.rule == rule } || result.missing.contains { $0.rules.contains(rule) }
            || result.errors.contains { $0.rule == rule }
    }

    /// The field value a sample stands for; for a tag, the project's list with the tag added or removed.
    private func value(_ sample: Scalar, of variable: Variable, kind field: FieldSchema, current: Value?) -> Value? {
        switch (variable, sample) {
        case (.tag(_, let tag), .bool(let held)):
            var items: [Value] = []
            if case .list(let list)? = current ?? field.defaultValue { items = list }
            items.removeAll { if case .string(tag) = $0 { return true } else { return false } }
            if held { items.append(.string(tag)) }
            return .list(items)
        case (.field, .number(let x)):
            if field.kind == .integer { return Int64(exactly: x).map(Value.int) }
            return .double(x)
        case (.field, .string(let s)): return .string(s)
        case (.field, .bool(let b)): return .bool(b)
        default: return nil
        }
    }

    /// Adjacent lifted pieces merged into ranges.
    private static func ranges(_ indices: [Int], of domain: VariableDomain) -> [NumberRange] {
        var ranges: [NumberRange] = []
        var previous = -2
        for index in indices {
            guard case .numbers(let lower, let lowerIncluded, let upper, let upperIncluded) = domain.regions[index].span
            else { continue }
            if index == previous + 1, !ranges.isEmpty {
                ranges[ranges.count - 1].upper = upper
                ranges[ranges.count - 1].upperIncluded = upperIncluded
            } else {
                ranges.append(NumberRange(lower: lower, lowerIncluded: lowerIncluded, upper: upper, upperIncluded: upperIncluded))
            }
            previous = index
        }
        return ranges
    }

    /// The range with a bound at the schema's own limit left out, as the schema implies it.
    private static func withoutSchemaBounds(_ range: NumberRange, _ field: FieldSchema) -> NumberRange {
        var range = range
        if let lower = range.lower, lower == field.minimum, range.lowerIncluded {
            range.lower = nil
            range.lowerIncluded = false
        }
        if let upper = range.upper, upper == field.maximum, range.upperIncluded {
            range.upper = nil
            range.upperIncluded = false
        }
        return range
    }

    /// The lifted string values: those named, or every value but the unlifted ones.
    private static func strings(_ lifted: [Region.Span], all: [Region.Span]) -> AllowedValues {
        let named = { (spans: [Region.Span]) in
            spans.compactMap { span -> String? in
                if case .value(.string(let s)) = span { return s }
                return nil
            }
        }
        if lifted.contains(where: { if case .otherThan = $0 { return true } else { return false } }) {
            return .noneOf(named(all.filter { !lifted.contains($0) }))
        }
        return .oneOf(named(lifted))
    }

    private func fieldOrder(_ a: String, _ b: String) -> Bool {
        (policy.fieldOrder[a] ?? .max, a) < (policy.fieldOrder[b] ?? .max, b)
    }

    // MARK: - Why no exact answer

    private static func notComparisons(_ fields: [String]) -> LocalizedText {
        let list = fields.joined(separator: ", ")
        return LocalizedText(
            vi: "quy tắc xét \(list) qua biểu thức không phải phép so sánh một trường với hằng số (hàm, phép tính, tra cứu theo trường khác), nên không suy ra chính xác giá trị nào làm quy tắc không còn áp dụng",
            en: "the rule tests \(list) through expressions that are not comparisons of one field with constants (functions, arithmetic, lookups by another field), so the values that would lift it cannot be derived exactly")
    }

    private static func jointly(_ fields: [String], undecided: Bool) -> LocalizedText {
        let list = fields.joined(separator: ", ")
        if undecided {
            return LocalizedText(
                vi: "không giá trị nào của riêng một trường còn thiếu quyết định được là quy tắc không áp dụng; cần bổ sung: \(list)",
                en: "no value of any one missing field alone settles that the rule does not apply; provide: \(list)")
        }
        return LocalizedText(
            vi: "không thay đổi riêng một trường nào làm quy tắc hết áp dụng; phải thay đổi đồng thời nhiều trường: \(list)",
            en: "no change to any one field alone lifts the rule; several fields would have to change together: \(list)")
    }
}
