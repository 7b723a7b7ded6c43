import CasebookModel

/// A source file as the privacy rules see it: its bytes, and for each line a zone that says how it
/// is scanned. Rules scan the raw file — front matter and body alike — so every position is exact
/// and nothing escapes by being in a comment, a link target or an unknown key.
///
/// A class, not a struct: every rule and helper is handed the same document, where a struct of some twenty arrays was copied
/// (and each array retained and released) wherever a closure or a generic call took it. (Unchecked `Sendable`: its only
/// `var`s, `caseLawParties` and `eastAsianAddresses`, are set in `init` and never after.)
public final class ScanDocument: @unchecked Sendable {
    public enum Zone: UInt8, Sendable {
        /// Scanned by every rule.
        case text
        /// A list of cited works: cited authors and publication years are not patient data.
        case reference
        /// Not patient text: the front-matter fences, `authors:`/`published:` (credits and the
        /// page's date), and `casebook-ignore` directives.
        case skip
    }

    public let source: SourceText
    public let bytes: [UInt8]
    /// The lines of the front matter, its fences included (`frontMatterLines(of:)`), or nil.
    let frontMatter: ClosedRange<Int>?
    /// The zone of each line (index = line - 1).
    public let zones: [Zone]
    /// Letter and number runs, shared by every rule.
    let tokens: [Token]
    /// The indices of the word tokens (not numbers) without a lowercase letter (`isAllCaps`: "MRN", "HUBBARD", "ΦΕΚ"): a pass that
    /// starts only at such a word walks these, not every token.
    let allCapsWords: [Int]
    /// The indices of the word tokens that start with a capital (`isCapitalised`: "Hubbard", "HUBBARD", "Ødegaard").
    let capitalisedWords: [Int]
    /// The indices of the number tokens (runs of ASCII digits).
    let numbers: [Int]
    /// The union of the tokens' `vocabulary` bits: a pass whose every match needs a word of a list skips a document without one.
    let vocabularyPresent: UInt64
    /// The rows of the file's Markdown tables, found once for every rule that reads columns.
    let tableRows: [TableColumns.Row]
    /// The labels of every `LabelList` found at token starts, in document order.
    let labelHits: [LabelHit]
    /// The offsets of each of `indexedBytes` ("." ":" "-" "(" "|" …), in order (`offsets(of:)` reads them).
    let punctuation: [[Int]]
    /// Whether the text holds any character of three UTF-8 bytes or more beyond punctuation (U+3000 on:
    /// Japanese, Chinese, Korean), so that rules for those scripts can skip the rest.
    let hasWideCharacters: Bool
    /// Whether the text holds a lead byte of Greek, Hebrew, Arabic (with Persian and Urdu), the Indian scripts or Thai
    /// (`OtherScripts`), so that rules for those scripts can skip the rest.
    let hasOtherScriptLetters: Bool
    /// The matches of rules that other rules read too, once found (`sharedMatches(of:_:)`), and the lock that guards them.
    private var sharedMatches: [RuleID: [Match]] = [:]
    private let sharedMatchesLock = NSLock()
    /// The parties of reported court cases named in the file (`PersonNames.caseLawParties`), found once for the
    /// name and place rules.
    private(set) var caseLawParties: Set<[UInt8]> = []
    /// Addresses written in Chinese characters (`EastAsianScript.addresses`), found once for the place and postcode rules.
    private(set) var eastAsianAddresses: [Range<Int>] = []
    /// The fields of HL7 v2 segment lines ("MSH|…", "PID|…"), found once for the place, postcode and id rules.
    let hl7Components: [HL7Segments.Component]
    /// The identifying fields of image headers pasted as text (DICOM dumps, EXIF listings), found once for every rule.
    let headerFields: [HeaderDumps.Field]
    /// The case's credited authors, from `authors:`/`author:` in the front matter: the words of their names (lowercased) and
    /// their initials ("bq" for Bronagh Quinlan). Their names in the body ("Correspondence to Dr Rhodri Vaughan") are credits too.
    let creditedNameWords: Set<[UInt8]>
    let creditedInitials: Set<String>
    /// Each HTML comment, from its "<!--" to the start of its "-->" (or 2,000 bytes on, or the end of the text, when none closes it
    /// sooner): the notes editors leave, read by the initials and name rules.
    let htmlComments: [Range<Int>]
    /// JSON string members and XML elements with their text (`"city": "Kettering"`, `<BSN>284716053</BSN>`), found once for the
    /// place, postcode and id rules.
    let keyedFields: [KeyedField]

    /// A member of a JSON object or an XML element: its name as written, its name lowercased to letters (a namespace prefix left
    /// out), and its value's text.
    struct KeyedField: Sendable {
        var name: Range<Int>
        var key: String
        var value: Range<Int>
        var isXML: Bool
    }

    /// Front-matter keys whose values are not patient text.
    static let creditKeys: Set<String> = ["authors", "author", "published"]
    static let referenceHeadings: Set<String> = ["references", "bibliography", "further reading", "sources", "citations", "reading list"]

    /// A whole case or collection file: front matter (if any) and Markdown body.
    public convenience init(source written: SourceText) {
        let source = Self.withASCIIDigits(written)
        let frontMatter = Self.frontMatterLines(of: source)
        self.init(source: source, frontMatter: frontMatter, zones: Self.zones(of: source, frontMatter: frontMatter))
    }

