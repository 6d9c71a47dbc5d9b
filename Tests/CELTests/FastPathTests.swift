import CEL
import Testing

/// The planner's specialised nodes (flattened `&&`/`||` chains, comparisons and `in` read in
/// place from slots, `!`) must give exactly the general operators' results, also for unknowns,
/// errors and values of unexpected types.
@Suite struct FastPathTests {
    static let project = ObjectType(name: "project", fields: [
        ("site", .string), ("env_group", .string), ("zone", .string), ("annual_energy_toe", .double),
        ("labour", .int), ("approved", .bool), ("products", .list(.string)),
    ])
    static let environment = Environment(variables: [
        VariableDecl(name: "project", type: .object(project), missingKeysAreUnknown: true)
    ])
    /// `env_group` and `zone` are missing, so they are unknowns.
    static let record: [(String, Value)] = [
        ("site", .string("a")), ("annual_energy_toe", .double(5)), ("labour", .int(10)), ("approved", .bool(true)),
        ("products", .list([.string("x"), .string("y")])),
    ]

    func evaluate(_ text: String, _ entries: [(String, Value)] = record) -> String {
        switch Self.environment.compile(text) {
        case .success(let program):
            let bindings: [String: Value] = ["project": .map(MapValue(stringEntries: entries))]
            return program.evaluate(Self.environment.activation(bindings, slotCount: program.slotCount)).debugText
        case .failure(let failure):
            return "compile error: " + failure.diagnostics.map(\.message.en).joined(separator: "; ")
        }
    }

    @Test(arguments: [
        ("project.site == 'a' && project.labour > 5 && project.approved", "true"),
        ("project.site == 'a' && project.labour > 50 && project.approved", "false"),
        ("project.env_group == 'I' && project.labour > 50", "false"),
        ("project.env_group == 'I' && project.labour > 5", "unknown(project.env_group)"),
        ("project.env_group == 'I' || project.site == 'b' || project.env_group == 'II'", "unknown(project.env_group)"),
        ("project.zone == 'z' || project.site == 'b' || project.env_group == 'I'", "unknown(project.env_group, project.zone)"),
        ("1 / 0 == 1 && project.env_group == 'I'", "unknown(project.env_group)"),
        ("1 / 0 == 1 && [1][3] == 1 && project.site == 'a'", "error(division by zero)"),
        ("1 / 0 == 1 && [1][3] == 1 && project.site == 'b'", "false"),
        ("[1][3] == 1 || 1 / 0 == 1 || project.site == 'a'", "true"),
        ("dyn('s') && project.labour > 50", "false"),
        ("project.labour > 50 || dyn('s') || project.site == 'a'", "true"),
        ("!has(project.env_group) && !(project.site == 'b') && has(project.site)", "true"),
        ("!(project.env_group == 'I')", "unknown(project.env_group)"),
        ("project.site in ['a', 'b'] && !(project.labour in [1, 2])", "true"),
        ("project.site in {'a': 1}", "true"),
        ("project.site in {'b': 1}", "false"),
        ("project.env_group in ['I', 'II']", "unknown(project.env_group)"),
        ("'x' in project.products && !('z' in project.products)", "true"),
        ("'x' in project.products || project.env_group == 'I'", "true"),
        ("project.approved == true && project.approved != false", "true"),
        ("project.annual_energy_toe != 0.0 / 0.0 && !(project.annual_energy_toe == 0.0 / 0.0)", "true"),
        ("project.annual_energy_toe >= 5.0 && project.labour <= 10 && 10 >= project.labour", "true"),
        ("project.products.exists(p, p in ['y'])", "true"),
        ("project.products.all(p, p in ['y'])", "false"),
        ("project.env_group == 'I' ? 1 : 2", "unknown(project.env_group)"),
    ])
    func specialisedNodesGiveTheOperatorsResults(_ text: String, _ expected: String) {
        #expect(evaluate(text) == expected, "\(text)")
    }

    @Test func nonBoolOperandsAreErrorsUnlessTheChainIsDecided() {
        #expect(evaluate("dyn('s') && project.labour > 5").hasPrefix("error(no such overload"))
        #expect(evaluate("project.labour > 5 && dyn(1)").hasPrefix("error(no such overload"))
        #expect(evaluate("dyn('s') || project.env_group == 'I'") == "unknown(project.env_group)")
    }

    @Test func valuesOfUnexpectedTypesGoThroughTheGeneralOperators() {
        var entries = Self.record
        entries[1] = ("annual_energy_toe", .string("x"))
        entries[0] = ("site", .int(3))
        entries[4] = ("products", .string("x"))
        #expect(evaluate("project.annual_energy_toe > 1.0", entries).hasPrefix("error(no such overload"))
        #expect(evaluate("project.annual_energy_toe > 1.0 || true", entries) == "true")
        #expect(evaluate("project.annual_energy_toe > 1.0 && true", entries).hasPrefix("error(no such overload"))
        #expect(evaluate("project.site == 'a'", entries) == "false")
        #expect(evaluate("project.site in ['a', 'b']", entries) == "false")
        #expect(evaluate("'x' in project.products", entries).hasPrefix("error(no such overload"))
    }

