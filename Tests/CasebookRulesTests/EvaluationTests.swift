import CasebookTestSupport
import Foundation
import Testing

/// The privacy rules against the synthetic evaluation sets the rules were developed on
/// (see Tests/Evaluation/README.md). These guard against regressions; the independent
/// measurement uses a set the rules were never tuned on, which no test here reads.
@Suite struct EvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Evaluation").path

    @Test func developmentSetMeetsTheTargets() throws {
        let evaluation = try PrivacyEvaluation(folders: [Self.root + "/dev"])
        #expect(evaluation.planted >= 300)
        #expect(evaluation.cleanFiles >= 20)
        #expect(evaluation.recall >= 0.99, "missed: \(evaluation.misses)")
        #expect(evaluation.precision >= 0.95, "false alarms: \(evaluation.falseAlarms)")
        #expect(evaluation.cleanFlaggedLines <= 5, "false alarms: \(evaluation.falseAlarms)")
    }

    /// Sets that were each measured blind (or first run) and then used for development (figures at that
    /// measurement in the comments); the floors are what was reached on them afterwards, so a change cannot lose them.
    @Test(arguments: [
        // heldout: blind 0.799 recall, 0.937 precision.
        ("heldout", 0.99, 0.99, 0),
        // dev3 (the hardest categories: ages, initials, postcodes, places): 0.694 recall when first run.
        ("dev3", 0.97, 0.99, 0),
        // heldout2: blind 0.906 recall, 0.990 precision, 2 flagged clean lines.
        ("heldout2", 0.99, 0.99, 2),
        // dev4 (the hard categories): 0.860, 0.935, 29 when first run.
        ("dev4", 0.97, 0.98, 6),
        // heldout3: blind 0.873, 0.935, 11; then 0.906, 0.950, 11 at 5e96b91, before it was used for development.
        ("heldout3", 0.96, 0.98, 2),
        // heldout4 (settings and genres chosen to differ): blind 0.831, 0.935, 23.
        ("heldout4", 0.95, 0.98, 2),
        // heldout5: blind 0.876, 0.931, 9.
        ("heldout5", 0.93, 0.97, 2),
        // heldout6: blind 0.927, 0.967, 10.
        ("heldout6", 0.97, 0.98, 1),
        // heldout7: blind 0.936, 0.988, 3.
        ("heldout7", 0.97, 0.99, 0),
        // heldout8: blind 0.925, 0.972, 7.
        ("heldout8", 0.95, 0.99, 2),
        // heldout9: blind 0.931, 0.971, 5 (twice: e21d526 and 456b3a4).
        ("heldout9", 0.98, 0.98, 1),
        // heldout10: blind 0.911, 0.988, 4 (7299a20) and 0.913, 0.990, 2 (dabc561).
        ("heldout10", 0.965, 0.99, 1),
        // heldout11: blind 0.929, 0.976, 5 (ae5cde2).
        ("heldout11", 0.97, 0.98, 2),
        // heldout12 (some files hard-wrapped): blind 0.933, 0.973, 7 (5d32eb8).
        ("heldout12", 0.975, 0.99, 1),
        // heldout13: blind 0.939, 0.964, 11 (5f3a24f).
        ("heldout13", 0.965, 0.99, 1),
        // heldout14 (paediatrics, obstetrics, psychiatry, emergency): blind 0.882, 0.983, 1 (8f72ee7).
        ("heldout14", 0.96, 0.98, 1),
        // heldout15 (surgery, outbreaks, occupational and forensic medicine): blind 0.911, 0.988, 1 (8f72ee7)
        // and 0.929, 0.983, 5 (015a3e7, after the heldout14 round).
        ("heldout15", 0.96, 0.99, 1),
        // heldout16 (internal medicine, oncology, neurology, renal): blind 0.934, 0.982, 3 (a1503ed).
        ("heldout16", 0.95, 0.98, 1),
        // heldout17 (cardiology, intensive care, prison, maritime, disaster): blind 0.902, 0.974, 3 (d54bfb8).
        ("heldout17", 0.93, 0.97, 1),
        // heldout18 (travel and sexual health, dental, rheumatology, endocrinology, sport): blind 0.958, 0.969, 12 (85a943b).
        ("heldout18", 0.95, 0.98, 2),
        // heldout19 (pathology, transfusion, anaesthesia, addiction, rural, medico-legal; hard on purpose): blind 0.899, 0.959, 21 (85a943b).
        ("heldout19", 0.95, 0.98, 1),
        // heldout20 (nursing, refugee and street health, safeguarding; the Caribbean, West Africa, South Asia): blind 0.926, 0.974, 9 (89d66b4).
        ("heldout20", 0.93, 0.97, 2),
        // heldout21 (surgical subspecialties, radiology, EHR exports and HL7): blind 0.893, 0.944, 16 (89d66b4).
        ("heldout21", 0.93, 0.96, 1),
        // heldout22 (respiratory, gastroenterology, NICU, urology, paramedic sheets; the US South, Scotland, the Gulf, the Nordics): blind 0.875, 0.977, 2 (da7fb53).
        ("heldout22", 0.95, 0.98, 1),
        // heldout23 (burns, bariatrics, diving and expedition medicine, tribunals; Latin America, Iberia, Japan, Korea, Poland, Romania): blind 0.879, 0.975, 5 (da7fb53).
        ("heldout23", 0.94, 0.98, 1),
        // heldout24 (ward rounds, rehabilitation, obstetric emergencies, child protection, triage, line lists; UK, Ireland, Canada, Australia, NZ, Africa, Asia): blind 0.891, 0.978, 8 (cdca115).
        ("heldout24", 0.90, 0.97, 5),
        // heldout25 (machine-shaped and dictated text: PACS/DICOM dumps, LIMS and HL7/FHIR exports, OCR'd referrals; emergency, radiology, eyes, skin, psychiatry, hospice): blind 0.871, 0.963, 7 (8d25954).
        ("heldout25", 0.90, 0.97, 3),
        // heldout26 (allied health, dental, school health, safeguarding, court reports, team chats; the US South, the Caribbean, Africa, South Asia, the Gulf, migrants): blind 0.895, 0.980, 2 (8d25954).
        ("heldout26", 0.91, 0.98, 0),
        // heldout27 (journal-style reports, grand rounds, quizzes, acknowledgements; the US, UK, Australia, NZ, Canada, Israel, South Africa, India): blind 0.930, 0.933, 17 (b73d17b).
        ("heldout27", 0.92, 0.96, 2),
        // heldout28 (field, military, occupational, remote and island medicine, outbreaks, translated documents; the Sahel, Horn of Africa, Central Asia, the Pacific, the Andes, the Arctic): blind 0.886, 0.968, 6 (274d0d9).
        ("heldout28", 0.91, 0.97, 4),
        // heldout29 (children and families: birth records, NICU, development, fostering and adoption, child protection, pedigrees; UK, Ireland, US, Canada, Australia, NZ and their Indigenous communities, South Africa, Kenya, India, Pakistan, Brazil, Mexico, Germany, Poland): blind 0.891, 0.971, 8 (611a214).
        ("heldout29", 0.91, 0.97, 1),
        // heldout30 (structured exports: CSV, FHIR, CDA and device XML, HL7, audit logs, registries, trial and pharmacovigilance forms; worldwide): blind 0.867, 0.952, 9 (611a214).
        ("heldout30", 0.90, 0.95, 1),
        // heldout31 (day-to-day adult medicine: clerkings, ward rounds, discharge summaries, letters, MDTs, incident reports, portals, death certification; US, UK, Ireland, Canada, Australia, NZ): blind 0.927, 0.975, 11 (10c1ef1).
        ("heldout31", 0.94, 0.98, 0),
        // heldout32 (outside the English-speaking world: discharge letters in local languages, local calendars, messaging apps; Europe, Africa, Asia, Latin America): blind 0.778, 0.920, 8 (10c1ef1).
        ("heldout32", 0.79, 0.93, 1),
        // heldout33 (teaching cases as clinician-educators submit them: narrative reports with pasted letters, summaries, MDT notes, captions and thank-you notes; UK, Ireland, US, Canada, Australia, NZ, with names from many backgrounds): blind 0.906, 0.968, 9 (7311840).
        ("heldout33", 0.91, 0.97, 5),
        // heldout34 (continental Europe and Latin America written up in English: letters, tumour boards, transfer and cross-border forms, flow sheets, chats; local formats throughout): blind 0.852, 0.953, 0 (7311840).
        ("heldout34", 0.89, 0.95, 0),
        // heldout35 (Africa, the Middle East and South and Southeast Asia: line lists, referral chits, OPD slips, antenatal cards, run sheets, chats, interviews; local calendars and numbers): blind 0.936, 0.955, 3 (7b34bac).
        ("heldout35", 0.96, 0.97, 2),
        // heldout36 (North American emergency, EMS, occupational, correctional, tribal and rural medicine: NEMSIS run reports, EHR text, forms, secure chats, audit logs): blind 0.906, 0.967, 1 (7b34bac).
        ("heldout36", 0.95, 0.98, 0),
        // heldout37 (mental health, addiction, geriatrics, palliative and community care in the UK, Ireland, Australia, NZ: tribunals, inquests, dispensing logs, minutes, messages): blind 0.920, 0.975, 2 (ca517b5).
        ("heldout37", 0.94, 0.98, 0),
        // heldout38 (surgery, anaesthesia, obstetrics and critical care worldwide: operation notes, checklists, flowsheets, device logs, traceability, chats): blind 0.928, 0.984, 0 (ca517b5).
        ("heldout38", 0.95, 0.98, 0),
        // heldout39 (image-heavy submissions: dermatology, ophthalmology, radiology, pathology, ENT, dental, wounds; cover letters, reviewers, consent, PACS and photo logs): blind 0.925, 0.944, 14 (f72f29e).
        ("heldout39", 0.94, 0.96, 0),
        // heldout40 (primary care, pharmacy and public health in East Asia, the Pacific, the Caribbean and Eastern Europe, with native scripts and local calendars): blind 0.804, 0.981, 0 (f72f29e).
        ("heldout40", 0.92, 0.98, 0),
        // heldout41 (teaching material: OSCE stations, simulation scripts, quizzes, slides, podcasts, portfolios, educators' threads): blind 0.886, 0.961, 19 (f4aa0e8).
        ("heldout41", 0.91, 0.98, 0),
        // heldout42 (the Middle East, North Africa, South and Southeast Asia, with Arabic, Persian, Urdu, Hebrew, Indian, Thai and Greek scripts and native digits): blind 0.753, 0.946, 15 (f4aa0e8).
        ("heldout42", 0.89, 0.98, 1),
        // heldout43 (16 countries of continental Europe and Latin America, records quoted in their own languages): blind 0.878, 0.885, 16 (0fd02fa; f124cb3 the same).
        ("heldout43", 0.92, 0.94, 5),
        // heldout44 (image-led first drafts from the US, UK, Ireland, Canada, Australia and NZ before de-identification): blind 0.748, 0.959, 6 (0bc5517; f124cb3: 0.744, 0.958, 6).
        ("heldout44", 0.85, 0.96, 2),
        // heldout45 (Nordic, Baltic, Central and Eastern Europe, Ukraine, Turkey, Greece, Cyprus, Israel; records quoted in 15 languages): blind 0.796, 0.958, 6 (7b832eb; 89cc81f the same).
        ("heldout45", 0.86, 0.98, 1),
        // heldout46 (case-conference material from the US, Canada, UK, Ireland, Australia, NZ, South Africa: morning report, M&M slides, chats, e-mails): blind 0.886, 0.958, 14 (7b832eb; 89cc81f: 0.883, 0.958, 14).
        // (Precision 0.98 since a0fe129: "bed 14" in lowercase, which this set leaves unmarked and the brief of later sets marks, is reported.)
        ("heldout46", 0.89, 0.98, 0),
        // heldout47 (child and family health, safeguarding and perinatal mental health in 13 countries): blind 0.953, 0.963, 8 (a5f7956, the findings of b64c7f3).
        ("heldout47", 0.96, 0.98, 3),
        // heldout48 (remote, retrieval, maritime, military, expedition, humanitarian and prison medicine): blind 0.879, 0.966, 6 (a5f7956, the findings of b64c7f3).
        ("heldout48", 0.93, 0.97, 1),
        // heldout49 (specialty outpatient and long-term medicine: oncology, genetics, renal and transplant, HIV and sexual health, in 14 countries): blind 0.930, 0.977, 1 (5822e07).
        ("heldout49", 0.95, 0.98, 1),
        // heldout50 (allied health and community services: therapy, dental, optometry, pharmacy, home care, hospice, transport, in 14 countries): blind 0.946, 0.980, 7 (5822e07).
        ("heldout50", 0.95, 0.98, 2),
        // heldout51 (surgery, anaesthesia, pathology and forensic medicine, in 14 countries): blind 0.959, 0.978, 4 (ae0604a).
        ("heldout51", 0.955, 0.98, 1),
        // heldout52 (grand rounds, podcasts, M&M slides, portfolios, telehealth, messaging and device exports, in 16 countries): blind 0.933, 0.978, 3 (ae0604a).
        // (Precision 0.97 since a0fe129: the beds of its incident reports, "bed 8", unmarked here, are reported.)
        ("heldout52", 0.93, 0.97, 3),
        // heldout53 (a department's teaching-case archive as clinicians first write it up, in the US, Canada, the UK, Ireland, Australia and New Zealand): blind 0.972, 0.986, 5 (bbcd316).
        ("heldout53", 0.97, 0.99, 2),
        // heldout54 (long-term, home and end-of-life care: care homes, home health, hospice, dialysis, guardianship, in six countries): blind 0.958, 0.978, 9 (c3644b8).
        ("heldout54", 0.96, 0.98, 5),
        // heldout55 (internal-medicine subspecialty teaching cases before de-identification, in nine countries): blind 0.964, 0.967, 7 (db8f5e4).
        ("heldout55", 0.96, 0.97, 5),
        // heldout56 (emergency and outpatient specialties — ED, eye, ENT, skin, urology and sexual health, sports and occupational medicine — in ten countries): blind 0.957, 0.982, 4 (db8f5e4).
        ("heldout56", 0.96, 0.98, 3),
        // heldout57 (imaging-led and laboratory teaching cases in nine countries; its writer had read the previous closing note): blind 0.919, 0.964, 8 (6c42f9c).
        ("heldout57", 0.93, 0.96, 8),
        // heldout58 (mental health, addiction, custody, detention, camps and veterans' health in eleven countries): blind 0.952, 0.975, 10 (6c42f9c).
        ("heldout58", 0.95, 0.97, 10),
        // heldout59 (paediatrics, neonatology, obstetrics, school health, child protection and genetics clinics in fifteen countries): blind 0.922, 0.962, 17 (236e24b).
        ("heldout59", 0.95, 0.97, 7),
        // heldout60 (emergency, trauma, intensive care, prehospital, retrieval, occupational, maritime, sports and disaster medicine in seventeen countries): blind 0.905, 0.983, 7 (236e24b).
        ("heldout60", 0.92, 0.98, 3),
        // heldout61 (radiology, nuclear medicine, interventional radiology, radiotherapy, haematology, tumour boards and trial screening logs in
        // seventeen countries): blind 0.872, 0.947, 32 (09a5200).
        ("heldout61", 0.90, 0.97, 5),
        // heldout62 (general practice, remote and humanitarian medicine, refugee and travel health, outbreak line lists and phone triage in
        // twenty-two countries): blind 0.896, 0.967, 3 (09a5200).
        ("heldout62", 0.92, 0.97, 3),
        // heldout63 (anaesthesia, orthopaedics, plastic and burns, transplant, vascular, maxillofacial and bariatric surgery in seventeen
        // countries): blind 0.953, 0.964, 4 (929bede).
        ("heldout63", 0.96, 0.96, 2),
        // heldout64 (outbreaks, sexual health, TB and HIV, travel clinics, laboratories, poisons centres and forensic medicine in thirteen
        // countries): blind 0.916, 0.951, 26 (929bede). (Precision 0.980 until e03ccf9 read a large city in a patient's sentence as a
        // place — "transferred to the hepatology centre in Kyiv" — which its writer left unmarked: 0.9798.)
        ("heldout64", 0.95, 0.97, 4),
        // heldout65 (patients' own words and public material: blogs, complaints, crowdfunding, news, inquests, judgments, obituaries and
        // claims in sixteen countries): blind 0.917, 0.967, 14 (d05ba67).
        ("heldout65", 0.92, 0.97, 3),
        // heldout66 (HL7, FHIR, CSV and JSON exports, audit logs, pharmacy, claims and remote-monitoring records in fourteen countries):
        // blind 0.859, 0.893, 45 (d05ba67).
        ("heldout66", 0.86, 0.97, 5),
        // heldout67 (teaching cases as clinicians submit them, identifiers left in captions, tables, acknowledgements and file names, in
        // thirteen countries): blind 0.944, 0.978, 0 (e6cd509).
        ("heldout67", 0.96, 0.97, 0),
        // heldout68 (an archive migrated from wikis, CMSs and word processors: HTML, revision histories, editors' comments, legacy keys,
        // in thirteen countries): blind 0.917, 0.903, 38 (e6cd509).
        ("heldout68", 0.95, 0.96, 5),
        // heldout69 (conference and journal material: slide decks with speaker notes, posters, quizzes, tweetorials and Mastodon threads,
        // "Images in clinical medicine" submissions, journal clubs, in fourteen countries): blind 0.899, 0.948, 16 (271d5b2).
        ("heldout69", 0.93, 0.98, 0),
        // heldout70 (research and safety reporting: serious adverse events, DSMB minutes, biobanks, registries, pedigrees, device recalls,
        // in fourteen countries): blind 0.953, 0.946, 26 (271d5b2).
        ("heldout70", 0.96, 0.97, 5),
        // heldout71 (long-term, community and end-of-life care: care homes, home-care logs, hospice notes, safeguarding, guardianship,
        // coroners and funerals, in twelve countries): blind 0.944, 0.980, 6 (8a4b9f9).
        ("heldout71", 0.96, 0.98, 0),
        // heldout72 (a clinician's working communications: chats, pager logs, e-mails, voicemails, OCR'd notes and faxes, dictations,
        // in sixteen countries): blind 0.895, 0.949, 11 (8a4b9f9).
        ("heldout72", 0.90, 0.96, 1),
        // heldout73 (surgery, anaesthesia and procedures: M&M reviews, operative and anaesthetic records, never events, endoscopy and
        // interventional radiology, in thirteen countries): blind 0.978, 0.983, 9 (4add088).
        ("heldout73", 0.98, 0.98, 3),
        // heldout74 (public, occupational and institutional health: outbreaks, recruits, prisons, sports, travel and vaccination
        // clinics, in fifteen countries): blind 0.942, 0.986, 0 (4add088).
        ("heldout74", 0.95, 0.98, 0),
        // heldout75 (neurology and the neurosciences: stroke pathways, epilepsy, movement disorders, neuromuscular disease,
        // neurosurgery, rehabilitation, sleep and memory clinics, in sixteen countries): blind 0.942, 0.967, 16 (94ecbe9); 0.966, 0.986, 1 after the round.
        ("heldout75", 0.95, 0.98, 1),
        // heldout76 (long-term conditions: diabetes devices, dialysis and transplant, heart-failure devices, anticoagulation,
        // haemoglobinopathies, HIV, home ventilation, in the Caribbean, Central America, southern Africa, Central and South-East
        // Europe and their diaspora): blind 0.922, 0.989, 2 (94ecbe9).
        ("heldout76", 0.94, 0.98, 1),
        // heldout77 (the visible specialties: dermatology, burns and plastics, wounds, ophthalmology, ENT, dental and maxillofacial, around
        // clinical photographs, in Ireland, Scotland, Wales, New Zealand, the Pacific and southern Africa): blind 0.948, 0.972, 15 (ca11fdd and
        // the session's first clean-case fixes).
        ("heldout77", 0.95, 0.98, 2),
        // heldout78 (mothers, babies and children: obstetrics, NICU, paediatrics, child protection, school health, in the Americas and
        // South and South-East Asia): blind 0.919, 0.976, 10 (the same binary).
        ("heldout78", 0.94, 0.98, 4),
        // heldout79 (obstetrics, eye, mind, poisons, sport, transplant, work and forensic medicine in Latin America, Eastern Europe, the
        // Middle East and West Africa): blind 0.930, 0.993, 1 (7d694d7); 0.950, 0.994, 0 after the round.
        ("heldout79", 0.94, 0.99, 0),
        // heldout80 (rural practice, newborns, the old, skin, teeth, infection, rehabilitation and retrieval in South and South-East Asia,
        // the Pacific, the Nordic countries and the Caribbean): blind 0.908, 0.961, 10 (the same binary); 0.952, 0.974, 0 after the round.
        ("heldout80", 0.94, 0.97, 0),
        // heldout81 (emergency, heart, cancer, children, palliative, veterans', prison and addiction medicine in the US, Canada, Ireland,
        // Scotland, Wales, South Africa, Kenya and Ethiopia): blind 0.904, 0.978, 8 (3778f9d); 0.924, 0.985, 0 after the round.
        ("heldout81", 0.92, 0.98, 0),
        // heldout82 (brain, glands, kidneys, imaging, genes, ENT, vessels and liver in Europe, Turkey, the Middle East, North Africa,
        // East Asia and rural Australia): blind 0.907, 0.966, 7 (the same binary); 0.925, 0.971, 0 after the round.
        ("heldout82", 0.92, 0.97, 0),
    ])
    func laterSetsDoNotRegress(_ set: String, recall: Double, precision: Double, flaggedLines: Int) throws {
        let evaluation = try PrivacyEvaluation(folders: [Self.root + "/" + set])
        #expect(evaluation.planted >= 300)
        #expect(evaluation.recall >= recall, "missed: \(evaluation.misses)")
        #expect(evaluation.precision >= precision, "false alarms: \(evaluation.falseAlarms)")
        #expect(evaluation.cleanFlaggedLines <= flaggedLines, "false alarms: \(evaluation.falseAlarms)")
    }
}
