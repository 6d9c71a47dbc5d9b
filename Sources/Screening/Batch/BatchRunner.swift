import CEL
import Diagnostics
import Foundation
import YAML

/// Screens a whole registry: reads it in chunks, decodes and screens the chunks on several
/// threads, and hands the results to writers in input order, one per input record.
public final class BatchRunner: Sendable {
    /// How the batch runs.
    public struct Options: Sendable {
        /// Worker threads.
        public var jobs: Int
        /// Records per chunk handed to a worker.
        public var chunkSize: Int
        /// The language of messages.
        public var language: Language

        /// Creates options.
        public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, chunkSize: Int = 1024,
                    language: Language = .vi) {
            self.jobs = max(1, jobs)
            self.chunkSize = max(1, chunkSize)
            self.language = language
        }
    }

    /// One screened record.
    public struct Item: Sendable {
        public var number: Int
        public var record: ProjectRecord?
        public var result: ScreeningResult
    }

    /// A chunk's results, and any bytes the workers serialised for them.
    public struct Chunk: Sendable {
        public var items: [Item]
        public var bytes: [UInt8]
    }

    let policy: CompiledPolicy
    let options: Options
    let file: String

    /// Creates a runner for a registry named `file` (shown in row diagnostics).
    public init(policy: CompiledPolicy, options: Options, file: String) {
        self.policy = policy
        self.options = options
        self.file = file
    }

    /// Runs the batch. `serialise` turns a chunk's items into output bytes on the worker
    /// threads; `consume` receives every chunk in input order on the calling thread, with the
    /// registry bytes read so far (for progress).
    public func run(
        reader: inout RegistryReader,
        serialise: @escaping @Sendable ([Item], inout [UInt8]) -> Void,
        consume: (Chunk, Int?) throws -> Void
    ) throws {
        let tableDecoder = TableRowDecoder(schema: policy.schema, header: reader.header, file: file)
        var duplicates = DuplicateIDs(file: file)
        let batchSize = options.jobs * 2
        while true {
            var chunks: [[RegistryItem]] = []
            for _ in 0..<batchSize {
                let chunk = reader.nextChunk(limit: options.chunkSize)
                if chunk.isEmpty { break }
                chunks.append(chunk)
            }
            if chunks.isEmpty { return }
            let outputs = ChunkOutputs(count: chunks.count)
            let work = chunks
            DispatchQueue.concurrentPerform(iterations: work.count) { index in
                var decoder = tableDecoder
                let chunk = self.process(work[index], decoder: &decoder, serialise: serialise)
                outputs.set(index, chunk)
            }
            let bytesRead = reader.bytesRead
            for index in 0..<chunks.count {
                guard var chunk = outputs.get(index) else { continue }
                if duplicates.mark(&chunk.items, policy: policy.identity) {
                    chunk.bytes.removeAll()
                    serialise(chunk.items, &chunk.bytes)
                }
                try consume(chunk, bytesRead)
            }
        }
    }

    /// Decodes, screens and serialises one chunk.
    func process(_ items: [RegistryItem], decoder: inout TableRowDecoder,
                 serialise: ([Item], inout [UInt8]) -> Void) -> Chunk {
        let activation = policy.makeActivation()
        let recordDecoder = RecordDecoder(schema: policy.schema)
        let languages: Set<Language> = [options.language]
        var results: [Item] = []
        results.reserveCapacity(items.count)
        for item in items {
            let decoded: Result<ProjectRecord, RecordFailure>
            switch item {
            case .row(let row):
                decoded = decoder.decode(row)
            case .document(let text, let line):
                decoded = decodeDocument(text, line: line, decoder: recordDecoder)
            case .node(let node, let number):
                decoded = recordDecoder.record(from: node, source: SourceFile(path: file, text: ""), origin: "\(file)#\(number)")
            case .unreadable(_, let diagnostic):
                var located = diagnostic
                located.location?.file = file
                decoded = .failure(RecordFailure(diagnostics: [located]))
            }
            switch decoded {
            case .success(let record):
                results.append(Item(number: item.number, record: record,
                                    result: policy.screen(record, using: activation, languages: languages)))
            case .failure(let failure):
                let id = "\(file):\(item.number)"
                results.append(Item(number: item.number, record: nil,
                                    result: .unreadable(id: id, problems: failure.diagnostics, policy: policy.identity)))
            }
        }
        var bytes: [UInt8] = []
        serialise(results, &bytes)
        return Chunk(items: results, bytes: bytes)
    }

    private func decodeDocument(_ text: String, line: Int, decoder: RecordDecoder) -> Result<ProjectRecord, RecordFailure> {
        let source = SourceFile(path: file, text: text)
        switch YAMLReader().parseSingle(source) {
        case .success(let node):
            let shifted = decoder.record(from: node, source: source, origin: "\(file):\(line)")
            return shifted.mapError { failure in
                RecordFailure(diagnostics: failure.diagnostics.map { diagnostic in
                    var moved = diagnostic
                    if let location = diagnostic.location {
                        moved.location = SourceLocation(file: file, line: line + location.line - 1, column: location.column)
                    }
                    return moved
                })
            }
        case .failure(let failure):
            return .failure(RecordFailure(diagnostics: failure.diagnostics.map { diagnostic in
                var moved = diagnostic
                moved.location = SourceLocation(file: file, line: line, column: diagnostic.location?.column ?? 1)
                return moved
            }))
        }
    }
}

/// The chunk results of one round, filled by worker threads.
private final class ChunkOutputs: @unchecked Sendable {
    private var chunks: [BatchRunner.Chunk?]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ chunk: BatchRunner.Chunk) {
        lock.lock()
        chunks[index] = chunk
        lock.unlock()
    }

    func get(_ index: Int) -> BatchRunner.Chunk? {
        lock.lock()
        defer { lock.unlock() }
        return chunks[index]
    }
}
