import Diagnostics

/// The fixed words of the officer's report (text and Markdown), in Vietnamese and English.
struct TextReportWords {
    /// The language every word is given in.
    let language: Language

    // MARK: Header and verdict

    var documentTitle: String { language.pick("Kết quả sàng lọc hồ sơ dự án đầu tư", "Project screening result") }
    var application: String { language.pick("Hồ sơ", "Application") }
    var investor: String { language.pick("Nhà đầu tư", "Investor") }
    var policy: String { language.pick("Chính sách", "Policy") }
    var verdict: String { language.pick("KẾT LUẬN", "VERDICT") }

    /// What the verdict means and what the officer does next.
    func explanation(of verdict: Verdict) -> String {
        switch verdict {
        case .reject:
            return language.pick(
                "Dự án thuộc trường hợp không chấp thuận, vì các lý do dưới đây.",
                "The project cannot be approved, for the reasons below.")
        case .needsInfo:
            return language.pick(
                "Hồ sơ chưa đủ thông tin để kết luận. Đề nghị nhà đầu tư bổ sung các thông tin tại mục “\(missingSection)”.",
                "The application lacks information needed for a verdict. Ask the investor for the items under “\(missingSection)”.")
        case .review:
            return language.pick(
                "Dự án cần được thẩm định thêm theo các nội dung dưới đây trước khi quyết định.",
                "The project needs further appraisal on the points below before a decision is made.")
        case .conditional:
            return language.pick(
                "Dự án có thể được chấp thuận, kèm theo các điều kiện nêu tại mục “\(conditionsSection)”.",
                "The project can be approved, subject to the conditions under “\(conditionsSection)”.")
        case .approve:
            return language.pick(
                "Không có quy định nào của chính sách này yêu cầu không chấp thuận, thẩm định thêm hoặc kèm điều kiện đối với dự án.",
                "No rule of this policy rejects the project, sends it to further appraisal or attaches a condition to it.")
        case .error:
            return language.pick("Không đọc được hồ sơ.", "The record could not be read.")
        }
    }

    // MARK: Sections (in sentence case; the text report writes them in capitals)

    var reasonsSection: String { language.pick("Lý do", "Reasons") }
    var conditionsSection: String { language.pick("Điều kiện kèm theo", "Conditions to attach") }
    var missingSection: String { language.pick("Thông tin cần bổ sung", "Information to provide") }
    var prioritySection: String { language.pick("Ưu tiên", "Priority") }
    var notesSection: String { language.pick("Ghi chú", "Notes") }
    var errorsSection: String { language.pick("Quy tắc không áp dụng được", "Rules that could not be applied") }

    // MARK: Items

    /// The tag of a fired rule in the reasons section, by its effect.
    func tag(_ effect: Effect) -> String {
        switch effect {
        case .reject: return language.pick("Không chấp thuận", "Rejection")
        case .review: return language.pick("Thẩm định thêm", "Further appraisal")
        case .condition: return language.pick("Điều kiện", "Condition")
        case .priority: return language.pick("Ưu tiên", "Priority")
        case .note: return language.pick("Ghi chú", "Note")
        }
    }

    var rule: String { language.pick("Quy tắc", "Rule") }
    var basis: String { language.pick("Căn cứ", "Basis") }
    var clause: String { language.pick("mục", "clause") }
    var finding: String { language.pick("Nhận định", "Finding") }
    var projectData: String { language.pick("Số liệu của dự án", "Project data") }
    var information: String { language.pick("Thông tin", "Item") }
    var fieldName: String { language.pick("Mã trường", "Field") }
    var value: String { language.pick("Giá trị", "Value") }
    var provide: String { language.pick("Cần bổ sung", "Please provide") }
    var unit: String { language.pick("đơn vị", "unit") }
    var neededFor: String { language.pick("Cần để xét", "Needed for") }
    var oneOf: String { language.pick("một trong", "one of") }
    var yesOrNo: String { language.pick("có hoặc không", "yes or no") }
    var yes: String { language.pick("có", "yes") }
    var no: String { language.pick("không", "no") }
    var none: String { language.pick("(không có)", "(none)") }

    /// The line above the conditions when the verdict is not `conditional`: whether they attach.
    func conditionsPreface(_ verdict: Verdict) -> String? {
        switch verdict {
        case .conditional, .approve, .error:
            return nil
        case .reject:
            return language.pick(
                "Dự án không được chấp thuận; các điều kiện sau chỉ để tham khảo nếu hồ sơ được nộp lại.",
                "The project is rejected; the conditions below are for reference should the application be resubmitted.")
        case .needsInfo, .review:
            return language.pick(
                "Nếu dự án được chấp thuận, kèm theo các điều kiện sau.",
                "If the project is approved, the following conditions attach.")
        }
    }

    /// The line above the rules that could not be evaluated.
    var errorsPreface: String {
        language.pick(
            "Các quy tắc sau không đánh giá được với số liệu của hồ sơ; cần kiểm tra lại số liệu và xem xét trực tiếp.",
            "The following rules could not be evaluated on the application's data; check the data and decide them by hand.")
    }

    /// The line above the missing fields when they do not decide the verdict.
    var missingDoesNotChangeVerdict: String {
        language.pick(
            "Các thông tin sau chưa có trong hồ sơ; việc bổ sung không làm thay đổi kết luận.",
            "The application lacks the following; providing them does not change the verdict.")
    }

    // MARK: Priority

    func score(_ score: Int, threshold: Int) -> String {
        language.pick("Điểm ưu tiên: \(score) (ngưỡng ưu tiên: \(threshold) điểm)", "Priority score: \(score) (threshold: \(threshold) points)")
    }

    func priorityFlag(_ priority: Bool) -> String {
        priority
            ? language.pick("Thuộc diện ưu tiên thu hút đầu tư.", "The project qualifies for investment priority.")
            : language.pick("Chưa đạt ngưỡng ưu tiên.", "The project does not reach the priority threshold.")
    }

    func points(_ weight: Int) -> String {
        language.pick("+\(weight) điểm", "+\(weight) points")
    }

    /// What providing a hint's fields would claim.
    func claim(_ title: String, rule: String, weight: Int) -> String {
        language.pick("để xét ưu tiên “\(title)” (\(rule)), \(points(weight))", "to claim “\(title)” (\(rule)), \(points(weight))")
    }

    var hintsIntro: String {
        language.pick(
            "Có thể được cộng thêm điểm ưu tiên nếu nhà đầu tư bổ sung:",
            "More priority points can be claimed if the investor provides:")
    }

    // MARK: Footer

    func policyLine(_ identity: PolicyIdentity) -> String {
        language.pick(
            "Chính sách: \(identity.id), phiên bản \(identity.version), mã kiểm tra \(identity.digest)",
            "Policy: \(identity.id), version \(identity.version), digest \(identity.digest)")
    }

    var source: String { language.pick("Văn bản căn cứ", "Source") }

    var disclaimer: String {
        language.pick(
            "Kết quả sàng lọc tự động để hỗ trợ thẩm định hồ sơ; không thay thế ý kiến thẩm định của cơ quan có thẩm quyền.",
            "Automated screening to support the appraisal of the application; it does not replace the appraisal of the competent authority.")
    }
}
