import Screening

/// Draws realistic rows of a Kiên Giang project registry from a fixed seed: the same seed
/// always gives the same rows, one at a time.
struct ProjectGenerator {
    typealias Cell = XLSXWriter.Cell

    /// The canonical field names of `Rules/kien-giang-157/schema.yaml`, in its order.
    static let header = [
        "id", "name", "investor", "investor_country", "foreign_ownership_pct", "joint_venture_domestic",
        "status", "vsic", "products", "district", "site", "site_name", "area", "in_approved_plan",
        "capital_billion_vnd", "labour", "land_area_ha", "converted_rice_ha", "converted_forest_ha",
        "converted_residential_ha", "annual_energy_toe", "energy_intensity", "energy_product", "specific_energy",
        "mineral_extraction", "mineral_processing", "equipment_age_years", "used_equipment", "technology_level",
        "restricted_technology", "env_group", "pollution_listed", "capacity_class", "clean_technology",
        "domestic_content_pct", "rd_spend_pct", "tech_transfer", "local_training", "supporting_industry",
        "high_tech", "months_behind_schedule",
    ]

    /// Fields that decide a verdict, some of which a few rows leave empty (so that `needs_info`
    /// appears).
    private static let decisive = [
        "in_approved_plan", "capital_billion_vnd", "labour", "land_area_ha", "converted_rice_ha",
        "converted_forest_ha", "converted_residential_ha", "annual_energy_toe", "energy_intensity",
        "technology_level", "env_group", "pollution_listed", "months_behind_schedule",
    ]

    private var random: SplitMix64
    private let sectors = SectorCatalogue.all.map { ($0, $0.weight) }

    /// A generator whose rows follow from `seed`.
    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// The cells of the next project, in header order; `index` (0-based) numbers its id.
    mutating func row(_ index: Int) -> [Cell] {
        let sector = random.weighted(sectors)
        var fields = identity(index, sector)
        size(sector, into: &fields)
        energyAndTechnology(sector, into: &fields)
        investorProfile(sector, into: &fields)
        if random.chance(0.08) { leaveOutData(&fields) }
        return Self.header.map { fields[$0] ?? .empty }
    }

    /// Id, names, sector, site and status.
    private mutating func identity(_ index: Int, _ sector: Sector) -> [String: Cell] {
        let status = random.weighted(sector.statuses)
        let (site, zone, district) = placement(sector)
        let place = random.pick(district.places)
        let proposed = status == "proposed"
        let year = proposed ? random.int(2021...2025) : random.int(2005...2023)
        let serial = String(index + 1)
        let number = String(repeating: "0", count: max(0, 5 - serial.count)) + serial
        let foreign = random.chance(sector.fdi)
        let country = foreign ? random.pick(sector.countries) : "VN"
        let stem = random.pick(sector.names)
        var products = sector.products
        for (tag, share) in sector.extraProducts where random.chance(share) { products.append(tag) }
        var fields: [String: Cell] = [
            "id": .text(proposed ? "KG-\(year)-\(number)" : "KG-REG-\(year)-\(number)"),
            "name": .text(random.chance(0.75) ? "\(stem) \(place)" : "\(stem) \(random.pick(InvestorNames.brands))"),
            "investor": .text(foreign
                ? InvestorNames.foreign(country: country, trade: sector.trade, random: &random)
                : InvestorNames.domestic(trade: sector.trade, small: sector.small, place: place, random: &random)),
            "investor_country": .text(country),
            "status": .text(status),
            "vsic": .text(random.pick(sector.vsic)),
            "products": .text(products.joined(separator: ";")),
            "district": .text(district.name),
            "site": .text(site),
            "area": .text(random.chance(district.urban ? 0.85 : 0.05) ? "urban" : "rural"),
            "in_approved_plan": .bool(!random.chance(0.03)),
        ]
        if let zone { fields["site_name"] = .text(zone.name) }
        if foreign {
            let share = random.chance(0.6) ? 100 : Double(random.int(30...95))
            fields["foreign_ownership_pct"] = .number(share)
            fields["joint_venture_domestic"] = .bool(share < 100 || random.chance(0.15))
        } else {
            fields["foreign_ownership_pct"] = .number(random.chance(0.03) ? Double(random.int(5...45)) : 0)
        }
        return fields
    }

    /// The site kind, its zone or cluster (if any) and the district.
    private mutating func placement(_ sector: Sector) -> (String, KienGiangPlaces.Zone?, KienGiangPlaces.District) {
        let site = random.weighted(sector.sites)
        let zones: [KienGiangPlaces.Zone]
        switch site {
        case "industrial_zone": zones = KienGiangPlaces.industrialZones
        case "industrial_cluster": zones = KienGiangPlaces.industrialClusters
        case "economic_zone": zones = KienGiangPlaces.economicZones
        default:
            let names = sector.districts.isEmpty ? KienGiangPlaces.districts.map(\.name) : sector.districts
            return (site, nil, KienGiangPlaces.district(named: random.pick(names)))
        }
        let preferred = zones.filter { sector.zones.contains($0.name) }
        let zone = random.pick(preferred.isEmpty ? zones : preferred)
        return (site, zone, KienGiangPlaces.district(named: zone.district))
    }

