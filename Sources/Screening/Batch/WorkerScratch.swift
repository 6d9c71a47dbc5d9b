import CEL
import Diagnostics

/// What a batch worker reuses from chunk to chunk: the activation, the outcome and the JSON
/// writer with their capacity. Used by one worker at a time.
final class WorkerScratch: @unchecked Sendable {
    let activation: Activation
    var outcome = ScreeningOutcome()
    var writer = JSONWriter()
    var lineEnds: [Int] = []

    init(policy: CompiledPolicy) {
        activation = policy.makeActivation()
    }
}