    @Test func chainsLongerThanOneNodeHoldsStayCorrect() {
        let guards = Array(repeating: "project.labour > 0", count: 70).joined(separator: " && ")
        #expect(evaluate(guards + " && project.env_group == 'I'") == "unknown(project.env_group)")
        #expect(evaluate(guards + " && project.env_group == 'I' && project.labour > 50") == "false")
        #expect(evaluate(guards) == "true")
    }

    /// Sets of up to 16 strings are scanned, larger ones hashed; both must match as `==` does.
    @Test(arguments: [3, 16, 17, 40])
    func stringSetsMatchByCodePoints(_ count: Int) {
        let members = (1...count).map { "'s\($0)'" } + ["''", "'ấ'", "'e\\u0301'"]
        let list = "[" + members.joined(separator: ", ") + "]"
        for site in ["s1", "s\(count)", "s\(count + 1)", "", "ấ", "é", "e\u{301}", "s", "s10x"] {
            var entries = Self.record
            entries[0] = ("site", .string(site))
            let fast = evaluate("project.site in \(list)", entries)
            let general = evaluate("\(list).exists(x, x == project.site)", entries)
            #expect(fast == general, "'\(site)' in \(count + 3) strings")
        }
    }

    /// Indexing a constant map with string keys (scanned up to 16 keys, else hashed) gives what
    /// indexing the same map built at run time gives: values, missing keys, unknowns, other types.
    @Test(arguments: [3, 16, 17, 40])
    func constantMapsIndexAsTheGeneralOperator(_ count: Int) {
        let keys = (1...count).map { "'s\($0)'" } + ["''", "'ấ'", "'e\\u0301'"]
        let map = "{" + keys.enumerated().map { "\($1): \($0)" }.joined(separator: ", ") + "}"
        let general = "(project.labour > 0 ? \(map) : {})"
        for site in ["s1", "s\(count)", "s\(count + 1)", "", "ấ", "é", "e\u{301}", "s", "s10x"] {
            var entries = Self.record
            entries[0] = ("site", .string(site))
            for key in ["project.site", "(project.site + '')"] {
                #expect(evaluate("\(map)[\(key)]", entries) == evaluate("\(general)[\(key)]", entries), "\(site)")
            }
        }
        var entries = Self.record
        entries[0] = ("site", .int(3))
        #expect(evaluate("\(map)[project.site]", entries) == evaluate("\(general)[project.site]", entries))
        #expect(evaluate("\(map)[project.env_group]") == "unknown(project.env_group)")
        #expect(evaluate("\(map)[dyn(project.labour / 0)]") == "error(division by zero)")
        #expect(evaluate("\(map)[project.site]").hasPrefix("error(no such key"))
        entries[0] = ("site", .string("s2"))
        #expect(evaluate("\(map)[project.site]", entries) == "1")
    }

    /// `list.exists(x, x in [constants])` and `all` over a list slot give the macro's results.
    @Test func listsMatchConstantSetsAsTheMacroDoes() {
        #expect(evaluate("project.products.exists(p, p in ['y', 'z'])") == "true")
        #expect(evaluate("project.products.exists(p, p in ['q'])") == "false")
        #expect(evaluate("project.products.all(p, p in ['x', 'y'])") == "true")
        #expect(evaluate("project.products.all(p, p in ['x'])") == "false")
        var entries = Self.record
        entries.removeLast()
        #expect(evaluate("project.products.exists(p, p in ['y'])", entries) == "unknown(project.products)")
        entries.append(("products", .list([.int(1), .string("y"), .null])))
        #expect(evaluate("project.products.exists(p, p in ['y'])", entries) == "true")
        #expect(evaluate("project.products.all(p, p in ['y'])", entries) == "false")
        entries[entries.count - 1] = ("products", .list([]))
        #expect(evaluate("project.products.exists(p, p in ['y'])", entries) == "false")
        #expect(evaluate("project.products.all(p, p in ['y'])", entries) == "true")
        entries[entries.count - 1] = ("products", .string("y"))
        #expect(evaluate("project.products.exists(p, p in ['y'])", entries).hasPrefix("error(no such overload"))
        entries[entries.count - 1] = ("products", .list([.unknown(Unknown(attribute: "u")), .string("y")]))
        #expect(evaluate("project.products.exists(p, p in ['y'])", entries) == "true")
        #expect(evaluate("project.products.exists(p, p in ['z'])", entries) == "unknown(u)")
    }

    @Test func unknownsMergeIntoOneSortedList() {
        let merged = Unknown(attributes: ["b", "d"]).merged(with: Unknown(attributes: ["e", "a", "b"]))
        #expect(merged.attributes == ["a", "b", "d", "e"])
        #expect(Unknown(attribute: "x").merged(with: Unknown(attribute: "x")).attributes == ["x"])
    }
}
