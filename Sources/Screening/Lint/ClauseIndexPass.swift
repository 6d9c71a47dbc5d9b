import Diagnostics

/// Warns when the policy has no index of its source's clauses, so that its citations cannot
/// be checked (with an index, the compiler reports every citation the index lacks).
enum ClauseIndexPass {
    /// The finding, at the first rule, when the header names no `clauses:` file.
    static func run(_ context: LintContext) -> [Diagnostic] {
        guard context.policy.clauses == nil, context.policy.header.clausesPath == nil,
            let first = context.policy.rules.first
        else { return [] }
        return [context.warning(
            "lint.no_clause_index", at: first.cite.location,
            message: LocalizedText(vi: "chính sách không có bảng mục lục điều khoản nên không kiểm tra được trích dẫn",
                                   en: "the policy has no index of its source's clauses, so citations cannot be checked"),
            help: LocalizedText(vi: "thêm `clauses: source.yaml` vào phần `policy:`",
                                en: "add `clauses: source.yaml` to the `policy:` header"))]
    }
}
