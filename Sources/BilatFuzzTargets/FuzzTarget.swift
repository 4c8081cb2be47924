import Bilat
import BilatCore
import BilatDatasets

/// The readers a fuzzer drives: each takes arbitrary bytes, as a user's file or argument could hold them.
///
/// A target returns the invariants the input broke (empty when it held). A crash or a hang is a failure by
/// itself; the invariants add checks a crash would not show, such as a streamed read disagreeing with a
/// whole one. The libFuzzer driver (Tests/Fuzz) stops on any broken invariant; `FuzzCorpusTests` replays the
/// checked-in corpus through the same targets in `swift test`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// CSV text: read whole, and streamed in pieces whose size the first byte picks; both must agree.
    case csv
    /// A dataset folder whose one file (picked by the first byte) is the input; read whole and streamed.
    case dataset
    /// A period as written in figures.csv or an argument, with and without a reference date and fiscal year.
    case period
    /// An amount as sources write it ("about $1.6 billion").
    case quantity
    /// An article for `bilat extract`, as plain text or Markdown (the first byte's low bit).
    case extract
    /// A project's extraction vocabulary file (cues.csv).
    case vocabulary
    /// A UN Comtrade download (CSV, TSV or JSON, current or legacy), read whole and streamed.
    case comtrade
    /// A SIPRI trade register or TIV table.
    case sipri
    /// An IMF DOTS / IMTS download.
    case imf

    /// Runs the target on `bytes`; the broken invariants, in words.
    public func run(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .csv: return CSVFuzzing.run(bytes)
        case .dataset: return DatasetFuzzing.run(bytes)
        case .period: return TextFuzzing.period(bytes)
        case .quantity: return TextFuzzing.quantity(bytes)
        case .extract: return ExtractFuzzing.run(bytes)
        case .vocabulary: return ExtractFuzzing.vocabulary(bytes)
        case .comtrade: return ImportFuzzing.comtrade(bytes)
        case .sipri: return ImportFuzzing.sipri(bytes)
        case .imf: return ImportFuzzing.imf(bytes)
        }
    }
}

/// Checks every fuzz target shares.
enum FuzzInvariants {
    /// Each diagnostic that has a location points at a real place: line and column from 1.
    static func located(_ diagnostics: [Diagnostic], _ what: String) -> [String] {
        diagnostics.compactMap { d in
            guard let l = d.location, l.line < 1 || l.column < 1 else { return nil }
            return "\(what): diagnostic located at line \(l.line), column \(l.column): \(d.message)"
        }
    }

    /// A piece size from 1 to 256 bytes, so pieces split cells, quotes, CRLFs and UTF-8 characters.
    static func pieceSize(_ bytes: [UInt8]) -> Int { Int(bytes.first ?? 0) + 1 }
}
