import BilatCore

/// A figure turned into its store row, ready to write.
public struct StoredFigure: Sendable {
    let record: FigureRecord
    public init(_ figure: Figure, dataset: String) { record = FigureRecord(figure, dataset: dataset) }
}
