import Diagnostics

extension CounterfactualText {
    /// The section of an HTML report: a heading, then each entry with its changes as a list,
    /// each change with the example that shows it.
    public func html(_ counterfactuals: [Counterfactual]) -> String {
        var html = "<section class=\"counterfactuals\" id=\"counterfactuals\">\n<h2>\(title.htmlEscaped)</h2>\n"
        if counterfactuals.isEmpty { return html + "<p>\(nothingToLift.htmlEscaped)</p>\n</section>\n" }
        html += "<ol>\n"
        for entry in entries(counterfactuals) {
            html += "<li>\n<h3>\(entry.heading.htmlEscaped)</h3>\n"
            html += "<p>\(words.rule.htmlEscaped): <code>\(entry.rule.htmlEscaped)</code></p>\n"
            html += "<p>\(entry.intro.htmlEscaped)</p>\n"
            if !entry.changes.isEmpty {
                html += "<ul>\n"
                for (change, example) in entry.changes {
                    html += "<li>\(change.htmlEscaped)<br><span class=\"example\">\(example.htmlEscaped)</span></li>\n"
                }
                html += "</ul>\n"
            }
            html += entry.closing.map { "<p>\($0.htmlEscaped)</p>\n" }.joined()
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }
}
