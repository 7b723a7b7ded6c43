/// Check-digit algorithms that tell a real identity or card number from a lab value or a count.
enum Checksums {
    /// Luhn (mod 10): payment cards, Canadian SIN, IMEI, US NPI (with the 80840 prefix).
    /// Whether digits are a SNOMED CT concept identifier: a Verhoeff check digit last, and before it the partition of a concept
    /// ("00", or "10" in an extension's namespace).
    static func isSNOMEDConcept(_ digits: [Int]) -> Bool {
        guard (6...18).contains(digits.count) else { return false }
        let partition = digits[digits.count - 3] * 10 + digits[digits.count - 2]
        return (partition == 0 || partition == 10) && verhoeff(digits)
    }

    private static let verhoeffMultiplication: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]
    private static let verhoeffPermutation: [[Int]] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ]

    /// The Verhoeff check (dihedral group D5) over digits whose last is the check digit.
    static func verhoeff(_ digits: [Int]) -> Bool {
        var check = 0
        for (index, digit) in digits.reversed().enumerated() {
            check = verhoeffMultiplication[check][verhoeffPermutation[index % 8][digit]]
        }
        return check == 0
    }

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

    /// Turkish identity number (T.C. Kimlik No): eleven digits, the first not 0; the tenth is 7 × (the odd-placed of the first
    /// nine) − (the even-placed), mod 10; the eleventh is the sum of the first ten, mod 10.
    static func turkishIdentity(_ digits: [Int]) -> Bool {
        guard digits.count == 11, digits[0] != 0 else { return false }
        let odd = digits[0] + digits[2] + digits[4] + digits[6] + digits[8], even = digits[1] + digits[3] + digits[5] + digits[7]
        return ((odd * 7 - even) % 10 + 10) % 10 == digits[9] && digits.prefix(10).reduce(0, +) % 10 == digits[10]
    }

    /// Estonian isikukood and Lithuanian asmens kodas: eleven digits, the first 1–6 (sex and century), then the birth date
    /// YYMMDD, a serial and a check digit by weights 1…9,1 (or, when that gives 10, 3…9,1,2,3; 10 again gives 0).
    static func balticPersonalCode(_ digits: [Int]) -> Bool {
        guard digits.count == 11, (1...6).contains(digits[0]) else { return false }
        let month = digits[3] * 10 + digits[4], day = digits[5] * 10 + digits[6]
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        func check(_ weights: [Int]) -> Int { zip(digits.prefix(10), weights).map(*).reduce(0, +) % 11 }
        var result = check([1, 2, 3, 4, 5, 6, 7, 8, 9, 1])
        if result == 10 { result = check([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10 }
        return result == digits[10]
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
