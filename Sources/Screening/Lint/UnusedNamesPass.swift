import Diagnostics

/// Finds parameters, lists and facts that no rule reads (directly or through facts).
enum UnusedNamesPass {
    /// Parameters the engine itself reads, so that no expression needs to.
    static let engineParameters: Set<String> = ["priority_threshold"]

    /// The findings: one warning at each unused name's declaration.
    static func run(_ context: LintContext) -> [Diagnostic] {
        let references = PolicyReferences(context.compiled)
        var findings: [Diagnostic] = []
        for parameter in context.policy.parameters
        where !references.params.contains(parameter.name) && !engineParameters.contains(parameter.name) {
            findings.append(context.warning(
                "lint.unused_parameter", at: parameter.location,
                message: LocalizedText(vi: "tham số `\(parameter.name)` không được dùng ở đâu",
                                       en: "parameter `\(parameter.name)` is never used"),
                help: removeHelp))
        }
        for list in context.policy.lists where !references.lists.contains(list.name) {
            findings.append(context.warning(
                "lint.unused_list", at: list.location,
                message: LocalizedText(vi: "danh sách `\(list.name)` không được dùng ở đâu",
                                       en: "list `\(list.name)` is never used"),
                help: removeHelp))
        }
        for fact in context.policy.facts where !references.factIsUsed(fact.name) {
            findings.append(context.warning(
                "lint.unused_fact", at: fact.location,
                message: LocalizedText(vi: "dữ kiện `\(fact.name)` không được quy tắc nào dùng",
                                       en: "fact `\(fact.name)` is not used by any rule"),
                help: removeHelp))
        }
        return findings
    }

    static let removeHelp = LocalizedText(vi: "xóa nó, hoặc dùng nó trong một quy tắc",
                                          en: "remove it, or use it in a rule")
}
