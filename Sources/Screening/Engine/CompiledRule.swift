import CEL
import CELSyntax

/// A rule's condition compiled: one program, or a structured combination of parts.
indirect enum CompiledCondition: Sendable {
    case expression(Program, text: String)
    case all([CompiledCondition])
    case any([CompiledCondition])
    case not(CompiledCondition)
}

/// A rule ready to evaluate: its compiled condition, exception and message templates.
///
/// A class, so that the screening loop passes rules by reference instead of copying them.
final class CompiledRule: Sendable {
    let rule: Rule
    /// The rule's position in the policy.
    let index: Int
    /// The condition with its parts, for explanations.
    let when: CompiledCondition
    /// The whole condition as one program (`all` as `&&`, `any` as `||`), for evaluation.
    let whenProgram: Program
    let unless: Program?
    let messageVI: MessageTemplate
    let messageEN: MessageTemplate
    /// The schema positions of the project fields its conditions read (through facts too),
    /// with their `project.field` paths.
    let fieldsRead: [(path: String, position: Int)]
    /// The parts of a structured condition, each explained with its value.
    let parts: [(program: Program, text: String)]

    init(rule: Rule, index: Int, when: CompiledCondition, whenProgram: Program, unless: Program?,
         messageVI: MessageTemplate, messageEN: MessageTemplate, fieldsRead: [(path: String, position: Int)]) {
        self.rule = rule
        self.index = index
        self.when = when
        self.whenProgram = whenProgram
        self.unless = unless
        self.messageVI = messageVI
        self.messageEN = messageEN
        self.fieldsRead = fieldsRead
        self.parts = when.parts
    }
}

extension CompiledCondition {
    /// The expressions of a structured condition with their texts, in the order explanations
    /// list them (none for a condition that is one expression).
    var parts: [(program: Program, text: String)] {
        switch self {
        case .expression: return []
        case .all(let parts), .any(let parts): return parts.flatMap(\.leaves)
        case .not(let inner): return inner.leaves
        }
    }

    private var leaves: [(program: Program, text: String)] {
        if case .expression(let program, let text) = self { return [(program, text)] }
        return parts
    }

    /// For each of ``parts``, whether it is true whenever the whole condition is: a part reached
    /// from the top through `all`s alone (CEL's `&&` is true only when both sides are).
    var partsTrueWhenFired: [Bool] {
        switch self {
        case .expression: return []
        case .all(let parts): return parts.flatMap { $0.leavesTrueWhenTrue }
        case .any, .not: return parts.map { _ in false }
        }
    }

    private var leavesTrueWhenTrue: [Bool] {
        switch self {
        case .expression: return [true]
        case .all: return partsTrueWhenFired
        case .any, .not: return parts.map { _ in false }
        }
    }

    /// The condition as one CEL expression: CEL's `&&`, `||` and `!` give structured parts
    /// the same three-valued meaning.
    var combinedText: String {
        switch self {
        case .expression(_, let text): return "(" + text + ")"
        case .all(let parts): return "(" + parts.map(\.combinedText).joined(separator: " && ") + ")"
        case .any(let parts): return "(" + parts.map(\.combinedText).joined(separator: " || ") + ")"
        case .not(let inner): return "!" + inner.combinedText
        }
    }
}

/// A fact ready to evaluate into its slot.
struct CompiledFact: Sendable {
    let name: String
    let slot: Int
    let program: Program
}
