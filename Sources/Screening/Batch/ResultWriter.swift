/// Receives a batch's results in input order, one per input record, and writes them out.
public protocol ResultWriter {
    /// Writes the result of one record (`record` is nil when the row could not be read).
    mutating func write(row: Int, record: ProjectRecord?, result: ScreeningResult) throws
    /// Completes the output after the last record.
    mutating func finish() throws
}
