/// `privacy.url`: web addresses that could lead to the patient. Fail-closed: any address that is not
/// a known scholarly, guideline or reference site is reported; allow others in casebook.yml.
struct URLRule: TextRule {
    let description = RuleDescription(
        id: "privacy.url",
        summary: "Web address that may lead to the patient",
        rationale: "Profiles, personal pages, fundraisers and news reports about an incident identify the patient (HIPAA Safe Harbor §164.514(b)(2)(i)(N)); links to the literature and guidelines do not.",
        defaultSeverity: .error,
        hint: "Remove the link. Cite the literature by DOI or PubMed instead; allow a site you trust for the whole collection in casebook.yml (`rules: privacy.url: allow:`).",
        passing: [
            "Teaching page: http://cms.nicu.test/teaching/jaundice.",
            "Our protocols: http://intranet.surgery.test/surgwiki/ERCP_pathway_v4, http://wiki.eye.test/display/OPHTEACH/GCA+fast+track and https://toxguide.example/paracetamol/repeated-supratherapeutic.",
            "Coded as {\"system\": \"http://snomed.info/sct\"} and {\"system\": \"http://terminology.hl7.org/CodeSystem/observation-category\"}.",
            "See https://doi.org/10.1056/NEJMoa2034577 and https://pubmed.ncbi.nlm.nih.gov/12345678/.",
            "Guidance: <https://www.nice.org.uk/guidance/ng158>.",
            "[ESC guidelines](https://www.escardio.org/Guidelines) and www.who.int/publications.",
            "Images from https://radiopaedia.org/articles/pneumothorax; e-mail jo.smith@example.org; file ct-day0.png; BP 120/80; pubmed.ncbi.nlm.nih.gov/31234567/; www.cdc.gov/mmwr/volumes/72.",
        ],
        failing: [
            "The local paper ran it (⟦stbessnews.example.jm/2023/02/taxi-man-survives⟧).",
            "Her story was on ⟦https://www.facebook.com/jane.doe.5821⟧.",
            "Teaching pages that lead to a patient: ⟦https://wiki.ward.test/cases/2024-10-lim-acute-hiv⟧, ⟦http://intranet.ward.test/teaching/okafor-jaundice⟧, ⟦https://wiki.ward.test/teaching/grace-hill-sepsis-lessons⟧, ⟦https://wiki.ward.test/teaching/kilrush-nursing-home-outbreak⟧, ⟦https://mytoxguide.wordpress.com/my-overdose-journey⟧, ⟦https://www.burrenguide.ie⟧.",
            "[Fundraiser](⟦https://www.gofundme.com/f/help-for-baby-sam⟧)",
            "Local news: ⟦www.localnews.example/2021/03/crash-victim⟧ and ⟦http://instagram.com/runner_ann⟧.",
            "Her channel ⟦youtube.com/@GranBakes⟧ has thousands of followers.",
            "It's all on my blog, ⟦tmarchettiwrites.substack.com⟧; a journal at ⟦caringbridge.example.org/visit/judgegreenbaum⟧; he ran a blog (⟦stormfrontsignals.example.blog⟧).\nStatus link ⟦https://disasterassistance.example.gov/status/612448207⟧.",
        ]
    )

