import CEL
import CELSyntax
import Testing

/// Semantics that the conformance corpus does not pin down: limits, unknowns, record slots.
@Suite struct EvaluationTests {
    func evaluate(_ text: String, _ environment: Environment = Environment(), _ bindings: [String: Value] = [:])
        -> Value
    {
        switch environment.compile(text) {
        case .success(let program):
            return program.evaluate(environment.activation(bindings, slotCount: program.slotCount))
        case .failure(let failure):
            return .fail(.invalidArgument(failure.diagnostics.map(\.message.en).joined(separator: "; ")))
        }
    }

    @Test(arguments: [
        "9223372036854775807 + 1", "-9223372036854775808 - 1", "1 / 0", "1 % 0",
        "-9223372036854775808 / -1", "-9223372036854775808 % -1", "18446744073709551615u + 1u", "0u - 1u",
        "9223372036854775807 * 2", "[1, 2][5]", "{'a': 1}['b']",
    ])
    func arithmeticAndLookupFailuresAreErrorValues(_ text: String) {
        guard case .error = evaluate(text) else {
            Issue.record("`\(text)` should be an error value")
            return
        }
    }

    @Test(arguments: ["(", "[", "-", "!", "{'a':"])
    func deepNestingIsAnErrorNotACrash(_ opener: String) {
        let text = String(repeating: opener, count: 100_000) + "1"
        guard case .failure(let failure) = Environment().compile(text) else {
            Issue.record("100,000 nested `\(opener)` compiled")
            return
        }
        #expect(!failure.diagnostics.isEmpty)
    }

    @Test func tenMegabyteStringLiteralIsAnError() {
        let text = "'" + String(repeating: "x", count: 10_000_000) + "'"
        guard case .failure = Environment().compile(text) else {
            Issue.record("a 10 MB literal compiled")
            return
        }
    }

    @Test func invalidUTF8InBytesLiteralIsRejectedOrKeptAsBytes() {
        // The literal's escapes make invalid UTF-8 bytes; converting them to a string fails.
        #expect(evaluate("size(b'\\xff\\xfe')").isInt(2))
        guard case .error = evaluate("string(b'\\xff')") else {
            Issue.record("string() of invalid UTF-8 should be an error")
            return
        }
    }

    static let project = ObjectType(name: "project", fields: [
        ("env_group", .string), ("site", .string), ("annual_energy_toe", .double), ("energy_intensity", .double),
    ])
    static let environment = Environment(variables: [
        VariableDecl(name: "project", type: .object(project), missingKeysAreUnknown: true)
    ])

    @Test(arguments: [
        ("false && project.env_group == 'I'", "false", []),
        ("true || project.env_group == 'I'", "true", []),
        ("project.env_group == 'I' && false", "false", []),
        ("project.env_group == 'I' || project.site == 'outside'", "unknown", ["project.env_group", "project.site"]),
        ("project.energy_intensity > 10.0 && project.annual_energy_toe >= 1000.0", "false", []),
        ("project.annual_energy_toe >= 1000.0 && project.energy_intensity > 10.0", "false", []),
        ("project.env_group == 'I' && 1 / 0 == 1", "unknown", ["project.env_group"]),
        ("1 / 0 == 1 || project.env_group == 'I'", "unknown", ["project.env_group"]),
        ("has(project.env_group)", "false", []),
        ("has(project.energy_intensity)", "true", []),
    ] as [(String, String, [String])])
    func unknownsFollowCommutativeLogic(_ text: String, _ expected: String, _ attributes: [String]) {
        let record = Value.map(MapValue(stringEntries: [("energy_intensity", .double(8))]))
        let result = evaluate(text, Self.environment, ["project": record])
        switch (result, expected) {
        case (.bool(let b), "true"): #expect(b)
        case (.bool(let b), "false"): #expect(!b)
        case (.unknown(let unknown), "unknown"): #expect(unknown.attributes == attributes)
        default: Issue.record("`\(text)` gave \(result.debugText), expected \(expected)")
        }
    }

    /// `[prefixes].exists(p, text.startsWith(p))` runs as one prefix scan; its results must be
    /// the general macro's (`&& true` keeps the same meaning but not the shape), for strings
    /// and for unknowns.
    @Test(arguments: [
        ("project.site", "['05', '06', 'ab']"), ("project.site", "[]"), ("project.env_group", "['05', '']"),
        ("project.env_group", "[]"), ("project.site", "['ab', 'abc']"), ("project.site", "['', 'x']"),
        ("project.site", "['23942', '10', '1', '2392', '11', 'ấ', 'abc', 'ab']"),
    ])
    func prefixScanGivesTheMacrosResult(_ text: String, _ prefixes: String) {
        for site in ["0512", "ab", "", "zz", "a", "abcd", "ấb", "1", "10x", "2392", "23941", "2394", "ấ", "ầ"] {
            let record = Value.map(MapValue(stringEntries: [("site", .string(site)), ("annual_energy_toe", .double(5))]))
            let fast = evaluate("\(prefixes).exists(p, \(text).startsWith(p))", Self.environment, ["project": record])
            let general = evaluate("\(prefixes).exists(p, \(text).startsWith(p) && true)", Self.environment, ["project": record])
            #expect(fast.debugText == general.debugText, "\(text) over \(prefixes) with site '\(site)'")
        }
    }

    @Test func misspeltFieldIsACheckErrorWithPosition() {
        guard case .failure(let failure) = Self.environment.compile("project.env_grup == 'I'") else {
            Issue.record("a misspelt field compiled")
            return
        }
        #expect(failure.diagnostics.first?.location?.column == 9)
        #expect(failure.diagnostics.first?.message.en.contains("env_grup") == true)
    }

    @Test func stringComparedWithNumberIsACheckError() {
        guard case .failure = Self.environment.compile("project.env_group > 3") else {
            Issue.record("string > int compiled")
            return
        }
    }
}

extension Value {
    func isInt(_ expected: Int64) -> Bool {
        if case .int(let i) = self { return i == expected }
        return false
    }
}
