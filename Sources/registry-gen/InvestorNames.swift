/// Names of investors: Vietnamese companies, household businesses and cooperatives, and
/// foreign companies' Vietnamese subsidiaries.
enum InvestorNames {
    /// Brand words of Vietnamese company names.
    static let brands = [
        "Tây Nam", "Phương Nam", "Hòa Phú", "Miền Tây", "Kiên Giang", "Biển Tây", "Cửu Long", "Sông Hậu",
        "Đại Phát", "Thành Công", "Hưng Thịnh", "Phú Cường", "An Khang", "Tân Tiến", "Hoàng Long", "Minh Phát",
        "Trường Thịnh", "Việt Thắng", "Nam Việt", "Đảo Ngọc", "Mekong", "Sao Mai", "Bình Minh", "Hải Long",
    ]

    private static let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Lâm", "Dương"]
    private static let middleNames = ["Văn", "Thị", "Minh", "Hoàng", "Thanh", "Ngọc", "Quốc"]
    private static let givenNames = ["Tài", "Lan", "Hùng", "Phúc", "Dũng", "Hoa", "Sơn", "Tâm", "Bình", "Hải", "Nhân", "Thảo", "Lộc"]

    private static let foreignBrands: [String: [String]] = [
        "KR": ["Hanul", "Daesung", "Seojin", "Myungji", "Hansol"],
        "TW": ["Hoa Phong", "Feng Tai", "Chang Hung", "Lien Fa"],
        "JP": ["Sanko", "Nishimura", "Takara", "Minato"],
        "CN": ["Tianhong", "Jinlong", "Huaxin", "Hằng Thông"],
        "SG": ["Pacific Star", "Lion Bridge"],
        "HK": ["Everbright", "Wing Tai"],
        "TH": ["Siam Agro", "Chao Phraya"],
        "NL": ["Delta Aqua", "Holland Feed"],
        "US": ["Westbay", "Summit"],
        "IN": ["Deccan", "Sagar"],
    ]

    /// A Vietnamese investor of `trade`: mostly companies; with `small`, also household
    /// businesses, sole proprietorships and cooperatives named after `place`.
    static func domestic(trade: String, small: Bool, place: String, random: inout SplitMix64) -> String {
        if small, random.chance(0.5) {
            switch random.int(0...2) {
            case 0: return "Hộ kinh doanh " + person(&random)
            case 1: return "DNTN \(trade) \(place)"
            default: return "HTX \(trade) \(place)"
            }
        }
        let form = random.chance(0.55) ? "CP" : "TNHH"
        let suffix = random.chance(0.25) ? " Kiên Giang" : ""
        return "Công ty \(form) \(trade) \(random.pick(brands))\(suffix)"
    }

    /// The Vietnamese subsidiary of a company from `country`.
    static func foreign(country: String, trade: String, random: inout SplitMix64) -> String {
        let brand = random.pick(foreignBrands[country] ?? ["Global"])
        return random.chance(0.5) ? "Công ty TNHH \(brand) Vina" : "Công ty TNHH \(trade) \(brand) Việt Nam"
    }

    /// A person's full name.
    static func person(_ random: inout SplitMix64) -> String {
        "\(random.pick(surnames)) \(random.pick(middleNames)) \(random.pick(givenNames))"
    }
}