    /// The first code point of each run of ten native decimal digits the rules read as ASCII digits: Arabic-Indic (٠–٩),
    /// Persian (۰–۹), Devanagari (०–९), Bengali (০–৯), Tamil (௦–௯), Thai (๐–๙).
    static let nativeDigitZeros: [UInt32] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0BE6, 0x0E50]

    /// The text with native digits written as ASCII digits, so that every number rule reads "١٥/٠٣/٢٠٢٤" as it reads
    /// "15/03/2024" and "٠٥٠ ٤١٨ ٢٢٧٣" as a telephone number. Each digit is one UTF-16 unit either way, so lines and columns of
    /// findings stay those of the file as written. (Only files with a lead byte of these scripts are looked at.)
    static func withASCIIDigits(_ source: SourceText) -> SourceText {
        let mayHave = source.utf8.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return [0xD9, 0xDB, 0xE0].contains { memchr(base, $0, buffer.count) != nil }
        }
        guard mayHave, let text = textWithASCIIDigits(source.text) else { return source }
        return SourceText(path: source.path, text: text)
    }

    /// A text with its native digits written as ASCII digits (see `withASCIIDigits`), or nil when it has none. (The evaluation
    /// sets' scorer writes its planted identifiers' text the same way, so that their byte ranges match the findings'.)
    public static func textWithASCIIDigits(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let zero = nativeDigitZeros.first(where: { (($0)...($0 + 9)).contains(scalar.value) }) {
                scalars.append(Unicode.Scalar(UInt8(0x30 + scalar.value - zero)))
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : nil
    }

    /// Plain text with every line in the text zone (single strings such as a slug), its native digits read as ASCII ones.
    public convenience init(text: String, path: String = "example.md") {
        let source = Self.withASCIIDigits(SourceText(path: path, text: text))
        self.init(source: source, frontMatter: Self.frontMatterLines(of: source), zones: Array(repeating: .text, count: source.lineCount))
    }

    private init(source: SourceText, frontMatter: ClosedRange<Int>?, zones: [Zone]) {
        self.source = source
        self.frontMatter = frontMatter
        self.bytes = Self.joiningParagraphLines(of: source, frontMatter: frontMatter)
        self.punctuation = Self.punctuationOffsets(in: bytes)
        self.zones = zones
        self.tokens = Self.tokenize(bytes, zones: zones, lineStarts: source.lineStarts)
        var allCaps: [Int] = [], capitalised: [Int] = [], numbers: [Int] = [], present: UInt64 = 0
        for (index, token) in tokens.enumerated() {
            present |= token.vocabulary
            guard !token.isNumber else { numbers.append(index); continue }
            if token.shape.contains(.allCaps) { allCaps.append(index) }
            if token.shape.contains(.capitalised) { capitalised.append(index) }
        }
        (self.allCapsWords, self.capitalisedWords, self.numbers, self.vocabularyPresent) = (allCaps, capitalised, numbers, present)
        self.labelHits = LabelMatcher.all.find(in: bytes, tokens: tokens)
        self.tableRows = TableColumns.rows(of: source, bytes: bytes)
        // (One pass for both: most files have neither, and the old test for wide characters read every byte of those.)
        // (A lone Greek letter — "β-blocker", "μmol" — is no Greek text: two Greek letters in a row are.)
        var wide = false, other = false
        bytes.withUnsafeBufferPointer { buffer in
            // (Eight bytes at a time through ASCII text: only a byte of 0xCE or more matters.)
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return }
            var index = 0
            while index < buffer.count {
                if index + 8 <= buffer.count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte >= 0xE3 {
                    wide = true
                } else if byte >= 0xCE && (byte >= 0xD7 && byte <= 0xDB || byte == 0xE0
                            || byte <= 0xCF && index + 2 < buffer.count && (buffer[index + 2] == 0xCE || buffer[index + 2] == 0xCF)) {
                    other = true
                }
                index += 1
            }
        }
        self.hasWideCharacters = wide
        self.hasOtherScriptLetters = other
        self.hl7Components = HL7Segments.components(of: bytes, lineStarts: source.lineStarts, zones: zones)
        // (On the lines as written: Markdown runs a paragraph's lines on in `bytes`.)
        self.headerFields = HeaderDumps.fields(of: source.utf8, lineStarts: source.lineStarts, zones: zones)
        (self.creditedNameWords, self.creditedInitials) = Self.creditedNames(of: source, frontMatter: frontMatter)
        self.keyedFields = Self.keyedFields(of: bytes, zones: zones, lineStarts: source.lineStarts)
        self.htmlComments = Self.htmlComments(in: bytes)
        self.caseLawParties = PersonNames.caseLawParties(in: self)
        self.eastAsianAddresses = EastAsianScript.addresses(in: self)
    }

    /// A rule's matches in the document, found by `find` the first time they are asked for: the initials and age rules read the
    /// name rule's, the age rule the relative rule's, the place rule the postcode rule's. (The checker runs a document's rules one
    /// after another, so whichever asks first finds them for all.)
    func sharedMatches(of rule: RuleID, _ find: () -> [Match]) -> [Match] {
        if let found = sharedMatchesLock.withLock({ sharedMatches[rule] }) { return found }
        let found = find()
        sharedMatchesLock.withLock { sharedMatches[rule] = found }
        return found
    }

    /// Whether any token of the document is in a list (`Token.isIn`).
    @inline(__always) func mentions(_ list: Vocabulary) -> Bool {
        vocabularyPresent & list.bit != 0
    }

    /// The labels of one list found at token starts: each label (lowercased) and the offset just after it.
    func labels(_ list: LabelList) -> [(label: String, end: Int)] {
        labelHits.lazy.filter { $0.list == list }.map { (LabelMatcher.all.texts[list.rawValue][Int($0.label)], $0.end) }
    }

    /// The tokens of a text, each with the zone of its line.
    static func tokenize(_ bytes: [UInt8], zones: [Zone], lineStarts: [Int]) -> [Token] {
        var tokens = tokenize(bytes)
        guard zones.contains(where: { $0 != .text }) else { return tokens }
        // (Tokens are made in the text zone: only the lines of other zones are visited.)
        tokens.withUnsafeMutableBufferPointer { tokens in
            var index = 0
            for (line, zone) in zones.enumerated() where zone != .text {
                let end = line + 1 < lineStarts.count ? lineStarts[line + 1] : Int.max
                while index < tokens.count, tokens[index].start < lineStarts[line] { index += 1 }
                while index < tokens.count, tokens[index].start < end {
                    tokens[index].zone = zone
                    index += 1
                }
            }
        }
        return tokens
    }

    /// The index of the first token that starts at or after an offset (binary search: tokens are in order).
    func firstTokenIndex(from offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }

    /// The index of the token that starts exactly at an offset.
    func tokenIndex(startingAt offset: Int) -> Int? {
        firstTokenIndex(from: offset).flatMap { tokens[$0].start == offset ? $0 : nil }
    }

    /// The token that starts exactly at an offset.
    func token(startingAt offset: Int) -> Token? {
        tokenIndex(startingAt: offset).map { tokens[$0] }
    }

    /// The index of the last token that ends at or before an offset.
    func lastTokenIndex(endingBy offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Whether the bytes at an offset are exactly a text (case and all): `has("— ", at: start - 4)`. A comparison of the bytes
    /// in place, for questions asked of nearly every token, where `bytes[range].elementsEqual(text.utf8)` would make a slice.
    @inline(__always) func has(_ text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + offset, text.utf8Start, count) == 0 }
    }

    /// Whether a byte occurs in a range of bytes, found with `memchr` (for a test most ranges fail).
    static func contains(_ byte: UInt8, in bytes: [UInt8], range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { memchr($0.baseAddress! + range.lowerBound, Int32(byte), range.count) != nil }
    }

    /// Whether a byte occurs in the text, found with `memchr` (a rule for one script asks before it reads any token).
    func contains(byte: UInt8) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, Int32(byte), buffer.count) != nil } ?? false }
    }

    /// Where a byte sequence occurs in the text, left to right, without overlaps. (A single byte of `indexedBytes` is read from
    /// `punctuation`, found once for every pass.)
    func offsets(of needle: [UInt8]) -> [Int] {
        if needle.count == 1, case let slot = Self.indexedByteSlots[Int(needle[0])], slot != Self.notIndexed { return punctuation[Int(slot)] }
        return Self.offsets(of: needle, in: bytes)
    }

    /// The punctuation that many passes start at ("." for addresses and IPs, ":" and "-" for serials, "(" for bracketed codes,
    /// "|" for tables, the lead byte of a dash…): their offsets are found in one pass over the text (`punctuation`), where a
    /// `memchr` scan per pass read the text once for each.
    static let indexedBytes: [UInt8] = Array(".:-(|/*\"_+@^".utf8) + [0xE2]
    /// Each byte's place in `indexedBytes` (and in `punctuation`), or `notIndexed`.
    static let indexedByteSlots: [UInt8] = (0..<256).map { byte in indexedBytes.firstIndex(of: UInt8(byte)).map(UInt8.init) ?? notIndexed }
    static let notIndexed: UInt8 = 0xFF

    /// The offsets of each of `indexedBytes` in a text, in order: a `memchr` search per byte (`offsets(of:in:)`), which reads the
    /// text many bytes at a time, where a lookup per byte of the text cost more than all of them.
    static func punctuationOffsets(in bytes: [UInt8]) -> [[Int]] {
        indexedBytes.map { offsets(of: [$0], in: bytes) }
    }

    /// The extensions of the images a case may publish (`ImageLocation.allowedExtensions`), and of the radiology files drafts name
    /// ("…_mri.dcm", "scan.tiff").
    static let imageExtensions = ImageLocation.allowedExtensions.union(["tif", "tiff", "dcm"])

    /// Whether a full stop and an image's extension (any case), ending the word, start at an offset: ".png" in "OPG_preop_mason.png".
    func imageExtensionStarts(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] == UInt8(ascii: ".") && Self.imageExtensions.contains { hasPrefix($0, at: offset + 1)
            && (offset + 1 + $0.utf8.count == bytes.count || !bytes[offset + 1 + $0.utf8.count].isAlphanumeric) }
    }

    /// Whether one of some words (lowercase) starts a word of the sentence around a range (up to 120 bytes each way), or with
    /// `wholeWords`, is a whole word of it ("port", not "portal"): "a helicopter (5H-KMR)", "the cruise ship MS Nordic Serenade".
    func sentenceMentions(_ words: [[UInt8]], around range: Range<Int>, wholeWords: Bool = false) -> Bool {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 120, bytes[start - 1] != UInt8(ascii: "."), !bytes[start - 1].isLineBreak { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, end - range.upperBound < 120, bytes[end] != UInt8(ascii: "."), !bytes[end].isLineBreak { end += 1 }
        let sentence = bytes[start..<end].map(\.lowercased)
        return words.contains { word in sentence.indices.contains { ($0 == 0 || !sentence[$0 - 1].isLetterLike) && sentence[$0...].starts(with: word)
            && (!wholeWords || $0 + word.count == sentence.count || !sentence[$0 + word.count].isLetterLike) } }
    }

    /// Two ascending lists of token indices as one, ascending, without repeats (`numbers` and `allCapsWords`, or `capitalisedWords`,
    /// for a pass that starts at either).
    static func merged(_ first: [Int], _ second: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(first.count + second.count)
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || i < first.count && first[i] < second[j] {
                result.append(first[i]); i += 1
            } else if i == first.count || second[j] < first[i] {
                result.append(second[j]); j += 1
            } else {
                result.append(first[i]); i += 1; j += 1
            }
        }
        return result
    }

    /// Where any of some bytes occurs in the text, left to right (each from `offsets(of:)`): the places a pass for rare
    /// punctuation looks at, without reading every byte.
    func offsets(ofAny needles: [UInt8]) -> [Int] {
        needles.flatMap { offsets(of: [$0]) }.sorted()
    }

    /// Where a byte sequence occurs in bytes, left to right, without overlaps (`firstOffset`), so that a pass for a rare needle such
    /// as `"family"` or `<` costs little.
    static func offsets(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { needle in
                var index = 0
                while let offset = firstOffset(of: needle, in: bytes, from: index) {
                    found.append(offset)
                    index = offset + needle.count
                }
            }
        }
        return found
    }

    /// The byte of a needle that `memchr` looks for: the one English text holds least often — anything but a lowercase letter, else
    /// the rarest lowercase letter — never a space (" = " is looked for at its "=", "template " at its "p", not at every "t").
    static func anchor(of needle: UnsafeBufferPointer<UInt8>) -> Int {
        var best = needle.firstIndex { $0 != UInt8(ascii: " ") } ?? 0, bestRank = Int.max
        for (index, byte) in needle.enumerated() where byte != UInt8(ascii: " ") {
            let rank = byte.isLower ? Int(letterFrequencyRanks[Int(byte - UInt8(ascii: "a"))]) : 0
            if rank < bestRank { best = index; bestRank = rank }
        }
        return best
    }

    /// How common each lowercase letter is in English, "a" to "z" (1 the rarest, "z"; 26 the commonest, "e").
    static let letterFrequencyRanks: [UInt8] = Array("zqxjkvbpygfwmucldrhsnioate".utf8).enumerated()
        .reduce(into: [UInt8](repeating: 0, count: 26)) { ranks, letter in ranks[Int(letter.element - UInt8(ascii: "a"))] = UInt8(letter.offset + 1) }

    /// The first offset from `start` on where a byte sequence occurs, found with `memchr` on its rarest byte (`anchor(of:)`) and
    /// confirmed with `memcmp`; nil for an empty needle. (`offsets(of:in:)` and `String.includes` search with it.)
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, let base = bytes.baseAddress, bytes.count >= needle.count else { return nil }
        let anchor = Self.anchor(of: needle)
        let last = bytes.count - needle.count
        var index = start
        while index <= last, let hit = memchr(base + index + anchor, Int32(needle[anchor]), last - index + 1) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset }
            index = offset + 1
        }
        return nil
    }

    /// The comments of a text (`htmlComments`).
    static func htmlComments(in bytes: [UInt8]) -> [Range<Int>] {
        let closer = Array("-->".utf8)
        return offsets(of: Array("<!--".utf8), in: bytes).map { opening in
            let limit = min(bytes.count, opening + 2000)
            let close = bytes.withUnsafeBufferPointer { text in
                closer.withUnsafeBufferPointer { firstOffset(of: $0, in: UnsafeBufferPointer(rebasing: text[..<limit]), from: opening) }
            }
            return opening..<(close ?? limit)
        }
    }

    /// The values of JSON string members and XML elements whose key is one of `keys` (lowercased, letters only, a namespace
    /// prefix left out): `"city": "Kettering"`, `<cda:city>Kirchzarten</cda:city>`, `"postalCode": "45429"` for ["city", "postalcode"].
    func keyedValues(_ keys: Set<String>) -> [Range<Int>] {
        keyedFields.filter { keys.contains($0.key) }.map(\.value)
    }

    /// The zone of the line holding a byte.
    public func zone(at offset: Int) -> Zone {
        zones[line(at: offset) - 1]
    }

    /// The 1-based line holding a byte.
    public func line(at offset: Int) -> Int {
        Self.line(at: offset, lineStarts: source.lineStarts)
    }

    static func line(at offset: Int, lineStarts: [Int]) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// Whether a byte is in the value of the front matter's `tags:` or `keywords:` (a flow list or the items under the key):
    /// a list of terms, where "AMAN, Campylobacter" is not a surname and a given name.
    func isInTags(_ offset: Int) -> Bool {
        guard let frontMatter else { return false }
        var line = line(at: offset)
        while frontMatter.contains(line) {
            if let (key, _) = Self.topLevelKey(of: source.lineBytes(line)) { return key == "tags" || key == "keywords" }
            guard let first = source.lineBytes(line).first, first == UInt8(ascii: " ") || first == UInt8(ascii: "-") else { return false }
            line -= 1
        }
        return false
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func zones(of source: SourceText, frontMatter: ClosedRange<Int>?) -> [Zone] {
        var zones = Array(repeating: Zone.text, count: source.lineCount)
        var line = 1
        // Front matter: each line belongs to the top-level key above it.
        if let frontMatter {
            zones[0] = .skip
            var key = ""
            for line in stride(from: 2, through: frontMatter.upperBound, by: 1) {
                let bytes = source.lineBytes(line)
                // Only the last line can be the closing fence.
                if line == frontMatter.upperBound, isFence(bytes) {
                    zones[line - 1] = .skip
                    continue
                }
                if let (name, _) = topLevelKey(of: bytes) { key = name }
                if Suppression.isDirective(bytes) {
                    zones[line - 1] = .skip
                } else if creditKeys.contains(key) {
                    zones[line - 1] = .skip
                } else if key == "references" {
                    zones[line - 1] = .reference
                }
            }
            line = frontMatter.upperBound + 1
        }
        // Body: sections headed "References" and the like, and footnote definitions, list cited works.
        var referenceLevel: Int?
        var inFence = false
        while line <= source.lineCount {
            let bytes = source.lineBytes(line)
            let trimmed = bytes.drop { $0 == UInt8(ascii: " ") }
            guard let first = trimmed.first else { line += 1; continue }
            let special = first == UInt8(ascii: "`") || first == UInt8(ascii: "~") || first == UInt8(ascii: "#") || first == UInt8(ascii: "<") || first == UInt8(ascii: "[")
            if !special {
                if referenceLevel != nil { zones[line - 1] = .reference }
                line += 1
                continue
            }
            if Self.opensFence(trimmed) { inFence.toggle() }
            if !inFence, let level = headingLevel(trimmed) {
                let heading = trimmed.dropFirst(level)
                let title = heading.allSatisfy({ $0 < 0x80 })
                    ? String(decoding: heading.trimmingWhitespace().map(\.lowercased)[...].trimming([UInt8(ascii: ":"), UInt8(ascii: "#")]), as: UTF8.self)
                    : String(decoding: heading, as: UTF8.self).trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":#"))
                if let current = referenceLevel, level <= current { referenceLevel = nil }
                if referenceHeadings.contains(title) { referenceLevel = level }
            }
            if Suppression.isDirective(bytes) {
                zones[line - 1] = .skip
            } else if referenceLevel != nil || trimmed.starts(with: "[^".utf8) && trimmed.contains(UInt8(ascii: "]")) && trimmed.contains(UInt8(ascii: ":")) && citesAWork(trimmed) {
                zones[line - 1] = .reference
            }
            line += 1
        }
        return zones
    }

    /// Whether a footnote's definition cites a work — "et al.", a DOI or a PMID, or a year as citations write it, "2019;393:1155",
    /// "Lancet. 2019.", "(2019)" — rather than adds a note to the case ("[^icd]: Implanted at … on 4 June 2019; letters go to …"),
    /// which is scanned as text.
    static func citesAWork(_ line: ArraySlice<UInt8>) -> Bool {
        let lower = line.map(\.lowercased)
        let text = String(decoding: lower, as: UTF8.self)
        if ["et al", "doi", "pmid", "isbn"].contains(where: { text.includes($0) }) { return true }
        var index = lower.startIndex
        while index + 4 < lower.endIndex {
            defer { index += 1 }
            guard lower[index] == UInt8(ascii: "1") && lower[index + 1] == UInt8(ascii: "9") || lower[index] == UInt8(ascii: "2") && lower[index + 1] == UInt8(ascii: "0"),
                  lower[index + 2].isDigit, lower[index + 3].isDigit, index == 0 || !lower[index - 1].isDigit else { continue }
            let after = lower[index + 4]
            let before = index > 0 ? lower[index - 1] : 0
            if (after == UInt8(ascii: ";") || after == UInt8(ascii: ":")) && index + 5 < lower.endIndex && lower[index + 5].isDigit
                || before == UInt8(ascii: "(") && after == UInt8(ascii: ")") || index >= 2 && lower[index - 2] == UInt8(ascii: ".") && before == UInt8(ascii: " ") && after == UInt8(ascii: ".") {
                return true
            }
        }
        return false
    }

    /// Every JSON string member (`"key": "value"`, on one line) and every XML element with text (`<key>value</key>`) in the text zone.
    static func keyedFields(of bytes: [UInt8], zones: [Zone], lineStarts: [Int]) -> [KeyedField] {
        var found: [KeyedField] = []
        func zone(at offset: Int) -> Zone { zones[line(at: offset, lineStarts: lineStarts) - 1] }
        func isNameByte(_ byte: UInt8) -> Bool {
            byte.isASCIILetter || byte.isDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        func key(_ name: Range<Int>) -> String {
            let local = bytes[name].lastIndex(of: UInt8(ascii: ":")).map { bytes[($0 + 1)..<name.upperBound] } ?? bytes[name]
            return String(decoding: local.filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)
        }
        for (opener, isXML) in [(UInt8(ascii: "\""), false), (UInt8(ascii: "<"), true)] {
            for open in offsets(of: [opener], in: bytes) where open + 3 < bytes.count && bytes[open + 1].isASCIILetter {
                var end = open + 1
                while end < bytes.count, end - open < 40, isNameByte(bytes[end]) { end += 1 }
                guard end < bytes.count, bytes[end] == (isXML ? UInt8(ascii: ">") : UInt8(ascii: "\"")), zone(at: open) == .text else { continue }
                var start = end + 1
                if !isXML {
                    // A colon, then the quoted value.
                    while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: ":") { start += 1 }
                    guard start < bytes.count, bytes[start] == UInt8(ascii: "\""), start > end + 1 else { continue }
                    start += 1
                }
                guard let close = bytes[start...].prefix(120).firstIndex(where: { $0 == (isXML ? UInt8(ascii: "<") : UInt8(ascii: "\"")) || $0.isLineBreak }),
                      !bytes[close].isLineBreak, close > start else { continue }
                found.append(KeyedField(name: (open + 1)..<end, key: key((open + 1)..<end), value: start..<close, isXML: isXML))
            }
        }
        return found
    }

    /// Whether an offset is first on its line as written (Markdown runs a paragraph's lines on in `bytes`), with only the
    /// `markup` bytes (spaces, emphasis, list and quote markers) before it.
    func startsWrittenLine(at offset: Int, skipping markup: [UInt8]) -> Bool {
        let written = source.utf8
        var index = offset - 1
        while index >= 0, !written[index].isLineBreak {
            guard markup.contains(written[index]) else { return false }
            index -= 1
        }
        return true
    }

    /// Where the speaker of a timestamped chat or log line starts: after "[21:51] ", "[19/10/23 21:04] " or a stamp and a dash
    /// ("08/02/2024 10:07 — ") or a phone's chat export ("15/03/2024, 02:11 - "), after spaces, quote and list markers; with
    /// `bareTime`, also after a clock time and a space at the start of the line ("03:03 grace.tallchief (EM R3): …"). Nil when the
    /// line has no such stamp.
    func chatSpeakerStart(onLineAt lineStart: Int, bareTime: Bool = false) -> Int? {
        var at = lineStart
        while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: ">") || bytes[at] == UInt8(ascii: "-") { at += 1 }
        // ("> **[02:09] Fitz (endo fellow):**": bold may open before a bracketed stamp.)
        if has("**[", at: at) { at += 2 }
        if at + 8 < bytes.count, bytes[at] == UInt8(ascii: "["), let close = bytes[(at + 1)..<min(bytes.count, at + 24)].firstIndex(of: UInt8(ascii: "]")),
           ((at + 1)..<close).contains(where: { DateRule.clockTime(at: $0, in: bytes) && ($0 == at + 1 || bytes[$0 - 1] == UInt8(ascii: " ")) }),
           close + 2 < bytes.count, bytes[close + 1] == UInt8(ascii: " ") {
            return close + 2
        }
        guard at + 12 < bytes.count, bytes[at].isDigit else { return nil }
        if bareTime, DateRule.clockTime(at: at, in: bytes), at + 6 < bytes.count, bytes[at + 2] == UInt8(ascii: ":"), bytes[at + 5] == UInt8(ascii: " "),
           bytes[at + 6].isLetterLike {
            return at + 6
        }
        var scan = at
        while scan < min(bytes.count, at + 24), bytes[scan].isDigit || bytes[scan] == UInt8(ascii: "/") || bytes[scan] == UInt8(ascii: "-")
                || bytes[scan] == UInt8(ascii: ".") || bytes[scan] == UInt8(ascii: ":") || bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: ",") { scan += 1 }
        let timed = scan > at && (at..<scan).contains(where: { DateRule.clockTime(at: $0, in: bytes) && ($0 == at || bytes[$0 - 1] == UInt8(ascii: " ")) })
        if timed, isDash(at: scan), scan + 4 < bytes.count, bytes[scan + 3] == UInt8(ascii: " ") {
            return scan + 4
        }
        // A phone's chat export: "15/03/2024, 02:11 - Tom F1: anyone free?" (a date, a comma, a time, then " - ").
        if timed, scan - at >= 12, bytes[(scan - 3)..<scan].elementsEqual(" - ".utf8), bytes[at..<scan].contains(UInt8(ascii: ",")), scan < bytes.count,
           bytes[scan].isLetterLike {
            return scan
        }
        return nil
    }

    /// Where the speaker of a chat line starts after any stamp: `chatSpeakerStart` with a bare time, or after a date and a time
    /// with no dash after them ("2/15 08:32 ", "09.05.2022 08:22  ").
    func speakerStartAfterAnyStamp(onLineAt lineStart: Int) -> Int? {
        if let start = chatSpeakerStart(onLineAt: lineStart, bareTime: true) { return start }
        var scan = lineStart
        while scan < min(bytes.count, lineStart + 24), bytes[scan].isDigit || bytes[scan] == UInt8(ascii: "/") || bytes[scan] == UInt8(ascii: ".")
                || bytes[scan] == UInt8(ascii: ":") || bytes[scan] == UInt8(ascii: " ") || bytes[scan] == UInt8(ascii: "-") { scan += 1 }
        return scan > lineStart && (lineStart..<scan).contains(where: { DateRule.clockTime(at: $0, in: bytes) }) ? scan : nil
    }

    /// The top-level key a front-matter line starts ("authors: […]"), and its colon; nil for a continuation, a list item or a comment.
    static func topLevelKey(of line: ArraySlice<UInt8>) -> (key: String, colon: Int)? {
        guard let first = line.first, first != UInt8(ascii: " "), first != UInt8(ascii: "-"), first != UInt8(ascii: "#"),
              let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        return (String(decoding: line[line.startIndex..<colon].trimmingWhitespace(), as: UTF8.self), colon)
    }

    /// The words and initials of the names listed under `authors:` or `author:` in the front matter (titles and credentials left out).
    static func creditedNames(of source: SourceText, frontMatter: ClosedRange<Int>?) -> (words: Set<[UInt8]>, initials: Set<String>) {
        guard let frontMatter else { return ([], []) }
        var words: Set<[UInt8]> = [], initials: Set<String> = []
        var key = ""
        for line in stride(from: 2, to: frontMatter.upperBound, by: 1) {
            let bytes = source.lineBytes(line)
            var body = bytes[...]
            if let (name, colon) = topLevelKey(of: bytes) {
                key = name
                body = bytes[(colon + 1)...]
            }
            guard creditKeys.contains(key), key != "published" else { continue }
            // Each author: "[Dr Bronagh Quinlan, FRCPath", "- Olu Coker, MD]"; a name is its capitalised words before any comma-separated credentials.
            for entry in body.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "\"") }) {
                let parts = entry.split(separator: UInt8(ascii: " "))
                var letters: [UInt8] = []
                for part in parts {
                    let word = part.filter { $0.isLetterLike || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }
                    guard let first = word.first, first.isUpper || first >= 0x80, !word.allSatisfy({ !$0.isLower }) || word.count == 1 else { continue }
                    let lower = word.map(\.lowercased)
                    if PersonNames.titles.contains(lower[...]) { continue }
                    for piece in lower.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) where piece.count >= 2 { words.insert(Array(piece)) }
                    words.insert(lower)
                    // "Marie-Louise" gives "ml".
                    for piece in word.split(separator: UInt8(ascii: "-")) { if let letter = piece.first, letter.isUpper { letters.append(letter.lowercased) } }
                }
                if (2...4).contains(letters.count) { initials.insert(String(decoding: letters, as: UTF8.self)) }
            }
        }
        return (words, initials)
    }

    /// Labels of a credit line, before a colon or "to": "*Correspondence:* Dr Eilidh Macrae", "Correspondence to Dr Rhodri Vaughan",
    /// "**Case contributor:** Dr Priya Ramanathan", "**Disclosures:** BQ has …"; and headings of credit sections ("## Acknowledgements").
    static let creditPhrases: [[UInt8]] = ["correspondence", "contributor", "author", "acknowledgement", "acknowledgment", "disclosure",
                                           "competing interest", "conflict of interest", "conflicts of interest", "funding"].map { Array($0.utf8) }

    /// Words that start a byline, crediting the people named after them: "Case prepared by", "Written by".
    static let bylines: [[UInt8]] = ["prepared by ", "written by ", "compiled by ", "submitted by ", "contributed by ", "edited by "].map { Array($0.utf8) }

    /// Whether a line credits the case's authors: a credit label with a colon or "to" after it, or under a credit heading.
    func isCreditLine(_ line: Int) -> Bool {
        func hasLabel(_ text: [UInt8], heading: Bool) -> Bool {
            for phrase in Self.creditPhrases {
                // (The project's literal search: Foundation's `firstRange(of:)` on bytes took a quarter of a million instructions a line.)
                for offset in Self.offsets(of: phrase, in: text) {
                    let found = offset..<offset + phrase.count
                    // At a word's start ("local authority" is not "author").
                    if found.lowerBound > 0, text[found.lowerBound - 1].isASCIILetter { continue }
                    var index = found.upperBound
                    if index < text.count, text[index] == UInt8(ascii: "s") { index += 1 }
                    if text[index...].starts(with: " contact".utf8) { index += 8 }
                    // ("*Authors' note:* Dr A. Placeholder and Dr N. Example wrote this case".)
                    if text[index...].starts(with: "' note".utf8) { index += 6 } else if text[index...].starts(with: "’ note".utf8) { index += 8 }
                    // (A heading starts with it: "## Acknowledgements", not "## Open disclosure".)
                    if heading, index == text.count || !text[index].isASCIILetter,
                       text[..<found.lowerBound].allSatisfy({ $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "*") }) { return true }
                    while index < text.count, text[index] == UInt8(ascii: "*") || text[index] == UInt8(ascii: "_") { index += 1 }
                    if index < text.count, text[index] == UInt8(ascii: ":") || text[index...].starts(with: " to ".utf8) { return true }
                }
            }
            return false
        }
        let text = source.lineBytes(line).map(\.lowercased)
        if hasLabel(text, heading: false) { return true }
        // "*Case prepared by Dr A. Placeholder and Dr B. Example for the teaching collection.*": a byline, which starts its line (not
        // "Log written by MY", "Datix W-MAT-24-00219 submitted by FH": the same authors at work in the story).
        var start = text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ">") }.count
        // (In italics or after "Case": a byline set apart, not a wrapped line of prose that starts "By 03:00 …" or "by RN Boudreau".)
        let setApart = text[..<start].contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        var afterCase = false
        for lead in ["this case was ", "case ", "this case "] where text[start...].starts(with: lead.utf8) {
            start += lead.utf8.count
            afterCase = true
            break
        }
        if Self.bylines.contains(where: { text[start...].starts(with: $0) }) { return true }
        // "*By Dr A. Placeholder and Dr U. Sample, paediatric infectious diseases teaching group.*", "*Case by Dr A. Placeholder and Dr V.
        // Sample*": "by" itself starts the byline when a title or an initial follows it at once (not "*By the next morning Dr U. Sample had
        // rung …*", "Case by case") and no semicolon or relative comes after ("; the patient's brother, P. Sample, reviewed it").
        if setApart || afterCase, text[start...].starts(with: "by ".utf8) {
            let rest = text[(start + 3)...]
            let opensWithName = ["dr ", "dr. ", "prof ", "prof. ", "professor ", "mr ", "ms ", "mrs ", "mx ", "miss "].contains { rest.starts(with: $0.utf8) }
                || rest.count >= 3 && rest[rest.startIndex].isASCIILetter && rest[rest.startIndex + 1] == UInt8(ascii: ".") && rest[rest.startIndex + 2] == UInt8(ascii: " ")
            let words = String(decoding: rest, as: UTF8.self).split(whereSeparator: { !$0.isLetter })
            if opensWithName, !rest.contains(UInt8(ascii: ";")), !words.contains(where: { PersonNames.kinship.contains(String($0)) || $0 == "patient" }) { return true }
        }
        // Under a heading: "## Acknowledgements" a few lines above, no other heading between.
        var above = line - 1
        while above >= 1, line - above <= 30 {
            let text = source.lineBytes(above).drop { $0 == UInt8(ascii: " ") }
            if text.first == UInt8(ascii: "#") { return hasLabel(text.map(\.lowercased), heading: true) }
            above -= 1
        }
        return false
    }

    /// Whether the sentence up to an offset credits the case's authors, wherever it starts on its line: "… None of these names refers
    /// to the patient. The case was written by Dr I. Placeholder", "Written up for teaching by Mr G. Placeholder", "The authors, Ms K.
    /// Placeholder and Dr L. Example, prepared this report" — the case, the report or nothing before a byline's verb and "by", or
    /// "the authors". (Not "The retrieval log was written by Dr Kwame Boateng": the authors at work in the story.)
    func isBylineSentence(before offset: Int) -> Bool {
        /// A full stop or a semicolon and a space end a sentence, but not after an initial or a title ("Dr A. Placeholder", "Dr. Example").
        func endsSentence(_ index: Int) -> Bool {
            guard index >= 2, bytes[index - 1] == UInt8(ascii: " "), bytes[index - 2] == UInt8(ascii: ".") || bytes[index - 2] == UInt8(ascii: ";") else { return false }
            if bytes[index - 2] == UInt8(ascii: ";") { return true }
            var letters = 0
            while index - 3 - letters >= 0, bytes[index - 3 - letters].isASCIILetter { letters += 1 }
            return letters >= 3 || letters == 0
        }
        var start = offset
        while start > 0, offset - start < 160, !bytes[start - 1].isLineBreak, !endsSentence(start) { start -= 1 }
        guard offset - start < 160 else { return false }
        var sentence = bytes[start..<offset].map(\.lowercased)[...]
        sentence = sentence.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ">") }
        if sentence.starts(with: "the authors, ".utf8) || sentence.starts(with: "the authors ".utf8) && sentence.count <= 16 { return true }
        for subject in ["the case was ", "this case was ", "the case is ", "this case is ", "this report was ", "the report was ", "case ", "this case ", ""]
        where sentence.starts(with: subject.utf8) {
            let rest = sentence.dropFirst(subject.utf8.count)
            guard let verb = Self.bylineVerbs.first(where: { rest.starts(with: $0.utf8) }), let by = Self.offsets(of: Array(" by ".utf8), in: Array(rest)).first else { continue }
            // Only words of purpose between the verb and "by": "prepared by", "written up for teaching by", "prepared for the collection by"
            // (not "Written consent was signed by patient …").
            let between = String(decoding: rest[(rest.startIndex + verb.utf8.count)..<(rest.startIndex + by)], as: UTF8.self).split(separator: " ")
            guard between.allSatisfy({ Self.bylinePurposeWords.contains(String($0)) }) else { return false }
            // Only the names after "by", each joined by a comma or "and": "by Dr C. Placeholder and Ms D. Example".
            let after = String(decoding: rest.dropFirst(by + 4), as: UTF8.self)
            return !after.contains(where: { $0 == ";" || $0 == "(" }) && after.split(separator: " ").count <= 12
        }
        return false
    }

    /// Words between a byline's verb and "by": "written up for teaching by", "prepared for the collection by".
    static let bylinePurposeWords: Set<String> = ["up", "for", "the", "this", "our", "a", "teaching", "collection", "archive", "trainees", "students",
                                                  "series", "library", "course", "journal", "club", "and", "edited", "reviewed"]

    /// Verbs of a byline: "prepared", "written up", "compiled".
    static let bylineVerbs = ["prepared", "written", "compiled", "submitted", "contributed", "edited", "authored", "assembled", "put together"]

    /// Whether a range names one of the case's credited authors on a credit line ("Correspondence to Dr Rhodri Vaughan"): every
    /// word of it belongs to their names, and the line says it is a credit. (Elsewhere, an author named as one of the team that
    /// treated the patient is reported like any other member of staff.)
    func namesCreditedAuthor(_ range: Range<Int>, initials: Bool = false) -> Bool {
        guard !creditedNameWords.isEmpty else { return false }
        if initials {
            guard creditedInitials.contains(String(decoding: bytes[range].filter(\.isLetterLike).map(\.lowercased), as: UTF8.self)) else { return false }
        } else {
            let parts = bytes[range].split(whereSeparator: { !$0.isLetterLike })
            guard !parts.isEmpty, parts.allSatisfy({ part in part.count == 1 || creditedNameWords.contains(part.map(\.lowercased)) }), parts.contains(where: { $0.count > 1 }) else { return false }
        }
        return isCreditLine(self.line(at: range.lowerBound)) || isBylineSentence(before: range.lowerBound)
    }

    /// The lines of the front matter, its fences included (to the end of the file when it is never closed), or nil.
    static func frontMatterLines(of source: SourceText) -> ClosedRange<Int>? {
        guard source.lineBytes(1).elementsEqual("---".utf8) else { return nil }
        var line = 2
        while line <= source.lineCount {
            if isFence(source.lineBytes(line)) { return 1...line }
            line += 1
        }
        return 1...source.lineCount
    }

    /// "---" or "...": the line that closes front matter.
    private static func isFence(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.elementsEqual("---".utf8) || bytes.elementsEqual("...".utf8)
    }

    /// The file's bytes with each line break inside a Markdown paragraph read as a space, as Markdown
    /// renders it: "…lives in⏎Kirkcaldy" is "lives in Kirkcaldy" to every rule. Offsets do not move (one
    /// byte for one byte). Breaks stay where a block starts or ends — a blank line, a list item, a heading,
    /// a table row, a quote, a fence, HTML — and in front matter, fenced code and after a hard break.
    static func joiningParagraphLines(of source: SourceText, frontMatter: ClosedRange<Int>?) -> [UInt8] {
        var bytes = source.utf8
        guard bytes.contains(UInt8(ascii: "\n")) else { return bytes }
        var line = (frontMatter?.upperBound ?? 0) + 1
        var inFence = false
        func opensBlock(_ text: ArraySlice<UInt8>) -> Bool {
            let trimmed = text.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard let first = trimmed.first else { return true }
            let second = trimmed.count > 1 ? trimmed[trimmed.startIndex + 1] : UInt8(ascii: " ")
            // A bullet needs a space after it ("-5 °C" and "**Age:**" go on the paragraph); "---" is a rule or an underline;
            // a line that starts with a dash may be a sign-off ("— JM").
            if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(first) { return second == UInt8(ascii: " ") || second == UInt8(ascii: "\t") || trimmed.count == 1
                || trimmed.allSatisfy { $0 == first || $0 == UInt8(ascii: " ") } }
            if [UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="), 0xE2].contains(first) { return true }
            // Only "1." or "1)" starts an ordered list inside a paragraph (CommonMark): "77868. EDD …" goes on it.
            let digits = trimmed.prefix(while: \.isDigit)
            if digits.elementsEqual("1".utf8), digits.count < trimmed.count, [UInt8(ascii: "."), UInt8(ascii: ")")].contains(trimmed[trimmed.startIndex + 1]) { return true }
            // Four spaces of indent after a paragraph still continue it, but a tab-indented line is left alone.
            return text.first == UInt8(ascii: "\t")
        }
        /// How many ">" open a quoted line ("> > text" is two deep).
        func quoteDepth(_ line: ArraySlice<UInt8>) -> Int {
            line.prefix { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: " ") }.filter { $0 == UInt8(ascii: ">") }.count
        }
        /// Whether a line (whose text starts with `first`) runs on into the next: it is not a heading, a table row, a fence
        /// or HTML, it does not end in a hard break (two spaces or a backslash), and the next line opens no block.
        func runsOn(_ text: ArraySlice<UInt8>, first: UInt8, into next: ArraySlice<UInt8>) -> Bool {
            !Self.unjoinedLineStarts.contains(first) && !text.reversed().starts(with: "  ".utf8) && text.last != UInt8(ascii: "\\") && !opensBlock(next)
        }
        /// The line break (and a carriage return before it) that ends a line becomes spaces.
        func joinBreak(after line: Int) {
            var index = source.lineStarts[line] - 1
            while index >= 0, bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") {
                bytes[index] = UInt8(ascii: " ")
                index -= 1
                if index < source.lineStarts[line - 1] { break }
            }
        }
        while line < source.lineCount {
            let text = source.lineBytes(line)
            let trimmed = text.drop { $0 == UInt8(ascii: " ") }
            if Self.opensFence(trimmed) { inFence.toggle() }
            defer { line += 1 }
            // Two lines of one paragraph in a block quote: "> Crime reference⏎> 47240008812" reads as
            // "> Crime reference   47240008812" (the second line's ">" becomes a space too). Not the lines of a
            // quoted letterhead or form, which end in bold ("> **Millbrook Surgery**⏎> Tel …") or start with a label
            // ("> Residence: …").
            if !inFence, trimmed.first == UInt8(ascii: ">") {
                let next = source.lineBytes(line + 1)
                let nextTrimmed = next.drop { $0 == UInt8(ascii: " ") }
                let content = trimmed.dropFirst().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") }
                let nextContent = nextTrimmed.dropFirst().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") }
                // "> Seen with her son⏎Michael today": a line without ">" still continues the quoted paragraph (CommonMark's
                // lazy continuation).
                if nextTrimmed.first != UInt8(ascii: ">") {
                    if let first = content.first, !nextTrimmed.isEmpty, runsOn(text, first: first, into: next),
                       !content.reversed().starts(with: "**".utf8), !startsWithLabel(nextTrimmed) {
                        joinBreak(after: line)
                    }
                    continue
                }
                guard let first = content.first, !nextContent.isEmpty, quoteDepth(trimmed) == quoteDepth(nextTrimmed),
                      runsOn(text, first: first, into: nextContent),
                      !content.reversed().starts(with: "**".utf8), !startsWithLabel(nextContent) else { continue }
                joinBreak(after: line)
                for marker in nextTrimmed.startIndex..<nextContent.startIndex where bytes[marker] == UInt8(ascii: ">") { bytes[marker] = UInt8(ascii: " ") }
                continue
            }
            guard !inFence, let first = trimmed.first, runsOn(text, first: first, into: source.lineBytes(line + 1)) else { continue }
            joinBreak(after: line)
        }
        return bytes
    }

    /// Whether a line (its leading spaces dropped) starts with "```" or "~~~": a code fence opens or closes there.
    @inline(__always) static func opensFence(_ trimmed: ArraySlice<UInt8>) -> Bool {
        guard trimmed.count >= 3, case let first = trimmed[trimmed.startIndex], first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return false }
        return trimmed[trimmed.startIndex + 1] == first && trimmed[trimmed.startIndex + 2] == first
    }

    /// First bytes of lines that never run on into the next: a heading, a table row, a fence, HTML.
    private static let unjoinedLineStarts: [UInt8] = [UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "<")]

    /// "Residence: …", "Hora de llegada: 20:05": a line that starts with a few words and a colon.
    private static func startsWithLabel(_ line: ArraySlice<UInt8>) -> Bool {
        guard let colon = line.prefix(30).firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else { return false }
        let label = line[line.startIndex..<colon]
        return label.allSatisfy { $0.isLetterLike || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "*") }
            && label.filter { $0 == UInt8(ascii: " ") }.count <= 3
    }

    private static func headingLevel(_ line: ArraySlice<UInt8>) -> Int? {
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(hashes), line.count > hashes, line[line.startIndex + hashes] == UInt8(ascii: " ") else { return nil }
        return hashes
    }
}

import Foundation
