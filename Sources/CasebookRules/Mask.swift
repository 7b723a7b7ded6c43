/// Shows the shape of an identifier without repeating it, so reports (which often end up in public CI
/// logs) never republish what they found: `John Smith` → `J*** S****`, `(415) 555-0142` → `(4**) ***-**42`.
/// The one place masking happens.
public enum Mask {
    /// Words shorter than this are masked entirely: a kept first letter of "J.S." would be the initials.
    static let shortestWordShown = 4

    public static func shape(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let digitCount = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        // Long numbers keep their first and last two digits (enough to tell two apart); short ones keep none.
        let keepFirstDigit = digitCount >= 6
        let keepLastDigits = digitCount >= 6 ? 2 : 0
        var output = ""
        var digitsSeen = 0
        var atWordStart = true
        for (index, scalar) in scalars.enumerated() {
            if ("0"..."9").contains(scalar) {
                digitsSeen += 1
                let keep = (keepFirstDigit && digitsSeen == 1) || digitsSeen > digitCount - keepLastDigits
                output.unicodeScalars.append(keep ? scalar : "*")
                atWordStart = false
            } else if scalar.properties.isAlphabetic {
                let wordLength = scalars[index...].prefix { $0.properties.isAlphabetic }.count
                output.unicodeScalars.append(atWordStart && wordLength >= shortestWordShown ? scalar : "*")
                atWordStart = false
            } else {
                output.unicodeScalars.append(scalar)
                atWordStart = true
            }
        }
        return output
    }
}
