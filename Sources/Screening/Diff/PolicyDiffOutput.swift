import Diagnostics

/// The records of a policy diff as CSV or JSON, for `screener diff --out`.
public enum PolicyDiffOutput {
    /// CSV, one line per record that moved: its row and id, its old and new verdict, priority
    /// and score, and the rules responsible as `RULE:old>new` separated by `;`.
    public static func csv(_ diff: PolicyDiff) -> [UInt8] {
        var bytes = Array("row,id,old_verdict,old_priority,old_score,new_verdict,new_priority,new_score,rules\r\n".utf8)
        for change in diff.changes {
            let cells = [
                String(change.new.number), change.new.id,
                change.old.verdict.rawValue, String(change.old.priority), String(change.old.score),
                change.new.verdict.rawValue, String(change.new.priority), String(change.new.score),
                change.rules.map { "\($0.rule):\($0.old.rawValue)>\($0.new.rawValue)" }.joined(separator: ";"),
            ]
            for (index, cell) in cells.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                CSVResultFormat.appendCell(cell, to: &bytes)
            }
            bytes.append(contentsOf: [0x0D, 0x0A])
        }
        return bytes
    }

    /// A JSON object: `rows`, `changed`, `otherwise_changed`, and `changes`, an array of
    /// `{row, id, old: {verdict, priority, score}, new: {…}, rules: [{rule, old, new}]}`.
    public static func json(_ diff: PolicyDiff) -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{")
        writer.key("rows", first: true)
        writer.integer(diff.rowCount)
        writer.key("changed")
        writer.integer(diff.changes.count)
        writer.key("otherwise_changed")
        writer.integer(diff.otherwiseChanged)
        writer.key("changes")
        writer.raw("[")
        for (index, change) in diff.changes.enumerated() {
            writer.raw(index == 0 ? "\n{" : ",\n{")
            writer.key("row", first: true)
            writer.integer(change.new.number)
            writer.key("id")
            writer.string(change.new.id)
            for (key, row) in [("old", change.old), ("new", change.new)] {
                writer.key(text: key)
                writer.raw("{")
                writer.key("verdict", first: true)
                writer.string(row.verdict.rawValue)
                writer.key("priority")
                writer.bool(row.priority)
                writer.key("score")
                writer.integer(row.score)
                writer.raw("}")
            }
            writer.key("rules")
            writer.raw("[")
            for (ruleIndex, rule) in change.rules.enumerated() {
                writer.raw(ruleIndex == 0 ? "{" : ", {")
                writer.key("rule", first: true)
                writer.string(rule.rule)
                writer.key("old")
                writer.string(rule.old.rawValue)
                writer.key("new")
                writer.string(rule.new.rawValue)
                writer.raw("}")
            }
            writer.raw("]}")
        }
        writer.raw(diff.changes.isEmpty ? "]}\n" : "\n]}\n")
        return writer.bytes
    }
}
