/// Letters and digits of scripts other than Latin ("500 млн долларов", "١٢ million"): bilat reads figures in
/// English words and ASCII digits, and a word it cannot read must not pass for the noun a count counts.
enum OtherScripts {
    struct Found {
        var token: Token
        var script: String
        /// The token's text, quoted.
        var quoted: String
    }

    /// The first token holding a letter or digit of another script.
    static func first(in tokens: [Token], text: String) -> Found? {
        for token in tokens {
            let scalars: String.UnicodeScalarView
            if let w = token.word {
                guard w.utf8.contains(where: { $0 >= 0x80 }) else { continue }
                scalars = w.unicodeScalars
            } else if let s = token.symbol, !s.isASCII {
                scalars = String(s).unicodeScalars
            } else {
                continue
            }
            for scalar in scalars where isForeign(scalar) {
                let start = text.index(text.startIndex, offsetBy: token.offset)
                let end = text.index(start, offsetBy: token.length)
                return Found(token: token, script: name(of: scalar), quoted: "'\(text[start..<end])'")
            }
        }
        return nil
    }

    /// A word with a letter of another script.
    static func isForeign(word: String) -> Bool {
        word.utf8.contains { $0 >= 0x80 } && word.unicodeScalars.contains(where: isForeign)
    }

    /// A letter or digit outside ASCII and the Latin blocks (é, ü and ş are Latin, and read as parts of nouns).
    static func isForeign(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        let p = scalar.properties
        guard p.isAlphabetic || p.numericType != nil else { return false }
        switch scalar.value {
        case 0x00AA, 0x00BA, 0x00C0...0x024F, 0x0250...0x02AF, 0x0300...0x036F, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
             0xA720...0xA7FF, 0xAB30...0xAB6F, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            return false
        default:
            // Vulgar fractions and other number signs (½, ², Ⅻ) are no script's letters: the reader refuses them itself.
            return p.isAlphabetic || p.numericType == .decimal
        }
    }

    static func name(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0370...0x03FF, 0x1F00...0x1FFF: return "Greek"
        case 0x0400...0x052F, 0x2DE0...0x2DFF, 0xA640...0xA69F: return "Cyrillic"
        case 0x0530...0x058F: return "Armenian"
        case 0x0590...0x05FF: return "Hebrew"
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return "Arabic script"
        case 0x0900...0x097F: return "Devanagari"
        case 0x10A0...0x10FF: return "Georgian"
        case 0x0E00...0x0E7F: return "Thai"
        case 0x3040...0x30FF: return "Japanese kana"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return "Chinese characters"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: return "Hangul"
        default: return "a script other than Latin"
        }
    }
}
