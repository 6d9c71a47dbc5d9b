@testable import Screening
import Testing

/// The duplicate-id table gives back the first row of every hash it has seen, through its
/// growth, for hashes alike in their low bits, for zero, and for rows beyond 32 bits.
struct FirstRowTableTests {
    @Test func everyHashKeepsItsFirstRow() {
        var table = FirstRowTable()
        let hashes: [UInt64] = [0, 1] + (2..<50_000).map { UInt64($0) << 32 } + (0..<50_000).map { UInt64($0) &* 0xFFFF_FFFF_0000_0001 }
        var expected: [UInt64: Int] = [:]
        for (row, hash) in hashes.enumerated() {
            let first = table.firstRow(of: hash, recording: row + 2)
            #expect(first == expected[hash == 0 ? 1 : hash], "hash \(hash)")
            if expected[hash == 0 ? 1 : hash] == nil { expected[hash == 0 ? 1 : hash] = row + 2 }
        }
        for (hash, row) in expected.prefix(1_000) {
            #expect(table.firstRow(of: hash, recording: 9) == row)
        }
    }

    @Test func rowsBeyondThirtyTwoBitsAreClamped() {
        var table = FirstRowTable()
        #expect(table.firstRow(of: 42, recording: 5_000_000_000) == nil)
        #expect(table.firstRow(of: 42, recording: 7) == Int(UInt32.max))
    }
}
