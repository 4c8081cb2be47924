/// A value the command no longer needs, left for the process's end to free.
///
/// An analysis of a million figures is millions of objects and strings; releasing them one by one after the
/// listing is written took seconds, while the operating system takes a process's memory back at once. Only for
/// what a command holds until it returns, right before the process exits.
final class LeftToTheProcessEnd<Value> {
    let value: Value
    private init(_ value: Value) { self.value = value }

    static func leave(_ value: Value) { _ = Unmanaged.passRetained(LeftToTheProcessEnd(value)) }
}
