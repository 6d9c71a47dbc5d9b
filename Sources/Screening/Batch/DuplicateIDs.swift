import Diagnostics

/// Finds records whose `id` repeats an earlier record's, in input order.
///
/// Keeps a 64-bit hash of each id and the row that first used it (12 to 24 bytes per record,
/// not the ids themselves); two different ids with the same 64-bit hash, about one chance in
/// 10^7 for a million ids, would be reported as a repeat.
struct DuplicateIDs {
    private var firstRows = FirstRowTable()
    let file: String

    init(file: String) {
        self.file = file
    }

    /// Turns every record that repeats an id into an error row; the positions of those changed.
    mutating func mark(_ items: inout [BatchRunner.Item], policy: PolicyIdentity) -> [Int] {
        var repeats: [(index: Int, first: Int)] = []
        for index in items.indices where items[index].summary.verdict != .error {
            let hash = Self.hash(items[index].summary.id)
            if let first = firstRows.firstRow(of: hash, recording: items[index].number) { repeats.append((index, first)) }
        }
        for (index, first) in repeats {
            let id = items[index].summary.id
            let problem = Diagnostic(
                code: "registry.duplicate_id",
                location: SourceLocation(file: file, line: items[index].number, column: 1),
                message: LocalizedText(vi: "mã `\(id)` đã dùng ở dòng \(first)", en: "id `\(id)` is already used at row \(first)"))
            let result = ScreeningResult.unreadable(id: id, problems: [problem], policy: policy)
            items[index].result = result
            items[index].summary = ScreeningSummary(result, ruleIDs: [])
            items[index].groups = .unreadable
            items[index].record = nil
        }
        return repeats.map(\.index)
    }

    /// FNV-1a over the id's UTF-8 bytes.
    static func hash(_ id: String) -> UInt64 {
        UTF8Hash.of(id)
    }
}
