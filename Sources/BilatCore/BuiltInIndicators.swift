/// The indicators every dataset has without an `indicators.csv`: the measures news and official statistics
/// report on a bilateral relationship. A dataset's own `indicators.csv` adds indicators; a row there with the id
/// of one of these replaces it for that dataset.
public enum BuiltInIndicators {
    /// Sorted by id. Descriptions say who does what to whom, since every figure has a reporter and a partner.
    public static let all: [Indicator] = [
        money("aid", "Aid", "Humanitarian or relief money given by one state to the other."),
        count("agreements_signed", "Agreements signed",
              "Documents (agreements, memoranda, protocols) signed between the two states."),
        count("arms_delivered", "Arms delivered",
              "Major weapons delivered by one state to the other, counted in their own unit (aircraft, ships, systems)."),
        count("arms_ordered", "Arms ordered",
              "Major weapons one state ordered from the other, counted in their own unit (aircraft, ships, systems)."),
        Indicator(id: "arms_tiv", name: "Arms transfers (TIV)",
                  description: "Transfers of major conventional weapons in SIPRI trend-indicator values: a measure of "
                      + "military capability, not money, so measured in its own unit, TIV.", unitKind: .tiv),
        money("deal_value", "Deal value", "Value of a deal agreed between the two states, other than a defence sale."),
        money("defence_deal_value", "Defence deal value",
              "Value of a sale of military equipment from one state to the other."),
        money("exports", "Exports", "Value of goods the reporter exports to the partner."),
        money("imports", "Imports", "Value of goods the reporter imports from the partner."),
        money("investment", "Investment", "Direct investment by one state in the other, as a flow or a stock."),
        money("investment_pledged", "Investment pledged", "Investment announced or pledged by one state in the other."),
        money("loans", "Loans", "Money lent by one state, or its state banks, to the other."),
        count("medical_aid", "Medical aid",
              "Medical supplies sent by one state to the other, counted in the supplies' own unit."),
        count("personnel_trained", "Personnel trained",
              "Military personnel or units of one state trained by the other's professionals."),
        money("re_exports", "Re-exports",
              "Value of goods the reporter exports to the partner after importing them, without substantial change."),
        money("re_imports", "Re-imports",
              "Value of goods the reporter imports from the partner that it had exported before."),
        money("remittances", "Remittances", "Money sent home by workers of one state living in the other."),
        count("students_funded", "Students funded", "Students of one state whose studies are funded from the other."),
        money("trade_turnover", "Trade turnover", "Value of goods traded between the two states in both directions."),
        count("universities_covered", "Universities covered",
              "Universities whose students receive funding from the other state."),
    ].sorted { $0.id < $1.id }

    /// The built-in indicator with this id, if there is one.
    public static func indicator(_ id: String) -> Indicator? { all.first { $0.id == id } }

    /// A dataset's vocabulary: the built-ins, with `own` rows replacing those of the same id and adding the rest.
    /// Sorted by id, so the result does not depend on the order of `indicators.csv`.
    public static func merged(with own: [Indicator]) -> [Indicator] {
        let ownIDs = Set(own.map(\.id))
        return (all.filter { !ownIDs.contains($0.id) } + own).sorted { $0.id < $1.id }
    }

    private static func money(_ id: String, _ name: String, _ description: String) -> Indicator {
        Indicator(id: id, name: name, description: description, unitKind: .money)
    }

    private static func count(_ id: String, _ name: String, _ description: String) -> Indicator {
        Indicator(id: id, name: name, description: description, unitKind: .count)
    }
}
