import CEL

/// The groups a row is counted in by ``BatchStatistics``: its district and its VSIC
/// division, read from the record where it is screened, so that the record itself need not
/// travel to the thread that counts.
public struct StatisticsGroups: Sendable {
    /// The trimmed `district`, or ``BatchStatistics/unknownKey``.
    public var district: String
    /// The first two digits of `vsic`, or ``BatchStatistics/unknownKey``.
    public var division: String

    /// Where a schema keeps the two fields.
    public struct Positions: Sendable {
        let district: Int?
        let vsic: Int?

        /// The positions of `district` and `vsic` in a schema.
        public init(schema: Schema) {
            self.init(district: schema.index["district"], vsic: schema.index["vsic"])
        }

        init(district: Int?, vsic: Int?) {
            self.district = district
            self.vsic = vsic
        }
    }

    /// The groups of a row that could not be read.
    public static let unreadable = StatisticsGroups(record: nil, positions: Positions(district: nil, vsic: nil))

    /// The groups of a record (nil when unreadable: both unknown).
    public init(record: ProjectRecord?, positions: Positions) {
        let district = Self.text(record, positions.district).map(CellText.trimmed) ?? ""
        self.district = district.isEmpty ? BatchStatistics.unknownKey : district
        division = BatchStatistics.division(of: Self.text(record, positions.vsic))
    }

    /// The text of a string field of a record, if present.
    private static func text(_ record: ProjectRecord?, _ position: Int?) -> String? {
        guard let record, let position, position < record.values.count,
              case .string(let text)? = record.values[position] else { return nil }
        return text
    }
}
