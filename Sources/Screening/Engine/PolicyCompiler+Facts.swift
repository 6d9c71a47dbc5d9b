import CEL
import CELSyntax
import Diagnostics

extension PolicyCompiler {
    /// The facts in an order where each comes after the facts it reads; a fact that depends
    /// on itself, directly or through others, is an error at its declaration.
    mutating func factOrder() -> [Fact] {
        let byName = Dictionary(policy.facts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var dependencies: [String: [String]] = [:]
        for fact in policy.facts {
            guard case .success(let parsed) = Parser().parse(fact.expression) else {
                dependencies[fact.name] = []
                continue
            }
            var collector = ReferenceCollector()
            collector.collect(parsed.root)
            dependencies[fact.name] = collector.facts.filter { byName[$0] != nil }.sorted()
        }
        var order: [Fact] = []
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        func visit(_ name: String, path: [String]) {
            if state[name] == 2 { return }
            if state[name] == 1 {
                let cycle = (path.drop { $0 != name } + [name]).joined(separator: " → ")
                if let fact = byName[name] {
                    diagnostics.append(Diagnostic(
                        code: "policy.fact_cycle", location: fact.location,
                        message: LocalizedText(vi: "dữ kiện `\(name)` phụ thuộc vào chính nó: \(cycle)",
                                               en: "fact `\(name)` depends on itself: \(cycle)"),
                        sourceLine: fact.location.map { fact.expression.file.line($0.line) }))
                }
                return
            }
            state[name] = 1
            for dependency in dependencies[name] ?? [] { visit(dependency, path: path + [name]) }
            state[name] = 2
            if let fact = byName[name] { order.append(fact) }
        }
        for fact in policy.facts { visit(fact.name, path: []) }
        return order
    }

    /// For each fact, the project fields it reads, through the facts it reads.
    static func fieldsReadByFacts(_ facts: [CompiledFact]) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for fact in facts {
            var collector = ReferenceCollector()
            collector.collect(fact.program.parsed.root)
            var fields = collector.projectFields
            for other in collector.facts { fields.formUnion(result[other] ?? []) }
            result[fact.name] = fields
        }
        return result
    }
}
