import Diagnostics

/// The words of the web form and its pages, in Vietnamese or English.
struct PageWords {
    /// The language of the words.
    let language: Language

    var siteTitle: String { language.pick("Sàng lọc dự án đầu tư công nghiệp", "Industrial investment screening") }
    var formTitle: String { language.pick("Sàng lọc hồ sơ dự án đầu tư", "Screen a project application") }
    var formIntro: String {
        language.pick(
            "Nhập thông tin của hồ sơ. Để trống những thông tin chưa có: kết quả sẽ nêu rõ cần bổ sung những gì.",
            "Enter the application's information. Leave blank what is not known: the result says exactly what to provide.")
    }
    var submit: String { language.pick("Sàng lọc", "Screen") }
    var required: String { language.pick("bắt buộc", "required") }
    var unknownChoice: String { language.pick("— chưa rõ —", "— not known —") }
    var yes: String { language.pick("Có", "Yes") }
    var no: String { language.pick("Không", "No") }
    var errorsTitle: String { language.pick("Hồ sơ chưa đọc được", "The application cannot be read") }
    var errorsIntro: String { language.pick("Đề nghị sửa các thông tin sau:", "Please correct the following:") }
    var another: String { language.pick("Sàng lọc hồ sơ khác", "Screen another application") }
    var print: String { language.pick("In kết quả", "Print") }
    var otherLanguage: String { language.pick("English", "Tiếng Việt") }
    var otherLanguageCode: Language { language == .vi ? .en : .vi }

    /// The title of a group of fields, by the schema's `group`.
    func group(_ name: String) -> String {
        switch name {
        case "investor": return language.pick("Nhà đầu tư và hồ sơ", "Investor and application")
        case "sector": return language.pick("Ngành nghề và sản phẩm", "Sector and products")
        case "site": return language.pick("Địa điểm và đất đai", "Site and land")
        case "capital": return language.pick("Vốn và lao động", "Capital and labour")
        case "energy": return language.pick("Năng lượng", "Energy")
        case "technology": return language.pick("Công nghệ", "Technology")
        case "environment": return language.pick("Môi trường", "Environment")
        case "fdi": return language.pick("Cam kết của dự án có vốn đầu tư nước ngoài", "Commitments of foreign-invested projects")
        default: return language.pick("Thông tin khác", "Other information")
        }
    }

    /// The order of the groups on the form, as an officer reads an application.
    static let groupOrder = ["investor", "sector", "site", "capital", "energy", "technology", "environment", "fdi"]
}
