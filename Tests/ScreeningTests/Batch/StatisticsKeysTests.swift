import CEL
import Foundation
import Testing

@testable import Screening

/// Statistics find districts by their bytes and divisions by number, and count them exactly as
/// `String` keys would: canonically equivalent spellings together, under the first one seen.
struct StatisticsKeysTests {
    static let composed = "R\u{1EA1}ch Gi\u{E1}"
    static let decomposed = "Ra\u{323}ch Gia\u{301}"

    static func count(_ districts: [String], limit: Int = 1_000) throws -> BatchStatistics {
        let policy = try BatchTesting.policy()
        var statistics = BatchStatistics(policy: policy, distinctLimit: limit)
        for (index, district) in districts.enumerated() {
            let record = BatchTesting.record(["id": "\(index)", "district": district], schema: policy.schema)
            statistics.add(record: record, result: BatchTesting.result("\(index)", .approve, policy: policy))
        }
        return statistics
    }

    @Test func equivalentSpellingsShareTheFirstSpellingsGroup() throws {
        let statistics = try Self.count([Self.decomposed, Self.composed, Self.decomposed, " \(Self.composed) "])
        #expect(statistics.districts.count == 1)
        let key = try #require(statistics.districts.keys.first)
        #expect(Array(key.unicodeScalars) == Array(Self.decomposed.unicodeScalars))
        #expect(statistics.districts[Self.composed]?.total == 4)
    }

    @Test func spellingsOfACountedDistrictStayWithItBeyondTheLimit() throws {
        let statistics = try Self.count([Self.composed, "B", Self.decomposed, "C", "C", "D", Self.composed], limit: 2)
        #expect(statistics.districts.count == 3)
        #expect(statistics.districts[Self.composed]?.total == 3)
        #expect(statistics.districts["B"]?.total == 1)
        #expect(statistics.districts[BatchStatistics.otherKey]?.total == 3)
    }

    @Test func manySpellingsAreCountedAsStrings() throws {
        // A limit of 10 keeps 84 spellings: the 300 names fill the table and overflow it.
        let names = (0..<600).map { "Huy\u{1EC7}n \($0 % 300)" }
        let statistics = try Self.count(names, limit: 10)
        #expect(statistics.districts.count == 11)
        #expect(statistics.districts["Huy\u{1EC7}n 7"]?.total == 2)
        #expect(statistics.districts["Huy\u{1EC7}n 200"] == nil)
        #expect(statistics.districts[BatchStatistics.otherKey]?.total == 580)
    }

    @Test func divisionIndexReadsCodesAsDivisionOf() {
        let codes: [String?] = [nil, "10792", "08", " 23941 ", "1", "a123", "", "\u{A0}12", " \u{A0}12", "12\u{301}",
                                "\u{FF11}\u{FF12}", "99", "00", "\t45\n", "4 5"]
        for code in codes {
            let index = StatisticsGroups.divisionIndex(of: code)
            #expect(StatisticsGroups.division(index) == BatchStatistics.division(of: code), "\(String(describing: code))")
        }
    }

    @Test func repeatedIDHashIsFNVOfTheBytes() {
        #expect(DuplicateIDs.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(DuplicateIDs.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(DuplicateIDs.hash(Self.composed) != DuplicateIDs.hash(Self.decomposed))
    }
}
