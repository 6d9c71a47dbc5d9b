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

    /// Runs the batch as a pipeline: this thread reads chunks, worker threads decode, screen
    /// and serialise them (`serialise`), and a writer thread hands them to `consume` in input
    /// order, with the registry bytes read so far (for progress). At most `2 × jobs` chunks
    /// are in flight, so memory stays flat however long the registry is.
    public func run(
        reader: inout RegistryReader,
        serialise: @escaping @Sendable ([Item], inout [UInt8]) -> Void,
        consume: @escaping @Sendable (Chunk, Int?) throws -> Void
    ) throws {
        let tableDecoder = TableRowDecoder(schema: policy.schema, header: reader.header, file: file)
        let inFlight = DispatchSemaphore(value: options.jobs * 2)
        let running = DispatchSemaphore(value: options.jobs)
        let workers = DispatchQueue(label: "screener.batch.workers", attributes: .concurrent)
        let group = DispatchGroup()
        let writer = OrderedWriter(file: file, policy: policy.identity, serialise: serialise, consume: consume)
        var index = 0
        while !writer.failed {
            let items = reader.nextChunk(limit: options.chunkSize)
            if items.isEmpty { break }
            let bytesRead = reader.bytesRead
            let position = index
            index += 1
            inFlight.wait()
            group.enter()
            workers.async {
                running.wait()
                var decoder = tableDecoder
                let chunk = self.process(items, decoder: &decoder, serialise: serialise)
                running.signal()
                writer.deliver(chunk, at: position, bytesRead: bytesRead) {
                    inFlight.signal()
                    group.leave()
                }
            }
        }
        group.wait()
        if let error = writer.error { throw error }
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

/// Receives chunks from workers in any order and consumes them in input order, on one
/// serial queue; marks repeated ids on the way.
private final class OrderedWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "screener.batch.writer")
    private var pending: [Int: (BatchRunner.Chunk, Int?, @Sendable () -> Void)] = [:]
    private var next = 0
    private var duplicates: DuplicateIDs
    private let policy: PolicyIdentity
    private let serialise: @Sendable ([BatchRunner.Item], inout [UInt8]) -> Void
    private let consume: @Sendable (BatchRunner.Chunk, Int?) throws -> Void
    private let lock = NSLock()
    private var firstError: Error?

    init(file: String, policy: PolicyIdentity, serialise: @escaping @Sendable ([BatchRunner.Item], inout [UInt8]) -> Void,
         consume: @escaping @Sendable (BatchRunner.Chunk, Int?) throws -> Void) {
        self.duplicates = DuplicateIDs(file: file)
        self.policy = policy
        self.serialise = serialise
        self.consume = consume
    }

    /// The first error `consume` threw, if any.
    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return firstError
    }

    var failed: Bool { error != nil }

    /// Queues a processed chunk; `done` runs once the chunk has been consumed (or skipped
    /// after an error).
    func deliver(_ chunk: BatchRunner.Chunk, at position: Int, bytesRead: Int?, done: @escaping @Sendable () -> Void) {
        queue.async {
            self.pending[position] = (chunk, bytesRead, done)
            while let (ready, bytes, finished) = self.pending.removeValue(forKey: self.next) {
                self.next += 1
                if !self.failed { self.write(ready, bytes) }
                finished()
            }
        }
    }

    private func write(_ chunk: BatchRunner.Chunk, _ bytesRead: Int?) {
        var chunk = chunk
        if duplicates.mark(&chunk.items, policy: policy) {
            chunk.bytes.removeAll()
            serialise(chunk.items, &chunk.bytes)
        }
        do {
            try consume(chunk, bytesRead)
        } catch {
            lock.lock()
            if firstError == nil { firstError = error }
            lock.unlock()
        }
    }
}
