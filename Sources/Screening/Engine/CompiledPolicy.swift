import CEL
import Diagnostics

/// A policy compiled once and ready to screen any number of projects on any number of threads.
///
/// Immutable and `Sendable`. Screening a record fills an ``Activation`` (one per thread,
/// reused across records), computes the facts once in dependency order, and evaluates every
/// rule over them.
public final class CompiledPolicy: Sendable {
    /// The policy as loaded.
    public let policy: Policy
    let environment: Environment
    let facts: [CompiledFact]
    let rules: [CompiledRule]
    /// The first slot of the project's fields.
    let projectBase: Int
    /// The value of each field when the record lacks it: its default, or an unknown.
    let absentValues: [Value]
    /// The number of activation slots screening needs.
    let slotCount: Int
    /// The score at which `priority` becomes true.
    let priorityThreshold: Int
    /// The schema position of each field name, for ordering missing fields.
    let fieldOrder: [String: Int]
    /// The schema position of the `id` field.
    let idPosition: Int?
    /// The rules as the screening loop reads them, in policy order.
    let steps: [RuleStep]
    /// The facts' programs with their slots, in dependency order.
    let factSteps: [(slot: Int, program: Unmanaged<Program>)]
    /// The field named by each `project.field` attribute that unknowns carry, with its
    /// schema position.
    let fieldOfAttribute: [String: (name: String, position: Int)]

    init(policy: Policy, environment: Environment, facts: [CompiledFact], rules: [CompiledRule]) {
        self.policy = policy
        self.environment = environment
        self.facts = facts
        self.rules = rules
        self.projectBase = environment.slot(of: "project") ?? 0
        self.absentValues = policy.schema.fields.map { field in
            field.defaultValue ?? .unknown(Unknown(attribute: "project.\(field.name)"))
        }
        var slots = environment.variableSlotCount
        for fact in facts { slots = max(slots, fact.program.slotCount) }
        for rule in rules {
            PolicyCompiler.visit(rule.when) { slots = max(slots, $0.slotCount) }
            slots = max(slots, rule.unless?.slotCount ?? 0, rule.messageVI.slotCount, rule.messageEN.slotCount)
        }
        self.slotCount = slots
        self.fieldOrder = policy.schema.index
        self.idPosition = policy.schema.index["id"]
        self.steps = rules.map(RuleStep.init)
        self.factSteps = facts.map { ($0.slot, Unmanaged.passUnretained($0.program)) }
        // From the schema's own index, so that both tables give a name the same position.
        self.fieldOfAttribute = Dictionary(
            policy.schema.index.map { name, position in ("project.\(name)", (name, position)) },
            uniquingKeysWith: { first, _ in first })
        let threshold = policy.parameters.first { $0.name == "priority_threshold" }?.value
        switch threshold {
        case .int(let i)?: priorityThreshold = Int(clamping: i)
        case .double(let d)? where d.isFinite: priorityThreshold = Int(d.rounded(.up))
        default: priorityThreshold = 20
        }
    }

    /// Loads and compiles the policy at a path (a folder or a YAML file), reporting the
    /// problems of every file and every expression together.
    public static func load(path: String) -> Result<CompiledPolicy, PolicyLoadFailure> {
        let (loaded, loadDiagnostics) = PolicyLoader().loadPartially(path: path)
        guard let loaded else { return .failure(PolicyLoadFailure(diagnostics: loadDiagnostics)) }
        switch compile(loaded) {
        case .success(let compiled) where loadDiagnostics.isEmpty: return .success(compiled)
        case .success: return .failure(PolicyLoadFailure(diagnostics: loadDiagnostics))
        case .failure(let failure): return .failure(PolicyLoadFailure(diagnostics: loadDiagnostics + failure.diagnostics))
        }
    }

    /// Compiles a loaded policy.
    public static func compile(_ policy: Policy) -> Result<CompiledPolicy, PolicyLoadFailure> {
        var compiler = PolicyCompiler(policy: policy)
        return compiler.compile()
    }

    /// The policy's identity, as results carry it.
    public var identity: PolicyIdentity {
        PolicyIdentity(id: policy.header.id, version: policy.header.version, digest: policy.digest)
    }

    /// The schema of the project record.
    public var schema: Schema { policy.schema }

    /// The rule ids in policy order.
    public var ruleIDs: [String] { rules.map(\.rule.id) }

    /// The name a record's results go by: its `id`, or where it came from when it has none.
    func resultID(of record: ProjectRecord) -> String {
        record.id(at: idPosition) ?? record.origin
    }

    /// A new activation large enough for this policy (one per thread).
    public func makeActivation() -> Activation {
        Activation(slotCount: slotCount)
    }
}
