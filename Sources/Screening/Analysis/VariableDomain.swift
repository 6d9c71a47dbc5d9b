/// One piece of a variable's domain on which every atom over the variable has the same truth,
/// with a value from it.
struct Region: Sendable {
    /// What the piece is.
    enum Span: Sendable, Equatable {
        /// Numbers between two bounds (nil: unbounded), each included or not.
        case numbers(lower: Double?, lowerIncluded: Bool, upper: Double?, upperIncluded: Bool)
        /// One string, boolean or enum value.
        case value(Scalar)
        /// Any string but the ones named.
        case otherThan(Set<Scalar>)
    }

    let span: Span
    /// A value inside the span.
    let sample: Scalar
}

/// The values a variable can take, cut at every constant its atoms compare with, so that each
/// atom is constant on each piece: deciding a formula on one sample per piece decides it for
/// every value the schema allows.
struct VariableDomain: Sendable {
    let variable: Variable
    let regions: [Region]

    /// The domain of `variable` for the atoms `tests`, within what `schema` allows.
    init(_ variable: Variable, tests: [FieldTest], schema: Schema) {
        self.variable = variable
        let field = schema.field(variable.field)
        switch (variable, field?.kind) {
        case (.tag, _), (.field, .bool?):
            regions = [false, true].map { Region(span: .value(.bool($0)), sample: .bool($0)) }
        case (.field, .number?), (.field, .integer?):
            regions = Self.numberRegions(
                tests.compactMap(\.boundary) + tests.flatMap(\.namedValues).compactMap(\.number),
                minimum: field?.minimum, maximum: field?.maximum, integers: field?.kind == .integer)
        case (.field, .enum?) where !(field?.values.isEmpty ?? true):
            regions = (field?.values ?? []).map { Region(span: .value(.string($0)), sample: .string($0)) }
        default:
            regions = Self.stringRegions(tests.flatMap(\.namedValues))
        }
    }

    /// Each constant alone, then every other string.
    private static func stringRegions(_ named: [Scalar]) -> [Region] {
        var seen: Set<Scalar> = []
        let constants = named.filter { seen.insert($0).inserted }
        var other = "other"
        while seen.contains(.string(other)) { other += "_" }
        return constants.map { Region(span: .value($0), sample: $0) }
            + [Region(span: .otherThan(seen), sample: .string(other))]
    }

    /// The points at the constants and the open stretches between them, inside the bounds.
    private static func numberRegions(_ constants: [Double], minimum: Double?, maximum: Double?, integers: Bool)
        -> [Region]
    {
        let inside = constants.filter { $0.isFinite && $0 >= (minimum ?? -.infinity) && $0 <= (maximum ?? .infinity) }
        let cuts = Array(Set(inside + [minimum, maximum].compactMap { $0 })).sorted()
        guard !cuts.isEmpty else {
            return [Region(span: .numbers(lower: nil, lowerIncluded: false, upper: nil, upperIncluded: false), sample: .number(0))]
        }
        var regions: [Region] = []
        func stretch(_ lower: Double?, _ upper: Double?) {
            guard let sample = sample(between: lower, upper, integers: integers) else { return }
            regions.append(Region(
                span: .numbers(lower: lower, lowerIncluded: false, upper: upper, upperIncluded: false),
                sample: .number(sample)))
        }
        var previous: Double? = nil
        if minimum != nil, let first = cuts.first { previous = first } else { stretch(nil, cuts.first) }
        for (index, cut) in cuts.enumerated() {
            if index > 0 { stretch(previous, cut) }
            if !integers || cut.rounded() == cut {
                regions.append(Region(
                    span: .numbers(lower: cut, lowerIncluded: true, upper: cut, upperIncluded: true), sample: .number(cut)))
            }
            previous = cut
        }
        if maximum == nil { stretch(previous, nil) }
        return regions
    }

    /// A number strictly between two bounds (nil: unbounded), an integer if `integers`; nil when none.
    private static func sample(between lower: Double?, _ upper: Double?, integers: Bool) -> Double? {
        switch (lower, upper) {
        case (nil, nil): return 0
        case (nil, let upper?): return integers ? (upper - 1).rounded(.up) : upper - 1
        case (let lower?, nil): return integers ? (lower + 1).rounded(.down) : lower + 1
        case (let lower?, let upper?):
            if integers {
                let candidate = lower.rounded(.down) + 1
                return candidate < upper ? candidate : nil
            }
            let middle = lower + (upper - lower) / 2
            return middle > lower && middle < upper ? middle : nil
        }
    }
}

extension Scalar {
    /// The number, when the scalar is one.
    var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }
}
