import Foundation

/// The factor that turns an importer's CIF value into FOB: a fraction, so the IMF's 1/1.06 stays exact as written.
///
/// FOB = CIF × numerator ÷ denominator, in Decimal arithmetic (38 digits), then rounded half away from zero to
/// the cent: 1/1.06 has no finite decimal expansion, and a cent is finer than any statistics office reports.
public struct MirrorFactor: Hashable, Sendable, CustomStringConvertible, Encodable {
    public let numerator: Decimal
    public let denominator: Decimal
    /// As the user wrote it ("1/1.06", "0.95"): what every output shows.
    public let text: String

    /// The IMF's convention (DOTS): freight and insurance are 6 % of the FOB value, so FOB = CIF / 1.06.
    public static let imf = MirrorFactor(numerator: 1, denominator: Decimal(sign: .plus, exponent: -2, significand: 106), text: "1/1.06")

    init(numerator: Decimal, denominator: Decimal, text: String) {
        self.numerator = numerator
        self.denominator = denominator
        self.text = text
    }

    /// Reads "1/1.06", "0.9434" or "1": plain decimals, as a fraction or alone; nil for anything else, or for a
    /// factor not above 0 and at most 1 (CIF includes freight and insurance, so FOB is never larger).
    public init?(text raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 1 || parts.count == 2 else { return nil }
        func number(_ s: String) -> Decimal? {
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), s.filter({ $0 == "." }).count <= 1,
                  s != "." else { return nil }
            return Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))
        }
        guard let n = parts.first.flatMap(number) else { return nil }
        let d = parts.count == 2 ? parts.last.flatMap(number) : 1
        guard let d, d > 0, n > 0, n <= d else { return nil }
        self.init(numerator: n, denominator: d, text: text)
    }

    /// The CIF value at FOB, rounded to the cent.
    public func fob(_ cif: Decimal) -> Decimal { (cif * numerator / denominator).rounded(places: 2) }

    public var description: String { text }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}

/// How mirror flows are compared: the CIF→FOB factor and the asymmetry above which a warning is raised.
public struct MirrorSettings: Hashable, Sendable {
    public var factor: MirrorFactor
    /// Percent of the exporter's value; a pair whose asymmetry is larger (in either direction) is a warning.
    public var thresholdPercent: Decimal

    /// 1/1.06 and 20 %: freight and insurance alone can make CIF 10–20 % above FOB (WITS; the Growth Lab caps
    /// its estimated CIF margin at 20 %), so only a gap beyond that, after the conversion, needs explaining.
    public static let standard = MirrorSettings(factor: .imf, thresholdPercent: 20)

    public init(factor: MirrorFactor, thresholdPercent: Decimal) {
        self.factor = factor
        self.thresholdPercent = thresholdPercent
    }
}

/// One flow in one period as its two sides report it: the importer's imports (CIF) against the exporter's
/// exports (FOB), or one of them with a word that the other side did not report.
public struct MirrorPair: Hashable, Sendable {
    public enum Reported: String, Sendable, Codable {
        case both
        case importerOnly = "importer_only"
        case exporterOnly = "exporter_only"
    }

    /// The relationship's id (`AZE-PAK`).
    public var relationship: String
    public var exporter: String
    public var importer: String
    public var subject: String
    public var unit: String
    public var period: Period
    /// The importer's `imports` figure from the exporter, as stored (CIF).
    public var importerReport: Observation?
    /// The exporter's `exports` figure to the importer, as stored (FOB).
    public var exporterReport: Observation?
    public var factor: MirrorFactor
    /// The importer's value × the factor, to the cent.
    public var importerFOB: Decimal?
    /// importerFOB − exporter's value: positive when the importer records more than the exporter.
    public var asymmetry: Decimal?
    /// asymmetry ÷ exporter's value × 100, unrounded; nil when the exporter's value is zero.
    public var asymmetryPercent: Decimal?
    public var reported: Reported
    /// Why a side is missing or the percentage undefined.
    public var note: String?

    /// The figure ids, importer's first: a finding's subjects.
    public var figureIDs: [String] { [importerReport?.id, exporterReport?.id].compactMap { $0 } }
    /// Each source once, the importer's first.
    public var sourceIDs: [String] {
        var out: [String] = []
        for id in (importerReport?.sourceIDs ?? []) + (exporterReport?.sourceIDs ?? []) where !out.contains(id) { out.append(id) }
        return out
    }
    /// "PAK→AZE all goods (USD)": the flow, from exporter to importer.
    public var flowLabel: String { "\(exporter)→\(importer)\(subject.isEmpty ? "" : " \(subject)") (\(unit))" }
}

/// Pairs each flow's two reports per period: the mirror statistics analysts reconcile.
///
/// - A's `imports` from B (direction from_partner, reported by A) pair with B's `exports` to A (to_partner,
///   reported by B): same relationship, subject, unit and exactly the same period. A month never pairs with a
///   year, nor a fiscal year with a calendar year: their spans differ.
/// - World (`WLD`) is an aggregate, not a reporter: flows with it are never paired.
/// - Only reported figures: never derived ones, levels at a date or re-exports/re-imports (their own indicators).
/// - Where a side has several figures for one period (two sources), each of its figures is paired with each of
///   the other's: both reports are kept, never averaged.
public enum MirrorFlows {
    public static let world = "WLD"

