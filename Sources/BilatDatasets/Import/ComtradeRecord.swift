import Foundation
import BilatCore

/// One data row of a current UN Comtrade download (comtradeplus CSV or bulk TSV), its codes kept as written.
public struct ComtradeRecord: Hashable, Sendable {
    public enum Period: Hashable, Sendable, CustomStringConvertible {
        case year(Int)
        case month(year: Int, month: Int)

        public var year: Int {
            switch self {
            case .year(let y), .month(let y, _): return y
            }
        }

        public var description: String {
            switch self {
            case .year(let y): return "\(y)"
            case .month(let y, let m): return "\(y)-\(m < 10 ? "0" : "")\(m)"
            }
        }
    }

    /// Which valuation `primaryValue` is: Comtrade prefers CIF when both are reported.
    public enum Valuation: String, Hashable, Sendable { case cif, fob, unknown }

    public var reporterISO: String
    public var partnerISO: String
    /// `partnerCode` as written ("0" for World), "" when the column is absent.
    public var partnerCode: String
    /// M, X, RX, RM, DX, FM, … as written (upper-cased).
    public var flowCode: String
    public var period: Period
    public var commodityCode: String
    public var commodityDescription: String
    public var aggregateLevel: Int
    public var isLeaf: Bool
    public var partner2Code: String
    public var partner2ISO: String
    public var customsCode: String
    public var transportCode: String
    /// Exact US$; nil when the cell is empty or null (missing, never zero).
    public var primaryValue: Decimal?
    public var valuation: Valuation
    /// Names of the measures marked estimated (`isQtyEstimated` → "qty", …).
    public var estimatedMeasures: [String]
    public var legacyEstimationFlag: String
    public var isReported: Bool?
    public var isAggregate: Bool?
    /// The start of the row, and of its primaryValue cell.
    public var location: SourceLocation
    public var valueLocation: SourceLocation

    /// World as a partner: its own series (the sum of the others), never added to them.
    public var partnerIsWorld: Bool { ComtradeCodes.isWorld(iso: partnerISO, code: partnerCode) }
}

/// The codes Comtrade uses for "all" in its breakdown columns, legacy and current spellings.
public enum ComtradeCodes {
    static func isWorld(iso: String, code: String) -> Bool {
        let iso = iso.comtradeUppercased
        return iso == "W00" || iso == "WLD" || (iso.isEmpty && code == "0")
    }

    /// partner2 World, customs C00, transport 0 (an absent column counts as its total).
    static func isTotal(partner2ISO: String, partner2Code: String, customs: String, transport: String) -> Bool {
        let partner2 = (partner2ISO.isEmpty && partner2Code.isEmpty) || isWorld(iso: partner2ISO, code: partner2Code)
        let customsTotal = customs.isEmpty || customs.comtradeUppercased == "C00"
        let transportTotal = transport.isEmpty || transport == "0" || transport.comtradeUppercased == "TOTAL"
        return partner2 && customsTotal && transportTotal
    }

    /// The bilat indicator a flow is stored as; nil for flows that are parts of X or M (DX, FM, processing).
    public static func indicator(flowCode: String) -> String? {
        switch flowCode.comtradeUppercased {
        case "X": return "exports"
        case "M": return "imports"
        case "RX": return "re_exports"
        case "RM": return "re_imports"
        default: return nil
        }
    }
}
