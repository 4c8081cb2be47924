/// The flow of a legacy Comtrade row, as the current letter code the guards and ids use.
///
/// Legacy files number their flows (`Trade Flow Code` 1 Import, 2 Export, 3 Re-Export, 4 Re-Import, per
/// Comtrade's legacy reference tables). Some files under the same header carry the new codes instead: code `0`
/// and the letters (`M`, `X`, `RX`, `RM`, `DX`, `FM`) under `Trade Flow`; a reader keyed on 1–4 alone would drop
/// every such row, so both are read.
enum ComtradeLegacyFlow {
    static let numbered = ["1": "M", "2": "X", "3": "RX", "4": "RM"]
    static let letters: Set<String> = ["M", "X", "RX", "RM", "DX", "FM", "MIP", "XIP", "MOP", "XOP", "MIF", "XIF"]

    static let accepted = "Trade Flow Code 1 (Import), 2 (Export), 3 (Re-Export) or 4 (Re-Import); "
        + "or 0 with a flow letter code (M, X, RX, RM, DX, FM) under Trade Flow"

    /// `M`, `X`, `RX`, … or nil when neither the code nor the description is a flow.
    static func code(_ code: String, description: String) -> String? {
        if let letters = numbered[code] { return letters }
        if letters.contains(code.uppercased()) { return code.uppercased() }
        guard code.isEmpty || code == "0", letters.contains(description.uppercased()) else { return nil }
        return description.uppercased()
    }
}
