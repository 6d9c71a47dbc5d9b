/// Rewrites an RE2 pattern (CEL's regex dialect) into ICU syntax for `NSRegularExpression`.
///
/// The rewrite keeps RE2's meaning where the dialects differ: `\d \w \s` and POSIX classes are
/// ASCII-only, `$` matches only at the end of text unless `(?m)` is on, `(?P<name>…)` becomes
/// `(?<name>…)`, octal escapes become `\x{…}`, and `[` or `&` inside a class are literals.
/// Constructs that RE2 rejects but ICU accepts (backreferences, lookaround, atomic groups,
/// possessive quantifiers) are reported as errors. The ungreedy flag `U` is not supported.
enum RE2Translator {
    /// Why a pattern was rejected.
    struct Failure: Error, Sendable {
        let message: String
    }

    /// The ICU form of `pattern`.
    static func translate(_ pattern: String) throws(Failure) -> String {
        var translator = Translation(pattern: Array(pattern.unicodeScalars))
        return try translator.run()
    }

    /// ASCII classes for RE2's Perl escapes, as ranges to place inside `[...]`.
    static func perlClass(_ letter: Unicode.Scalar) -> (ranges: String, negated: Bool)? {
        switch letter {
        case "d": return ("0-9", false)
        case "D": return ("0-9", true)
        case "w": return ("0-9A-Za-z_", false)
        case "W": return ("0-9A-Za-z_", true)
        case "s": return ("\\t\\n\\f\\r ", false)
        case "S": return ("\\t\\n\\f\\r ", true)
        default: return nil
        }
    }

    /// ASCII ranges of RE2's POSIX classes (`[:alpha:]`).
    static func posixClass(_ name: String) -> String? {
        switch name {
        case "alnum": return "0-9A-Za-z"
        case "alpha": return "A-Za-z"
        case "ascii": return "\\x{0}-\\x{7F}"
        case "blank": return "\\t "
        case "cntrl": return "\\x{0}-\\x{1F}\\x{7F}"
        case "digit": return "0-9"
        case "graph": return "!-~"
        case "lower": return "a-z"
        case "print": return " -~"
        case "punct": return "!-/:-@\\[-`{-~"
        case "space": return "\\t\\n\\x{B}\\f\\r "
        case "upper": return "A-Z"
        case "word": return "0-9A-Za-z_"
        case "xdigit": return "0-9A-Fa-f"
        default: return nil
        }
    }
}

/// The state of one translation.
private struct Translation {
    let pattern: [Unicode.Scalar]
    var position = 0
    var output = ""
    /// Whether the previous token was a quantifier (to reject possessive `*+`).
    var afterQuantifier = false
    /// Whether some flag group turns on multi-line mode, in which `$` keeps ICU's meaning.
    let multiLine: Bool

    /// A translation of `pattern` that has not started.
    init(pattern: [Unicode.Scalar]) {
        self.pattern = pattern
        self.multiLine = Translation.enablesMultiLine(pattern)
    }

