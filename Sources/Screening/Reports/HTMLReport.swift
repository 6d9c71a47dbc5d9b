import Diagnostics

/// The officer's report of one result as an HTML fragment: the same content as ``TextReport``,
/// as an `<article>` of sections (headline with the verdict, reasons, conditions, missing
/// information, priority, notes, rule errors, footer) that a page wraps and styles.
///
/// Each section is one function of ``sections``, so that a new section is one more entry.
/// With `counterfactuals`, the section "What would change the verdict" comes before the footer,
/// as in the text report of `check --explain`.
public enum HTMLReport {
    /// The report of one result, in `language`; `record` supplies the project's name and investor.
    public static func render(
        _ result: ScreeningResult, policy: CompiledPolicy, record: ProjectRecord? = nil, language: Language = .vi,
        counterfactuals: [Counterfactual]? = nil
    ) -> String {
        let content = TextReportContent(result: result, policy: policy, record: record, language: language)
        var body = sections.compactMap { $0(content) }.joined()
        if let counterfactuals {
            body += CounterfactualText(schema: policy.schema, language: language).html(counterfactuals)
        }
        body += footer(content)
        return "<article class=\"report verdict-\(result.verdict.rawValue)\">\n\(body)</article>\n"
    }

    /// The sections before the footer, in the order they are shown; a section with nothing to
    /// say gives nil.
    static let sections: [@Sendable (TextReportContent) -> String?] = [
        headline, reasons, conditions, missing, priority, notes, errors,
    ]

    /// The title, the application and investor, and the verdict in a box.
    static func headline(_ content: TextReportContent) -> String? {
        let words = content.words
        var html = "<header>\n<h1>\(words.documentTitle.htmlEscaped)</h1>\n"
        html += "<p class=\"policy-title\">\(content.policyTitle.htmlEscaped)</p>\n<dl class=\"application\">\n"
        html += "<dt>\(words.application.htmlEscaped)</dt><dd>\(content.result.id.htmlEscaped)"
        html += (content.projectName.map { " — " + $0.htmlEscaped } ?? "") + "</dd>\n"
        if let investor = content.investor {
            html += "<dt>\(words.investor.htmlEscaped)</dt><dd>\(investor.htmlEscaped)</dd>\n"
        }
        html += "</dl>\n</header>\n"
        html += "<section class=\"verdict\" id=\"verdict\">\n<p class=\"verdict-label\">\(words.verdict.htmlEscaped)</p>\n"
        html += "<p class=\"verdict-value\">\(content.result.verdict.label.text(words.language).htmlEscaped)</p>\n"
        html += "<p>\(words.explanation(of: content.result.verdict).htmlEscaped)</p>\n</section>\n"
        return html
    }

    /// The reject and review rules that fired.
    static func reasons(_ content: TextReportContent) -> String? {
        guard !content.reasons.isEmpty else { return nil }
        let words = content.words
        let items = content.reasons.map { item($0, heading: "\(words.tag($0.effect)): \($0.title)", content) }
        return section("reasons", words.reasonsSection, "<ol>\n" + items.joined() + "</ol>\n")
    }

    /// The conditions to attach.
    static func conditions(_ content: TextReportContent) -> String? {
        guard !content.conditions.isEmpty else { return nil }
        let preface = content.words.conditionsPreface(content.result.verdict).map { "<p>\($0.htmlEscaped)</p>\n" } ?? ""
        let items = content.conditions.map { item($0, heading: $0.title, content) }
        return section("conditions", content.words.conditionsSection, preface + "<ol>\n" + items.joined() + "</ol>\n")
    }

    /// The fields to provide, what each expects and the rules that need it.
    static func missing(_ content: TextReportContent) -> String? {
        guard !content.missing.isEmpty else { return nil }
        let words = content.words
        var html = content.result.verdict == .needsInfo ? "" : "<p>\(words.missingDoesNotChangeVerdict.htmlEscaped)</p>\n"
        html += "<ol>\n"
        for missing in content.missing {
            html += "<li><strong>\(missing.label.htmlEscaped)</strong> <code>\(missing.field.htmlEscaped)</code>"
            if let expectation = missing.expectation { html += " — \(expectation.htmlEscaped)" }
            html += "<br><span class=\"needed\">\(words.neededFor.htmlEscaped): "
            html += missing.rules.joined(separator: "; ").htmlEscaped + "</span></li>\n"
        }
        return section("missing", words.missingSection, html + "</ol>\n")
    }

