import Foundation
import Screening

/// The batch pipeline as `screener batch REGISTRY --out X.jsonl` runs it, on one worker: reading,
/// decoding, screening, JSON lines, repeated ids and statistics, with the output discarded.
enum PipelineBenchmarks {
    /// Runs the pipeline over a registry (`--registry PATH`, default `/tmp/p20k.csv`, made by
    /// `registry-gen large /tmp/p20k.csv --rows 20000`) in ``pipelinePass(_:registry:)`` alone, so that
    /// `valgrind --tool=callgrind --dump-before='*pipelinePass*Tf*' --dump-before='*printTotals*'`
    /// counts, in its second dump, the instructions of every thread of the batch.
    static func fixedPass(policyPath: String, arguments: [String]) {
        let registry = arguments.firstIndex(of: "--registry").flatMap {
            $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
        } ?? "/tmp/p20k.csv"
        guard case .success(let policy) = CompiledPolicy.load(path: policyPath) else {
            print("pipeline: cannot load \(policyPath)")
            return
        }
        guard let sink = pipelinePass(policy, registry: registry) else {
            print("pipeline: cannot read \(registry)")
            return
        }
        printTotals(sink)
    }

    /// Prints what the pipeline made: the first thing done after it, for callgrind to dump at.
    @inline(never)
    static func printTotals(_ sink: Sink) {
        print("pipeline: \(sink.bytes) bytes of JSON Lines")
        print(sink.statistics.summary(language: .vi))
    }

    /// What the pipeline's consumer keeps: the statistics, as `screener batch` counts them, and
    /// the number of bytes written.
    final class Sink: @unchecked Sendable {
        var statistics: BatchStatistics
        var bytes = 0

        init(statistics: BatchStatistics) {
            self.statistics = statistics
        }

        func consume(_ chunk: BatchRunner.Chunk) {
            statistics.add(chunk.items)
            bytes += chunk.withBytes { $0.count }
        }
    }

    /// Reads, screens and counts the whole registry with one worker; nil when it cannot be read.
    @inline(never)
    static func pipelinePass(_ policy: CompiledPolicy, registry: String) -> Sink? {
        guard var reader = try? RegistryReader(path: registry) else { return nil }
        let runner = BatchRunner(
            policy: policy, options: BatchRunner.Options(jobs: 1, chunkSize: 4_096, language: .vi), file: registry)
        let sink = Sink(statistics: BatchStatistics(policy: policy))
        do {
            try runner.run(reader: &reader, output: .jsonLines(JSONFragments(policy: policy, language: .vi))) { chunk, _ in
                sink.consume(chunk)
            }
        } catch {
            return nil
        }
        return sink
    }
}
