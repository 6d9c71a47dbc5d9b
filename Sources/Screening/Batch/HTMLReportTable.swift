import CEL
import Diagnostics

/// The report's table of projects, sortable by clicking a column heading (see
/// ``HTMLReportStyle/script``), each row marked with its verdict's colour.
struct HTMLReportTable {
    let rows: [Row]
    /// The rows of the registry, shown or not.
    let total: Int
    let firstRows: Int
    let rowCap: Int
    let words: HTMLReportWords

    /// The section with the note on how many rows are shown, the filter box and the table.
    func html() -> String {
        var out = "<section id=\"projects-section\" class=\"table-section\">\n"
        out += "<h2>\(words.tableHeading.htmlEscaped)</h2>\n"
        let shown = words.shownNote(shown: rows.count, total: total, firstRows: firstRows, cap: rowCap)
        out += "<p class=\"note\">\(shown.htmlEscaped) "
        out += "<span class=\"no-print\">\(words.sortHint.htmlEscaped)</span></p>\n"
        out += "<p class=\"no-print\"><input id=\"filter\" type=\"search\" placeholder=\""
        out += "\(words.filterPlaceholder.htmlEscaped)\" aria-label=\""
        out += "\(words.filterPlaceholder.htmlEscaped)\"></p>\n"
        out += "<table id=\"projects\" class=\"projects\">\n<thead><tr>"
        let numeric: Set<Int> = [0, 6]
        for (index, column) in words.columns.enumerated() {
            let type = numeric.contains(index) ? "num" : "text"
            out += "<th scope=\"col\" data-type=\"\(type)\">\(column.htmlEscaped)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows { out += html(row) }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// One project's row.
    private func html(_ row: Row) -> String {
        let verdict = row.verdict.rawValue
        let label = row.verdict.label.text(words.language).htmlEscaped
        var out = "<tr class=\"r-\(verdict)\">"
        out += "<td class=\"num\" data-k=\"\(row.row)\">\(words.format.count(row.row))</td>"
        out += "<td class=\"id\">\(row.id.htmlEscaped)</td>"
        out += "<td class=\"name\">\(row.name.htmlEscaped)</td>"
        out += "<td>\(row.district.htmlEscaped)</td>"
        out += "<td class=\"code\">\(row.vsic.htmlEscaped)</td>"
        out += "<td data-k=\"\(row.verdict.strength)\"><span class=\"pill v-\(verdict)\">\(label)</span></td>"
        let star = row.priority ? " <span class=\"star\" title=\"\(words.priority.htmlEscaped)\">★</span>" : ""
        out += "<td class=\"num\" data-k=\"\(row.score)\">\(words.format.count(row.score))\(star)</td>"
        out += "<td class=\"reason\">\(row.reason.htmlEscaped)"
        if row.moreReasons > 0 {
            out += " <span class=\"more\">\(words.moreReasons(row.moreReasons).htmlEscaped)</span>"
        }
        out += "</td><td class=\"missing\">"
        for label in row.missing { out += "<span>\(label.htmlEscaped)</span>" }
        out += "</td></tr>\n"
        return out
    }

    /// One project of the report's table, reduced to the text of its cells.
    struct Row: Sendable {
        /// The row (or line) of the registry.
        var row: Int
        /// The project's `id`, `name`, `district` and `vsic` fields ("" when missing).
        var id: String, name: String, district: String, vsic: String
        /// The verdict, the priority flag and the priority score.
        var verdict: Verdict
        var priority: Bool
        var score: Int
        /// The first reason's message, or why the row could not be read, or (for `needs_info`
        /// without a decisive reason) the rules that could not be decided.
        var reason: String
        /// How many more reasons (or read errors) there are.
        var moreReasons: Int
        /// The labels of the fields to provide.
        var missing: [String]

        /// The cells of a registry row and its result, in the language of `words`.
        init(row: Int, record: ProjectRecord?, result: ScreeningResult, policy: Policy, words: HTMLReportWords) {
            let language = words.language
            func text(_ field: String) -> String {
                guard let value = record?.value(field, in: policy.schema) else { return "" }
                return ValueFormat.display(value)
            }
            self.row = row
            self.id = result.id.isEmpty ? text("id") : result.id
            self.name = text("name")
            self.district = text("district")
            self.vsic = text("vsic")
            self.verdict = result.verdict
            self.priority = result.priority
            self.score = result.score
            (self.reason, self.moreReasons) = Self.mainReason(result, policy: policy, words: words)
            self.missing = result.missing.map { $0.label.text(language) }
        }

        /// The text of the reason column and how many more reasons there are: why the row could
        /// not be read; for `needs_info` without a decisive reason, the rules that could not be
        /// decided; otherwise the first (strongest) reason.
        private static func mainReason(_ result: ScreeningResult, policy: Policy, words: HTMLReportWords)
            -> (String, Int)
        {
            let language = words.language
            if let problem = result.recordErrors.first {
                let place = problem.location.map { "\(words.column($0.column)): " } ?? ""
                return (place + problem.message.text(language), result.recordErrors.count - 1)
            }
            var rules: [String] = []
            for rule in result.missing.flatMap(\.rules) where !rules.contains(rule) { rules.append(rule) }
            if result.verdict == .needsInfo, result.reasons.first?.effect.isDecisive != true, !rules.isEmpty {
                let titles = rules.map { id in policy.rules.first { $0.id == id }?.title.text(language) ?? id }
                return (words.undecided(titles), result.reasons.count)
            }
            return (result.reasons.first?.message.text(language) ?? "", max(0, result.reasons.count - 1))
        }
    }
}
