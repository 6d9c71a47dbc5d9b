import CEL

/// The groups a row is counted in by ``BatchStatistics``: its district and its VSIC
/// division, read from the record where it is screened, so that the record itself need not
/// travel to the thread that counts.
public struct StatisticsGroups: Sendable {
    /// The trimmed `district`, or ``BatchStatistics/unknownKey``.
    public var district: String
    /// The division as a number: its two digits' value, or 100 when unknown.
    let divisionIndex: Int
    /// The number of division indices.
    static let divisionIndices = 101

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
        guard let record else {
            self.init(district: nil, vsic: nil)
            return
        }
        self.init(record: record, positions: positions)
    }

    /// The groups of a record read where it is (not copied into an optional).
    init(record: borrowing ProjectRecord, positions: Positions) {
        self.init(district: Self.text(record, positions.district), vsic: Self.text(record, positions.vsic))
    }

    /// The groups of a district and a VSIC code as the record gives them.
    private init(district text: String?, vsic: String?) {
        let district = text.map(CellText.trimmed) ?? ""
        self.district = district.isEmpty ? BatchStatistics.unknownKey : district
        divisionIndex = Self.divisionIndex(of: vsic)
    }

    /// The division index of a VSIC code, as ``BatchStatistics/division(of:)`` reads it.
    static func divisionIndex(of code: String?) -> Int {
        guard let code else { return divisionIndices - 1 }
        // Unpadded text is its own trimmed text (no copy): its first two bytes are read in place.
        var trimmed = CellText.trimmed(code)
        return trimmed.withUTF8 { index(ofDigits: $0) }
    }

    /// The index of two leading digits, else of an unknown division.
    private static func index(ofDigits bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // A byte below `0` wraps to a large value, so one comparison tests for a digit.
        guard bytes.count >= 2, case let tens = bytes[0] &- UInt8(ascii: "0"), tens < 10,
              case let units = bytes[1] &- UInt8(ascii: "0"), units < 10
        else { return divisionIndices - 1 }
        return Int(tens) * 10 + Int(units)
    }

    /// The key of a division index: its two digits, or ``BatchStatistics/unknownKey``.
    static func division(_ index: Int) -> String {
        guard index >= 0, index < divisionIndices - 1 else { return BatchStatistics.unknownKey }
        return String(decoding: [UInt8(ascii: "0") + UInt8(index / 10), UInt8(ascii: "0") + UInt8(index % 10)],
                      as: UTF8.self)
    }

    /// The text of a string field of a record, if present.
    private static func text(_ record: borrowing ProjectRecord, _ position: Int?) -> String? {
        guard let position, position < record.values.count,
              case .string(let text)? = record.values[position] else { return nil }
        return text
    }
}
