import CELSyntax

/// String functions of the standard library: `contains`, `startsWith`, `endsWith`, `matches`.
///
/// All comparisons are by code point. `matches` uses RE2 syntax and succeeds when the pattern
/// matches any substring; compiled patterns are cached by their text.
enum StringFunctions {
    /// Adds `contains`, `startsWith`, `endsWith` and `matches` to `library`.
    static func register(in library: inout FunctionLibrary) {
        library.add("contains", [.member("contains_string", [.string, .string], .bool)], .binary { text, part in
            guard case .string(let s) = text, case .string(let p) = part else {
                return noSuchOverload("contains", text, part)
            }
            return .bool(StringSearch.contains(s, p))
        })
        library.add("startsWith", [.member("starts_with_string", [.string, .string], .bool)], .binary { text, part in
            guard case .string(let s) = text, case .string(let p) = part else {
                return noSuchOverload("startsWith", text, part)
            }
            return .bool(StringSearch.hasPrefix(s, p))
        })
        library.add("endsWith", [.member("ends_with_string", [.string, .string], .bool)], .binary { text, part in
            guard case .string(let s) = text, case .string(let p) = part else {
                return noSuchOverload("endsWith", text, part)
            }
            return .bool(StringSearch.hasSuffix(s, p))
        })
        library.add("matches", [
            .global("matches", [.string, .string], .bool),
            .member("matches_string", [.string, .string], .bool),
        ], .binary(matches))
    }

    /// `text.matches(pattern)`: whether the RE2 `pattern` matches a substring of `text`.
    static func matches(_ text: Value, _ pattern: Value) -> Value {
        guard case .string(let s) = text, case .string(let p) = pattern else {
            return noSuchOverload("matches", text, pattern)
        }
        switch CompiledRegex.cached(p) {
        case .success(let regex): return regex.matches(s)
        case .failure(let error): return .error(error)
        }
    }
}
