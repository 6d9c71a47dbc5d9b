import CEL
import Diagnostics
import Foundation
import Testing

@testable import Screening

/// The batch statistics over a handful of hand-made results, their ranking and the summary.
@Suite struct BatchStatisticsTests {
    /// Five readable rows and one unreadable row under the shipped policy.
    static func sample(_ policy: CompiledPolicy) -> BatchStatistics {
        var statistics = BatchStatistics(policy: policy)
        let schema = policy.schema
        let rows: [(ProjectRecord?, ScreeningResult)] = [
            (BatchTesting.record(["id": "A", "district": "Kiên Lương", "vsic": "23941"], schema: schema),
             BatchTesting.result("A", .reject, rules: ["KG157-PHASEOUT-LIME", "KG157-ENERGY-INTENSITY"], policy: policy)),
            (BatchTesting.record(["id": "B", "district": " Kiên Lương ", "vsic": "2394"], schema: schema),
             BatchTesting.result("B", .needsInfo, missing: ["env_group", "annual_energy_toe"], policy: policy)),
            (BatchTesting.record(["id": "C", "district": "Rạch Giá", "vsic": "10202"], schema: schema),
             BatchTesting.result("C", .approve, rules: ["KG157-PRIO-SUPPORTING"], score: 30, policy: policy)),
            (BatchTesting.record(["id": "D", "district": "Rạch Giá", "vsic": "x1"], schema: schema),
             BatchTesting.result("D", .needsInfo, missing: ["env_group"], policy: policy)),
            (BatchTesting.record(["id": "E"], schema: schema),
             BatchTesting.result("E", .approve, policy: policy)),
            (nil, BatchTesting.unreadable(row: 7, column: 3, policy: policy)),
        ]
        for (record, result) in rows { statistics.add(record: record, result: result) }
        return statistics
    }

    @Test func countsRowsByVerdictAndErrors() throws {
        let statistics = Self.sample(try BatchTesting.policy())
        #expect(statistics.total == 6)
        #expect(statistics.verdicts[.reject] == 1)
        #expect(statistics.verdicts[.needsInfo] == 2)
        #expect(statistics.verdicts[.review] == 0)
        #expect(statistics.verdicts[.approve] == 2)
        #expect(statistics.verdicts[.error] == 1)
        #expect(statistics.verdicts.total == 6)
        #expect(statistics.errorRows == 1)
        #expect(statistics.priorityCount == 1 && statistics.priorityVerdicts[.approve] == 1)
        #expect(statistics.scores == [0: 4, 30: 1])
    }

    @Test func countsEveryRuleOfThePolicyIncludingThoseThatNeverFired() throws {
        let policy = try BatchTesting.policy()
        let statistics = Self.sample(policy)
        #expect(Set(statistics.ruleFires.keys) == Set(policy.ruleIDs))
        #expect(statistics.ruleFires["KG157-PHASEOUT-LIME"] == 1)
        #expect(statistics.ruleFires["KG157-ENERGY-INTENSITY"] == 1)
        #expect(statistics.ruleFires["KG157-PRIO-SUPPORTING"] == 1)
        #expect(statistics.ruleFires["KG157-ENERGY-NORM"] == 0)
        #expect(statistics.ruleFires.values.reduce(0, +) == 3)
        #expect(statistics.neverFiredRules.count == policy.ruleIDs.count - 3)
        #expect(statistics.neverFiredRules == policy.ruleIDs.filter { statistics.ruleFires[$0] == 0 })
        #expect(statistics.firedRules.map(\.count) == [1, 1, 1])
    }

    @Test func countsMissingFields() throws {
        let statistics = Self.sample(try BatchTesting.policy())
        #expect(statistics.missingFields == ["env_group": 2, "annual_energy_toe": 1])
        #expect(statistics.missingByCount.map(\.field) == ["env_group", "annual_energy_toe"])
    }

