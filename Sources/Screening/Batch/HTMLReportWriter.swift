import Diagnostics
import Foundation

/// Writes a batch as one self-contained HTML page for analysts: counts by verdict, charts by
/// district, VSIC division, rule and missing field, and a sortable table of the projects.
///
/// Memory stays bounded on any registry: the statistics count every row, but the table keeps
/// only the first ``firstRows`` rows and the rows whose verdict is not `approve`, up to
/// ``rowCap`` rows in all; the page says how many rows it shows of how many.
public struct HTMLReportWriter: ResultWriter {
    /// Where the page is written, by ``finish()``.
    public let url: URL
    /// The rows kept whatever their verdict.
    public let firstRows: Int
    /// The most rows kept for the table.
    public let rowCap: Int
    /// The counts over every row written so far.
    public private(set) var statistics: BatchStatistics
    private let policy: CompiledPolicy
    private let registryName: String
    private let words: HTMLReportWords
    private let groupPositions: StatisticsGroups.Positions
    /// The rows kept for the table, in input order.
    private(set) var rows: [HTMLReportTable.Row] = []

    /// The most districts, divisions and missing fields drawn in each chart.
    static let chartLimit = 15
    /// The most rules drawn in the chart of the rules that fired.
    static let ruleLimit = 40

    /// Creates a writer of the page for `registryName` screened under `policy`, in `language`.
    public init(
        url: URL, policy: CompiledPolicy, language: Language = .vi, registryName: String,
        firstRows: Int = 5_000, rowCap: Int = 20_000
    ) {
        self.url = url
        self.policy = policy
        self.words = HTMLReportWords(language: language)
        self.registryName = registryName
        self.firstRows = firstRows
        self.rowCap = rowCap
        self.statistics = BatchStatistics(policy: policy)
        self.groupPositions = StatisticsGroups.Positions(schema: policy.schema)
    }

    /// Counts the row and keeps it for the table if it is among the first rows or not `approve`.
    public mutating func write(row: Int, record: ProjectRecord?, result: ScreeningResult) throws {
        write(row: row, record: record, summary: ScreeningSummary(result, ruleIDs: statistics.ruleIDs),
              groups: StatisticsGroups(record: record, positions: groupPositions), result: result)
    }

    /// Counts a batch's row by its summary and groups, and keeps it for the table (with its
    /// reasons) if it is among the first rows or not `approve`, when its result was kept.
    public mutating func write(row: Int, record: ProjectRecord? = nil, summary: ScreeningSummary,
                               groups: StatisticsGroups, result: ScreeningResult?) {
        let position = statistics.total
        statistics.add(summary: summary, groups: groups)
        guard let result, rows.count < rowCap, position < firstRows || result.verdict != .approve else { return }
        rows.append(HTMLReportTable.Row(row: row, record: record, result: result, policy: policy.policy, words: words))
    }

    /// Writes the page.
    public mutating func finish() throws {
        try Data(html().utf8).write(to: url, options: .atomic)
    }

    /// The page for the rows written so far.
    ///
    /// The page is self-contained (inline CSS, inline SVG, a small inline script) and holds no
    /// timestamp, so the same batch always gives the same page.
    public func html() -> String {
        let header = policy.policy.header
        let language = words.language
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"screener\">\n"
        let title = "\(words.pageTitle) — \(registryName) (\(header.id) \(header.version))"
        out += "<title>\(title.htmlEscaped)</title>\n"
        out += "<style>\n\(HTMLReportStyle.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += banner()
        out += cards()
        if statistics.ruleErrorRows > 0 {
            out += "<p class=\"note warning\">\(words.ruleErrors(statistics.ruleErrorRows).htmlEscaped)</p>\n"
        }
        let sections = HTMLReportSections(statistics: statistics, words: words, groupLimit: Self.chartLimit)
        let ruleSections = HTMLReportRuleSections(
            statistics: statistics, policy: policy.policy, words: words, ruleLimit: Self.ruleLimit,
            fieldLimit: Self.chartLimit)
        out += "<div class=\"grid2\">\n" + sections.verdicts()
        out += sections.scores(threshold: policy.priorityThreshold) + "</div>\n"
        out += "<div class=\"grid2\">\n" + sections.districts() + sections.divisions() + "</div>\n"
        out += ruleSections.firedRules()
        out += ruleSections.missingFields()
        out += ruleSections.neverFired()
        out += HTMLReportTable(rows: rows, total: statistics.total, firstRows: firstRows, rowCap: rowCap, words: words)
            .html()
        out += "<footer>\(words.footer(id: header.id, version: header.version).htmlEscaped)</footer>\n"
        out += "</main>\n<script>\n\(HTMLReportStyle.script)\n</script>\n</body>\n</html>\n"
        return out
    }

    /// The title block: the policy's title, the registry, and the policy's identity and basis.
    private func banner() -> String {
        let header = policy.policy.header
        let language = words.language
        var out = "<header class=\"report\">\n"
        out += "<p class=\"kicker\">\(header.title.text(language).htmlEscaped)</p>\n"
        out += "<h1>\(words.pageTitle.htmlEscaped)</h1>\n<dl class=\"meta\">\n"
        out += "<dt>\(words.registry.htmlEscaped)</dt><dd><b>\(registryName.htmlEscaped)</b></dd>\n"
        out += "<dt>\(words.policy.htmlEscaped)</dt><dd><code>\(header.id.htmlEscaped)</code> "
        out += "\(words.version.htmlEscaped) <code>\(header.version.htmlEscaped)</code></dd>\n"
        out += "<dt>\(words.digest.htmlEscaped)</dt>"
        out += "<dd><code class=\"digest\">\(policy.policy.digest.htmlEscaped)</code></dd>\n"
        if let source = header.source?.text(language) {
            out += "<dt>\(words.basis.htmlEscaped)</dt><dd class=\"basis\">\(source.htmlEscaped)</dd>\n"
        }
        out += "</dl>\n</header>\n"
        return out
    }

    /// The cards: rows screened, each verdict with its share, and the projects with priority.
    private func cards() -> String {
        let format = words.format
        let total = statistics.total
        var out = "<section id=\"summary\" class=\"cards\">\n"
        out += card("total", words.rowsScreened, format.count(total), share: "&nbsp;")
        for verdict in Verdict.allCases {
            let count = statistics.verdicts[verdict]
            out += card("v-\(verdict.rawValue)", verdict.label.text(words.language), format.count(count),
                        share: format.percent(count, of: total))
        }
        var share = format.percent(statistics.priorityCount, of: total)
        let rejected = statistics.priorityVerdicts[.reject]
        if rejected > 0 { share += " · " + words.priorityRejected(rejected).htmlEscaped }
        out += card("priority", words.priority, format.count(statistics.priorityCount), share: share)
        out += "</section>\n"
        return out
    }

    /// One card: a label, a large number and its share (HTML).
    private func card(_ cssClass: String, _ label: String, _ number: String, share: String) -> String {
        "<div class=\"card \(cssClass)\"><div class=\"l\">\(label.htmlEscaped)</div>"
            + "<div class=\"n\">\(number)</div><div class=\"p\">\(share)</div></div>\n"
    }
}

extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` escaped, for HTML element content and quoted
    /// attribute values; control characters other than tab and newline (not allowed in HTML)
    /// become U+FFFD.
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case let control where control.value < 0x20 || (0x7F...0x9F).contains(control.value):
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
