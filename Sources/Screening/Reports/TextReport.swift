import Diagnostics

/// The officer's report of one result as plain text: the verdict first, then the reasons with
/// the plan's clauses and the project's numbers, the conditions, what is missing, the priority,
/// notes and rule errors, and the policy that decided. Lines are not wrapped; sections are
/// separated by ASCII rules so that the report prints cleanly.
public enum TextReport {
    /// The report of one result, in `language`; `record` supplies the project's name and investor;
    /// `appendix` (e.g. the lines of ``CounterfactualText``) goes before the footer.
    public static func render(
        _ result: ScreeningResult, policy: CompiledPolicy, record: ProjectRecord? = nil, language: Language = .vi,
        appendix: [String] = []
    ) -> String {
        let content = TextReportContent(result: result, policy: policy, record: record, language: language)
        let words = content.words
        var lines: [String] = [words.documentTitle.uppercased(), content.policyTitle, content.applicationLine]
        if let investor = content.investor { lines.append("\(words.investor): \(investor)") }
        lines += ["", heavyRule, content.verdictLine, heavyRule, words.explanation(of: result.verdict)]

        if !content.reasons.isEmpty {
            section(words.reasonsSection, into: &lines)
            for (index, item) in content.reasons.enumerated() {
                lines += self.item(item, number: index + 1, heading: "[\(words.tag(item.effect))] \(item.title)", content)
            }
        }
        if !content.conditions.isEmpty {
            section(words.conditionsSection, into: &lines)
            if let preface = words.conditionsPreface(result.verdict) { lines.append(preface) }
            for (index, item) in content.conditions.enumerated() {
                lines += self.item(item, number: index + 1, heading: item.title, content)
            }
        }
        if !content.missing.isEmpty {
            section(words.missingSection, into: &lines)
            if result.verdict != .needsInfo { lines.append(words.missingDoesNotChangeVerdict) }
            for (index, missing) in content.missing.enumerated() {
                let marker = "\(index + 1). "
                var line = marker + "\(words.provide): \(missing.label) [\(missing.field)]"
                if let expectation = missing.expectation { line += " — \(expectation)" }
                lines.append(line)
                lines.append(String(repeating: " ", count: marker.count) + "\(words.neededFor): " + missing.rules.joined(separator: "; "))
            }
        }
        if content.showsPriority {
            section(words.prioritySection, into: &lines)
            lines.append(content.scoreLine)
            for (index, item) in content.priorities.enumerated() {
                lines += self.item(item, number: index + 1, heading: "\(words.points(item.weight)) — \(item.title)", content)
            }
            if content.showsHints {
                lines.append(words.hintsIntro)
                lines += content.hints.map { "   - " + content.hint($0) { "\($0) [\($1)]" } }
            }
        }
        if !content.notes.isEmpty {
            section(words.notesSection, into: &lines)
            for (index, item) in content.notes.enumerated() {
                lines += self.item(item, number: index + 1, heading: item.title, content)
            }
        }
        if !content.errors.isEmpty {
            section(words.errorsSection, into: &lines)
            lines.append(words.errorsPreface)
            for (index, error) in content.errors.enumerated() {
                let title = error.title.isEmpty ? "" : " (\(error.title))"
                lines.append("\(index + 1). \(words.rule) \(error.rule)\(title): \(error.message)")
            }
        }

        lines += appendix
        lines += ["", heavyRule, words.policyLine(result.policy)]
        if let source = content.source { lines.append("\(words.source): \(source)") }
        lines.append(words.disclaimer)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rule under the headline and above the footer.
    static let heavyRule = String(repeating: "=", count: 72)

    /// The rule under a section heading.
    static let lightRule = String(repeating: "-", count: 72)

    private static func section(_ title: String, into lines: inout [String]) {
        lines += ["", title.uppercased(), lightRule]
    }

    /// A fired rule: numbered heading, rule, clause with quote, message, values read.
    private static func item(
        _ item: TextReportContent.Item, number: Int, heading: String, _ content: TextReportContent
    ) -> [String] {
        let words = content.words
        let marker = "\(number). "
        let indent = String(repeating: " ", count: marker.count)
        var lines = [
            marker + heading,
            indent + "\(words.rule): \(item.rule)",
            indent + "\(words.basis): " + content.citation(item),
            indent + "\(words.finding): \(item.message)",
        ]
        if !item.values.isEmpty {
            lines.append(indent + "\(words.projectData):")
            lines += item.values.map { indent + "  - \($0.label) [\($0.field)]: \($0.value)" }
        }
        return lines
    }
}
