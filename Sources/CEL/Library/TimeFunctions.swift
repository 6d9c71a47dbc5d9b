import CELSyntax

/// Timestamp and duration accessors: `getFullYear`, `getMonth`, …, `getMilliseconds`.
///
/// Timestamp accessors work in UTC or in the time zone given as their argument; duration
/// accessors (`getHours`, `getMinutes`, `getSeconds`, `getMilliseconds`) give whole units of
/// the duration, truncated toward zero.
enum TimeFunctions {
    /// One calendar field of a timestamp.
    private enum Field: Sendable {
        case fullYear, month, date, dayOfMonth, dayOfWeek, dayOfYear, hours, minutes, seconds, milliseconds
    }

    /// The accessors: function name, field, cel-go's overload id stem, and the tz overload id.
    private static let accessors: [(String, Field, String, String)] = [
        ("getFullYear", .fullYear, "timestamp_to_year", "timestamp_to_year_with_tz"),
        ("getMonth", .month, "timestamp_to_month", "timestamp_to_month_with_tz"),
        ("getDate", .date, "timestamp_to_day_of_month_1_based", "timestamp_to_day_of_month_1_based_with_tz"),
        ("getDayOfMonth", .dayOfMonth, "timestamp_to_day_of_month", "timestamp_to_day_of_month_with_tz"),
        ("getDayOfWeek", .dayOfWeek, "timestamp_to_day_of_week", "timestamp_to_day_of_week_with_tz"),
        ("getDayOfYear", .dayOfYear, "timestamp_to_day_of_year", "timestamp_to_day_of_year_with_tz"),
        ("getHours", .hours, "timestamp_to_hours", "timestamp_to_hours_with_tz"),
        ("getMinutes", .minutes, "timestamp_to_minutes", "timestamp_to_minutes_with_tz"),
        ("getSeconds", .seconds, "timestamp_to_seconds", "timestamp_to_seconds_tz"),
        ("getMilliseconds", .milliseconds, "timestamp_to_milliseconds", "timestamp_to_milliseconds_with_tz"),
    ]

    /// Adds the accessors to `library`.
    static func register(in library: inout FunctionLibrary) {
        for (name, field, id, tzID) in accessors {
            var unary: [OverloadDecl] = [.member(id, [.timestamp], .int)]
            if let durationID = durationOverloadID(field) {
                unary.append(.member(durationID, [.duration], .int))
            }
            library.add(name, unary, .unary { value in
                switch value {
                case .timestamp(let t): return component(field, of: t, offset: 0)
                case .duration(let d):
                    if let result = component(field, of: d) { return .int(result) }
                    return noSuchOverload(name, value)
                default: return noSuchOverload(name, value)
                }
            })
            library.add(name, [.member(tzID, [.timestamp, .string], .int)], .binary { value, zone in
                guard case .timestamp(let t) = value, case .string(let zoneName) = zone else {
                    return noSuchOverload(name, value, zone)
                }
                guard let resolved = TimeZones.zone(zoneName) else {
                    return .fail(.invalidArgument("unknown time zone \(ValueFormat.quoted(zoneName))"))
                }
                return component(field, of: t, offset: TimeZones.offset(of: resolved, at: t.seconds))
            })
        }
    }

    /// cel-go's overload id of a duration accessor, or nil when `field` has none.
    private static func durationOverloadID(_ field: Field) -> String? {
        switch field {
        case .hours: return "duration_to_hours"
        case .minutes: return "duration_to_minutes"
        case .seconds: return "duration_to_seconds"
        case .milliseconds: return "duration_to_milliseconds"
        default: return nil
        }
    }

    /// A calendar field of `t` seen at `offset` seconds east of UTC.
    private static func component(_ field: Field, of t: Timestamp, offset: Int64) -> Value {
        let (local, overflow) = t.seconds.addingReportingOverflow(offset)
        guard !overflow else { return .fail(.outOfRange("timestamp outside years 1 to 9999")) }
        return .int(component(field, localSeconds: local, nanos: t.nanos))
    }

    /// A calendar field of the local time `localSeconds` since 1970-01-01T00:00:00.
    private static func component(_ field: Field, localSeconds local: Int64, nanos: Int32) -> Int64 {
        let days = ValueFormat.floorDivide(local, 86_400)
        let secondsOfDay = local - days * 86_400
        switch field {
        case .hours: return secondsOfDay / 3600
        case .minutes: return secondsOfDay % 3600 / 60
        case .seconds: return secondsOfDay % 60
        case .milliseconds: return Int64(nanos) / 1_000_000
        case .dayOfWeek:
            // 1970-01-01 was a Thursday (4); Sunday is 0.
            let weekday = (days + 4) % 7
            return weekday < 0 ? weekday + 7 : weekday
        case .fullYear, .month, .date, .dayOfMonth, .dayOfYear:
            let (year, month, day) = ValueFormat.civilFromDays(days)
            switch field {
            case .fullYear: return year
            case .month: return month - 1
            case .date: return day
            case .dayOfMonth: return day - 1
            default: return days - ValueFormat.daysFromCivil(year: year, month: 1, day: 1)
            }
        }
    }

    /// A whole number of units of `d`, truncated toward zero; nil for calendar fields.
    private static func component(_ field: Field, of d: Duration) -> Int64? {
        switch field {
        case .hours: return d.seconds / 3600
        case .minutes: return d.seconds / 60
        case .seconds: return d.seconds
        case .milliseconds: return Int64(d.nanos) / 1_000_000
        default: return nil
        }
    }
}
