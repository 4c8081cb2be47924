import Foundation
import BilatCore

/// One IMF trade observation, read from any of the layouts: a reporter's flow with a partner in one period.
public struct ImfObservation: Hashable, Sendable {
    /// A period as IMF files write it, normalised to bilat's forms (`2018`, `2018-Q1`, `2018-05`).
    public enum Period: Hashable, Sendable, CustomStringConvertible {
        case year(Int)
        case quarter(year: Int, quarter: Int)
        case month(year: Int, month: Int)

        public var description: String {
            switch self {
            case .year(let y): return "\(y)"
            case .quarter(let y, let q): return "\(y)-Q\(q)"
            case .month(let y, let m): return "\(y)-\(m < 10 ? "0" : "")\(m)"
            }
        }
    }

    /// The flow an IMF indicator measures, and how the IMF values it.
    public enum Flow: String, Hashable, Sendable {
        /// Exports, free on board.
        case exportsFOB
        /// Imports, cost, insurance and freight.
        case importsCIF

        public var indicator: String { self == .exportsFOB ? "exports" : "imports" }
        public var valuation: String { self == .exportsFOB ? "FOB" : "CIF" }
    }

    /// The IMF's database: legacy Direction of Trade Statistics or its successor.
    public enum Dataset: String, Hashable, Sendable { case dots = "DOTS", imts = "IMTS" }

    public var dataset: Dataset
    /// ISO 3166-1 alpha-3, or WLD for World.
    public var reporter: String
    public var partner: String
    /// The indicator code as written (`TXG_FOB_USD`, `MG_CIF_USD`).
    public var indicatorCode: String
    public var flow: Flow
    public var period: Period
    /// The number as written in the file, read exactly.
    public var value: Decimal
    /// The power of ten the file's unit applies to `value`: 0 for US$, 6 for US$ millions.
    public var scale: Int
    /// What the file flags about this cell (a DOTS Status cell, an IMTS STATUS), as written; "" when nothing.
    public var status: String
    public var location: SourceLocation
}

/// A row or cell read but not imported, and why (the same shape as Comtrade's).
public typealias ImfSkip = ImportSkip

/// The IMF's indicator codes, legacy DOTS and IMTS spellings.
public enum ImfIndicators {
    public enum Reading: Equatable, Sendable { case flow(ImfObservation.Flow), skipped(String), unknown }

    public static func read(_ code: String) -> Reading {
        switch code.uppercased() {
        case "TXG_FOB_USD", "XG_FOB_USD": return .flow(.exportsFOB)
        case "TMG_CIF_USD", "MG_CIF_USD": return .flow(.importsCIF)
        case "TMG_FOB_USD", "MG_FOB_USD":
            return .skipped("imports valued FOB (\(code)) are the IMF's adjustment of the CIF imports; bilat reads imports CIF")
        case "TBG_USD":
            return .skipped("the trade balance (TBG_USD) is exports less imports; bilat reads the two flows")
        case "TXG_DS_FOB_USD", "TXG_FS_FOB_USD", "TMG_DS_CIF_USD", "TMG_FS_CIF_USD":
            return .skipped("\(code) is a part of exports or imports (domestic or foreign sourced); bilat reads the totals")
        default: return .unknown
        }
    }

    static let accepted = "TXG_FOB_USD or XG_FOB_USD (exports FOB), TMG_CIF_USD or MG_CIF_USD (imports CIF); "
        + "TMG_FOB_USD, MG_FOB_USD, TBG_USD and the domestic/foreign-sourced parts are read and skipped"
}