    /// The scalar `offset` places after the cursor, if any.
    private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let index = position + offset
        return index < pattern.count ? pattern[index] : nil
    }

    /// A rejection with `message`.
    private func fail(_ message: String) -> RE2Translator.Failure {
        RE2Translator.Failure(message: message)
    }

    /// Translates the whole pattern.
    mutating func run() throws(RE2Translator.Failure) -> String {
        while let scalar = peek() {
            let wasQuantifier = afterQuantifier
            afterQuantifier = false
            switch scalar {
            case "\\":
                try escape(inClass: false)
            case "[":
                try characterClass()
            case "(":
                try group()
            case "*", "+", "?":
                // After a quantifier only the laziness mark `?` may follow: RE2 rejects `**`,
                // and ICU would read `*+` as a possessive quantifier.
                if wasQuantifier, scalar != "?" { throw fail("bad repetition operator") }
                output.unicodeScalars.append(scalar)
                position += 1
                afterQuantifier = !wasQuantifier
            case "{":
                if let repetition = try repetition() {
                    output += repetition
                    afterQuantifier = true
                } else {
                    output += "\\{"
                    position += 1
                }
            case "$":
                output += multiLine ? "$" : "\\z"
                position += 1
            default:
                output.unicodeScalars.append(scalar)
                position += 1
            }
        }
        return output
    }

    /// `{n}`, `{n,}` or `{n,m}` at the cursor, consumed; nil (nothing consumed) if not one,
    /// in which case RE2 reads the `{` as a literal.
    private mutating func repetition() throws(RE2Translator.Failure) -> String? {
        var index = position + 1
        let minimum = digits(from: &index)
        guard !minimum.isEmpty else { return nil }
        var maximum: String?
        if index < pattern.count, pattern[index] == "," {
            index += 1
            maximum = digits(from: &index)
        }
        guard index < pattern.count, pattern[index] == "}" else { return nil }
        let low = Int(minimum) ?? Int.max
        let high = maximum.flatMap { $0.isEmpty ? nil : (Int($0) ?? Int.max) }
        guard low <= 1000, (high ?? 0) <= 1000, low <= (high ?? low) else {
            throw fail("bad repetition operator")
        }
        position = index + 1
        return "{" + minimum + (maximum.map { "," + $0 } ?? "") + "}"
    }

    /// The ASCII digits starting at `index`, advancing it past them.
    private func digits(from index: inout Int) -> String {
        var text = ""
        while index < pattern.count, ("0"..."9").contains(pattern[index]) {
            text.unicodeScalars.append(pattern[index])
            index += 1
        }
        return text
    }

    /// A backslash escape at the cursor.
    private mutating func escape(inClass: Bool) throws(RE2Translator.Failure) {
        guard let letter = peek(1) else { throw fail("trailing backslash at end of expression") }
        position += 2
        if let perl = RE2Translator.perlClass(letter) {
            if inClass, !perl.negated {
                output += perl.ranges
            } else {
                output += "[" + (perl.negated ? "^" : "") + perl.ranges + "]"
            }
            return
        }
        switch letter {
        case "p", "P":
            guard let next = peek() else { throw fail("invalid character class range") }
            if next == "{" {
                guard let close = pattern[position...].firstIndex(of: "}") else {
                    throw fail("invalid character class range")
                }
                output += "\\" + String(letter) + String(String.UnicodeScalarView(pattern[position...close]))
                position = close + 1
            } else {
                output += "\\" + String(letter) + "{" + String(next) + "}"
                position += 1
            }
        case "0"..."7":
            var value = letter.value - 48
            var digits = 1
            while digits < 3, let next = peek(), ("0"..."7").contains(next) {
                value = value * 8 + next.value - 48
                position += 1
                digits += 1
            }
            if letter != "0", digits == 1 { throw fail("backreferences are not supported") }
            output += "\\x{" + String(value, radix: 16) + "}"
        case "8", "9":
            throw fail("backreferences are not supported")
        case "Q" where !inClass:
            var literal = ""
            while let next = peek(), !(next == "\\" && peek(1) == "E") {
                literal.unicodeScalars.append(next)
                position += 1
            }
            if peek() != nil { position += 2 }
            output += "\\Q" + literal + "\\E"
        case "x":
            try hexEscape()
        case "a", "f", "t", "n", "r", "v":
            output += "\\" + String(letter)
        case "A", "b", "B", "z":
            guard !inClass else { throw fail("invalid escape sequence \\\(letter)") }
            output += "\\" + String(letter)
        default:
            // RE2 lets only ASCII punctuation be escaped.
            let isPunctuation = letter.isASCII && !letter.properties.isAlphabetic
                && !("0"..."9").contains(letter)
            guard isPunctuation else { throw fail("invalid escape sequence \\\(letter)") }
            output += "\\" + String(letter)
        }
    }

    /// The rest of `\xHH` or `\x{H…}` after the `\x`.
    private mutating func hexEscape() throws(RE2Translator.Failure) {
        var hex = ""
        if peek() == "{" {
            guard let close = pattern[position...].firstIndex(of: "}") else { throw fail("invalid escape sequence") }
            hex = String(String.UnicodeScalarView(pattern[(position + 1)..<close]))
            position = close + 1
        } else {
            for _ in 0..<2 {
                guard let digit = peek() else { break }
                hex.unicodeScalars.append(digit)
                position += 1
            }
        }
        guard !hex.isEmpty, hex.count <= 8, let value = UInt32(hex, radix: 16), Unicode.Scalar(value) != nil
        else { throw fail("invalid escape sequence \\x\(hex)") }
        output += "\\x{" + hex + "}"
    }

    /// A bracketed class at the cursor.
    private mutating func characterClass() throws(RE2Translator.Failure) {
        position += 1
        output += "["
        if peek() == "^" {
            output += "^"
            position += 1
        }
        if peek() == "]" {
            output += "\\]"
            position += 1
        }
        while let scalar = peek() {
            switch scalar {
            case "]":
                output += "]"
                position += 1
                return
            case "\\":
                try escape(inClass: true)
            case "[":
                if peek(1) == ":", let close = posixEnd() {
                    var name = String(String.UnicodeScalarView(pattern[(position + 2)..<close]))
                    let negated = name.hasPrefix("^")
                    if negated { name.removeFirst() }
                    guard let ranges = RE2Translator.posixClass(name) else {
                        throw fail("invalid character class range")
                    }
                    output += negated ? "[^" + ranges + "]" : ranges
                    position = close + 2
                } else {
                    output += "\\["
                    position += 1
                }
            case "&", "{", "}", "$":
                output += "\\" + String(scalar)
                position += 1
            default:
                output.unicodeScalars.append(scalar)
                position += 1
            }
        }
        throw fail("missing closing ]")
    }

    /// The index of `:` in the `:]` that closes a POSIX class starting at the cursor.
    private func posixEnd() -> Int? {
        var index = position + 2
        while index + 1 < pattern.count {
            if pattern[index] == ":" && pattern[index + 1] == "]" { return index }
            if pattern[index] == "]" { return nil }
            index += 1
        }
        return nil
    }

    /// A group opening at the cursor: plain, non-capturing, named, or a flag group.
    private mutating func group() throws(RE2Translator.Failure) {
        guard peek(1) == "?" else {
            output += "("
            position += 1
            return
        }
        let next = peek(2)
        if next == "P", peek(3) == "<" {
            output += "(?<"
            position += 4
            return
        }
        if next == "<", let letter = peek(3), letter != "=", letter != "!" {
            output += "(?<"
            position += 3
            return
        }
        // Flags: (?flags) or (?flags:re), flags from i, m, s, U with an optional '-'.
        var index = position + 2
        var flags = ""
        while index < pattern.count, pattern[index] != ")", pattern[index] != ":" {
            let flag = pattern[index]
            guard "imsU-".unicodeScalars.contains(flag) else { throw fail("invalid or unsupported Perl syntax") }
            if flag == "U" { throw fail("the ungreedy flag (?U) is not supported") }
            flags.unicodeScalars.append(flag)
            index += 1
        }
        guard index < pattern.count else { throw fail("missing closing )") }
        output += "(?" + flags + String(pattern[index])
        position = index + 1
    }

    /// Whether a flag group such as `(?m)` or `(?im:…)` turns multi-line mode on.
    private static func enablesMultiLine(_ pattern: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index + 2 < pattern.count {
            if pattern[index] == "\\" {
                index += 2
                continue
            }
            if pattern[index] == "(", pattern[index + 1] == "?" {
                var flagIndex = index + 2
                while flagIndex < pattern.count, "imsU".unicodeScalars.contains(pattern[flagIndex]) {
                    if pattern[flagIndex] == "m" { return true }
                    flagIndex += 1
                }
            }
            index += 1
        }
        return false
    }
}
