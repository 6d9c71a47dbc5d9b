import CEL

/// One variable of a rule tried on one project: the field value each piece of its domain
/// stands for, and the description of a set of pieces as the values a change may take.
struct FieldProbe {
    let domain: VariableDomain
    let field: FieldSchema
    /// The field's position in the record.
    let position: Int
    /// The project's value, or nil when it gives none.
    let current: Value?
    /// The value standing for each piece (nil when the piece has no value of the field's type).
    let values: [Value?]

    /// A probe of `domain` on `record`; nil when the schema has no such field.
    init?(_ domain: VariableDomain, schema: Schema, record: ProjectRecord) {
        guard let position = schema.index[domain.variable.field], let field = schema.field(domain.variable.field),
            position < record.values.count
        else { return nil }
        self.domain = domain
        self.field = field
        self.position = position
        let current = record.values[position]
        self.current = current
        self.values = domain.regions.map { Self.value($0.sample, of: domain.variable, kind: field, current: current) }
    }

    /// The record with the field set to `value`.
    func applied(_ value: Value, to record: ProjectRecord) -> ProjectRecord {
        var changed = record
        changed.values[position] = value
        return changed
    }

    /// The values of the pieces `indices` (in domain order) as a change may take them, with
    /// an example among them: the nearest to the project's value for numbers, else the first.
    func describe(_ indices: [Int]) -> (allowed: AllowedValues, example: Value)? {
        guard let first = indices.first, let firstValue = values[first] else { return nil }
        let spans = indices.map { domain.regions[$0].span }
        switch domain.variable {
        case .tag(_, let tag):
            return (.tag(tag, held: spans[0] == .value(.bool(true))), firstValue)
        case .field:
            if case .bool(let flag) = domain.regions[first].sample, field.kind == .bool {
                return (.flag(flag), firstValue)
            }
            guard case .numbers = spans[0] else { return (Self.strings(spans, all: domain.regions.map(\.span)), firstValue) }
            let ranges = Self.ranges(indices, of: domain)
            let now = current.flatMap(FormulaBuilder.scalar)?.number
            let nearest = Self.nearest(to: now, in: ranges, integers: field.kind == .integer)
                .flatMap { Self.value(.number($0), of: domain.variable, kind: field, current: current) }
            return (.numbers(ranges.map(withoutSchemaBounds)), nearest ?? firstValue)
        }
    }

    /// The field value a sample stands for; for a tag, the project's list with the tag added or removed.
    private static func value(_ sample: Scalar, of variable: Variable, kind field: FieldSchema, current: Value?) -> Value? {
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

    /// Adjacent pieces merged into ranges.
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

    /// The range with a bound at the schema's own limit left out, as the schema implies it
    /// (a single number keeps both).
    private func withoutSchemaBounds(_ range: NumberRange) -> NumberRange {
        var range = range
        guard range.lower != range.upper else { return range }
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

    /// The string pieces as values: those named, or every value but the ones not among them.
    private static func strings(_ chosen: [Region.Span], all: [Region.Span]) -> AllowedValues {
        let named = { (spans: [Region.Span]) in
            spans.compactMap { span -> String? in
                if case .value(.string(let s)) = span { return s }
                return nil
            }
        }
        if chosen.contains(where: { if case .otherThan = $0 { return true } else { return false } }) {
            return .noneOf(named(all.filter { !chosen.contains($0) }))
        }
        return .oneOf(named(chosen))
    }
}
