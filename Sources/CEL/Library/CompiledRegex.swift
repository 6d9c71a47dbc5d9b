import Foundation

/// A compiled RE2 pattern: either a literal (matched by substring search) or an ICU regex.
struct CompiledRegex: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    /// How a pattern is matched.
    private enum Matcher {
        case literal([UInt8])
        case regex(NSRegularExpression)
    }

    private let matcher: Matcher

    /// Compiled patterns by source text, shared by all evaluations.
    private static let cache = LockedCache<String, Result<CompiledRegex, EvalError>>(capacity: 512)

    /// The compiled form of `pattern`, compiled on first use and then cached.
    static func cached(_ pattern: String) -> Result<CompiledRegex, EvalError> {
        if let cached = cache.value(for: pattern) { return cached }
        let compiled = compile(pattern)
        cache.store(compiled, for: pattern)
        return compiled
    }

    /// Compiles `pattern`, or returns why it is not a valid RE2 pattern.
    static func compile(_ pattern: String) -> Result<CompiledRegex, EvalError> {
        if pattern.unicodeScalars.allSatisfy({ !"\\.+*?()|[]{}^$".unicodeScalars.contains($0) }) {
            return .success(CompiledRegex(matcher: .literal(Array(pattern.utf8))))
        }
        do {
            let translated = try RE2Translator.translate(pattern)
            let regex = try NSRegularExpression(
                pattern: translated.isEmpty ? "(?:)" : translated, options: [.useUnixLineSeparators])
            return .success(CompiledRegex(matcher: .regex(regex)))
        } catch let failure as RE2Translator.Failure {
            return .failure(EvalError(.invalidRegex("\(excerpt(pattern)): \(failure.message)")))
        } catch {
            return .failure(EvalError(.invalidRegex("\(excerpt(pattern)): not a valid RE2 pattern")))
        }
    }

    /// Whether the pattern matches some substring of `text`; an error value when the regex
    /// engine gives up (its backtracking stack is exhausted on very long inputs).
    func matches(_ text: String) -> Value {
        switch matcher {
        case .literal(let needle): return .bool(StringSearch.contains(text, needle))
        case .regex(let regex):
            var found = false
            var failed = false
            let range = NSRange(location: 0, length: text.utf16.count)
            regex.enumerateMatches(in: text, options: [.reportCompletion], range: range) { result, flags, stop in
                if result != nil {
                    found = true
                    stop.pointee = true
                }
                if flags.contains(.internalError) { failed = true }
            }
            if failed, !found { return .fail(.limitExceeded("regular expression matching ran out of stack")) }
            return .bool(found)
        }
    }

    /// The pattern quoted for a message, shortened when long.
    private static func excerpt(_ pattern: String) -> String {
        let scalars = pattern.unicodeScalars
        guard scalars.count > 64 else { return ValueFormat.quoted(pattern) }
        return ValueFormat.quoted(String(String.UnicodeScalarView(scalars.prefix(64)))) + "…"
    }
}
