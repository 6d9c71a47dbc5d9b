import Foundation
import Screening
import Testing

@Suite struct XLSXTmpBenchTests {
    @Test func bench() throws {
        guard let path = ProcessInfo.processInfo.environment["XLSX_BENCH"] else { return }
        for _ in 0..<3 {
            let start = Date()
            var reader = try XLSXReader(path: path)
            var count = 0
            var cells = 0
            while let row = reader.next() { count += 1; cells += row.cells.count }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print("BENCH rows=\(count) cells=\(cells) seconds=\(Date().timeIntervalSince(start)) maxrss_kb=\(usage.ru_maxrss)")
        }
    }
}
