import Diagnostics
import Foundation
import Screening

/// Where a batch's results go: a temporary file renamed into place at the end, or stdout.
struct BatchOutput {
    let format: BatchOutputFormat
    let language: Language
    private let finalPath: String?
    private let temporaryPath: String?
    private let handle: FileHandle
    private var html: HTMLReportWriter?
    private let csv: CSVResultFormat
    private let fragments: JSONFragments

    init(path: String?, format: BatchOutputFormat, policy: CompiledPolicy, language: Language,
         keepColumns: Bool, registryName: String) throws {
        self.format = format
        self.language = language
        self.finalPath = path
        self.csv = CSVResultFormat(schema: policy.schema, keepColumns: keepColumns, language: language)
        self.fragments = JSONFragments(policy: policy, language: language)
        guard let path else {
            temporaryPath = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)").path
        temporaryPath = temporary
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let opened = FileHandle(forWritingAtPath: temporary)
        else {
            let message = language == .vi ? "không ghi được `\(path)`" : "cannot write `\(path)`"
            StandardError.line(message)
            throw ExitStatus.badInput
        }
        handle = opened
        if format == .html {
            html = HTMLReportWriter(url: URL(fileURLWithPath: temporary), policy: policy, language: language,
                                    registryName: registryName)
        }
        if format == .csv { handle.write(Data(csv.header)) }
    }

    /// The statistics the HTML report keeps, which count every row already.
    var statistics: BatchStatistics? { html?.statistics }

    /// What workers make of each screened record.
    var runnerOutput: BatchRunner.Output {
        let csv = csv
        switch format {
        case .jsonLines: return .jsonLines(fragments)
        case .csv: return .results { items, bytes in csv.serialise(items, into: &bytes) }
        case .html: return .results { _, _ in }
        }
    }

    mutating func write(_ chunk: BatchRunner.Chunk) throws {
        try chunk.withBytes { try Self.write($0, to: handle) }
        if html != nil {
            for item in chunk.items {
                html?.write(row: item.number, record: item.record, summary: item.summary, groups: item.groups,
                            result: item.result)
            }
        }
    }

    /// Writes bytes to a file handle without copying them.
    static func write(_ buffer: UnsafeRawBufferPointer, to handle: FileHandle) throws {
        let descriptor = handle.fileDescriptor
        var offset = 0
        while offset < buffer.count, let base = buffer.baseAddress {
            // Pieces of at most 256 KiB: measured, larger writes copy into the page cache slower.
            let written = Foundation.write(descriptor, base + offset, min(buffer.count - offset, 1 << 18))
            if written < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileWriteUnknown)
            }
            offset += written
        }
    }

    /// Completes the output and moves it to its final path.
    mutating func finish() throws {
        try html?.finish()
        guard let finalPath, let temporaryPath else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: finalPath)
    }
}
