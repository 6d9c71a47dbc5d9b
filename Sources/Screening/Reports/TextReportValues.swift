import CEL
import Diagnostics

/// How a project's values and the schema's units are written for people: booleans as words,
/// numbers with their unit and coded values with their meaning in the report's language
/// (`95000 TOE/năm`, `khu công nghiệp (industrial_zone)` rather than the schema's `TOE/year`
/// and `industrial_zone`), nothing as "(none)".
///
/// The units and codes known are those of the schemas shipped with screener; any other is
/// shown as the schema writes it.
struct TextReportValues {
    /// The language of words and units.
    let language: Language

    private var words: TextReportWords { TextReportWords(language: language) }

    /// A value of a field with its unit or meaning, e.g. `95000 TOE/năm`, `nông thôn (rural)`.
    func text(_ value: Value, field: FieldSchema?) -> String {
        switch value {
        case .bool(let flag):
            return flag ? words.yes : words.no
        case .list(let items) where items.isEmpty:
            return words.none
        case .string(let text) where text.isEmpty:
            return words.none
        case .string(let text):
            return coded(text, field: field?.name)
        case .list(let items):
            return items.map { item in
                if case .string(let text) = item { return coded(text, field: field?.name) }
                return ValueFormat.display(item, language: language)
            }.joined(separator: ", ")
        case .int, .uint, .double:
            let number = ValueFormat.display(value, language: language)
            guard let unit = field.flatMap({ unit(of: $0) }) else { return number }
            if !unit.isSuffix { return "\(number) (\(unit.text))" }
            return unit.text.hasPrefix("%") ? number + unit.text : "\(number) \(unit.text)"
        default:
            return ValueFormat.display(value, language: language)
        }
    }

    /// What a missing field expects: its unit, or its allowed values, or yes/no.
    func expectation(of field: FieldSchema) -> String? {
        switch field.kind {
        case .number, .integer:
            return unit(of: field).map { "\(words.unit): \($0.text)" }
        case .enum:
            guard !field.values.isEmpty else { return nil }
            return "\(words.oneOf): " + field.values.map { coded($0, field: field.name) }.joined(separator: ", ")
        case .bool:
            return words.yesOrNo
        case .string, .list:
            return nil
        }
    }

    /// The unit of a number field in the report's language; nil for fields without one.
    func unit(of field: FieldSchema) -> (text: String, isSuffix: Bool)? {
        guard let unit = field.unit, !unit.isEmpty else { return nil }
        if let known = Self.units[unit] {
            return (language == .vi ? known.vi : known.en, known.isSuffix)
        }
        return (unit, !unit.contains(" "))
    }

    /// A coded value with its meaning: `khu công nghiệp (industrial_zone)`; the code alone
    /// when it has no listed meaning or means itself.
    func coded(_ code: String, field: String?) -> String {
        guard let field, let meaning = Self.meanings[field]?[code] else { return code }
        let text = language == .vi ? meaning.vi : meaning.en
        return text == code ? code : "\(text) (\(code))"
    }

    // MARK: Vocabulary

    /// A unit in both languages; `isSuffix` when it follows a number (`12 ha`), otherwise it
    /// is a description shown in parentheses.
    private struct Unit {
        var vi: String
        var en: String
        var isSuffix: Bool
    }

    /// The units of `schema.yaml`, by the text the schema writes.
    private static let units: [String: Unit] = [
        "TOE/year": Unit(vi: "TOE/năm", en: "TOE/year", isSuffix: true),
        "TOE per billion VND of output": Unit(
            vi: "TOE/tỷ đồng giá trị sản xuất", en: "TOE per billion VND of output", isSuffix: true),
        "billion VND": Unit(vi: "tỷ đồng", en: "billion VND", isSuffix: true),
        "persons": Unit(vi: "người", en: "persons", isSuffix: true),
        "ha": Unit(vi: "ha", en: "ha", isSuffix: true),
        "%": Unit(vi: "%", en: "%", isSuffix: true),
        "% of revenue": Unit(vi: "% doanh thu", en: "% of revenue", isSuffix: true),
        "years": Unit(vi: "năm", en: "years", isSuffix: true),
        "months": Unit(vi: "tháng", en: "months", isSuffix: true),
        "ISO 3166-1 alpha-2": Unit(
            vi: "mã 2 chữ cái theo ISO 3166-1, ví dụ VN", en: "ISO 3166-1 two-letter code, e.g. VN", isSuffix: false),
        "VSIC 2018 code": Unit(vi: "mã VSIC 2018, 2–5 chữ số", en: "VSIC 2018 code, 2–5 digits", isSuffix: false),
        "unit of the norm of energy_product (kWh/t, MJ/t, kWh/kg, MJ/hl)": Unit(
            vi: "theo đơn vị của định mức sản phẩm: kWh/t, MJ/t, kWh/kg hoặc MJ/hl",
            en: "in the unit of the product's norm: kWh/t, MJ/t, kWh/kg or MJ/hl", isSuffix: false),
    ]

    /// The meaning of coded values, by field and then by value, as (vi, en).
    private static let meanings: [String: [String: (vi: String, en: String)]] = [
        "status": [
            "proposed": ("đề nghị đầu tư mới", "new application"),
            "licensed": ("đã được cấp phép", "licensed"),
            "operating": ("đang hoạt động", "operating"),
            "suspended": ("tạm ngừng hoạt động", "suspended"),
            "terminated": ("đã chấm dứt hoạt động", "terminated"),
        ],
        "site": [
            "industrial_zone": ("khu công nghiệp", "industrial zone"),
            "industrial_cluster": ("cụm công nghiệp", "industrial cluster"),
            "economic_zone": ("khu kinh tế", "economic zone"),
            "outside": ("ngoài KCN, CCN, KKT", "outside any zone or cluster"),
        ],
        "area": [
            "urban": ("đô thị", "urban"),
            "rural": ("nông thôn", "rural"),
        ],
        "mineral_processing": [
            "none": ("không chế biến", "none"),
            "primary": ("chế biến thô", "primary processing"),
            "deep": ("chế biến sâu", "deep processing"),
        ],
        "technology_level": [
            "high": ("công nghệ cao", "high"),
            "advanced": ("tiên tiến", "advanced"),
            "standard": ("trung bình", "standard"),
            "outdated": ("lạc hậu", "outdated"),
        ],
        "capacity_class": [
            "large": ("lớn", "large"),
            "medium": ("trung bình", "medium"),
            "small": ("nhỏ", "small"),
        ],
        "products": [
            "lime": ("vôi", "lime"),
            "fired_clay_brick": ("gạch, ngói đất sét nung", "fired clay bricks and tiles"),
            "hand_fired_kiln": ("lò nung thủ công", "hand-fired kiln"),
            "fish_meal": ("bột cá", "fish meal"),
            "cement": ("xi măng", "cement"),
            "non_fired_material": ("vật liệu xây dựng không nung", "non-fired building materials"),
            "recycled_material": ("vật liệu tái chế", "recycled materials"),
            "environmental_equipment": ("thiết bị xử lý ô nhiễm môi trường", "pollution-treatment equipment"),
        ],
    ]
}
