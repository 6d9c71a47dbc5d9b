import Foundation

/// Resolves the time-zone argument of the timestamp accessors to a UTC offset.
///
/// A zone is an IANA name (`America/Los_Angeles`, `UTC`) or a fixed offset `[+|-]HH:MM` (the
/// sign may be omitted, as cel-go allows). Named zones are looked up through Foundation once
/// and cached, since accessors with a constant zone run once per record.
enum TimeZones {
    /// A parsed zone argument.
    enum Zone: Sendable {
        /// A fixed offset east of UTC, in seconds.
        case fixed(Int64)
        /// A named zone whose offset depends on the instant.
        case named(TimeZone)
    }

    /// Resolved zones by argument text; nil records an invalid argument.
    private static let cache = LockedCache<String, Zone?>(capacity: 256)

    /// The zone for `text`, or nil when it is neither a known zone name nor a valid offset.
    static func zone(_ text: String) -> Zone? {
        if let cached = cache.value(for: text) { return cached }
        let zone: Zone?
        if text.contains(":") {
            zone = fixedOffset(text).map(Zone.fixed)
        } else {
            zone = TimeZone(identifier: text).map(Zone.named)
        }
        cache.store(zone, for: text)
        return zone
    }

    /// The offset east of UTC, in seconds, of `zone` at `seconds` since the epoch.
    static func offset(of zone: Zone, at seconds: Int64) -> Int64 {
        switch zone {
        case .fixed(let offset): return offset
        case .named(let timeZone):
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            return Int64(timeZone.secondsFromGMT(for: date))
        }
    }

    /// Parses `[+|-]H[H]:MM` into seconds east of UTC.
    private static func fixedOffset(_ text: String) -> Int64? {
        var body = Substring(text)
        var sign: Int64 = 1
        if let first = body.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst()
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy(Conversions.isASCIIDigit) }),
            let hours = Int64(parts[0]), let minutes = Int64(parts[1]), hours < 24, minutes < 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
