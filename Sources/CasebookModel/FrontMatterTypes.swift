import Foundation

/// A tag as written (`Chest X-ray`) and the URL segment it gets (`chest-x-ray`).
public struct Tag: Hashable, Comparable, Sendable {
    public var name: String
    public var slug: String

    public init(_ name: String) {
        self.name = name
        self.slug = Slug.make(from: name)
    }

    public static func < (lhs: Tag, rhs: Tag) -> Bool { (lhs.slug, lhs.name) < (rhs.slug, rhs.name) }
}

/// URL segments made from titles and tags.
public enum Slug {
    /// Lowercase ASCII letters and digits, every other run of characters one hyphen, accents folded
    /// ("Guillain-Barré syndrome" → "guillain-barre-syndrome").
    public static func make(from text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Whether a string is already a slug (what `make` would return for it).
    public static func isValid(_ text: String) -> Bool { !text.isEmpty && make(from: text) == text }
}

/// An age band: a decade (`60s`), a five-year band (`60-64`), `90+`, or a paediatric stage.
/// Never an exact age or a birth date.
public struct AgeBand: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public static let stages = ["neonate", "infant", "child", "adolescent"]

    /// Returns nil unless `text` is an allowed band.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.count <= 2, slice.allSatisfy({ (48...57).contains($0) }) else { return nil }
            return Int(String(decoding: slice, as: UTF8.self))
        }
        if AgeBand.stages.contains(text) || text == "90+" {
            self.text = text
        } else if bytes.last == UInt8(ascii: "s"), let decade = number(bytes.dropLast()), decade % 10 == 0, decade < 90 {
            self.text = text
        } else if let dash = bytes.firstIndex(of: UInt8(ascii: "-")),
                  let low = number(bytes[..<dash]), let high = number(bytes[(dash + 1)...]),
                  low % 5 == 0, high == low + 4, low < 90 {
            self.text = text
        } else {
            return nil
        }
    }

    /// The band as written (`60s`, `60-64`, `90+`, `child`); pages put it in words.
    public var description: String { text }
}

public enum Sex: String, Sendable, CaseIterable {
    case female, male, other
    case notStated = "not-stated"
}

/// How certain the diagnosis is, said in words on the page.
public enum Certainty: String, Sendable, CaseIterable {
    case possible, probable
    case almostCertain = "almost-certain"
    case certain

    /// How the page says it, after the diagnosis: "Aortic dissection (almost certain)".
    public var words: String {
        switch self {
        case .possible: "possible"
        case .probable: "probable"
        case .almostCertain: "almost certain"
        case .certain: "certain"
        }
    }
}

public enum CaseStatus: String, Sendable, CaseIterable {
    case draft, review, published
}

public enum Consent: String, Sendable, CaseIterable {
    case obtained
    case notRequired = "not-required"
}

/// The publication date of a page (`published: 2026-03-01`): a calendar date, not a patient date.
public struct PublicationDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= PublicationDate.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// RFC 3339 midnight UTC, for Atom and sitemaps.
    public var timestamp: String { "\(description)T00:00:00Z" }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
