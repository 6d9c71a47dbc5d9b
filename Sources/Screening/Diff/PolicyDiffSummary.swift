import Diagnostics

/// The text summary of a policy diff: the records that moved, grouped by transition, with the
/// rules responsible and the records' ids; or that the draft changes nothing.
public struct PolicyDiffSummary: Sendable {
    /// The language of the text.
    public let language: Language
    /// At most this many ids are listed per transition.
    public var idsShown = 10

    /// Creates a summary in `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The summary's lines.
    public func text(_ diff: PolicyDiff) -> String {
        let format = BatchStatisticsFormat(language: language)
        var lines = [projects(diff.rowCount, format) + language.pick("; \(format.count(diff.changes.count)) thay đổi kết luận hoặc ưu tiên.",
                                                            "; \(format.count(diff.changes.count)) change verdict or priority.")]
        if diff.changes.isEmpty {
            lines.append(language.pick("Dự thảo không làm thay đổi kết luận hay ưu tiên của dự án nào.",
                              "The draft changes no project's verdict or priority."))
        }
        var groups: [ProjectChange.State: [ProjectChange.State: [ProjectChange]]] = [:]
        for change in diff.changes { groups[change.from, default: [:]][change.to, default: []].append(change) }
        let transitions = groups.flatMap { from, targets in targets.map { (from: from, to: $0.key, changes: $0.value) } }
            .sorted { ($1.changes.count, state($0.from) + state($0.to)) < ($0.changes.count, state($1.from) + state($1.to)) }
        for transition in transitions {
            lines.append("  \(state(transition.from)) → \(state(transition.to)): " + projects(transition.changes.count, format))
            var counts: [ProjectChange.RuleChange: Int] = [:]
            for change in transition.changes { for rule in change.rules { counts[rule, default: 0] += 1 } }
            for (rule, count) in counts.sorted(by: { ($1.value, $0.key.rule) < ($0.value, $1.key.rule) }) {
                lines.append("      \(rule.rule): \(status(rule.old)) → \(status(rule.new)) (\(format.count(count)))")
            }
            let ids = transition.changes.prefix(idsShown).map(\.new.id).joined(separator: ", ")
            lines.append("      " + language.pick("dự án: ", "projects: ") + ids + (transition.changes.count > idsShown ? ", …" : ""))
        }
        if diff.otherwiseChanged > 0 {
            lines.append(language.pick("Ngoài ra \(format.count(diff.otherwiseChanged)) dự án đổi quy tắc áp dụng hoặc điểm nhưng giữ kết luận và ưu tiên.",
                              "Besides, \(projects(diff.otherwiseChanged, format)) change fired rules or score but keep verdict and priority."))
        }
        return lines.joined(separator: "\n")
    }

    /// `N dự án`, or `1 project` / `N projects`.
    func projects(_ count: Int, _ format: BatchStatisticsFormat) -> String {
        format.count(count) + language.pick(" dự án", count == 1 ? " project" : " projects")
    }

    /// `review`, or `approve+ưu tiên` for a priority record.
    func state(_ state: ProjectChange.State) -> String {
        state.verdict.rawValue + (state.priority ? language.pick("+ưu tiên", "+priority") : "")
    }

    /// A rule outcome in words.
    func status(_ status: RuleStatus) -> String {
        switch status {
        case .fired: return language.pick("áp dụng", "fires")
        case .undecided: return language.pick("thiếu dữ liệu", "undecided")
        case .quiet: return language.pick("không áp dụng", "does not fire")
        }
    }
}