    /// The priority score, the priority rules that fired, and what would earn more points.
    static func priority(_ content: TextReportContent) -> String? {
        guard content.showsPriority else { return nil }
        let words = content.words
        var html = "<p class=\"score\"><strong>\(content.scoreLine.htmlEscaped)</strong></p>\n"
        if !content.priorities.isEmpty {
            let items = content.priorities.map { item($0, heading: "\(words.points($0.weight)) — \($0.title)", content) }
            html += "<ol>\n" + items.joined() + "</ol>\n"
        }
        if content.showsHints {
            html += "<p>\(words.hintsIntro.htmlEscaped)</p>\n<ul>\n"
            for hint in content.hints {
                let text = content.hint(hint) { label, name in "\(label.htmlEscaped) <code>\(name.htmlEscaped)</code>" }
                html += "<li>\(text)</li>\n"
            }
            html += "</ul>\n"
        }
        return section("priority", words.prioritySection, html)
    }

    /// The note rules that fired.
    static func notes(_ content: TextReportContent) -> String? {
        guard !content.notes.isEmpty else { return nil }
        let items = content.notes.map { item($0, heading: $0.title, content) }
        return section("notes", content.words.notesSection, "<ol>\n" + items.joined() + "</ol>\n")
    }

    /// The rules that could not be evaluated.
    static func errors(_ content: TextReportContent) -> String? {
        guard !content.errors.isEmpty else { return nil }
        let words = content.words
        var html = "<p>\(words.errorsPreface.htmlEscaped)</p>\n<ol>\n"
        for error in content.errors {
            let title = error.title.isEmpty ? "" : " (\(error.title.htmlEscaped))"
            html += "<li><code>\(error.rule.htmlEscaped)</code>\(title): \(error.message.htmlEscaped)</li>\n"
        }
        return section("errors", words.errorsSection, html + "</ol>\n")
    }

    /// The policy that decided, its source, and the disclaimer.
    static func footer(_ content: TextReportContent) -> String {
        let words = content.words
        var html = "<footer>\n<p>\(words.policyLine(content.result.policy).htmlEscaped)</p>\n"
        if let source = content.source { html += "<p>\(words.source.htmlEscaped): \(source.htmlEscaped)</p>\n" }
        return html + "<p class=\"disclaimer\">\(words.disclaimer.htmlEscaped)</p>\n</footer>\n"
    }

    /// A titled section; `id` names it for styles and links.
    private static func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section class=\"\(id)\" id=\"\(id)\">\n<h2>\(title.htmlEscaped)</h2>\n\(body)</section>\n"
    }

    /// A fired rule: heading, rule, clause with quote, finding, and a table of the values read.
    private static func item(_ item: TextReportContent.Item, heading: String, _ content: TextReportContent) -> String {
        let words = content.words
        var html = "<li>\n<h3>\(heading.htmlEscaped)</h3>\n<dl>\n"
        html += "<dt>\(words.rule.htmlEscaped)</dt><dd><code>\(item.rule.htmlEscaped)</code></dd>\n"
        html += "<dt>\(words.basis.htmlEscaped)</dt><dd>\(content.citation(item).htmlEscaped)</dd>\n"
        html += "<dt>\(words.finding.htmlEscaped)</dt><dd>\(item.message.htmlEscaped)</dd>\n</dl>\n"
        if !item.values.isEmpty {
            html += "<table class=\"values\">\n<tr><th>\(words.information.htmlEscaped)</th>"
            html += "<th>\(words.fieldName.htmlEscaped)</th><th>\(words.value.htmlEscaped)</th></tr>\n"
            for line in item.values {
                html += "<tr><td>\(line.label.htmlEscaped)</td><td><code>\(line.field.htmlEscaped)</code></td>"
                html += "<td>\(line.value.htmlEscaped)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</li>\n"
    }
}
