import CELSyntax

/// A point in time: seconds and nanoseconds since 1970-01-01T00:00:00Z.
///
/// CEL's range is 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; values outside it
/// are never made (functions return a range error instead).
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since the Unix epoch.
    public var seconds: Int64
    /// Nanoseconds within the second, 0 ..< 1_000_000_000.
    public var nanos: Int32

    /// The smallest valid seconds: 0001-01-01T00:00:00Z.
    public static let minSeconds: Int64 = -62_135_596_800
    /// The largest valid seconds: 9999-12-31T23:59:59Z.
    public static let maxSeconds: Int64 = 253_402_300_799

    /// Creates a timestamp, or nil outside CEL's range.
    public init?(seconds: Int64, nanos: Int32) {
        guard seconds >= Self.minSeconds, seconds <= Self.maxSeconds, nanos >= 0, nanos < 1_000_000_000 else {
            return nil
        }
        self.seconds = seconds
        self.nanos = nanos
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}

/// A signed span of time: seconds and nanoseconds of the same sign.
///
/// CEL's range is about ±10,000 years (±315,576,000,000 seconds).
public struct Duration: Sendable, Hashable, Comparable {
    /// Whole seconds.
    public var seconds: Int64
    /// Nanoseconds, with the sign of `seconds` (or any sign when `seconds` is zero).
    public var nanos: Int32

    /// The largest magnitude of `seconds`.
    public static let maxSeconds: Int64 = 315_576_000_000

    /// Creates a duration, or nil outside CEL's range.
    public init?(seconds: Int64, nanos: Int32) {
        guard seconds.magnitude <= UInt64(Self.maxSeconds), nanos.magnitude < 1_000_000_000 else { return nil }
        guard seconds == 0 || nanos == 0 || (seconds > 0) == (nanos > 0) else { return nil }
        self.seconds = seconds
        self.nanos = nanos
    }

    /// Creates a duration from a total number of nanoseconds, or nil outside CEL's range.
    public init?(totalNanos: Int64) {
        self.init(seconds: totalNanos / 1_000_000_000, nanos: Int32(totalNanos % 1_000_000_000))
    }

    /// The duration in nanoseconds, or nil when that overflows 64 bits.
    public var totalNanos: Int64? {
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return nil }
        let (sum, overflow2) = scaled.addingReportingOverflow(Int64(nanos))
        return overflow2 ? nil : sum
    }

    public static func < (lhs: Duration, rhs: Duration) -> Bool {
        (lhs.seconds, lhs.nanos) < (rhs.seconds, rhs.nanos)
    }
}
