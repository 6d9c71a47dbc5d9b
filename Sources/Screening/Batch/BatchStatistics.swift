import CEL
import Foundation

/// Running counts over a batch: verdicts, districts, VSIC divisions, rules, missing fields and
/// priority scores.
///
/// Memory grows with the number of distinct keys (districts, divisions, rules, fields, scores),
/// never with the number of rows. Districts beyond ``distinctLimit`` are counted together under
/// ``otherKey``, so that a registry with free-text districts cannot grow the counts without bound.
public struct BatchStatistics: Sendable {
    /// The key of a district or VSIC division that the record does not give.
    public static let unknownKey = "—"
    /// The key under which the districts beyond ``distinctLimit`` are counted.
    public static let otherKey = "…"

    /// How many rows got each verdict, with their total.
    public struct VerdictCounts: Sendable, Equatable {
        /// The count of each verdict, by its strength.
        private var counts = Array(repeating: 0, count: Verdict.allCases.count)
        /// The number of rows counted.
        public private(set) var total = 0

        /// Creates empty counts.
        public init() {}

        /// The number of rows with `verdict`.
        public subscript(verdict: Verdict) -> Int { counts[verdict.strength] }

        /// Counts `count` more rows with `verdict`.
        public mutating func add(_ verdict: Verdict, count: Int = 1) {
            counts[verdict.strength] += count
            total += count
        }

        /// Adds every count of `other`.
        public mutating func add(_ other: VerdictCounts) {
            for verdict in Verdict.allCases { add(verdict, count: other[verdict]) }
        }
    }

    /// The policy's rule ids, in policy order.
    public let ruleIDs: [String]
    /// The most distinct districts counted separately.
    public let distinctLimit: Int
    /// The number of rows counted.
    public private(set) var total = 0
    /// The rows by verdict.
    public private(set) var verdicts = VerdictCounts()
    /// The rows by district (trimmed text of the `district` field), then by verdict.
    public var districts: [String: VerdictCounts] { districtCounts.table }
    /// The rows by VSIC division (the first two digits of `vsic`), then by verdict.
    public var divisions: [String: VerdictCounts] {
        var table: [String: VerdictCounts] = [:]
        for (index, counts) in divisionCounts.enumerated() where counts.total > 0 {
            table[StatisticsGroups.division(index)] = counts
        }
        return table
    }
    /// The rows by district.
    private var districtCounts: DistrictCounts
    /// The rows by division, at ``StatisticsGroups/divisionIndex``.
    private var divisionCounts = Array(repeating: VerdictCounts(), count: StatisticsGroups.divisionIndices)
    /// The number of rows in which each rule fired, by the rule's position.
    private var ruleFireCounts: [Int]
    /// The number of rows that were asked for each field.
    public private(set) var missingFields: [String: Int] = [:]
    /// The rows that earned priority, by verdict (a rejected project can earn priority points).
    public private(set) var priorityVerdicts = VerdictCounts()
    /// The number of readable rows with each priority score.
    public var scores: [Int: Int] {
        var table = largeScores
        for (score, count) in smallScores.enumerated() where count > 0 { table[score] = count }
        return table
    }
    /// The number of readable rows with each score below ``smallScoreLimit``, by score.
    private var smallScores = Array(repeating: 0, count: smallScoreLimit)
    /// The number of readable rows with each other score.
    private var largeScores: [Int: Int] = [:]
    /// The scores counted in an array rather than a dictionary.
    private static let smallScoreLimit = 256
    /// The number of rows in which some rule could not be evaluated.
    public private(set) var ruleErrorRows = 0
    /// The schema positions of the `district` and `vsic` fields.
    private let groupPositions: StatisticsGroups.Positions

    /// Creates empty statistics for the rules and record schema of a policy.
    public init(ruleIDs: [String], schema: Schema, distinctLimit: Int = 1_000) {
        self.ruleIDs = ruleIDs
        self.distinctLimit = distinctLimit
        self.ruleFireCounts = Array(repeating: 0, count: ruleIDs.count)
        self.districtCounts = DistrictCounts(limit: distinctLimit)
        self.groupPositions = StatisticsGroups.Positions(schema: schema)
    }

    /// Creates empty statistics for a compiled policy.
    public init(policy: CompiledPolicy, distinctLimit: Int = 1_000) {
        self.init(ruleIDs: policy.ruleIDs, schema: policy.schema, distinctLimit: distinctLimit)
    }

    /// The number of rows that could not be read (verdict `error`).
    public var errorRows: Int { verdicts[.error] }

    /// The number of rows that earned priority.
    public var priorityCount: Int { priorityVerdicts.total }

