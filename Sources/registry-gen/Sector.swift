/// What the projects of one industry look like in a Kiên Giang registry: codes, products,
/// sites, size, energy, technology, environment and investors. Ranges are drawn on a
/// square-root scale (small projects are more frequent); weights are relative frequencies.
struct Sector {
    /// A sector energy norm that projects of the sector may declare.
    struct Norm {
        /// The `energy_product` key (a key outside the policy's table exercises its note rule).
        let key: String
        /// The range of `specific_energy`, straddling the norm so that some projects exceed it.
        let range: ClosedRange<Double>
        let decimals: Int
    }

    /// Relative frequency of the sector in the registry.
    var weight: Int
    /// VSIC 2018 codes of the sector's main activity.
    var vsic: [String]
    /// Name stems; a place or brand is appended (`Nhà máy may xuất khẩu Thạnh Lộc`).
    var names: [String]
    /// The investor's line of business, for company names (`May mặc`).
    var trade: String
    /// Product tags every project of the sector declares.
    var products: [String] = []
    /// Product tags some projects add, with the share that does.
    var extraProducts: [(String, Double)] = []
    /// Weights of the `site` values.
    var sites: [(String, Int)] = [("industrial_zone", 5), ("industrial_cluster", 3), ("outside", 2)]
    /// Zones and clusters that host the sector (any when empty).
    var zones: [String] = []
    /// Districts of sites outside zones (any when empty).
    var districts: [String] = []
    /// Registered capital, billion VND.
    var capital: ClosedRange<Double>
    /// Workers at full operation.
    var labour: ClosedRange<Double>
    /// Land used, ha.
    var land: ClosedRange<Double>
    /// Energy use, TOE per year.
    var energy: ClosedRange<Double>
    /// TOE per billion VND of output.
    var intensity: ClosedRange<Double> = 0.5...4
    /// Energy norms the sector's projects declare, and the share that declares one.
    var norms: [Norm] = []
    var normShare = 0.9
    /// Share of projects that declare mineral extraction, and the weights of their processing.
    var mining = 0.0
    var processing: [(String, Int)] = [("deep", 1)]
    var envGroups: [(String, Int)] = [("II", 1), ("III", 2)]
    /// Share on the list of production types with pollution risk, and their capacity classes.
    var pollutionListed = 0.1
    var capacity: [(String, Int)] = [("small", 2), ("medium", 2), ("large", 1)]
    var technology: [(String, Int)] = [("advanced", 2), ("standard", 5)]
    /// Share of foreign investors, and their home countries.
    var fdi = 0.0
    var countries: [String] = ["KR", "TW", "JP", "CN", "SG"]
    var statuses: [(String, Int)] = [
        ("proposed", 55), ("licensed", 20), ("operating", 20), ("suspended", 3), ("terminated", 2),
    ]
    var highTech = 0.0
    var supporting = 0.0
    var clean = 0.5
    var usedEquipment = 0.04
    var restricted = 0.01
    var riceConversion = 0.03
    var forestConversion = 0.005
    /// Household businesses and sole proprietorships are common among the investors.
    var small = false
}
