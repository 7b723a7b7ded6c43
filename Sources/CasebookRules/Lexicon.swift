import Foundation

/// The word lists the privacy rules use, from `Sources/CasebookRules/Lexicon/` (embedded at build
/// time by the EmbedTheme plugin; see the header of each file for its source and licence).
enum Lexicon {
    static func words(_ file: String) -> WordList {
        WordList(lines: [UInt8](contents(of: file)))
    }

    /// The bytes of an embedded word list.
    static func contents(of file: String) -> Data {
        guard let entry = encodedFiles.first(where: { $0.path == file }), let data = Data(base64Encoded: entry.base64) else {
            preconditionFailure("Lexicon/\(file) is not embedded")
        }
        return data
    }

    /// The words of a front-coded list ("#" lines are comments): each line is the number of leading bytes it shares with
    /// the word before, then the rest of the word ("3ell" after "abbey" is "abbell").
    static func frontCoded(_ data: Data) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var previous: [UInt8] = []
        for line in [UInt8](data).split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            let digits = line.prefix(while: \.isDigit)
            let shared = min(Int(String(decoding: digits, as: UTF8.self)) ?? 0, previous.count)
            previous = Array(previous[..<shared]) + line.dropFirst(digits.count)
            words.append(previous[...])
        }
        return words
    }

    /// Given names: the generated list and the hand-written one of names its sources lack (Tunde, Priyanka, Huw).
    static let firstNames = WordList(lines: [UInt8](contents(of: "first-names.txt")) + [UInt8](contents(of: "first-names-more.txt")))
    /// Lowercase common English words (Debian wamerican and wbritish).
    static let englishWords = words("english-words.txt")
    static let surnames = WordList(lines: [UInt8](contents(of: "surnames.txt")) + [UInt8](contents(of: "surnames-more.txt")))
    /// The commonest surnames that are also common English words ("hill", "walker", "fisher"), kept out of `surnames`: a surname only
    /// after a given name and before what a person does (scripts/make-surname-words.py).
    static let surnameWords = words("surname-words.txt")
    /// Clinical and healthcare abbreviations and acronyms (written by hand; about 13,500): "PCR", "OTR", "FOLFOX".
    static let abbreviations = words("abbreviations.txt")
    /// Given names that are also common English words ("grace", "hope", "mark"), kept out of `firstNames`: the generated list
    /// and the hand-written one of such names that are eponym words too (Martin, Frank, Robin).
    static let firstNamesWithWords = WordList(lines: [UInt8](contents(of: "word-names.txt")) + [UInt8](contents(of: "word-names-more.txt")))
    /// Towns and villages of the world under a million people, without names that are also common words,
    /// given names, surnames, eponyms or regions (GeoNames, CC BY 4.0; see scripts/make-town-lexicon.py).
    static let towns = WordList(words: frontCoded(contents(of: "towns.txt")))
    /// Cities of a million people or more, and of 100,000 or more that `towns` leaves out as well-known names ("Glasgow",
    /// "Kraków"), without countries and US states (GeoNames, CC BY 4.0; see scripts/make-big-city-list.py). A place only in a
    /// patient's context (`LocationRule.citiesAfterPlaces`, `LocationRule.citiesNearPeople`) or as a tag (`LocationRule.townTags`).
    static let bigCities = words("big-cities.txt")
    /// The lines of eponyms.txt, each split into its words at spaces.
    private static let eponymLines: [[Substring]] = String(decoding: contents(of: "eponyms.txt"), as: UTF8.self)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: " ") }

    /// Whether a word of an eponym is a given name before the family name ("Marcus" in "Marcus Gunn").
    private static func isGivenName(_ index: Int, in words: [Substring]) -> Bool {
        index + 1 < words.count && !words[index].contains("-") && firstNames.contains(words[index].lowercased())
    }

    /// Every word of every eponym ("Guillain-Barré" gives guillain and barré), but not a given name before the last word of
    /// a phrase ("Marcus Gunn", "Ann Arbor", "Austin Flint"): alone, Marcus, Ann and Austin are people. Those phrases are
    /// `eponymPhrasesWithGivenNames`.
    static let eponyms = WordList(eponymLines.flatMap { words in
        words.indices.flatMap { isGivenName($0, in: words) ? [] : words[$0].split(separator: "-").map(String.init) }
    })

    /// The eponyms whose words include a given name, lowercased: ["marcus", "gunn"], ["ann", "arbor"], ["pierre", "robin"].
    static let eponymPhrasesWithGivenNames: [[String]] = eponymLines.filter { words in words.indices.contains { isGivenName($0, in: words) } }
        .map { $0.map { $0.lowercased() } }
}
