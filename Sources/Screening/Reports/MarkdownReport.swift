import Diagnostics

/// The officer's report of one result as Markdown: the same content as ``TextReport``, with
/// headings, bullet lists and a table of the project's values under each reason.
public enum MarkdownReport {
    /// The report of one result, in `language`; `record` supplies the project's name and investor;
    /// `appendix` (e.g. from ``CounterfactualText/markdownLines(_:)``) goes before the footer.
    public static func render(
        _ result: ScreeningResult, policy: CompiledPolicy, record: ProjectRecord? = nil, language: Language = .vi,
        appendix: [String] = []
    ) -> String {
        let content = TextReportContent(result: result, policy: policy, record: record, language: language)
        let words = content.words
        var lines = ["# " + escape(words.documentTitle), "", escape(content.policyTitle), ""]
        lines.append("- **\(words.application):** \(escape(result.id))" + (content.projectName.map { " — " + escape($0) } ?? ""))
        if let investor = content.investor { lines.append("- **\(words.investor):** \(escape(investor))") }
        lines += ["", "## " + escape(content.verdictLine), "", escape(words.explanation(of: result.verdict))]

        if !content.reasons.isEmpty {
            lines += ["", "## " + words.reasonsSection]
            for (index, item) in content.reasons.enumerated() {
                lines += self.item(item, heading: "\(index + 1). \(words.tag(item.effect)): \(item.title)", content)
            }
        }
        if !content.conditions.isEmpty {
            lines += ["", "## " + words.conditionsSection]
            if let preface = words.conditionsPreface(result.verdict) { lines += ["", escape(preface)] }
            for (index, item) in content.conditions.enumerated() {
                lines += self.item(item, heading: "\(index + 1). \(item.title)", content)
            }
        }
        if !content.missing.isEmpty {
            lines += ["", "## " + words.missingSection, ""]
            if result.verdict != .needsInfo { lines += [escape(words.missingDoesNotChangeVerdict), ""] }
            for missing in content.missing {
                var line = "- **\(words.provide):** \(escape(missing.label)) `\(missing.field)`"
                if let expectation = missing.expectation { line += " — " + escape(expectation) }
                lines.append(line)
                lines.append("  - \(words.neededFor): " + escape(missing.rules.joined(separator: "; ")))
            }
        }
        if content.showsPriority {
            lines += ["", "## " + words.prioritySection, "", "**" + escape(content.scoreLine) + "**"]
            for item in content.priorities {
                lines += self.item(item, heading: "\(words.points(item.weight)) — \(item.title)", content)
            }
            if content.showsHints {
                lines += ["", escape(words.hintsIntro), ""]
                lines += content.hints.map { "- " + content.hint($0) { "\(escape($0)) `\($1)`" } }
            }
        }
        if !content.notes.isEmpty {
            lines += ["", "## " + words.notesSection]
            for (index, item) in content.notes.enumerated() {
                lines += self.item(item, heading: "\(index + 1). \(item.title)", content)
            }
        }
        if !content.errors.isEmpty {
            lines += ["", "## " + words.errorsSection, "", escape(words.errorsPreface), ""]
            for error in content.errors {
                let title = error.title.isEmpty ? "" : " (\(escape(error.title)))"
                lines.append("- `\(error.rule)`\(title): \(escape(error.message))")
            }
        }

        lines += appendix
        lines += ["", "---", "", escape(words.policyLine(result.policy)) + "  "]
        if let source = content.source { lines.append("\(words.source): \(escape(source))  ") }
        lines.append("_\(escape(words.disclaimer))_")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A fired rule: heading, rule, clause with quote, message, and a table of the values read.
    private static func item(_ item: TextReportContent.Item, heading: String, _ content: TextReportContent) -> [String] {
        let words = content.words
        var lines = [
            "", "### " + escape(heading), "",
            "- **\(words.rule):** `\(item.rule)`",
            "- **\(words.basis):** " + escape(content.citation(item)),
            "- **\(words.finding):** " + escape(item.message),
        ]
        if !item.values.isEmpty {
            lines += ["", "| \(words.information) | \(words.fieldName) | \(words.value) |", "|---|---|---|"]
            lines += item.values.map { "| \(cell($0.label)) | `\($0.field)` | \(cell($0.value)) |" }
        }
        return lines
    }

    /// Text with the characters Markdown would read as formatting escaped; an underscore inside
    /// a word (`energy_product`) is left alone, as Markdown does not read it as emphasis.
    static func escape<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        var previous: Character?
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            let insideWord = character == "_" && isWordCharacter(previous) && isWordCharacter(characters.first)
            if "\\`*_[]<|".contains(character) && !insideWord { out.append("\\") }
            out.append(character)
            previous = character
        }
        return out
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber
    }

    /// Text for a table cell: escaped, on one line.
    private static func cell(_ text: String) -> String {
        escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
