import Diagnostics

/// The headings, notes and labels of the HTML report in its language.
struct HTMLReportWords {
    /// The language of the words.
    let language: Language
    /// Writes the numbers inside the words.
    let format: BatchStatisticsFormat

    /// The words in `language`.
    init(language: Language) {
        self.language = language
        self.format = BatchStatisticsFormat(language: language)
    }

    // The page header and the cards.
    var pageTitle: String { language.pick("Báo cáo sàng lọc danh mục dự án", "Registry screening report") }
    var registry: String { language.pick("Danh mục", "Registry") }
    var policy: String { language.pick("Bộ quy tắc", "Policy") }
    var version: String { language.pick("phiên bản", "version") }
    var digest: String { language.pick("Mã kiểm", "Digest") }
    var basis: String { language.pick("Căn cứ", "Basis") }
    var rowsScreened: String { language.pick("Số dòng đã sàng lọc", "Rows screened") }
    var priority: String { language.pick("Được ưu tiên", "Earn priority") }

    /// The priority projects that are rejected all the same.
    func priorityRejected(_ count: Int) -> String {
        language.pick("trong đó \(format.count(count)) dự án không chấp thuận", "incl. \(format.count(count)) rejected")
    }

    // The charts.
    var verdictsHeading: String { language.pick("Kết luận sàng lọc", "Verdicts") }
    var verdictsNote: String { language.pick("Số dự án theo từng mức kết luận, mạnh nhất trước.", "Projects by verdict, strongest first.") }
    var scoresHeading: String { language.pick("Điểm ưu tiên", "Priority score") }
    /// The note under the score chart, naming the priority threshold.
    func scoresNote(threshold: Int) -> String {
        language.pick("Số dự án theo điểm ưu tiên; từ \(format.count(threshold)) điểm trở lên là được ưu tiên.",
             "Projects by priority score; \(format.count(threshold)) points or more earn priority.")
    }
    /// A band of priority scores, e.g. `10–19 điểm`.
    func points(_ range: ClosedRange<Int>) -> String {
        let text = range.count == 1 ? format.count(range.lowerBound)
            : "\(format.count(range.lowerBound))–\(format.count(range.upperBound))"
        return language.pick("\(text) điểm", "\(text) points")
    }
    var districtsHeading: String { language.pick("Theo huyện, thành phố", "By district") }
    /// The note under the district chart: how many districts it shows.
    func districtsNote(_ shown: Int, all: Bool) -> String {
        all ? language.pick("Cả \(format.count(shown)) địa bàn, chia theo kết luận.", "All \(format.count(shown)) districts, by verdict.")
            : language.pick("\(format.count(shown)) địa bàn có nhiều dự án nhất, chia theo kết luận.",
                   "The \(format.count(shown)) districts with most projects, by verdict.")
    }
    var divisionsHeading: String { language.pick("Theo ngành kinh tế (VSIC 2018, cấp 2)", "By industry (VSIC 2018 division)") }
    /// The note under the division chart: how many divisions it shows.
    func divisionsNote(_ shown: Int, all: Bool) -> String {
        all ? language.pick("Cả \(format.count(shown)) ngành cấp 2, chia theo kết luận.", "All \(format.count(shown)) divisions, by verdict.")
            : language.pick("\(format.count(shown)) ngành cấp 2 có nhiều dự án nhất, chia theo kết luận.",
                   "The \(format.count(shown)) divisions with most projects, by verdict.")
    }
    var unknown: String { language.pick("Không rõ", "Unknown") }
    /// The bar of the districts not shown.
    func otherDistricts(_ count: Int) -> String { language.pick("Khác (\(format.count(count)) địa bàn)", "Other (\(format.count(count)))") }
    /// The bar of the divisions not shown.
    func otherDivisions(_ count: Int) -> String { language.pick("Khác (\(format.count(count)) ngành)", "Other (\(format.count(count)))") }

