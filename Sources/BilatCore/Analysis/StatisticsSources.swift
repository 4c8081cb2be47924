import Foundation

/// Which figures are official statistics, and which are news: the one place bilat decides it.
///
/// A figure is official statistics when its source's `publisher` is one of ``publishers``, compared whole and in
/// any case, with spaces around it ignored. These are the publishers bilat's importers write (`UN Comtrade`,
/// `IMF`, `SIPRI`) and the national offices whose tables an analyst types in by hand. Every other source is news
/// (an article, a wire, a column), even one that cites a statistics office: news rounds the office's figure
/// and may quote an early release. A publisher is matched whole, never as a part of a longer name, so
/// "Today.Az (from Azernews)" citing the State Customs Committee stays news.
public enum StatisticsSources {
    /// The publishers of official statistics, as a `sources.csv` row writes them.
    public static let publishers: [String] = [
        "UN Comtrade", "IMF", "International Monetary Fund", "SIPRI",
        "State Statistical Committee of the Republic of Azerbaijan", "State Statistical Committee of Azerbaijan",
        "State Customs Committee of the Republic of Azerbaijan", "State Customs Committee of Azerbaijan",
        "Pakistan Bureau of Statistics", "State Bank of Pakistan",
    ]

    /// The publisher of SIPRI's Arms Transfers Database, whose register deal values in the news are held against.
    public static let sipri = "SIPRI"

    private static let folded = Set(publishers.map(fold))

    static func fold(_ publisher: String) -> String { publisher.trimmingCharacters(in: .whitespaces).lowercased() }

    public static func isStatistics(_ source: Source) -> Bool { folded.contains(fold(source.publisher)) }

    public static func isSIPRI(_ source: Source) -> Bool { fold(source.publisher) == fold(sipri) }

    /// The ids of a dataset's sources that are official statistics.
    public static func statisticsIDs(_ dataset: Dataset) -> Set<String> { Set(dataset.sources.filter(isStatistics).map(\.id)) }

    /// The ids of a dataset's sources that SIPRI published.
    public static func sipriIDs(_ dataset: Dataset) -> Set<String> { Set(dataset.sources.filter(isSIPRI).map(\.id)) }

    /// True when every source of the observation is official statistics (a reported figure has one).
    static func isStatistics(_ o: Observation, ids: Set<String>) -> Bool {
        !o.sourceIDs.isEmpty && o.sourceIDs.allSatisfy(ids.contains)
    }
}
