import BilatCore

/// A figure turned into its store row, ready to write: made on whichever thread reads the file, so the
/// thread that writes SQLite does nothing else.
public struct StoredFigure: Sendable {
    let record: FigureRecord
    public init(_ figure: Figure, dataset: String) { record = FigureRecord(figure, dataset: dataset) }
}
