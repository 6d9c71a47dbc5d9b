import CEL
import Diagnostics
import Testing

@testable import Screening

/// How `check --explain` words each kind of allowed values, in Vietnamese and English, with the
/// units and coded values of the shipped schema.
@Suite struct CounterfactualTextTests {
    /// A field, the allowed values, and the expected words in Vietnamese and English.
    static let cases: [(String, AllowedValues, String, String)] = [
        ("annual_energy_toe", .numbers([NumberRange(lower: nil, lowerIncluded: false, upper: 1000, upperIncluded: false)]),
         "< 1.000 TOE/năm", "< 1,000 TOE/year"),
        ("labour", .numbers([
            NumberRange(lower: 10, lowerIncluded: false, upper: 2500, upperIncluded: true),
            NumberRange(lower: 3000, lowerIncluded: true, upper: 3000, upperIncluded: true),
        ]), "> 10 người và ≤ 2.500 người hoặc = 3.000 người", "> 10 persons and ≤ 2,500 persons or = 3,000 persons"),
        ("energy_intensity", .numbers([NumberRange(lower: 10.5, lowerIncluded: true, upper: nil, upperIncluded: false)]),
         "≥ 10,5 TOE/tỷ đồng giá trị sản xuất", "≥ 10.5 TOE per billion VND of output"),
        ("site", .oneOf(["industrial_zone", "industrial_cluster"]),
         "một trong: khu công nghiệp (industrial_zone), cụm công nghiệp (industrial_cluster)",
         "one of: industrial zone (industrial_zone), industrial cluster (industrial_cluster)"),
        ("mineral_processing", .oneOf(["deep"]), "chế biến sâu (deep)", "deep processing (deep)"),
        ("energy_product", .noneOf(["shrimp", "catfish"]),
         "bất kỳ giá trị nào khác ngoài: shrimp, catfish", "any value other than: shrimp, catfish"),
        ("used_equipment", .flag(false), "không", "no"),
        ("products", .tag("lime", held: false), "không có vôi (lime)", "without lime"),
        ("products", .tag("recycled_material", held: true), "có vật liệu tái chế (recycled_material)",
         "with recycled materials (recycled_material)"),
    ]

    @Test(arguments: cases.indices)
    func wording(_ index: Int) throws {
        let (field, allowed, vi, en) = Self.cases[index]
        let policy = try #require(PolicyCaseTests.compiled)
        let schema = try #require(policy.schema.field(field))
        #expect(CounterfactualText(schema: policy.schema, language: .vi).allowed(allowed, field: schema) == vi)
        #expect(CounterfactualText(schema: policy.schema, language: .en).allowed(allowed, field: schema) == en)
    }
}