    /// Capital, labour, land and land conversion.
    private mutating func size(_ sector: Sector, into fields: inout [String: Cell]) {
        let capital = Self.tidy(random.skewedNumber(sector.capital, decimals: 1))
        let density = random.skewedNumber(6...90)
        let land = Self.tidy(min(sector.land.upperBound, max(sector.land.lowerBound, capital / density)))
        fields["capital_billion_vnd"] = .number(capital)
        fields["labour"] = .number(random.skewedNumber(sector.labour))
        fields["land_area_ha"] = .number(land)
        let onRiceLand = fields["site_name"] == .text("CCN Tân Thành") ? 0.2 : 0
        let forestDistricts: [Cell?] = [.text("U Minh Thượng"), .text("Phú Quốc")]
        let nearForest = forestDistricts.contains(fields["district"]) ? 0.05 : 0
        fields["converted_rice_ha"] = .number(random.chance(sector.riceConversion + onRiceLand)
            ? random.number(0.5...min(15, max(0.5, land)), decimals: 1) : 0)
        fields["converted_forest_ha"] = .number(random.chance(sector.forestConversion + nearForest)
            ? random.number(0.2...10, decimals: 1) : 0)
        fields["converted_residential_ha"] = .number(random.chance(0.04) ? random.number(0.1...3, decimals: 1) : 0)
    }

    /// Energy, minerals, technology and environment.
    private mutating func energyAndTechnology(_ sector: Sector, into fields: inout [String: Cell]) {
        fields["annual_energy_toe"] = .number(random.skewedNumber(sector.energy))
        fields["energy_intensity"] = .number(random.number(sector.intensity, decimals: 1))
        if !sector.norms.isEmpty, random.chance(sector.normShare) {
            let norm = random.pick(sector.norms)
            fields["energy_product"] = .text(norm.key)
            fields["specific_energy"] = .number(random.number(norm.range, decimals: norm.decimals))
        }
        if random.chance(sector.mining) {
            fields["mineral_extraction"] = .bool(true)
            if random.chance(0.92) { fields["mineral_processing"] = .text(random.weighted(sector.processing)) }
        } else if random.chance(0.5) {
            fields["mineral_extraction"] = .bool(false)
        }
        if random.chance(sector.usedEquipment) {
            fields["used_equipment"] = .bool(true)
            fields["equipment_age_years"] = .number(Double(random.int(3...20)))
        } else if random.chance(0.7) {
            fields["used_equipment"] = .bool(false)
        }
        fields["technology_level"] = .text(random.weighted(sector.technology))
        if random.chance(sector.restricted) {
            fields["restricted_technology"] = .bool(true)
        } else if random.chance(0.6) {
            fields["restricted_technology"] = .bool(false)
        }
        fields["env_group"] = .text(random.weighted(sector.envGroups))
        let listed = random.chance(sector.pollutionListed)
        fields["pollution_listed"] = .bool(listed)
        if listed { fields["capacity_class"] = .text(random.weighted(sector.capacity)) }
        if random.chance(0.9) { fields["clean_technology"] = .bool(random.chance(sector.clean)) }
    }

    /// FDI commitments, priority flags and schedule monitoring.
    private mutating func investorProfile(_ sector: Sector, into fields: inout [String: Cell]) {
        if fields["investor_country"] != .text("VN") {
            fields["domestic_content_pct"] = .number(random.number(5...60))
            fields["rd_spend_pct"] = .number(random.number(0...3, decimals: 1))
            fields["tech_transfer"] = .bool(random.chance(0.4))
            fields["local_training"] = .bool(random.chance(0.75))
        } else if random.chance(0.3) {
            fields["local_training"] = .bool(random.chance(0.6))
        }
        if random.chance(0.9) { fields["supporting_industry"] = .bool(random.chance(sector.supporting)) }
        if random.chance(0.9) { fields["high_tech"] = .bool(random.chance(sector.highTech)) }
        switch fields["status"] {
        case .text("licensed")?:
            let (slight, long) = (random.int(1...12), random.int(13...48))
            let delay = random.weighted([(0, 40), (slight, 30), (long, 30)])
            fields["months_behind_schedule"] = .number(Double(delay))
        case .text("operating")? where random.chance(0.6):
            fields["months_behind_schedule"] = .number(0)
        default:
            break
        }
    }

    /// Leaves out data that decides a verdict, as incomplete applications do.
    private mutating func leaveOutData(_ fields: inout [String: Cell]) {
        switch random.int(0...3) {
        case 0:
            for name in ["env_group", "pollution_listed", "capacity_class", "site", "site_name"] { fields[name] = nil }
        case 1:
            fields[fields["mineral_extraction"] == .bool(true) ? "mineral_processing" : "technology_level"] = nil
        case 2:
            fields["annual_energy_toe"] = nil
        default:
            fields[random.pick(Self.decisive)] = nil
            fields[random.pick(Self.decisive)] = nil
        }
    }

    /// A figure as a registry writes it: one decimal below 10, whole above.
    private static func tidy(_ value: Double) -> Double {
        value < 10 ? SplitMix64.round(value, decimals: 1) : value.rounded()
    }
}
