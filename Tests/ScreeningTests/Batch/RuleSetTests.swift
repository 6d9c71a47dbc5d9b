@testable import Screening
import Testing

/// A rule set holds exactly the positions inserted, in increasing order, on both sides of the
/// 64 positions kept in one word.
struct RuleSetTests {
    @Test(arguments: [
        [Int](), [0], [63], [64], [0, 63, 64, 65, 200], [130, 5, 64, 5, 130, 63], Array(0..<150).reversed(), [-1, 3],
    ])
    func holdsWhatWasInserted(_ inserted: [Int]) {
        var set = RuleSet()
        inserted.forEach { set.insert($0) }
        let expected = Array(Set(inserted.filter { $0 >= 0 })).sorted()
        #expect(set.positions == expected)
        var visited: [Int] = []
        set.forEach { visited.append($0) }
        #expect(visited == expected)
        #expect(set.isEmpty == expected.isEmpty)
        for probe in [-1, 0, 3, 5, 63, 64, 65, 130, 149, 150, 200] {
            #expect(set.contains(probe) == expected.contains(probe), "\(probe)")
        }
        var reversed = RuleSet()
        inserted.reversed().forEach { reversed.insert($0) }
        #expect(reversed == set)
    }
}
