import Diagnostics
import Foundation

/// The impact of a policy draft on a registry: every record screened with the old and the new
/// policy, and the records whose verdict or priority moved.
public struct PolicyDiff: Sendable {
    /// The records screened.
    public var rowCount: Int
    /// The records whose verdict or priority moved, in registry order.
    public var changes: [ProjectChange]
    /// The records whose verdict and priority stayed but whose fired rules or score changed.
    public var otherwiseChanged: Int

    /// Screens the registry at `path` with both policies (each reads it with its own schema)
    /// and compares them record by record.
    public static func compare(old: CompiledPolicy, new: CompiledPolicy, registry path: String,
                               options: BatchRunner.Options = BatchRunner.Options()) throws -> PolicyDiff {
        let before = try screen(path, with: old, options: options)
        let after = try screen(path, with: new, options: options)
        var effects: [String: Effect] = [:]
        for rule in old.policy.rules + new.policy.rules { effects[rule.id] = rule.effect }
        var changes: [ProjectChange] = []
        var otherwise = 0
        for (oldRow, newRow) in zip(before, after) {
            if let change = ProjectChange(old: oldRow, new: newRow, effects: effects) {
                changes.append(change)
            } else if oldRow.fired != newRow.fired || oldRow.score != newRow.score || oldRow.undecided != newRow.undecided {
                otherwise += 1
            }
        }
        return PolicyDiff(rowCount: min(before.count, after.count), changes: changes, otherwiseChanged: otherwise)
    }

    /// Every record of the registry screened with one policy, in registry order.
    static func screen(_ path: String, with policy: CompiledPolicy, options: BatchRunner.Options) throws
        -> [ScreenedRow]
    {
        var reader = try RegistryReader(path: path)
        let rows = RowCollector()
        let ruleIDs = policy.ruleIDs
        try BatchRunner(policy: policy, options: options, file: path).run(
            reader: &reader, output: .summaries,
            consume: { chunk, _ in
                rows.append(chunk.items.map { ScreenedRow(number: $0.number, summary: $0.summary, ruleIDs: ruleIDs) })
            })
        return rows.rows
    }
}

/// Collects the rows that the batch's writer thread hands over.
private final class RowCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [ScreenedRow] = []

    /// Adds a chunk's rows (chunks arrive in registry order).
    func append(_ rows: [ScreenedRow]) {
        lock.lock()
        collected += rows
        lock.unlock()
    }

    /// The rows so far.
    var rows: [ScreenedRow] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
