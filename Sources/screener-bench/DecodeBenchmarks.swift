import Foundation
import Screening

/// Registry input figures: reading CSV rows and decoding them into records, with no screening.
enum DecodeBenchmarks {
    /// Reads the sample registry from its bytes and decodes every row, ten times, in
    /// ``decodePasses(_:_:file:)`` alone, so that
    /// `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*decodePasses*'`
    /// counts the instructions of reading and decoding 10,000 rows whatever else the machine does.
    static func fixedPasses(policyPath: String, registry: String) {
        guard case .success(let policy) = CompiledPolicy.load(path: policyPath),
              let data = FileManager.default.contents(atPath: registry)
        else {
            print("decode: cannot load \(policyPath) or \(registry)")
            return
        }
        let (records, failures) = decodePasses(policy.schema, [UInt8](data), file: registry)
        print("decoded \(records) records and \(failures) error rows, the registry ten times")
    }

    /// The number of records and of error rows in ten passes over `bytes`.
    @inline(never)
    static func decodePasses(_ schema: Schema, _ bytes: [UInt8], file: String) -> (records: Int, failures: Int) {
        var records = 0
        var failures = 0
        for _ in 0..<10 {
            var reader = CSVReader(bytes: bytes)
            var decoder = TableRowDecoder(schema: schema, header: reader.header, file: file)
            while let row = reader.next() {
                switch decoder.decode(row) {
                case .success: records += 1
                case .failure: failures += 1
                }
            }
        }
        return (records, failures)
    }
}
