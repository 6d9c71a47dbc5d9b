/// The districts, communes, industrial zones, clusters and economic zones of Kiên Giang, with
/// the district names in use before July 2025 (research/regulations.md §7).
enum KienGiangPlaces {
    /// A district or provincial city.
    struct District {
        let name: String
        /// Mostly urban (a city) rather than rural.
        let urban: Bool
        /// Communes, wards and islands, for project names.
        let places: [String]
    }

    /// An industrial zone (KCN), industrial cluster (CCN) or economic zone (KKT).
    struct Zone {
        /// The `site` value of the schema.
        let site: String
        let name: String
        let district: String
    }

    static let districts: [District] = [
        District(name: "Rạch Giá", urban: true, places: ["Vĩnh Lạc", "An Hòa", "Rạch Sỏi", "Vĩnh Hiệp", "Phi Thông", "Vĩnh Quang"]),
        District(name: "Hà Tiên", urban: true, places: ["Thuận Yên", "Mỹ Đức", "Tô Châu", "Đông Hồ", "Pháo Đài"]),
        District(name: "Phú Quốc", urban: true, places: ["Dương Đông", "An Thới", "Hàm Ninh", "Cửa Cạn", "Bãi Thơm", "Gành Dầu"]),
        District(name: "Kiên Lương", urban: false, places: ["Bình Trị", "Hòn Chông", "Dương Hòa", "Bình An", "Kiên Bình", "Hòa Điền"]),
        District(name: "Hòn Đất", urban: false, places: ["Sóc Sơn", "Lình Huỳnh", "Mỹ Lâm", "Bình Sơn", "Thổ Sơn", "Nam Thái Sơn"]),
        District(name: "Tân Hiệp", urban: false, places: ["Tân Hội", "Tân Thành", "Thạnh Đông", "Tân Hiệp A", "Thạnh Trị"]),
        District(name: "Châu Thành", urban: false, places: ["Thạnh Lộc", "Minh Lương", "Tắc Cậu", "Bình An", "Vĩnh Hòa Hiệp", "Mong Thọ"]),
        District(name: "Giồng Riềng", urban: false, places: ["Ngọc Chúc", "Long Thạnh", "Thạnh Hòa", "Bàn Tân Định", "Hòa Hưng"]),
        District(name: "Gò Quao", urban: false, places: ["Vĩnh Hòa Hưng Nam", "Định An", "Thới Quản", "Định Hòa", "Vĩnh Phước A"]),
        District(name: "An Biên", urban: false, places: ["Thứ Ba", "Hưng Yên", "Tây Yên", "Nam Yên", "Đông Thái"]),
        District(name: "An Minh", urban: false, places: ["Thứ Mười Một", "Vân Khánh", "Đông Hưng", "Thuận Hòa"]),
        District(name: "Vĩnh Thuận", urban: false, places: ["Vĩnh Bình Bắc", "Tân Thuận", "Vĩnh Phong", "Phong Đông"]),
        District(name: "U Minh Thượng", urban: false, places: ["Minh Thuận", "An Minh Bắc", "Vĩnh Hòa", "Thạnh Yên"]),
        District(name: "Giang Thành", urban: false, places: ["Tân Khánh Hòa", "Phú Mỹ", "Vĩnh Điều", "Phú Lợi"]),
        District(name: "Kiên Hải", urban: false, places: ["Hòn Tre", "Lại Sơn", "An Sơn", "Nam Du"]),
    ]

    /// Industrial zones (KCN), managed by the provincial Economic Zone Authority.
    static let industrialZones: [Zone] = [
        Zone(site: "industrial_zone", name: "KCN Thạnh Lộc", district: "Châu Thành"),
        Zone(site: "industrial_zone", name: "KCN Tắc Cậu", district: "Châu Thành"),
        Zone(site: "industrial_zone", name: "KCN Thuận Yên", district: "Hà Tiên"),
        Zone(site: "industrial_zone", name: "KCN Xẻo Rô", district: "An Biên"),
        Zone(site: "industrial_zone", name: "KCN Kiên Lương II", district: "Kiên Lương"),
    ]

    /// Industrial clusters (CCN).
    static let industrialClusters: [Zone] = [
        Zone(site: "industrial_cluster", name: "CCN Vĩnh Hòa Hưng Nam", district: "Gò Quao"),
        Zone(site: "industrial_cluster", name: "CCN Lình Huỳnh", district: "Hòn Đất"),
        Zone(site: "industrial_cluster", name: "CCN Bắc Vĩnh Hiệp", district: "Rạch Giá"),
        Zone(site: "industrial_cluster", name: "CCN Hà Giang", district: "Hà Tiên"),
        Zone(site: "industrial_cluster", name: "CCN Tân Thành", district: "Tân Hiệp"),
    ]

    /// Economic zones (KKT); a site there is not inside an industrial zone or cluster.
    static let economicZones: [Zone] = [
        Zone(site: "economic_zone", name: "KKT Phú Quốc", district: "Phú Quốc"),
        Zone(site: "economic_zone", name: "KKT cửa khẩu Hà Tiên", district: "Hà Tiên"),
    ]

    /// The district named `name` (the first district when there is none, which the tables of
    /// this generator never ask for).
    static func district(named name: String) -> District {
        districts.first { $0.name == name } ?? districts[0]
    }
}
