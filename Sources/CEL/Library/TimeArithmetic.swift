import CELSyntax

/// Arithmetic on timestamps and durations, with range checks.
///
/// Results outside CEL's ranges (timestamps in years 1–9999, durations within
/// ±315,576,000,000 seconds) are range errors. A timestamp difference must also fit in 64-bit
/// nanoseconds (about ±292 years), as in cel-go and the conformance suite.
enum TimeArithmetic {
    private static let nanosPerSecond: Int64 = 1_000_000_000

    /// `timestamp + duration`, `duration + timestamp`, `duration + duration`.
    static func add(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.timestamp(t), .duration(d)), let (.duration(d), .timestamp(t)):
            return shift(t, by: d.seconds, Int64(d.nanos))
        case let (.duration(x), .duration(y)):
            return combine(x.seconds, Int64(x.nanos), y.seconds, Int64(y.nanos))
        default: return noSuchOverload(Operator.add, lhs, rhs)
        }
    }

    /// `timestamp - timestamp`, `timestamp - duration`, `duration - duration`.
    static func subtract(_ lhs: Value, _ rhs: Value) -> Value {
        switch (lhs, rhs) {
        case let (.timestamp(t), .duration(d)):
            guard let seconds = negated(d.seconds) else { return .fail(.outOfRange("timestamp overflow")) }
            return shift(t, by: seconds, -Int64(d.nanos))
        case let (.duration(x), .duration(y)):
            guard let seconds = negated(y.seconds) else { return .fail(.outOfRange("duration overflow")) }
            return combine(x.seconds, Int64(x.nanos), seconds, -Int64(y.nanos))
        case let (.timestamp(x), .timestamp(y)):
            guard let seconds = negated(y.seconds) else { return .fail(.outOfRange("duration overflow")) }
            let result = combine(x.seconds, Int64(x.nanos), seconds, -Int64(y.nanos))
            if case .duration(let d) = result, d.totalNanos == nil {
                return .fail(.outOfRange("timestamp difference exceeds 64-bit nanoseconds"))
            }
            return result
        default: return noSuchOverload(Operator.subtract, lhs, rhs)
        }
    }

    /// `-value`, or nil when it overflows.
    private static func negated(_ value: Int64) -> Int64? {
        let (result, overflow) = Int64(0).subtractingReportingOverflow(value)
        return overflow ? nil : result
    }

    /// A timestamp moved by a signed number of seconds and nanoseconds (|nanos| < 10^9).
    private static func shift(_ t: Timestamp, by seconds: Int64, _ nanos: Int64) -> Value {
        var resultNanos = Int64(t.nanos) + nanos
        var carry: Int64 = 0
        if resultNanos < 0 {
            resultNanos += nanosPerSecond
            carry = -1
        } else if resultNanos >= nanosPerSecond {
            resultNanos -= nanosPerSecond
            carry = 1
        }
        let (partial, overflow1) = t.seconds.addingReportingOverflow(seconds)
        let (resultSeconds, overflow2) = partial.addingReportingOverflow(carry)
        guard !overflow1, !overflow2,
            let result = Timestamp(seconds: resultSeconds, nanos: Int32(resultNanos))
        else { return .fail(.outOfRange("timestamp outside years 1 to 9999")) }
        return .timestamp(result)
    }

    /// The duration `s1 + n1 + s2 + n2` with nanoseconds carried into seconds, or a range error.
    private static func combine(_ s1: Int64, _ n1: Int64, _ s2: Int64, _ n2: Int64) -> Value {
        let (sum, overflow) = s1.addingReportingOverflow(s2)
        guard !overflow, sum.magnitude <= UInt64(Duration.maxSeconds) + 1 else {
            return .fail(.outOfRange("duration overflow"))
        }
        var seconds = sum + (n1 + n2) / nanosPerSecond
        var nanos = (n1 + n2) % nanosPerSecond
        // Give the nanoseconds the sign of the seconds.
        if seconds > 0, nanos < 0 {
            seconds -= 1
            nanos += nanosPerSecond
        } else if seconds < 0, nanos > 0 {
            seconds += 1
            nanos -= nanosPerSecond
        }
        guard let result = Duration(seconds: seconds, nanos: Int32(nanos)) else {
            return .fail(.outOfRange("duration outside ±\(Duration.maxSeconds) seconds"))
        }
        return .duration(result)
    }
}