    /// The number of rows in which each rule fired; every rule of the policy has an entry.
    public var ruleFires: [String: Int] {
        var fires: [String: Int] = [:]
        for (position, rule) in ruleIDs.enumerated() where fires[rule] == nil { fires[rule] = ruleFireCounts[position] }
        return fires
    }

    /// Counts one row: its record (nil when unreadable) and its result.
    public mutating func add(record: ProjectRecord?, result: ScreeningResult) {
        add(summary: ScreeningSummary(result, ruleIDs: ruleIDs),
            groups: StatisticsGroups(record: record, positions: groupPositions))
    }

    /// Counts one row by the summary of its screening and the groups of its record.
    public mutating func add(summary: ScreeningSummary, groups: StatisticsGroups) {
        total += 1
        verdicts.add(summary.verdict)
        districtCounts.add(groups.district, summary.verdict)
        divisionCounts[groups.divisionIndex].add(summary.verdict)
        summary.fired.forEach { position in
            if position < ruleFireCounts.count { ruleFireCounts[position] += 1 }
        }
        let missing = summary.missingFields
        for index in missing.indices where !missing[..<index].contains(missing[index]) {
            missingFields[missing[index], default: 0] += 1
        }
        if summary.priority { priorityVerdicts.add(summary.verdict) }
        if summary.verdict != .error {
            if summary.score >= 0, summary.score < Self.smallScoreLimit {
                smallScores[summary.score] += 1
            } else {
                largeScores[summary.score, default: 0] += 1
            }
        }
        if summary.hasRuleErrors { ruleErrorRows += 1 }
    }

    /// Counts the rows of a batch's chunk, in order.
    public mutating func add(_ items: [BatchRunner.Item]) {
        for index in items.indices { add(summary: items[index].summary, groups: items[index].groups) }
    }

    /// The VSIC division of a code: its first two characters when both are digits.
    public static func division(of code: String?) -> String {
        StatisticsGroups.division(StatisticsGroups.divisionIndex(of: code))
    }
}

/// The statistics ranked for charts: the largest groups first, the rest added together.
extension BatchStatistics {
    /// A group of rows (a district or a VSIC division) with its counts by verdict.
    public struct Group: Sendable, Equatable {
        /// The district or division; ``BatchStatistics/unknownKey`` when the record lacks it.
        public var key: String
        /// The group's rows by verdict.
        public var counts: VerdictCounts
    }

    /// The largest groups of a table and what the others add up to.
    public struct Ranking: Sendable, Equatable {
        /// The largest groups, most rows first, ties by key.
        public var top: [Group]
        /// The rows of every other group.
        public var rest: VerdictCounts
        /// The number of other groups (``BatchStatistics/otherKey`` counts as one).
        public var restGroups: Int
    }

    /// The `limit` districts with most rows.
    public func topDistricts(_ limit: Int) -> Ranking { Self.rank(districts, limit: limit) }

    /// The `limit` VSIC divisions with most rows.
    public func topDivisions(_ limit: Int) -> Ranking { Self.rank(divisions, limit: limit) }

    /// The rules that fired, most often first, ties in policy order.
    public var firedRules: [(rule: String, count: Int)] {
        let order = Dictionary(ruleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return ruleFires.filter { $0.value > 0 }
            .map { (rule: $0.key, count: $0.value) }
            .sorted { lhs, rhs in
                if lhs.count != rhs.count { return lhs.count > rhs.count }
                let left = order[lhs.rule] ?? Int.max, right = order[rhs.rule] ?? Int.max
                return left != right ? left < right : lhs.rule < rhs.rule
            }
    }

    /// The policy's rules that fired in no row, in policy order.
    public var neverFiredRules: [String] {
        ruleIDs.filter { (ruleFires[$0] ?? 0) == 0 }
    }

    /// The fields asked for, most often first, ties by name.
    public var missingByCount: [(field: String, count: Int)] {
        missingFields.map { (field: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.field < $1.field }
    }

    /// The largest groups of `table`; ``otherKey`` always goes to the rest.
    static func rank(_ table: [String: VerdictCounts], limit: Int) -> Ranking {
        let sorted = table.filter { $0.key != otherKey }
            .map { Group(key: $0.key, counts: $0.value) }
            .sorted { $0.counts.total != $1.counts.total ? $0.counts.total > $1.counts.total : $0.key < $1.key }
        let top = Array(sorted.prefix(max(0, limit)))
        var rest = VerdictCounts()
        for group in sorted.dropFirst(top.count) { rest.add(group.counts) }
        if let other = table[otherKey] { rest.add(other) }
        let restGroups = sorted.count - top.count + (table[otherKey] == nil ? 0 : 1)
        return Ranking(top: top, rest: rest, restGroups: restGroups)
    }
}
