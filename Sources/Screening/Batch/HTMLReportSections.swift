import Diagnostics

/// The report's sections about verdicts: the verdict chart, the priority scores, and the
/// projects by district and by VSIC division stacked by verdict.
struct HTMLReportSections {
    let statistics: BatchStatistics
    let words: HTMLReportWords
    /// The most districts and divisions drawn; the others share one bar.
    let groupLimit: Int

    private var language: Language { words.language }
    private var format: BatchStatisticsFormat { words.format }

    /// The verdict chart: one bar per verdict, with count and share.
    func verdicts() -> String {
        let bars = Verdict.allCases.map { verdict in
            let count = statistics.verdicts[verdict]
            let label = verdict.label.text(language)
            let segment = Bars.Segment(
                count: count, cssClass: "s-\(verdict.rawValue)", title: "\(label): \(format.count(count))")
            return Bars.Bar(
                label: "<i class=\"sw v-\(verdict.rawValue)\"></i>\(label.htmlEscaped)",
                segments: [segment], value: value(count, of: statistics.total))
        }
        let chart = Bars(bars: bars, labelWidth: "34%", caption: words.verdictsHeading)
        return section("verdicts", words.verdictsHeading, note: words.verdictsNote, body: chart.html())
    }

    /// The priority scores in bands, with the threshold in the note.
    func scores(threshold: Int) -> String {
        let scores = statistics.scores
        let highest = scores.keys.max() ?? 0
        let band = 10 * max(1, (highest + 149) / 150)
        var bands: [ClosedRange<Int>] = [0...0]
        var low = 1
        while low <= highest {
            bands.append(low...(low == 1 ? band - 1 : low + band - 1))
            low = low == 1 ? band : low + band
        }
        let readable = statistics.total - statistics.errorRows
        let bars = bands.map { range in
            let count = scores.filter { range.contains($0.key) }.reduce(0) { $0 + $1.value }
            let label = words.points(range)
            let segment = Bars.Segment(
                count: count, cssClass: range.lowerBound >= threshold ? "s-priority" : "s-score",
                title: "\(label): \(format.count(count))")
            return Bars.Bar(label: label.htmlEscaped, segments: [segment], value: value(count, of: readable))
        }
        let chart = Bars(bars: bars, labelWidth: "34%", caption: words.scoresHeading)
        let note = words.scoresNote(threshold: threshold)
        return section("scores", words.scoresHeading, note: note, body: chart.html())
    }

    /// The districts with most projects, stacked by verdict.
    func districts() -> String {
        let ranking = statistics.topDistricts(groupLimit)
        let chart = stacked(ranking, labelWidth: "30%", caption: words.districtsHeading, other: words.otherDistricts) {
            ($0 == BatchStatistics.unknownKey ? words.unknown : $0).htmlEscaped
        }
        let note = words.districtsNote(ranking.top.count, all: ranking.restGroups == 0)
        return section("districts", words.districtsHeading, note: note, body: legend() + chart)
    }

    /// The VSIC divisions with most projects, stacked by verdict.
    func divisions() -> String {
        let ranking = statistics.topDivisions(groupLimit)
        let chart = stacked(ranking, labelWidth: "46%", caption: words.divisionsHeading, other: words.otherDivisions) {
            key in
            guard key != BatchStatistics.unknownKey else { return words.unknown.htmlEscaped }
            let name = words.division(key).map { " " + $0.htmlEscaped } ?? ""
            return "<b class=\"code\">\(key.htmlEscaped)</b>\(name)"
        }
        let note = words.divisionsNote(ranking.top.count, all: ranking.restGroups == 0)
        return section("divisions", words.divisionsHeading, note: note, body: legend() + chart)
    }

    /// The colour of each verdict present, for the stacked charts.
    func legend() -> String {
        let items = Verdict.allCases.filter { statistics.verdicts[$0] > 0 }.map { verdict in
            "<span><i class=\"sw v-\(verdict.rawValue)\"></i>\(verdict.label.text(language).htmlEscaped)</span>"
        }
        return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>\n"
    }