    @Test func countsDistrictsAndDivisionsWithVerdicts() throws {
        let statistics = Self.sample(try BatchTesting.policy())
        let kienLuong = try #require(statistics.districts["Kiên Lương"])
        #expect(kienLuong.total == 2)
        #expect(kienLuong[.reject] == 1 && kienLuong[.needsInfo] == 1)
        #expect(statistics.districts["Rạch Giá"]?.total == 2)
        #expect(statistics.districts[BatchStatistics.unknownKey]?.total == 2)
        #expect(statistics.divisions["23"]?.total == 2)
        #expect(statistics.divisions["10"]?[.approve] == 1)
        #expect(statistics.divisions[BatchStatistics.unknownKey]?.total == 3)
        let ranking = statistics.topDivisions(1)
        #expect(ranking.top.map(\.key) == [BatchStatistics.unknownKey])
        #expect(ranking.rest.total == 3 && ranking.restGroups == 2)
    }

    @Test func divisionIsTheFirstTwoDigitsOfTheCode() {
        #expect(BatchStatistics.division(of: "10792") == "10")
        #expect(BatchStatistics.division(of: "08") == "08")
        #expect(BatchStatistics.division(of: " 23941 ") == "23")
        #expect(BatchStatistics.division(of: "1") == BatchStatistics.unknownKey)
        #expect(BatchStatistics.division(of: "a123") == BatchStatistics.unknownKey)
        #expect(BatchStatistics.division(of: "") == BatchStatistics.unknownKey)
        #expect(BatchStatistics.division(of: nil) == BatchStatistics.unknownKey)
    }

    @Test func districtsBeyondTheLimitAreCountedTogether() throws {
        let policy = try BatchTesting.policy()
        var statistics = BatchStatistics(policy: policy, distinctLimit: 2)
        for (index, district) in ["A", "B", "C", "D", "A", "C"].enumerated() {
            let record = BatchTesting.record(["id": "\(index)", "district": district], schema: policy.schema)
            statistics.add(record: record, result: BatchTesting.result("\(index)", .approve, policy: policy))
        }
        #expect(statistics.districts.count == 3)
        #expect(statistics.districts["A"]?.total == 2)
        #expect(statistics.districts[BatchStatistics.otherKey]?.total == 3)
        let ranking = statistics.topDistricts(5)
        #expect(ranking.top.map(\.key) == ["A", "B"])
        #expect(ranking.rest.total == 3 && ranking.restGroups == 1)
    }

    @Test func numbersUseTheLanguagesSeparators() {
        let vi = BatchStatisticsFormat(language: .vi), en = BatchStatisticsFormat(language: .en)
        #expect(vi.count(1_234_567) == "1.234.567")
        #expect(en.count(1_234_567) == "1,234,567")
        #expect(vi.count(999) == "999" && vi.count(0) == "0" && vi.count(-1_234) == "-1.234")
        #expect(vi.percent(1, of: 8) == "12,5%")
        #expect(en.percent(2, of: 3) == "66.7%")
        #expect(vi.percent(0, of: 0) == "0,0%")
        #expect(vi.tenths(1234.56) == "1.234,6")
    }

    @Test func summaryGivesCountsSharesAndSpeed() throws {
        let statistics = Self.sample(try BatchTesting.policy())
        let vi = statistics.summary(language: .vi, elapsed: .seconds(4))
        #expect(vi.hasPrefix("Đã sàng lọc 6 dòng trong 4,0 giây (1,5 dòng/giây)."))
        #expect(vi.contains("Không chấp thuận"))
        #expect(vi.contains("Cần bổ sung thông tin") && vi.contains("33,3%"))
        #expect(vi.contains("Lỗi dữ liệu") && vi.contains("16,7%"))
        #expect(vi.contains("1 dự án được ưu tiên."))
        let en = statistics.summary(language: .en)
        #expect(en.hasPrefix("Screened 6 rows."))
        #expect(en.contains("Record error") && en.contains("16.7%"))
        #expect(en.split(separator: "\n").count == 1 + Verdict.allCases.count + 1)
    }
}
