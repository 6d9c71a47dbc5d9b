import CEL
import Diagnostics
import Foundation
import Screening

/// Batch figures: screening throughput on one core over a realistic registry held in memory,
/// and `screener batch` end to end on a generated registry, on all cores.
enum BatchBenchmarks {
    /// Screens the sample registry's records, already decoded, on one core.
    static func inMemory(policyPath: String, registry: String) {
        guard let (policy, records) = load(policyPath: policyPath, registry: registry) else { return }
        Measure.screening(policy: policy, records: records, label: " (registry)",
                          source: "\(records.count) records of \((registry as NSString).lastPathComponent)")
    }

    /// Screens each of the sample registry's records ten times as `batch` does (each result
    /// written as a JSON line and summarised for the statistics), in ``screenPasses(_:_:)`` alone, so that
    /// `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*screenPasses*'`
    /// counts the instructions of screening 10,000 projects whatever else the machine does.
    static func fixedPasses(policyPath: String, registry: String) {
        guard let (policy, records) = load(policyPath: policyPath, registry: registry) else { return }
        let fragments = JSONFragments(policy: policy, language: .vi)
        print("screened \(screenPasses(policy, fragments, records)) projects, \(records.count) records ten times")
    }

    /// The screenings alone: the policy's JSON fragments, written once per batch, are made before.
    @inline(never)
    static func screenPasses(_ policy: CompiledPolicy, _ fragments: JSONFragments, _ records: [ProjectRecord]) -> Int {
        let activation = policy.makeActivation()
        var writer = JSONWriter()
        var outcome = ScreeningOutcome()
        var count = 0
        for _ in 0..<10 {
            for record in records {
                writer.removeAll()
                count += screenAsBatch(record, policy, activation, &outcome, fragments, &writer).verdict == .error ? 0 : 1
            }
        }
        return count
    }

    /// Screens one record as a batch worker does: the outcome, its summary for the
    /// statistics, and its JSON line.
    static func screenAsBatch(
        _ record: ProjectRecord, _ policy: CompiledPolicy, _ activation: Activation, _ outcome: inout ScreeningOutcome,
        _ fragments: JSONFragments, _ writer: inout JSONWriter
    ) -> ScreeningSummary {
        policy.evaluate(record, using: activation, into: &outcome)
        let summary = ScreeningSummary(outcome, record: record, policy: policy)
        JSONReport.write(outcome, record: record, activation: activation, policy: policy, fragments: fragments,
                         into: &writer)
        writer.byte(UInt8(ascii: "\n"))
        return summary
    }

    /// The compiled policy and the registry's readable records.
    private static func load(policyPath: String, registry: String) -> (CompiledPolicy, [ProjectRecord])? {
        guard case .success(let policy) = CompiledPolicy.load(path: policyPath), var reader = CSVReader(path: registry)
        else {
            print("batch: cannot load \(policyPath) or \(registry)")
            return nil
        }
        var decoder = TableRowDecoder(schema: policy.schema, header: reader.header, file: registry)
        var records: [ProjectRecord] = []
        while let row = reader.next() {
            if case .success(let record) = decoder.decode(row) { records.append(record) }
        }
        return records.isEmpty ? nil : (policy, records)
    }

    /// Generates `rows` rows with `registry-gen` and screens them with `screener batch` into
    /// JSON Lines; prints wall time, rows per second, the batch's peak memory and CPU time.
    ///
    /// Both files live in one folder kept from run to run (`$TMPDIR/screener-bench`), as a
    /// user's output folder would be. On this machine's file system (ext4 mounted with
    /// `discard`), the same batch writing into a folder made just before took 2.1–5.5 s of
    /// system time, against 1.3–1.6 s writing into a folder that already existed.
    static func endToEnd(rows: Int, binaries: String) {
        let folder = NSTemporaryDirectory() + "screener-bench"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let csv = folder + "/registry.csv"
        let out = folder + "/results.jsonl"
        defer {
            try? FileManager.default.removeItem(atPath: csv)
            try? FileManager.default.removeItem(atPath: out)
        }
        guard run(binaries + "/registry-gen", ["large", csv, "--rows", String(rows)]) != nil else {
            print("batch: registry-gen failed (build it: swift build -c release --product registry-gen)")
            return
        }
        // The generated registry's pages are written back first, so that the timing does not
        // include the disk catching up with the generator.
        sync()
        guard let usage = run(binaries + "/screener", ["batch", csv, "--out", out, "--quiet"]) else {
            print("batch: screener batch failed")
            return
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
        Measure.report("batch \(rows) CSV rows -> JSON Lines", usage.seconds, unit: "s wall",
                       detail: String(format: "%.0f rows/s, peak memory %.0f MB, %.1f s user + %.1f s system CPU, "
                                      + "input %.0f MB, %d cores",
                                      Double(rows) / usage.seconds, Double(usage.peakKilobytes) / 1024, usage.user,
                                      usage.system, Double(size) / 1_048_576,
                                      ProcessInfo.processInfo.activeProcessorCount))
    }

    /// Runs a program to completion, its output discarded; its wall time, peak resident
    /// memory and CPU time, or nil on failure.
    static func run(_ path: String, _ arguments: [String])
        -> (seconds: Double, peakKilobytes: Int, user: Double, system: Double)?
    {
        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid, status == 0 else { return nil }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        func cpu(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds, Int(usage.ru_maxrss), cpu(usage.ru_utime), cpu(usage.ru_stime))
    }
}
