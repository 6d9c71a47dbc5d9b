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
struct CompiledRule: Sendable {
    let rule: Rule
    let when: CompiledCondition
    let unless: Program?
    let messageVI: MessageTemplate
    let messageEN: MessageTemplate
    /// The schema positions of the project fields its conditions read (through facts too).
    let fieldsRead: [Int]
}

/// A fact ready to evaluate into its slot.
struct CompiledFact: Sendable {
    let name: String
    let slot: Int
    let program: Program
}
