import CEL

/// What a batch worker reuses from chunk to chunk: the activation and the outcome with their
/// capacity. Used by one worker at a time.
final class WorkerScratch: @unchecked Sendable {
    let activation: Activation
    var outcome = ScreeningOutcome()

    init(policy: CompiledPolicy) {
        activation = policy.makeActivation()
    }
}