    /// Sites whose pages are about medicine, not about a person.
    static let trustedDomains: [String] = [
        "doi.org", "dx.doi.org", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov", "nih.gov", "nlm.nih.gov", "clinicaltrials.gov",
        "who.int", "cdc.gov", "fda.gov", "ema.europa.eu", "nice.org.uk", "sign.ac.uk", "gov.uk", "nhs.uk", "rcp.ac.uk", "rcem.ac.uk",
        "resus.org.uk", "brit-thoracic.org.uk", "escardio.org", "heart.org", "acc.org", "ahajournals.org", "nejm.org", "thelancet.com",
        "bmj.com", "jamanetwork.com", "nature.com", "sciencedirect.com", "springer.com", "link.springer.com", "wiley.com",
        "onlinelibrary.wiley.com", "academic.oup.com", "cochranelibrary.com", "radiopaedia.org", "uptodate.com", "medscape.com",
        "aafp.org", "aap.org", "publications.aap.org", "acog.org", "rcog.org.uk", "idsociety.org", "ersnet.org", "atsjournals.org",
        "diabetesjournals.org", "kidney.org", "kdigo.org", "ginasthma.org", "goldcopd.org", "racgp.org.au", "tg.org.au",
        "cmaj.ca", "mja.com.au", "annals.org", "acpjournals.org", "europepmc.org", "biorxiv.org", "medrxiv.org", "orcid.org",
        "snomed.org", "icd.who.int", "loinc.org", "mdcalc.com", "eurorad.org", "dermnetnz.org", "litfl.com", "wikipedia.org",
        "easl.eu", "aasld.org", "wfh.org", "nccn.org", "asco.org", "esmo.org", "acr.org", "rsna.org", "gastro.org", "gi.org",
        "bsg.org.uk", "thoracic.org", "chestnet.org", "ers-education.org", "eular.org", "rheumatology.org", "aan.com", "ean.org",
        "eso-stroke.org", "stroke.org", "diabetes.org", "idf.org", "endocrine.org", "kidney-international.org", "era-online.org",
        "ilae.org", "resuscitation.org", "erc.edu", "ilcor.org", "acep.org", "aaos.org", "boa.ac.uk", "rcr.ac.uk", "rcpch.ac.uk",
        "rcpsych.ac.uk", "bad.org.uk", "bsh.org.uk", "ashpublications.org", "hematology.org", "isth.org", "eshre.eu", "figo.org",
        "unicef.org", "msf.org", "cochrane.org", "guidelines.gov", "ahrq.gov", "uspreventiveservicestaskforce.org", "canada.ca",
        "health.gov.au", "nhmrc.gov.au", "hse.ie", "hiqa.ie", "has-sante.fr", "awmf.org", "rivm.nl", "ecdc.europa.eu", "omim.org",
        "clinvar.ncbi.nlm.nih.gov", "ensembl.org", "genenames.org", "uniprot.org", "orpha.net", "gnomad.broadinstitute.org",
        // Code systems that FHIR resources name: "http://snomed.info/sct", "http://terminology.hl7.org/CodeSystem/…".
        "hl7.org", "terminology.hl7.org", "snomed.info", "unitsofmeasure.org", "fhir.org", "nucc.org", "cms.gov", "ama-assn.org",
        // The WHO's ATC index and the NLM's RxNorm, named as FHIR code systems: "http://www.whocc.no/atc".
        "whocc.no", "nlm.nih.gov",
        // The CFTR2 variant database; the Society for Endocrinology.
        "cftr2.org", "endocrinology.org",
    ]
    /// Top-level domains of governments and international bodies.
    static let trustedSuffixes = [".gov", ".gov.uk", ".gov.au", ".gc.ca", ".govt.nz", ".int", ".europa.eu", ".nhs.uk", ".nih.gov"]

    /// Sites whose pages are about a person; found even when written without "http" or "www".
    static let personalSites = ["facebook.com", "instagram.com", "twitter.com", "x.com", "tiktok.com", "youtube.com", "linkedin.com",
                                "reddit.com", "gofundme.com", "justgiving.com", "snapchat.com", "threads.net", "medium.com", "substack.com",
                                "blogspot.com", "wordpress.com", "tumblr.com", "pinterest.com", "flickr.com", "vimeo.com", "twitch.tv",
                                "patreon.com", "onlyfans.com", "vk.com", "weibo.com", "t.me", "wa.me", "bsky.app", "mastodon.social"]

    func matches(in document: ScanDocument) -> [Match] {
        var bare: [Match] = []
        // "facebook.com/jane.doe", and a blog on a platform's subdomain: "tmarchettiwrites.substack.com".
        for (label, end) in document.labels(.personalSite) where end < document.bytes.count && document.bytes[end] == UInt8(ascii: "/")
            || end - label.utf8.count >= 1 && document.bytes[end - label.utf8.count - 1] == UInt8(ascii: ".") && (end == document.bytes.count || !document.bytes[end].isAlphanumeric) {
            var start = end
            while start > 0, !document.bytes[start - 1].isSpace, !document.bytes[start - 1].isLineBreak, !Self.closers.contains(document.bytes[start - 1]), document.bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
            if document.hasPrefix("http", at: start) || document.hasPrefix("www.", at: start) { continue }
            var stop = end
            while stop < document.bytes.count, !document.bytes[stop].isSpace, !document.bytes[stop].isLineBreak, !Self.closers.contains(document.bytes[stop]) { stop += 1 }
            while stop > end, Self.trailing.contains(document.bytes[stop - 1]) { stop -= 1 }
            bare.append(Match(start..<stop, "web address"))
        }
        return bare + schemeMatches(in: document) + bareAddresses(in: document)
    }

