import Diagnostics

/// The report's sections about rules and data: the rules that fire most with their titles and
/// clauses, the rules that never fired, and the fields most often missing.
struct HTMLReportRuleSections {
    let statistics: BatchStatistics
    let policy: Policy
    let words: HTMLReportWords
    /// The most rules drawn.
    let ruleLimit: Int
    /// The most missing fields drawn.
    let fieldLimit: Int

    private var language: Language { words.language }
    private var format: BatchStatisticsFormat { words.format }
    private var sections: HTMLReportSections {
        HTMLReportSections(statistics: statistics, words: words, groupLimit: fieldLimit)
    }

    /// The rules that fired most: title, id, effect and clause, with the projects they fired for.
    func firedRules() -> String {
        let rules = Dictionary(policy.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fired = statistics.firedRules
        let note = words.rulesNote(fired: statistics.ruleIDs.count - statistics.neverFiredRules.count,
                                   of: statistics.ruleIDs.count)
        guard !fired.isEmpty else {
            return sections.section("rules", words.rulesHeading, note: note,
                                    body: "<p class=\"empty\">\(words.noRulesFired.htmlEscaped)</p>\n")
        }
        let bars = fired.prefix(ruleLimit).map { entry in
            let rule = rules[entry.rule]
            let effect = rule?.effect ?? .note
            let title = rule?.title.text(language) ?? entry.rule
            let label = "<span class=\"rule-title\">\(title.htmlEscaped)</span>"
                + "<span class=\"rule-meta\">\(ruleMeta(entry.rule, rule)) · "
                + "<span class=\"fx fx-\(effect.rawValue)\">\(words.effect(effect).htmlEscaped)</span></span>"
            let segment = HTMLReportSections.Bars.Segment(
                count: entry.count, cssClass: "s-fx-\(effect.rawValue)", title: "\(entry.rule): \(format.count(entry.count))")
            return HTMLReportSections.Bars.Bar(
                label: label, segments: [segment], value: sections.value(entry.count, of: statistics.total))
        }
        let chart = HTMLReportSections.Bars(bars: Array(bars), labelWidth: "52%", caption: words.rulesHeading)
        return sections.section("rules", words.rulesHeading, note: note, body: chart.html())
    }

    /// The policy's rules that fired for no project, in policy order.
    func neverFired() -> String {
        let never = statistics.neverFiredRules
        guard !never.isEmpty else {
            return sections.section("never", words.neverHeading, note: nil,
                                    body: "<p class=\"empty\">\(words.allFired.htmlEscaped)</p>\n")
        }
        let rules = Dictionary(policy.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var list = "<ul class=\"never\">\n"
        for id in never {
            let rule = rules[id]
            let title = rule?.title.text(language) ?? id
            list += "<li><span class=\"rule-title\">\(title.htmlEscaped)</span>"
            list += "<span class=\"rule-meta\">\(ruleMeta(id, rule))</span></li>\n"
        }
        list += "</ul>\n"
        return sections.section("never", words.neverHeading,
                                note: words.neverNote(never.count, of: statistics.ruleIDs.count), body: list)
    }

    /// The fields most often asked for, with their labels.
    func missingFields() -> String {
        let missing = statistics.missingByCount
        guard !missing.isEmpty else {
            return sections.section("missing", words.missingHeading, note: nil,
                                    body: "<p class=\"empty\">\(words.noneMissing.htmlEscaped)</p>\n")
        }
        let bars = missing.prefix(fieldLimit).map { entry in
            let label = policy.schema.field(entry.field)?.label.text(language) ?? entry.field
            return HTMLReportSections.Bars.Bar(
                label: "<span class=\"rule-title\">\(label.htmlEscaped)</span>"
                    + "<span class=\"rule-meta\"><code>\(entry.field.htmlEscaped)</code></span>",
                segments: [.init(count: entry.count, cssClass: "s-missing", title: "\(label): \(entry.count)")],
                value: sections.value(entry.count, of: statistics.total))
        }
        let chart = HTMLReportSections.Bars(bars: Array(bars), labelWidth: "52%", caption: words.missingHeading)
        return sections.section("missing", words.missingHeading, note: words.missingNote, body: chart.html())
    }

    /// A rule's id and the clause it cites, with the clause's heading as a tooltip.
    private func ruleMeta(_ id: String, _ rule: Rule?) -> String {
        var meta = "<code>\(id.htmlEscaped)</code>"
        if let clause = rule?.cite.clause, !clause.isEmpty {
            let heading = policy.clauses?[clause]?.text(language)
            let tooltip = heading.map { " title=\"\($0.htmlEscaped)\"" } ?? ""
            meta += " · <span class=\"clause\"\(tooltip)>\(words.clause.htmlEscaped) "
                + "\(clause.htmlEscaped)</span>"
        }
        return meta
    }
}
