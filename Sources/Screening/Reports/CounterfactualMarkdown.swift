import Diagnostics

extension CounterfactualText {
    /// The section of the Markdown report: a heading, then each entry under its own heading
    /// with the changes as a list.
    public func markdownLines(_ counterfactuals: [Counterfactual]) -> [String] {
        let escape = { (text: String) in MarkdownReport.escape(text) }
        var lines = ["", "## " + escape(title)]
        if counterfactuals.isEmpty { lines += ["", escape(nothingToLift)] }
        for (index, entry) in entries(counterfactuals).enumerated() {
            lines += ["", "### \(index + 1). " + escape(entry.heading), "", "- **\(words.rule):** `\(entry.rule)`", "", escape(entry.intro)]
            if !entry.changes.isEmpty { lines.append("") }
            for (change, example) in entry.changes {
                lines += ["- " + escape(change), "  - " + escape(example)]
            }
            if !entry.closing.isEmpty { lines += [""] + entry.closing.map(escape) }
        }
        return lines
    }
}
