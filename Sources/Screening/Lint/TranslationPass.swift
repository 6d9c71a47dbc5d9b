import Diagnostics
import Foundation

/// Finds rules whose title or message is not written in both languages: a text that is empty
/// in one language, or the same in both (a plain string, or an untranslated copy).
enum TranslationPass {
    /// The findings: one warning per rule and untranslated text, at the rule's id.
    static func run(_ context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for rule in context.policy.rules {
            let texts: [(key: String, vi: String, en: String)] = [
                ("title", rule.title.vi, rule.title.en),
                ("message", rule.message.vi.text, rule.message.en.text),
            ]
            for text in texts {
                let vi = text.vi.trimmingCharacters(in: .whitespacesAndNewlines)
                let en = text.en.trimmingCharacters(in: .whitespacesAndNewlines)
                let problem: LocalizedText?
                if en.isEmpty {
                    problem = LocalizedText(vi: "`\(text.key)` của quy tắc `\(rule.id)` không có bản tiếng Anh",
                                            en: "the \(text.key) of rule `\(rule.id)` has no English text")
                } else if vi.isEmpty {
                    problem = LocalizedText(vi: "`\(text.key)` của quy tắc `\(rule.id)` không có bản tiếng Việt",
                                            en: "the \(text.key) of rule `\(rule.id)` has no Vietnamese text")
                } else if vi == en {
                    problem = LocalizedText(vi: "`\(text.key)` của quy tắc `\(rule.id)` giống hệt nhau ở hai ngôn ngữ",
                                            en: "the \(text.key) of rule `\(rule.id)` is the same in both languages")
                } else {
                    problem = nil
                }
                guard let problem else { continue }
                findings.append(context.warning(
                    "lint.translation", at: rule.location, message: problem,
                    help: LocalizedText(vi: "viết `\(text.key): {vi: \"…\", en: \"…\"}`",
                                        en: "write `\(text.key): {vi: \"…\", en: \"…\"}`")))
            }
        }
        return findings
    }
}