    /// A section with its heading and note.
    func section(_ id: String, _ heading: String, note: String?, body: String) -> String {
        var out = "<section id=\"\(id)\">\n<h2>\(heading.htmlEscaped)</h2>\n"
        if let note { out += "<p class=\"note\">\(note.htmlEscaped)</p>\n" }
        return out + body + "</section>\n"
    }

    /// A count with its share of `whole`, as HTML.
    func value(_ count: Int, of whole: Int) -> String {
        "\(format.count(count)) <small>\(format.percent(count, of: whole))</small>"
    }

    /// The bars of a ranking stacked by verdict, the other groups last.
    private func stacked(
        _ ranking: BatchStatistics.Ranking, labelWidth: String, caption: String, other: (Int) -> String,
        label: (String) -> String
    ) -> String {
        var bars = ranking.top.map { group in
            Bars.Bar(label: label(group.key), segments: segments(group.counts), value: format.count(group.counts.total))
        }
        if ranking.restGroups > 0 {
            let name = other(ranking.restGroups).htmlEscaped
            bars.append(Bars.Bar(
                label: "<i>\(name)</i>", segments: segments(ranking.rest), value: format.count(ranking.rest.total)))
        }
        return Bars(bars: bars, labelWidth: labelWidth, caption: caption).html()
    }

    /// One segment per verdict of a group, strongest first.
    private func segments(_ counts: BatchStatistics.VerdictCounts) -> [Bars.Segment] {
        Verdict.allCases.map { verdict in
            let share = format.percent(counts[verdict], of: counts.total)
            return .init(count: counts[verdict], cssClass: "s-\(verdict.rawValue)",
                         title: "\(verdict.label.text(language)): \(format.count(counts[verdict])) (\(share))")
        }
    }

    /// A horizontal bar chart: one line per bar with its label, an inline SVG bar (stacked when it
    /// has several segments) and its value. The labels are HTML, so long titles wrap.
    struct Bars {
        /// A part of a bar: a count drawn in a CSS class, with a tooltip.
        struct Segment {
            var count: Int
            var cssClass: String
            var title: String
        }

        /// One bar: its label and value (both HTML, already escaped) and its segments.
        struct Bar {
            var label: String
            var segments: [Segment]
            var value: String
        }

        /// The bars, top to bottom.
        var bars: [Bar]
        /// The share of the width taken by the labels, e.g. `30%`.
        var labelWidth: String
        /// What the chart shows, for screen readers.
        var caption: String

        /// The SVG width of the longest bar.
        private static let width = 1_000.0

        /// The chart's HTML.
        func html() -> String {
            let largest = max(1, bars.map { $0.segments.reduce(0) { $0 + $1.count } }.max() ?? 1)
            var out = "<div class=\"bars\" role=\"list\" aria-label=\"\(caption.htmlEscaped)\""
            out += " style=\"--label:\(labelWidth)\">\n"
            for bar in bars {
                out += "<div class=\"bar-row\" role=\"listitem\"><div class=\"bar-label\">\(bar.label)</div>"
                let width = Self.number(Self.width)
                out += "<svg class=\"bar\" viewBox=\"0 0 \(width) 20\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
                out += "<rect class=\"track\" x=\"0\" y=\"2\" width=\"\(width)\" height=\"16\"/>"
                var x = 0.0
                for segment in bar.segments where segment.count > 0 {
                    let length = max(2, Double(segment.count) / Double(largest) * Self.width)
                    out += "<rect class=\"\(segment.cssClass)\" x=\"\(Self.number(x))\" y=\"2\""
                    out += " width=\"\(Self.number(length))\" height=\"16\">"
                    out += "<title>\(segment.title.htmlEscaped)</title></rect>"
                    x += length
                }
                out += "</svg><div class=\"bar-value\">\(bar.value)</div></div>\n"
            }
            out += "</div>\n"
            return out
        }

        /// A coordinate with at most one decimal, without a trailing `.0`.
        private static func number(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
        }
    }
}