    /// Top-level domains of addresses written without "http" or "www" that the rule looks at.
    static let bareTopLevelDomains = ["com", "org", "net", "info", "io", "co", "me", "blog", "page", "site", "online", "social", "example", "uk", "au", "nz", "ca", "ie", "in", "za"]
    /// Top-level domains that are a person's own page even without a path: "stormfrontsignals.example.blog".
    static let personalTopLevelDomains = ["blog", "me", "page", "site", "online", "social"]

    /// Addresses written without "http" or "www": a host and a path ("caringbridge.example.org/visit/judgegreenbaum"),
    /// or a host on a personal top-level domain ("stormfrontsignals.example.blog"). Not e-mail addresses, not trusted sites.
    private func bareAddresses(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        var nextStart = 0
        // (Each dot, found with memchr.)
        for index in document.offsets(of: [UInt8(ascii: ".")]) where index >= nextStart {
            // A dot between two letters starts the search: most text has none.
            guard index > 0, index + 1 < bytes.count, bytes[index - 1].isASCIILetter || bytes[index - 1].isDigit,
                  bytes[index + 1].isLower else { continue }
            var start = index
            while start > 0, bytes[start - 1].isASCIILetter || bytes[start - 1].isDigit || bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
            var end = index
            while end < bytes.count, bytes[end].isASCIILetter || bytes[end].isDigit || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            defer { nextStart = max(end, index + 1) }
            // Not part of an e-mail address, a scheme address, a file name or a decimal.
            if start > 0, [UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: ":")].contains(bytes[start - 1]) { continue }
            var hostEnd = end
            while hostEnd > start, bytes[hostEnd - 1] == UInt8(ascii: ".") { hostEnd -= 1 }
            let host = document.lowercased(start..<hostEnd)
            let labels = host.split(separator: ".")
            let hasPath = end < bytes.count && bytes[end] == UInt8(ascii: "/") && end + 1 < bytes.count && bytes[end + 1].isAlphanumeric
            // Any country's domain with a path: "stbessnews.example.jm/2023/02/taxi-man-survives".
            guard !host.hasPrefix("www."), labels.count >= 2, let tld = labels.last.map(String.init),
                  Self.bareTopLevelDomains.contains(tld) || hasPath && tld.count == 2 && labels[0].count >= 3 && labels.dropLast().allSatisfy({ $0.count >= 2 }),
                  !host.contains("@") else { continue }
            guard hasPath || Self.personalTopLevelDomains.contains(tld) else { continue }
            var stop = hostEnd
            if hasPath {
                stop = end
                while stop < bytes.count, !bytes[stop].isSpace, !bytes[stop].isLineBreak, !Self.closers.contains(bytes[stop]) { stop += 1 }
                while stop > end, Self.trailing.contains(bytes[stop - 1]) { stop -= 1 }
            }
            guard !Self.isTrusted(document, start..<stop), document.zone(at: start) == .text else { continue }
            matches.append(Match(start..<stop, "web address"))
        }
        return matches
    }

    private func schemeMatches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // Where an address can start: four or five bytes before "://" ("http://", "https://"), three before a dot ("www.").
        // (Found with memchr: most text has no "://" and few dots.)
        var starts = document.offsets(of: Array("://".utf8)).flatMap { [$0 - 5, $0 - 4] } + document.offsets(of: [UInt8(ascii: ".")]).map { $0 - 3 }
        starts.sort()
        var nextStart = 0
        for index in starts where index >= nextStart {
            let byte = bytes[index].lowercased
            // "http" or "www" at a word start; most "h" and "w" bytes are "the", "with", "when".
            guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w"), index + 3 < bytes.count,
                  bytes[index + 1].lowercased == (byte == UInt8(ascii: "h") ? UInt8(ascii: "t") : UInt8(ascii: "w")),
                  index == 0 || !bytes[index - 1].isAlphanumeric else { continue }
            let isScheme = document.hasPrefix("http://", at: index) || document.hasPrefix("https://", at: index)
            guard isScheme || document.hasPrefix("www.", at: index) else { continue }
            var end = index
            while end < bytes.count, !bytes[end].isSpace, !bytes[end].isLineBreak, !Self.closers.contains(bytes[end]) { end += 1 }
            while end > index, Self.trailing.contains(bytes[end - 1]) { end -= 1 }
            if !Self.isTrusted(document, index..<end) {
                matches.append(Match(index..<end, "web address"))
            }
            nextStart = max(end, index + 1)
        }
        return matches
    }

    static let closers: [UInt8] = [UInt8(ascii: ")"), UInt8(ascii: ">"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "|")]
    static let trailing: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")]

    static func host(of url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }

    /// `isTrusted(_:)` for a lowercased address of ASCII bytes, read in place (every reference list has addresses: the
    /// String form read them character by character). Nil when the address has a byte beyond ASCII.
    static func isTrusted(ascii url: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard url.allSatisfy({ $0 < 0x80 }) else { return nil }
        var hostStart = 0, hasScheme = false
        if let scheme = (0..<max(0, url.count - 2)).first(where: { url[$0] == UInt8(ascii: ":") && url[$0 + 1] == UInt8(ascii: "/") && url[$0 + 2] == UInt8(ascii: "/") }) {
            hostStart = scheme + 3
            hasScheme = true
        }
        var hostEnd = hostStart
        while hostEnd < url.count, ![UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: ":")].contains(url[hostEnd]) { hostEnd += 1 }
        if url[hostStart..<hostEnd].starts(with: "www.".utf8) { hostStart += 4 }
        let host = UnsafeBufferPointer(rebasing: url[hostStart..<hostEnd])
        func hasSuffix(_ suffix: [UInt8]) -> Bool {
            suffix.count <= host.count && host[(host.count - suffix.count)...].elementsEqual(suffix)
        }
        if trustedDomainBytes.contains(where: { host.elementsEqual($0) || host.count > $0.count && hasSuffix($0) && host[host.count - $0.count - 1] == UInt8(ascii: ".") }) {
            return true
        }
        // A guideline publisher by its name ("guidelines.example.org/lymphoma/hodgkin-pet") is read like a government site.
        guard trustedSuffixBytes.contains(where: hasSuffix) || guidelineHostPrefixes.contains(where: { host.starts(with: $0) }) else { return false }
        // (The path: from the first slash, past the scheme's two.)
        guard var index = url.firstIndex(of: UInt8(ascii: "/")) else { return true }
        if hasScheme { index += 2 }
        var run = 0
        while index < url.count {
            run = url[index].isDigit ? run + 1 : 0
            if run >= 6 { return false }
            index += 1
        }
        return true
    }

    static let trustedDomainBytes = trustedDomains.map { Array($0.utf8) }
    static let trustedSuffixBytes = trustedSuffixes.map { Array($0.utf8) }

    /// The first label of a host that names a guideline publisher: "guidelines.example.org".
    static let guidelineHostPrefixes: [[UInt8]] = ["guidelines.", "guideline."].map { Array($0.utf8) }

    /// Whether the address in a range of a document, lowercased, is trusted (`isTrusted(_:)`).
    static func isTrusted(_ document: ScanDocument, _ range: Range<Int>) -> Bool {
        let lower = document.bytes[range].map(\.lowercased)
        return lower.withUnsafeBufferPointer { isTrusted(ascii: $0) } ?? isTrusted(document.lowercased(range))
            || isReferencePage(lower)
    }

    /// Words of a host or a path that say a page documents practice (a department's guideline, protocol, formulary or teaching
    /// page), also at the end of a word ("surgwiki", "toxguide").
    static let referencePageWords = ["guideline", "guidelines", "guidance", "guide", "leitlinie", "leitlinien", "protocol", "protocols",
                                     "protokol", "protokoly", "protocolo", "protocolos", "protocole", "formulary", "pathway", "pathways",
                                     "teaching", "wiki", "calculator", "calculators", "library", "education", "patterns", "programme",
                                     "destinations", "policy", "policies", "handbook"]
    /// Words of a path that lead to a person or an event: a profile, a post, a story, a notice, a case's own page.
    static let personalPathWords: Set<String> = ["my", "journey", "handover", "case", "cases", "patient", "patients", "user", "users", "u", "profile", "profiles", "people",
                                                 "person", "post", "posts", "news", "story", "stories", "blog", "forum", "thread", "threads",
                                                 "status", "watch", "fundraiser", "fundraisers", "notices", "obituary", "obituaries", "gallery",
                                                 "photo", "photos", "review", "reviews", "consent", "ficha", "groups", "members", "member", "diary"]

    /// Whether a lowercased address is a page of practice guidance rather than one about a person, though its site is not listed:
    /// "http://intranet.surgery.test/surgwiki/ERCP_pathway_v4", "https://protocols.example.org/day-surgery/ponv" — a word of guidance
    /// in its host or path, and nothing that leads to a person: no "@" or "~", no query, no run of three digits (a date, a post's or a
    /// record's number), no word of a profile, post or story, and no word that is a given name or a surname but no English word
    /// ("…/cases/2024-10-lim-acute-hiv", "…/teaching/mrs-okafor" stay findings).
    static func isReferencePage(_ url: [UInt8]) -> Bool {
        guard !url.contains(UInt8(ascii: "@")), !url.contains(UInt8(ascii: "~")), !url.contains(UInt8(ascii: "?")) else { return false }
        var run = 0
        for byte in url {
            run = byte.isDigit ? run + 1 : 0
            if run >= 3 { return false }
        }
        var hostStart = url.startIndex
        if let scheme = url.firstIndex(of: UInt8(ascii: ":")), url[scheme...].starts(with: "://".utf8) { hostStart = scheme + 3 }
        let host = url[hostStart...].prefix { $0 != UInt8(ascii: "/") }
        let path = url[host.endIndex...]
        // A page, not a site: something after the host; and never a blogging or hosting platform's ("….wordpress.com/my-journey").
        guard path.contains(where: \.isASCIILetter), !personalSites.contains(where: { host.reversed().starts(with: $0.utf8.reversed()) }),
              !blogHosts.contains(where: { host.reversed().starts(with: $0.utf8.reversed()) }) else { return false }
        let hostLabels = host.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
        let pathWords = path.split { !$0.isASCIILetter && !$0.isDigit }.map { String(decoding: $0, as: UTF8.self) }
        // The word of guidance: a whole word of the path, a host's label, or the end of one ("surgwiki", "toxguide").
        guard (hostLabels + pathWords).contains(where: { word in referencePageWords.contains { word == $0 || $0.count >= 4 && word.count > $0.count + 2 && word.hasSuffix($0) } }),
              !(hostLabels + pathWords).contains(where: personalPathWords.contains) else { return false }
        // Nothing of a person or a place in the path: no name that is no English word, no two names side by side ("grace-hill"), no
        // town, no ward, bed or room. (The host's short labels are units and systems: "cms.nicu.test".)
        func isName(_ word: String) -> Bool {
            let bytes = Array(word.utf8)[...]
            return bytes.count >= 3 && bytes.allSatisfy(\.isASCIILetter) && (Lexicon.firstNames.contains(bytes) || Lexicon.firstNamesWithWords.contains(bytes) || Lexicon.surnames.contains(bytes))
        }
        let letterWords = pathWords.filter { $0.utf8.allSatisfy(\.isASCIILetter) }
        if letterWords.contains(where: { isName($0) && !Lexicon.englishWords.contains(Array($0.utf8)[...]) && !Lexicon.eponyms.contains(Array($0.utf8)[...]) }) { return false }
        // ("…/teaching/grace-hill-sepsis-lessons": a given name that is also a word, in a path of a teaching page, names someone.)
        if zip(letterWords, letterWords.dropFirst()).contains(where: { isName($0) && isName($1) })
            || letterWords.contains(where: { Lexicon.firstNamesWithWords.contains(Array($0.utf8)[...]) }) { return false }
        return !letterWords.contains { word in
            let bytes = Array(word.utf8)[...]
            return LocationRule.roomWords.contains(bytes) || word.count >= 4 && (Lexicon.towns.contains(bytes) || Lexicon.bigCities.contains(bytes))
                && !Lexicon.englishWords.contains(bytes)
        }
    }

    /// Blogging and site-hosting platforms, whose pages are people's own.
    static let blogHosts = ["wix.com", "wixsite.com", "weebly.com", "sites.google.com", "github.io", "blogger.com", "squarespace.com", "ghost.io"]

    static func isTrusted(_ url: String) -> Bool {
        let host = host(of: url)
        if trustedDomains.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        // A government site is trusted unless the address carries a case or registration number:
        // "disasterassistance.example.gov/status/612448207".
        guard trustedSuffixes.contains(where: { host.hasSuffix($0) }) || guidelineHostPrefixes.contains(where: { host.utf8.starts(with: $0) }) else { return false }
        let path = url.drop { $0 != "/" }.dropFirst(url.contains("://") ? 2 : 0)
        var run = 0
        for character in path {
            run = character.isNumber ? run + 1 : 0
            if run >= 6 { return false }
        }
        return true
    }
}
