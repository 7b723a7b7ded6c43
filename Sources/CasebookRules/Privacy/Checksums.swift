/// Check-digit algorithms that tell a real identity or card number from a lab value or a count.
enum Checksums {
    /// Luhn (mod 10): payment cards, Canadian SIN, IMEI, US NPI (with the 80840 prefix).
    static func luhn(_ digits: [Int]) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (index, digit) in digits.reversed().enumerated() {
            if index % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// NHS number (England, Wales, Isle of Man): ten digits, mod 11 with weights 10…2.
    static func nhs(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        let sum = zip(digits.prefix(9), (2...10).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        let check = 11 - sum % 11
        return check != 10 && (check == 11 ? 0 : check) == digits[9]
    }

    /// Australian Medicare card number: ten digits (or eleven with the issue number), weights 1,3,7,9,1,3,7,9.
    static func medicare(_ digits: [Int]) -> Bool {
        guard digits.count == 10 || digits.count == 11, (2...6).contains(digits[0]) else { return false }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9]
        let sum = zip(digits.prefix(8), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return sum % 10 == digits[8]
    }

    /// US NPI: ten digits starting 1 or 2, Luhn over 80840 + the number.
    static func npi(_ digits: [Int]) -> Bool {
        digits.count == 10 && (digits[0] == 1 || digits[0] == 2) && luhn([8, 0, 8, 4, 0] + digits)
    }

    /// Vehicle identification number check digit (position 9), as used in North America.
    static func vin(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count == 17, !characters.contains(where: { "IOQ".contains($0) }) else { return false }
        let values: [Character: Int] = [
            "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7,
            "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
        ]
        let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        var sum = 0
        for (character, weight) in zip(characters, weights) {
            guard let value = character.wholeNumberValue ?? values[character] else { return false }
            sum += value * weight
        }
        let check = sum % 11
        return characters[8] == (check == 10 ? "X" : Character(String(check)))
    }
}
