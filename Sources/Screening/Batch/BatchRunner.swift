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

    /// What workers make of each screened record.
    public enum Output: Sendable {
        /// JSON Lines written straight from each screening (``JSONReport``'s outcome writer);
        /// the items keep their summaries but no results.
        case jsonLines(JSONFragments)
        /// Results kept on the items and serialised a chunk at a time by the function.
        case results(@Sendable ([Item], inout [UInt8]) -> Void)
        /// Summaries only: nothing is serialised and no result is made.
        case summaries
    }

    /// One screened record.
    public struct Item: Sendable {
        /// The record's row (line) in the registry.
        public var number: Int
        /// The record: kept for the `results` output (nil there when it could not be read).
        /// The other outputs let it go where it was screened.
        public var record: ProjectRecord?
        /// The counts-relevant part of the screening.
        public var summary: ScreeningSummary
        /// The district and VSIC division the statistics count it under.
        public var groups: StatisticsGroups
        /// The whole result: made for the `results` output, and for rows that could not be read.
        public var result: ScreeningResult?
    }

    /// A chunk's items, and the bytes the workers serialised for them.
    public struct Chunk: Sendable {
        public var items: [Item]
        /// The serialised bytes (nil once given back for reuse).
        var output: ChunkOutput?
        /// For JSON Lines, where each item's line ends in the bytes.
        public var lineEnds: [Int] = []

        /// Calls `body` with the bytes serialised for the items. They are reused for later chunks
        /// once `consume` returns: copy them (``bytes``) to keep them.
        public func withBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
            guard let output else { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
            return try output.withBytes(body)
        }

        /// A copy of the bytes serialised for the items (read it while `consume` runs).
        public var bytes: [UInt8] { withBytes { Array($0) } }
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
    /// and serialise them as `output` says, and a writer thread hands them to `consume` in input
    /// order, with the registry bytes read so far (for progress). At most `jobs + 2` chunks
    /// are in flight, so memory stays flat however long the registry is.
    public func run(
        reader: inout RegistryReader,
        output: Output,
        consume: @escaping @Sendable (Chunk, Int?) throws -> Void
    ) throws {
        let tableDecoder = TableRowDecoder(schema: policy.schema, header: reader.header, file: file)
        let inFlight = DispatchSemaphore(value: options.jobs + 2)
        let running = DispatchSemaphore(value: options.jobs)
        let workers = DispatchQueue(label: "screener.batch.workers", attributes: .concurrent)
        let group = DispatchGroup()
        let buffers = ReusePool(limit: options.jobs + 2) { ChunkOutput() }
        let scratches = ReusePool(limit: options.jobs) { [policy] in WorkerScratch(policy: policy) }
        let writer = OrderedWriter(file: file, policy: policy.identity, output: output, buffers: buffers, consume: consume)
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
                let scratch = scratches.take()
                let chunk = self.process(items, decoder: &decoder, output: output, scratch: scratch, into: buffers.take())
                scratches.give(scratch)
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

    /// Decodes, screens and serialises one chunk into `bytes` (emptied first, kept for its
    /// capacity), with the worker's `scratch`.
    func process(_ items: [RegistryItem], decoder: inout TableRowDecoder, output: Output, scratch: WorkerScratch,
                 into bytes: ChunkOutput) -> Chunk {
        let activation = scratch.activation
        let recordDecoder = RecordDecoder(schema: policy.schema)
        let languages: Set<Language> = [options.language]
        let groupPositions = StatisticsGroups.Positions(schema: policy.schema)
        // The outcome and the bytes are moved out of their objects for the chunk and back after,
        // so that rows use them in place, without copies or access checks.
        var outcome = ScreeningOutcome()
        swap(&outcome, &scratch.outcome)
        var writer = JSONWriter()
        swap(&writer, &bytes.writer)
        defer {
            swap(&outcome, &scratch.outcome)
            swap(&writer, &bytes.writer)
        }
        writer.removeAll()
        var lineEnds: [Int] = []
        if case .jsonLines = output { lineEnds.reserveCapacity(items.count) }
        var results: [Item] = []
        results.reserveCapacity(items.count)
        // The values of the last record screened and let go, written over by the next row's.
        var spare: [Value?] = []
        for item in items {
            switch decode(item, decoder: &decoder, recordDecoder: recordDecoder, reusing: &spare) {
            case .success(var record):
                policy.evaluate(record, using: activation, into: &outcome)
                let summary = ScreeningSummary(outcome, record: record, policy: policy)
                let groups = StatisticsGroups(record: record, positions: groupPositions)
                switch output {
                case .jsonLines(let fragments):
                    JSONReport.write(outcome, record: record, activation: activation, policy: policy,
                                     fragments: fragments, into: &writer)
                    writer.byte(UInt8(ascii: "\n"))
                    lineEnds.append(writer.count)
                    results.append(Item(number: item.number, record: nil, summary: summary, groups: groups))
                    // The activation shares the values while it holds the record: let go first.
                    activation.unload()
                    swap(&spare, &record.values)
                case .results:
                    let result = policy.result(of: outcome, record: record, activation: activation, languages: languages)
                    results.append(Item(number: item.number, record: record, summary: summary, groups: groups,
                                        result: result))
                case .summaries:
                    results.append(Item(number: item.number, record: nil, summary: summary, groups: groups))
                    // The activation shares the values while it holds the record: let go first.
                    activation.unload()
                    swap(&spare, &record.values)
                }
            case .failure(let failure):
                let result = ScreeningResult.unreadable(
                    id: "\(file):\(item.number)", problems: failure.diagnostics, policy: policy.identity)
                results.append(Item(number: item.number, record: nil, summary: ScreeningSummary(result, ruleIDs: []),
                                    groups: .unreadable, result: result))
                if case .jsonLines(let fragments) = output {
                    JSONReport.write(result, language: fragments.language, into: &writer, fragments: fragments)
                    writer.byte(UInt8(ascii: "\n"))
                    lineEnds.append(writer.count)
                }
            }
        }
        if case .results(let serialise) = output {
            var serialised: [UInt8] = []
            serialise(results, &serialised)
            writer.raw(serialised)
        }
        return Chunk(items: results, output: bytes, lineEnds: lineEnds)
    }

    /// The record of a registry item, or why it cannot be read.
    private func decode(_ item: RegistryItem, decoder: inout TableRowDecoder, recordDecoder: RecordDecoder,
                        reusing storage: inout [Value?]) -> Result<ProjectRecord, RecordFailure>
    {
        switch item {
        case .row(let row):
            return decoder.decode(row, reusing: &storage)
        case .document(let text, let line):
            return decodeDocument(text, line: line, decoder: recordDecoder)
        case .node(let node, let number):
            return recordDecoder.record(from: node, source: SourceFile(path: file, text: ""), origin: "\(file)#\(number)")
        case .unreadable(_, let diagnostic):
            var located = diagnostic
            located.location?.file = file
            return .failure(RecordFailure(diagnostics: [located]))
        }
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
    private let output: BatchRunner.Output
    private let buffers: ReusePool<ChunkOutput>
    private let consume: @Sendable (BatchRunner.Chunk, Int?) throws -> Void
    private let lock = NSLock()
    private var firstError: Error?

    init(file: String, policy: PolicyIdentity, output: BatchRunner.Output, buffers: ReusePool<ChunkOutput>,
         consume: @escaping @Sendable (BatchRunner.Chunk, Int?) throws -> Void) {
        self.duplicates = DuplicateIDs(file: file)
        self.policy = policy
        self.output = output
        self.buffers = buffers
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

    private func write(_ chunk: consuming BatchRunner.Chunk, _ bytesRead: Int?) {
        var chunk = chunk
        let marked = duplicates.mark(&chunk.items, policy: policy)
        if !marked.isEmpty {
            switch output {
            case .jsonLines(let fragments): Self.rewriteLines(marked, of: &chunk, fragments: fragments)
            case .results(let serialise):
                var serialised: [UInt8] = []
                serialise(chunk.items, &serialised)
                let rewritten = ChunkOutput()
                rewritten.writer.raw(serialised)
                chunk.output = rewritten
            case .summaries: break
            }
        }
        do {
            try consume(chunk, bytesRead)
        } catch {
            lock.lock()
            if firstError == nil { firstError = error }
            lock.unlock()
        }
        // The bytes are the consumer's only while it runs (see `Chunk.withBytes`).
        if let output = chunk.output { buffers.give(output) }
    }

    /// Writes the JSON lines of the `marked` items again from their (error) results, keeping
    /// the other lines as they are.
    private static func rewriteLines(_ marked: [Int], of chunk: inout BatchRunner.Chunk, fragments: JSONFragments) {
        let rewritten = ChunkOutput()
        var lineEnds: [Int] = []
        lineEnds.reserveCapacity(chunk.lineEnds.count)
        var next = marked.makeIterator()
        var nextMarked = next.next()
        chunk.withBytes { bytes in
            for (index, end) in chunk.lineEnds.enumerated() {
                if index == nextMarked, let result = chunk.items[index].result {
                    JSONReport.write(result, language: fragments.language, into: &rewritten.writer, fragments: fragments)
                    rewritten.writer.byte(UInt8(ascii: "\n"))
                    nextMarked = next.next()
                } else {
                    let start = index == 0 ? 0 : chunk.lineEnds[index - 1]
                    rewritten.writer.raw(Array(bytes[start..<end]))
                }
                lineEnds.append(rewritten.writer.count)
            }
        }
        chunk.output = rewritten
        chunk.lineEnds = lineEnds
    }
}
