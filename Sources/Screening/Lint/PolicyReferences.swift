import CELSyntax

/// The parameters, lists and facts that a policy's expressions read: rule conditions,
/// exceptions and message holes, and the facts' own expressions.
struct PolicyReferences {
    private(set) var params: Set<String> = []
    private(set) var lists: Set<String> = []
    /// For each fact, the facts that read it (a fact read only by itself is not used).
    private(set) var factReaders: [String: Set<String>] = [:]

    /// Collects every reference of the compiled policy.
    init(_ compiled: CompiledPolicy) {
        for rule in compiled.rules {
            var collector = ReferenceCollector()
            PolicyCompiler.visit(rule.when) { collector.collect($0.parsed.root) }
            if let unless = rule.unless { collector.collect(unless.parsed.root) }
            for hole in rule.messageVI.holes + rule.messageEN.holes { collector.collect(hole.parsed.root) }
            add(collector, reader: "rule:" + rule.rule.id)
        }
        for fact in compiled.facts {
            var collector = ReferenceCollector()
            collector.collect(fact.program.parsed.root)
            add(collector, reader: fact.name)
        }
    }

    private mutating func add(_ collector: ReferenceCollector, reader: String) {
        params.formUnion(collector.params)
        lists.formUnion(collector.lists)
        for fact in collector.facts where fact != reader { factReaders[fact, default: []].insert(reader) }
    }

    /// Whether the fact is read by a rule, directly or through facts that rules read.
    func factIsUsed(_ name: String) -> Bool {
        var seen: Set<String> = [name]
        var stack = [name]
        while let fact = stack.popLast() {
            for reader in factReaders[fact] ?? [] {
                if reader.hasPrefix("rule:") { return true }
                if seen.insert(reader).inserted { stack.append(reader) }
            }
        }
        return false
    }
}
