import CasebookModel

/// Every rule casebook has, sorted by id: the one list (`casebook rules`, the docs and the tests read it).
public enum Registry {
    public static let all: [any TextRule] = [
        AgeRule(),
        BiometricRule(),
        DateRule(),
        DeviceRule(),
        EmailRule(),
        IdentityNumberRule(),
        LocationRule(),
        PostalCodeRule(),
        VehicleRule(),
        PhoneRule(),
        InitialsRule(),
        IPAddressRule(),
        NameRule(),
        RelativeRule(),
        URLRule(),
    ].sorted { $0.description.id < $1.description.id }

    public static func rule(_ id: RuleID) -> (any TextRule)? {
        all.first { $0.description.id == id }
    }

    /// Decodes the embedded word lists now (about 0.1 s), which the rules otherwise decode the first time a text needs each one:
    /// a benchmark loads them before it starts timing the scan.
    public static func loadWordLists() {
        _ = (Lexicon.firstNames, Lexicon.englishWords, Lexicon.surnames, Lexicon.surnameWords, Lexicon.abbreviations, Lexicon.firstNamesWithWords,
             Lexicon.towns, Lexicon.bigCities, Lexicon.eponyms, Vocabulary.table, NotablePeople.names)
    }
}