    public static func pairs(_ observations: [Observation], factor: MirrorFactor = .imf) -> [MirrorPair] {
        struct Flow: Hashable { var relationship, exporter, importer, subject, unit: String }
        var imports: [Flow: [Observation]] = [:], exports: [Flow: [Observation]] = [:]
        for o in observations where takesPart(o) {
            let k = o.key
            if k.indicator == "imports" && k.direction == .fromPartner {
                imports[Flow(relationship: k.dataset, exporter: k.partner, importer: k.reporter, subject: k.subject, unit: k.unit), default: []].append(o)
            } else if k.indicator == "exports" && k.direction == .toPartner {
                exports[Flow(relationship: k.dataset, exporter: k.reporter, importer: k.partner, subject: k.subject, unit: k.unit), default: []].append(o)
            }
        }
        let flows = Set(imports.keys).union(exports.keys).sorted {
            ($0.relationship, $0.exporter, $0.importer, $0.subject, $0.unit) < ($1.relationship, $1.exporter, $1.importer, $1.subject, $1.unit)
        }
        var out: [MirrorPair] = []
        for flow in flows {
            let m = imports[flow] ?? [], x = exports[flow] ?? []
            let periods = Set(m.map(\.period)).union(x.map(\.period))
                .sorted { ($0.start, $0.end, $0.granularity.rawValue, $0.isApproximate ? 1 : 0, $0.isWindow ? 1 : 0)
                    < ($1.start, $1.end, $1.granularity.rawValue, $1.isApproximate ? 1 : 0, $1.isWindow ? 1 : 0) }
            for period in periods {
                let mine = { (list: [Observation]) in list.filter { $0.period == period }.sorted { $0.id < $1.id } }
                let (mi, xi) = (mine(m), mine(x))
                func pair(_ i: Observation?, _ e: Observation?) -> MirrorPair {
                    var p = MirrorPair(relationship: flow.relationship, exporter: flow.exporter, importer: flow.importer,
                                       subject: flow.subject, unit: flow.unit, period: period, importerReport: i, exporterReport: e,
                                       factor: factor, reported: i == nil ? .exporterOnly : e == nil ? .importerOnly : .both)
                    p.importerFOB = i.map { factor.fob($0.value) }
                    if let fob = p.importerFOB, let e {
                        p.asymmetry = fob - e.value
                        if e.value != 0 { p.asymmetryPercent = (fob - e.value) / e.value * 100 } else {
                            p.note = "the exporter's value is zero, so the asymmetry has no percentage"
                        }
                    } else {
                        let (silent, verb, other) = i == nil ? (flow.importer, "imports from \(flow.exporter)", m) : (flow.exporter, "exports to \(flow.importer)", x)
                        p.note = "\(silent) did not report \(verb) for \(period.shortName)" + elsewhere(other, than: period)
                    }
                    return p
                }
                switch (mi.isEmpty, xi.isEmpty) {
                case (false, false): for i in mi { for e in xi { out.append(pair(i, e)) } }
                case (false, true): out += mi.map { pair($0, nil) }
                case (true, false): out += xi.map { pair(nil, $0) }
                case (true, true): break
                }
            }
        }
        return out
    }

    /// A reported import from a partner or export to one, between two countries: what pairs are made of.
    public static func takesPart(_ o: Observation) -> Bool {
        let k = o.key
        guard !o.isDerived, !k.isLevelAtDate, !o.period.isOpenStart, k.reporter != world, k.partner != world else { return false }
        return (k.indicator == "imports" && k.direction == .fromPartner) || (k.indicator == "exports" && k.direction == .toPartner)
    }

    /// "29.4", "0.0", "-21.0": a percentage to one decimal, rounded half away from zero, for reading.
    public static func oneDecimal(_ value: Decimal) -> String {
        let text = value.rounded(places: 1).plainText
        return text.contains(".") ? text : text + ".0"
    }

    /// "; its figures for 2018 overlap but are for another period, and only equal periods are paired".
    static func elsewhere(_ reports: [Observation], than period: Period) -> String {
        var names: [String] = []
        for o in reports.sorted(by: { ($0.period.start, $0.period.end) < ($1.period.start, $1.period.end) })
        where o.period != period && o.period.start <= period.end && o.period.end >= period.start && !names.contains(o.period.shortName) {
            names.append(o.period.shortName)
        }
        guard !names.isEmpty else { return "" }
        return "; its figure\(names.count == 1 ? "" : "s") for \(names.joined(separator: ", ")) overlap\(names.count == 1 ? "s" : "") "
            + "but cover\(names.count == 1 ? "s" : "") another span, and only equal periods are paired"
    }
}
