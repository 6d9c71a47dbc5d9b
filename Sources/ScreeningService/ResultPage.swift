import Diagnostics
import Screening

/// The result page of the web form: the officer's report of one result (``HTMLReport``, whose
/// sections are the verdict, reasons with clauses and values, conditions, missing information
/// priority and what would change the verdict) under a bar to print it or screen another
/// application.
enum ResultPage {
    /// The whole page.
    static func html(
        _ result: ScreeningResult, policy: CompiledPolicy, analysis: ConditionAnalysis, record: ProjectRecord,
        language: Language
    ) -> String {
        let words = PageWords(language: language)
        var content = "<div class=\"actions\"><button type=\"button\" onclick=\"window.print()\">"
        content += "\(words.print.htmlEscaped)</button>"
        content += "<a href=\"/?lang=\(language.rawValue)\">\(words.another.htmlEscaped)</a></div>\n"
        let counterfactuals = analysis.counterfactuals(for: result, record: record)
        content += HTMLReport.render(
            result, policy: policy, record: record, language: language, counterfactuals: counterfactuals)
        let title = "\(result.verdict.label.text(language)) — \(result.id)"
        return PageLayout.page(title: title, language: language, content: content)
    }
}
