/// Rows counted by district, by verdict: the ``BatchStatistics/districts`` table, kept as keys
/// and counts in the order districts first came, with each spelling seen found by its bytes.
///
/// Districts are grouped as `String` keys are (canonically equivalent spellings together, under
/// the first spelling seen); beyond `limit` districts, new ones go to ``BatchStatistics/otherKey``.
struct DistrictCounts: Sendable {
    /// The most districts counted separately.
    let limit: Int
    /// Each district, and its counts.
    private(set) var keys: [String] = []
    private(set) var counts: [BatchStatistics.VerdictCounts] = []
    /// The position of each district in ``keys``.
    private var positions: [String: Int] = [:]
    /// The position each exact spelling was counted at.
    private var spellings: SpellingTable

    /// Empty counts that keep at most `limit` districts apart.
    init(limit: Int) {
        self.limit = limit
        spellings = SpellingTable(capacity: 2 * min(max(0, limit), 1 << 23) + 64)
    }

    /// The counts by district.
    var table: [String: BatchStatistics.VerdictCounts] {
        Dictionary(zip(keys, counts), uniquingKeysWith: { first, _ in first })
    }

    /// Counts a row of `district` with `verdict`.
    mutating func add(_ district: String, _ verdict: Verdict) {
        counts[position(of: district)].add(verdict)
    }

    /// The position `district` is counted at: known by its spelling, else found as a `String`.
    private mutating func position(of district: String) -> Int {
        var spelling = district
        return spelling.withUTF8 { bytes in
            let hash = UTF8Hash.of(bytes)
            if let known = spellings.position(of: bytes, hash: hash) { return known }
            let position = group(of: district)
            // Final: a district counted stays counted, and once the limit is reached no district is added.
            spellings.record(bytes, hash: hash, position: position)
            return position
        }
    }

    /// The position of `district`'s group, added when new.
    private mutating func group(of district: String) -> Int {
        if let known = positions[district] { return known }
        let key = keys.count >= limit ? BatchStatistics.otherKey : district
        if let known = positions[key] { return known }
        positions[key] = keys.count
        keys.append(key)
        counts.append(BatchStatistics.VerdictCounts())
        return keys.count - 1
    }
}