    var rulesHeading: String { language.pick("Quy tắc được áp dụng nhiều nhất", "Rules that fired most") }
    /// The note under the rule chart: how many rules fired.
    func rulesNote(fired: Int, of total: Int) -> String {
        language.pick("Số dự án mà mỗi quy tắc áp dụng, kèm khoản được trích dẫn; \(format.count(fired))/\(format.count(total)) quy tắc đã áp dụng.",
             "Projects for which each rule fired, with the clause it cites; \(format.count(fired)) of \(format.count(total)) rules fired.")
    }
    var noRulesFired: String { language.pick("Không quy tắc nào được áp dụng.", "No rule fired.") }
    var clause: String { language.pick("khoản", "clause") }
    var neverHeading: String { language.pick("Quy tắc chưa áp dụng cho dự án nào", "Rules that never fired") }
    /// The note over the rules that never fired.
    func neverNote(_ count: Int, of total: Int) -> String {
        language.pick("\(format.count(count))/\(format.count(total)) quy tắc không áp dụng cho dự án nào trong danh mục này.",
             "\(format.count(count)) of \(format.count(total)) rules fired for no project in this registry.")
    }
    var allFired: String { language.pick("Mọi quy tắc đều được áp dụng ít nhất một lần.", "Every rule fired at least once.") }
    var missingHeading: String { language.pick("Thông tin còn thiếu nhiều nhất", "Fields most often missing") }
    var missingNote: String {
        language.pick("Số dự án cần bổ sung từng thông tin để có kết luận.", "Projects that must provide each field for a verdict.")
    }
    var noneMissing: String { language.pick("Không dự án nào thiếu thông tin.", "No project lacks a field.") }
    /// The warning about rows in which a rule could not be evaluated.
    func ruleErrors(_ count: Int) -> String {
        language.pick("\(format.count(count)) dòng có quy tắc không đánh giá được; kiểm tra lại bộ quy tắc.",
             "\(format.count(count)) rows had a rule that could not be evaluated; check the policy.")
    }

    // The table.
    var tableHeading: String { language.pick("Danh sách dự án", "Projects") }
    /// How many rows the table shows of how many, and which.
    func shownNote(shown: Int, total: Int, firstRows: Int, cap: Int) -> String {
        if shown == total {
            return language.pick("Hiển thị toàn bộ \(format.count(total)) dòng.", "All \(format.count(total)) rows are shown.")
        }
        return language.pick(
            "Hiển thị \(format.count(shown)) trên \(format.count(total)) dòng: \(format.count(firstRows)) dòng đầu tiên và các dòng có kết luận khác “Đủ điều kiện”, tối đa \(format.count(cap)) dòng. Các biểu đồ tính trên toàn bộ danh mục.",
            "Showing \(format.count(shown)) of \(format.count(total)) rows: the first \(format.count(firstRows)) and those whose verdict is not “Eligible”, at most \(format.count(cap)). The charts count every row.")
    }
    var sortHint: String { language.pick("Bấm vào tiêu đề cột để sắp xếp.", "Click a column heading to sort.") }
    var filterPlaceholder: String { language.pick("Lọc theo mã, tên, huyện, lý do…", "Filter by id, name, district, reason…") }
    /// The table's column headings.
    var columns: [String] {
        language == .vi
            ? ["Dòng", "Mã hồ sơ", "Tên dự án", "Huyện, TP", "VSIC", "Kết luận", "Điểm", "Lý do chính", "Thông tin còn thiếu"]
            : ["Row", "ID", "Project", "District", "VSIC", "Verdict", "Score", "Main reason", "Missing fields"]
    }
    /// The column of a registry row where a problem is.
    func column(_ number: Int) -> String { language.pick("Cột \(format.count(number))", "Column \(format.count(number))") }
    /// The main reason of a project that needs information and has no decisive reason: the
    /// rules that could not be decided.
    func undecided(_ titles: [String]) -> String {
        language.pick("Thiếu thông tin để xét: ", "Missing data to decide: ") + titles.joined(separator: "; ") + "."
    }
    /// How many more reasons a project has than the one shown.
    func moreReasons(_ count: Int) -> String { language.pick("+\(format.count(count)) lý do khác", "+\(format.count(count)) more") }
    /// The footer: the policy that made the verdicts, and what they are for.
    func footer(id: String, version: String) -> String {
        language.pick("Lập bằng screener theo bộ quy tắc \(id) phiên bản \(version). Kết luận có tính chất sàng lọc, không thay thế thẩm định hồ sơ.",
             "Made with screener under policy \(id) version \(version). Verdicts screen projects; they do not replace the appraisal of an application.")
    }

    /// The name of a rule effect.
    func effect(_ effect: Effect) -> String {
        switch effect {
        case .reject: return language.pick("Không chấp thuận", "Reject")
        case .review: return language.pick("Thẩm định thêm", "Review")
        case .condition: return language.pick("Điều kiện", "Condition")
        case .priority: return language.pick("Ưu tiên", "Priority")
        case .note: return language.pick("Ghi chú", "Note")
        }
    }

    /// The short name of a two-digit VSIC division, or nil for a division not listed.
    func division(_ code: String) -> String? {
        Self.divisions[code]?.text(language)
    }

