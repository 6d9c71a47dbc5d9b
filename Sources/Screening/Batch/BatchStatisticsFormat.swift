import Diagnostics

/// Numbers written for people in a language: `1.234.567` and `12,5%` in Vietnamese,
/// `1,234,567` and `12.5%` in English.
public struct BatchStatisticsFormat: Sendable {
    /// The language whose separators are used.
    public let language: Language

    /// Creates a format for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The thousands separator.
    private var grouping: String { language == .vi ? "." : "," }
    /// The decimal separator.
    private var decimal: String { language == .vi ? "," : "." }

    /// A whole number with thousands separators.
    public func count(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = number < 0 ? "-" : ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += grouping }
            out.append(digit)
        }
        return out
    }

    /// A number with one decimal, e.g. `2,5`.
    public func tenths(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let scaled = Int((value * 10).rounded())
        let sign = scaled < 0 ? "-" : ""
        return sign + count(abs(scaled) / 10) + decimal + String(abs(scaled) % 10)
    }

    /// `part` as a share of `whole` with one decimal, e.g. `12,5%`; `0,0%` of nothing.
    public func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return tenths(0) + "%" }
        return tenths(Double(part) * 100 / Double(whole)) + "%"
    }
}

/// The few lines printed on stderr at the end of a batch.
extension BatchStatistics {
    /// The rows screened, the count and share of each verdict (unreadable rows as `error`),
    /// the priority count and, given the time the batch took, its speed in rows per second.
    public func summary(language: Language, elapsed: Duration? = nil) -> String {
        let format = BatchStatisticsFormat(language: language)
        let vi = language == .vi
        var head = vi ? "Đã sàng lọc \(format.count(total)) dòng" : "Screened \(format.count(total)) rows"
        if let elapsed {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            head += vi ? " trong \(format.tenths(seconds)) giây" : " in \(format.tenths(seconds)) s"
            if seconds > 0 {
                let rate = Double(total) / seconds
                let rateText = rate >= 100 ? format.count(Int(rate.rounded())) : format.tenths(rate)
                head += vi ? " (\(rateText) dòng/giây)" : " (\(rateText) rows/s)"
            }
        }
        var lines = [head + "."]
        let labels = Verdict.allCases.map { $0.label.text(language) }
        let labelWidth = labels.map(\.count).max() ?? 0
        let counts = Verdict.allCases.map { format.count(verdicts[$0]) }
        let countWidth = counts.map(\.count).max() ?? 0
        let shares = Verdict.allCases.map { format.percent(verdicts[$0], of: total) }
        let shareWidth = shares.map(\.count).max() ?? 0
        for index in Verdict.allCases.indices {
            let label = labels[index].padding(to: labelWidth)
            lines.append("  \(label)  \(counts[index].padding(left: countWidth))  \(shares[index].padding(left: shareWidth))")
        }
        var notes: [String] = []
        if priorityCount > 0 {
            notes.append(vi ? "\(format.count(priorityCount)) dự án được ưu tiên."
                            : priorityCount == 1 ? "1 project earns priority."
                            : "\(format.count(priorityCount)) projects earn priority.")
        }
        if ruleErrorRows > 0 {
            notes.append(vi ? "\(format.count(ruleErrorRows)) dòng có quy tắc không đánh giá được."
                            : "\(format.count(ruleErrorRows)) rows had a rule that could not be evaluated.")
        }
        if !notes.isEmpty { lines.append(notes.joined(separator: " ")) }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// The text followed by spaces up to `width` characters.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// The text preceded by spaces up to `width` characters.
    func padding(left width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
