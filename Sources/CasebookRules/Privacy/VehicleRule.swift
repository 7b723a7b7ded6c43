/// `privacy.vehicle`: vehicle identification numbers and licence plates.
struct VehicleRule: TextRule {
    let description = RuleDescription(
        id: "privacy.vehicle",
        summary: "Vehicle identifier or licence plate",
        rationale: "A plate or VIN leads to the owner through public and police records (HIPAA Safe Harbor §164.514(b)(2)(i)(L)).",
        defaultSeverity: .error,
        hint: "Describe the vehicle without its plate or VIN (\"a car\", \"a utility vehicle\").",
        passing: [
            "A high-speed collision; the car rolled twice.",
            "Registration with the GP practice was confirmed.",
            "Plate count 1200; the growth plate was open.",
        ],
        failing: [
            "The car (plate ⟦KX19 YPL⟧) left the scene.",
            "VIN ⟦1FTFW7L376Z087775⟧ was recorded by police.",
            "Rego ⟦1NE 4KX⟧, a white utility.",
            "The truck's vehicle identification number, ⟦1HGCM82633A004352⟧, matched.",
        ]
    )

    static let labels = ["vin", "vehicle identification number", "licence plate", "license plate", "number plate", "numberplate",
                         "registration plate", "registration number", "vehicle registration", "rego", "reg", "plate", "tag number"]

    func matches(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
        for (label, end) in LabelledValue.labels(Self.labels, in: document) {
            guard let range = LabelledValue.value(after: end, in: document, minimumDigits: 1) else { continue }
            // A plate or VIN mixes capitals and digits: "KX19 YPL", "1NE 4KX".
            let text = document.text(range)
            let hasUpper = text.contains { $0.isUppercase }
            let lower = text.contains { $0.isLowercase }
            if label == "plate" || label == "reg", !hasUpper || lower { continue }
            guard text.count <= 17 + 2 else { continue }
            matches.append(Match(range, "vehicle identifier"))
        }
        // Unlabelled VINs: 17 characters whose check digit is right.
        let bytes = document.bytes
        var index = 0
        while index + 17 <= bytes.count {
            if (index == 0 || !bytes[index - 1].isAlphanumeric), bytes[index].isAlphanumeric,
               index + 17 == bytes.count || !bytes[index + 17].isAlphanumeric,
               bytes[index..<(index + 17)].allSatisfy({ $0.isDigit || $0.isUpper }),
               bytes[index..<(index + 17)].contains(where: \.isDigit), bytes[index..<(index + 17)].contains(where: \.isUpper),
               Checksums.vin(document.text(index..<(index + 17))) {
                matches.append(Match(index..<(index + 17), "vehicle identification number"))
                index += 17
                continue
            }
            index += 1
        }
        return matches
    }
}