    /// Short names of the VSIC 2018 divisions (Quyết định 27/2018/QĐ-TTg, level 2) that
    /// industrial registries use: agriculture and fishing, mining, manufacturing, utilities
    /// and warehousing.
    private static let divisions: [String: LocalizedText] = [
        "01": LocalizedText(vi: "Nông nghiệp", en: "Agriculture"),
        "02": LocalizedText(vi: "Lâm nghiệp", en: "Forestry"),
        "03": LocalizedText(vi: "Khai thác, nuôi trồng thủy sản", en: "Fishing and aquaculture"),
        "05": LocalizedText(vi: "Khai thác than", en: "Coal mining"),
        "06": LocalizedText(vi: "Khai thác dầu thô và khí tự nhiên", en: "Crude petroleum and natural gas"),
        "07": LocalizedText(vi: "Khai thác quặng kim loại", en: "Metal ore mining"),
        "08": LocalizedText(vi: "Khai khoáng khác", en: "Other mining and quarrying"),
        "09": LocalizedText(vi: "Dịch vụ hỗ trợ khai khoáng", en: "Mining support services"),
        "10": LocalizedText(vi: "Chế biến thực phẩm", en: "Food products"),
        "11": LocalizedText(vi: "Sản xuất đồ uống", en: "Beverages"),
        "12": LocalizedText(vi: "Sản xuất thuốc lá", en: "Tobacco products"),
        "13": LocalizedText(vi: "Dệt", en: "Textiles"),
        "14": LocalizedText(vi: "Sản xuất trang phục", en: "Wearing apparel"),
        "15": LocalizedText(vi: "Sản xuất da và sản phẩm có liên quan", en: "Leather and related products"),
        "16": LocalizedText(vi: "Chế biến gỗ, tre, nứa", en: "Wood, bamboo and cork products"),
        "17": LocalizedText(vi: "Sản xuất giấy và sản phẩm từ giấy", en: "Paper and paper products"),
        "18": LocalizedText(vi: "In, sao chép bản ghi", en: "Printing and reproduction"),
        "19": LocalizedText(vi: "Than cốc, sản phẩm dầu mỏ tinh chế", en: "Coke and refined petroleum"),
        "20": LocalizedText(vi: "Hóa chất và sản phẩm hóa chất", en: "Chemicals"),
        "21": LocalizedText(vi: "Thuốc, hóa dược và dược liệu", en: "Pharmaceuticals"),
        "22": LocalizedText(vi: "Sản phẩm từ cao su và plastic", en: "Rubber and plastics"),
        "23": LocalizedText(vi: "Sản phẩm từ khoáng phi kim loại", en: "Non-metallic mineral products"),
        "24": LocalizedText(vi: "Sản xuất kim loại", en: "Basic metals"),
        "25": LocalizedText(vi: "Sản phẩm từ kim loại đúc sẵn", en: "Fabricated metal products"),
        "26": LocalizedText(vi: "Sản phẩm điện tử, máy vi tính, quang học", en: "Computer, electronic and optical"),
        "27": LocalizedText(vi: "Sản xuất thiết bị điện", en: "Electrical equipment"),
        "28": LocalizedText(vi: "Máy móc, thiết bị chưa phân vào đâu", en: "Machinery n.e.c."),
        "29": LocalizedText(vi: "Sản xuất xe có động cơ", en: "Motor vehicles"),
        "30": LocalizedText(vi: "Phương tiện vận tải khác", en: "Other transport equipment"),
        "31": LocalizedText(vi: "Sản xuất giường, tủ, bàn, ghế", en: "Furniture"),
        "32": LocalizedText(vi: "Công nghiệp chế biến, chế tạo khác", en: "Other manufacturing"),
        "33": LocalizedText(vi: "Sửa chữa, lắp đặt máy móc, thiết bị", en: "Repair and installation of machinery"),
        "35": LocalizedText(vi: "Sản xuất, phân phối điện, khí đốt", en: "Electricity, gas and steam"),
        "36": LocalizedText(vi: "Khai thác, xử lý và cung cấp nước", en: "Water collection and supply"),
        "37": LocalizedText(vi: "Thoát nước và xử lý nước thải", en: "Sewerage"),
        "38": LocalizedText(vi: "Thu gom, xử lý rác thải; tái chế", en: "Waste treatment; materials recovery"),
        "39": LocalizedText(vi: "Xử lý ô nhiễm, quản lý chất thải khác", en: "Remediation and waste management"),
        "52": LocalizedText(vi: "Kho bãi, hỗ trợ vận tải", en: "Warehousing and transport support"),
    ]
}
