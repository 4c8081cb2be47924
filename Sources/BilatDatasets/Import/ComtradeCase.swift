extension String {
    /// `uppercased()`, without making a new string when there is nothing to change: Comtrade codes are nearly
    /// always upper-case ASCII already, and a row's codes were upper-cased several times over.
    var comtradeUppercased: String {
        utf8.allSatisfy({ $0 < 0x80 && !(0x61...0x7A).contains($0) }) ? self : uppercased()
    }

    /// `lowercased()`, likewise for text already lower-case ASCII (flags such as `true`).
    var comtradeLowercased: String {
        utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? self : lowercased()
    }
}
