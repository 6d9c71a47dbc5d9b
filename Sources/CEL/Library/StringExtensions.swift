import CELSyntax

/// The strings extension (cel-go `ext.Strings`): `charAt`, `indexOf`, `lastIndexOf`,
/// `lowerAscii`, `upperAscii`, `replace`, `split`, `substring`, `trim`, `join`, `reverse`,
/// `strings.quote` and `format` (in `StringFormatter`).
///
/// Indexes and lengths count Unicode code points. Out-of-range indexes are errors.
enum StringExtensions {
    /// Adds the strings extension to `library`.
    static func register(in library: inout FunctionLibrary) {
        library.add("charAt", [.member("string_char_at_int", [.string, .int], .string)], .binary(charAt))
        library.add("indexOf", [.member("string_index_of_string", [.string, .string], .int)], .binary { s, sub in
            indexOf(s, sub, .int(0))
        })
        library.add("indexOf", [.member("string_index_of_string_int", [.string, .string, .int], .int)],
            .ternary(indexOf))
        library.add("lastIndexOf", [.member("string_last_index_of_string", [.string, .string], .int)],
            .binary { s, sub in lastIndexOf(s, sub, nil) })
        library.add("lastIndexOf", [.member("string_last_index_of_string_int", [.string, .string, .int], .int)],
            .ternary { s, sub, offset in lastIndexOf(s, sub, offset) })
        library.add("lowerAscii", [.member("string_lower_ascii", [.string], .string)], .unary { value in
            mapASCII(value, "lowerAscii", from: "A", to: "Z", shift: 32)
        })
        library.add("upperAscii", [.member("string_upper_ascii", [.string], .string)], .unary { value in
            mapASCII(value, "upperAscii", from: "a", to: "z", shift: -32)
        })
        library.add("replace", [.member("string_replace_string_string", [.string, .string, .string], .string)],
            .ternary { s, old, new in replace([s, old, new, .int(-1)]) })
        library.add("replace", [
            .member("string_replace_string_string_int", [.string, .string, .string, .int], .string),
        ], .variadic(replace))
        library.add("split", [.member("string_split_string", [.string, .string], .list(.string))], .binary { s, sep in
            split(s, sep, .int(-1))
        })
        library.add("split", [.member("string_split_string_int", [.string, .string, .int], .list(.string))],
            .ternary(split))
        library.add("substring", [.member("string_substring_int", [.string, .int], .string)], .binary { s, start in
            substring(s, start, nil)
        })
        library.add("substring", [.member("string_substring_int_int", [.string, .int, .int], .string)],
            .ternary { s, start, end in substring(s, start, end) })
        library.add("trim", [.member("string_trim", [.string], .string)], .unary(trim))
        library.add("reverse", [.member("string_reverse", [.string], .string)], .unary { value in
            guard case .string(let s) = value else { return noSuchOverload("reverse", value) }
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.reversed())))
        })
        library.add("join", [.member("list_join", [.list(.string)], .string)], .unary { list in
            join(list, .string(""))
        })
        library.add("join", [.member("list_join_string", [.list(.string), .string], .string)], .binary(join))
        library.add("strings.quote", [.global("strings_quote", [.string], .string)], .unary(quote))
        library.add("format", [.member("string_format", [.string, .list(.dyn)], .string)], .binary { text, args in
            guard case .string(let format) = text, case .list(let arguments) = args else {
                return noSuchOverload("format", text, args)
            }
            return StringFormatter.format(format, arguments)
        })
    }

    /// The error for a code-point index outside `0...size`.
    private static func outOfRange(_ index: Int64, size: Int) -> Value {
        .fail(.indexOutOfRange(index: String(index), size: size))
    }

    /// `s.charAt(i)`: the code point at `i`, or `""` at the end of the string.
    static func charAt(_ text: Value, _ index: Value) -> Value {
        guard case .string(let s) = text, case .int(let i) = index else { return noSuchOverload("charAt", text, index) }
        let scalars = Array(s.unicodeScalars)
        guard i >= 0, i <= Int64(scalars.count) else { return outOfRange(i, size: scalars.count) }
        return .string(i == Int64(scalars.count) ? "" : String(scalars[Int(i)]))
    }

    /// `s.indexOf(sub, offset)`: the first code-point index of `sub` at or after `offset`, or -1.
    static func indexOf(_ text: Value, _ part: Value, _ offset: Value) -> Value {
        guard case .string(let s) = text, case .string(let sub) = part, case .int(let start) = offset else {
            return noSuchOverload("indexOf", text, part, offset)
        }
        let scalars = Array(s.unicodeScalars)
        let needle = Array(sub.unicodeScalars)
        guard start >= 0, start <= Int64(scalars.count) else { return outOfRange(start, size: scalars.count) }
        if needle.isEmpty { return .int(start) }
        guard needle.count <= scalars.count else { return .int(-1) }
        var position = Int(start)
        while position + needle.count <= scalars.count {
            if scalars[position..<(position + needle.count)].elementsEqual(needle) { return .int(Int64(position)) }
            position += 1
        }
        return .int(-1)
    }

    /// `s.lastIndexOf(sub[, offset])`: the last index of `sub` starting at or before `offset`.
    static func lastIndexOf(_ text: Value, _ part: Value, _ offset: Value?) -> Value {
        guard case .string(let s) = text, case .string(let sub) = part else {
            return offset.map { noSuchOverload("lastIndexOf", text, part, $0) }
                ?? noSuchOverload("lastIndexOf", text, part)
        }
        let scalars = Array(s.unicodeScalars)
        let needle = Array(sub.unicodeScalars)
        var last = Int64(scalars.count)
        if let offset {
            guard case .int(let requested) = offset else { return noSuchOverload("lastIndexOf", text, part, offset) }
            guard requested >= 0, requested <= Int64(scalars.count) else {
                return outOfRange(requested, size: scalars.count)
            }
            last = requested
        }
        if needle.isEmpty { return .int(last) }
        guard needle.count <= scalars.count else { return .int(-1) }
        var position = Int(min(last, Int64(scalars.count - needle.count)))
        while position >= 0 {
            if scalars[position..<(position + needle.count)].elementsEqual(needle) { return .int(Int64(position)) }
            position -= 1
        }
        return .int(-1)
    }

    /// Shifts the ASCII letters between `from` and `to` by `shift` code points.
    private static func mapASCII(
        _ value: Value, _ function: String, from: Unicode.Scalar, to: Unicode.Scalar, shift: Int32
    ) -> Value {
        guard case .string(let s) = value else { return noSuchOverload(function, value) }
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar >= from, scalar <= to, let mapped = Unicode.Scalar(UInt32(Int32(scalar.value) + shift)) {
                result.append(mapped)
            } else {
                result.append(scalar)
            }
        }
        return .string(String(result))
    }

    /// `s.replace(old, new[, n])`: replaces the first `n` occurrences (all when `n` < 0), as
    /// Go's `strings.Replace`; an empty `old` matches before every code point and at the end.
    static func replace(_ arguments: [Value]) -> Value {
        guard arguments.count == 4, case .string(let s) = arguments[0], case .string(let old) = arguments[1],
            case .string(let new) = arguments[2], case .int(let limit) = arguments[3]
        else { return .fail(.noSuchOverload(function: "replace", arguments: arguments.map(\.type.runtimeName))) }
        if limit == 0 || old == new { return .string(s) }
        let scalars = Array(s.unicodeScalars)
        let needle = Array(old.unicodeScalars)
        var result = String.UnicodeScalarView()
        var remaining = limit < 0 ? Int64.max : limit
        var position = 0
        if needle.isEmpty {
            for scalar in scalars {
                if remaining > 0 {
                    result.append(contentsOf: new.unicodeScalars)
                    remaining -= 1
                }
                result.append(scalar)
            }
            if remaining > 0 { result.append(contentsOf: new.unicodeScalars) }
            return .string(String(result))
        }
        while position < scalars.count {
            if remaining > 0, position + needle.count <= scalars.count,
                scalars[position..<(position + needle.count)].elementsEqual(needle) {
                result.append(contentsOf: new.unicodeScalars)
                position += needle.count
                remaining -= 1
            } else {
                result.append(scalars[position])
                position += 1
            }
        }
        return .string(String(result))
    }

    /// `s.split(sep[, n])`: at most `n` pieces (all when `n` < 0, none when 0), as Go's
    /// `strings.SplitN`; an empty separator splits into code points.
    static func split(_ text: Value, _ separator: Value, _ count: Value) -> Value {
        guard case .string(let s) = text, case .string(let sep) = separator, case .int(let limit) = count else {
            return noSuchOverload("split", text, separator, count)
        }
        if limit == 0 { return .list([]) }
        let scalars = Array(s.unicodeScalars)
        let needle = Array(sep.unicodeScalars)
        let maxPieces = limit < 0 ? Int.max : Int(clamping: limit)
        var pieces: [Value] = []
        if needle.isEmpty {
            for (index, scalar) in scalars.enumerated() {
                if pieces.count == maxPieces - 1 {
                    pieces.append(.string(String(String.UnicodeScalarView(scalars[index...]))))
                    return .list(pieces)
                }
                pieces.append(.string(String(scalar)))
            }
            return .list(pieces)
        }
        var pieceStart = 0
        var position = 0
        while pieces.count < maxPieces - 1, position + needle.count <= scalars.count {
            if scalars[position..<(position + needle.count)].elementsEqual(needle) {
                pieces.append(.string(String(String.UnicodeScalarView(scalars[pieceStart..<position]))))
                position += needle.count
                pieceStart = position
            } else {
                position += 1
            }
        }
        pieces.append(.string(String(String.UnicodeScalarView(scalars[pieceStart...]))))
        return .list(pieces)
    }

    /// `s.substring(start[, end])`: the code points from `start` up to `end` (exclusive).
    static func substring(_ text: Value, _ start: Value, _ end: Value?) -> Value {
        guard case .string(let s) = text, case .int(let from) = start else {
            return end.map { noSuchOverload("substring", text, start, $0) } ?? noSuchOverload("substring", text, start)
        }
        let scalars = Array(s.unicodeScalars)
        var to = Int64(scalars.count)
        if let end {
            guard case .int(let requested) = end else { return noSuchOverload("substring", text, start, end) }
            if from > requested {
                return .fail(.invalidArgument("invalid substring range. start: \(from), end: \(requested)"))
            }
            to = requested
        }
        guard from >= 0, from <= Int64(scalars.count) else { return outOfRange(from, size: scalars.count) }
        guard to >= 0, to <= Int64(scalars.count) else { return outOfRange(to, size: scalars.count) }
        return .string(String(String.UnicodeScalarView(scalars[Int(from)..<Int(to)])))
    }

    /// `s.trim()`: removes leading and trailing Unicode white space (Go's `unicode.IsSpace`).
    static func trim(_ value: Value) -> Value {
        guard case .string(let s) = value else { return noSuchOverload("trim", value) }
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return .string("") }
        return .string(String(scalars[first...last]))
    }

    /// `list.join([separator])`: concatenates a list of strings.
    static func join(_ list: Value, _ separator: Value) -> Value {
        guard case .list(let elements) = list, case .string(let sep) = separator else {
            return noSuchOverload("join", list, separator)
        }
        var parts: [String] = []
        parts.reserveCapacity(elements.count)
        for element in elements {
            guard case .string(let part) = element else {
                return .fail(.invalidArgument("join: list element \(element.debugText) is not a string"))
            }
            parts.append(part)
        }
        return .string(parts.joined(separator: sep))
    }

    /// `strings.quote(s)`: `s` in double quotes with CEL escapes for control characters.
    static func quote(_ value: Value) -> Value {
        guard case .string(let s) = value else { return noSuchOverload("strings.quote", value) }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.unicodeScalars.append(scalar)
            }
        }
        return .string(out + "\"")
    }
}
