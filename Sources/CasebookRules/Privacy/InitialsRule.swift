/// `privacy.initials`: a person's initials ("pt J.S.", "Mrs AB"), not clinical abbreviations.
struct InitialsRule: TextRule {
    let description = RuleDescription(
        id: "privacy.initials",
        summary: "Person's initials",
        rationale: "Initials with the other details of a case can be enough to recognise a patient (HIPAA Safe Harbor §164.514(b)(2)(i)(A) covers names, initials included).",
        defaultSeverity: .error,
        hint: "Write \"the patient\" instead of initials.",
        passing: [
            "Sequenced first under guideline I.C.9.a and section II.B.3 of the manual.",
            "П.І.Б.:           Коваленко. Α.Μ. νοσηλείας: 24/007125; Τροχαίο: Α.Τ. 2519/23/34412, Ι.Χ. ΥΗΒ-4521.",
            "| Registry ID | Nom | RAMQ | Date of birth |\n|---|---|---|---|\n\nThe elective replacement indicator (ERI, also called RRT) appears.",
            "Reply at 4:55 PM (nurse); Noel Bacani RN (scrub); the sign: AF on the ECG.",
            "Ventilation:\n\n| Time | Mode | PEEP |\n|---|---|---|\n| 08:00 | VCV | 10 |\n| 10:00 | PCV | 12 |\n| 12:00 | VCV | 12 |",
            "Results:\n\n| Test | Result | Flag | Sex |\n|---|---|---|---|\n| CRP | 120 | HH | M |\n| Na | 131 | LL | F |\n| Culture | ND | NR | M |",
            "Urine: RBC 5  RBC/hpf  WBC 2. Heparin 18  IU/kg  per hour. Chest pain HR/bp stable.",
            "Precision is verified by CLSI EP15-A3 (five replicates on five days). ISO\n15189 sets the rest.",
            "Discussed by the team (MDT) and the nurse (RN); the stroke team (ICU, ED) took over.",
            "Team: ICU and ED agreed; the MDT: CT and MRI reviewed.",
            "The record structure (header H, patient P, order O, result R, comment C, terminator L) over a serial line.",
            "<!-- NB: check the CT report. TODO: crop the MRI. Image (PDF): scanned. OK — done; URL: none. -->\nThe variant report, version\n2 — CT and MRI. See [CT",
            "Consultant HPB Surgeon; the HPB surgeon. Link zur Leitlinie intern: http://intranet.derma.test/melanom -->",
            "Dr Okafor (CT, MRI) reviewed the films; Dr Bianca Torres (to be confirmed) will attend; Magnetic Resonance Imaging (MRI) was normal.",
            "No gene fusion (RET, NTRK negative). RAS\nmutation was found.",
            "Theatre: scrub MRN 40-118-2273; Dra. Vidal, M.N. 118.442.\n\n| Item | Donor | Recipient |\n|---|---|---|\n| Relationship | mother | son |\n| Address | — | same |",
            "Tube placed. NG\nPosition checked on X-ray. NG\n",
            "Seen by ED SHO. Peds registrar: IVIG 2 g/kg over 10 h. Post-lap chole pt, POD 1. Header \"YILMAZ K. / T.C. 34575708504\" cropped.",
            "A referral as the OCR read it; the EPR says 91.\n\n**PC:** chest pain.\n\n**PC:** none.\n\n**BP:** 120/80",
            "Three SBAR handovers; Bauchschmerzen / 22. SSW.",
            "## Ward notes\n\n**21:40 — HO.** Monitor; inform VP.\n\nINT: When did the cough start?\n\nSeen in ED; the ILS crew.",
            "Screened by the radiographer (MR Tech L2).\n\nN = nurse specialist, P = patient, W = wife.",
            "MECHANISM: Carbapenemase – NDM (PCR); ESBL phenotype.",
            "Ward chat:\n\n[07:41] Dr Arjun Pillai (HO): coming, repeat the HCT.",
            "Confirmed by PCR and run by MSF; checked by RM Sita; spread by BK, as the BK virus is.",
            "House–Brackmann grade IV/VI.\nSwitch PO/IV\nRadiology (CT) and ED (MRI) agreed.",
            "Shifts:\n\n| Staff | Role | Shifts |\n|---|---|---|\n| cook | RN | 4 |\n| Surgeon | Consultant | 2 |",
            "<!-- CT: add the scan. -->\n<!-- NB: check the table. -->\n\nNormal sinus rhythm -ECG\n",
            "The team reviewed PML risk; after 30 minutes. CTG was normal; present PE earlier.",
            "## Patient A — positional vertigo\n\nText.\n\n## Patient B — hearing loss\n\n1. Dietary deficiency — yes\n2. Eye signs — no",
            "The combat medic, SPC Reyes-Kalani, found him confused.",
            "Notes:\nTransferred for monitoring. — ICU\nThe Designated Aviation Medical Examiner (AME) agreed.",
            "Taken by SAMU to the trauma centre; the lot was recorded by IR.",
            "CT, MRI and ECG were normal; BP 120/80, HR 70; seen in ED, then ICU.",
            "The U.S. and U.K. guidelines differ; e.g. COPD and NSTEMI.",
            "Jane Doe, M.D., reviewed it. Vitamin D. Lead II.\n- CT and MRI were normal.\n— GP follow-up.",
            "Consolação, São Paulo – SP, CEP 01304-001; the International Scale (IS) is used; initials as written below.",
            "Seen again — an hour later; CK fell and EP agreed; she signed the consent form. Name: see below.",
            "He was worried about an allergy to the ink — red\npigment is the classic culprit.",
            "---\ntitle: \"Reflective entry: the quiet patient I nearly missed\"\n---\n\n**HOST:** Welcome back.\n\n**HOST:** Thanks for coming.",
            "Interferon α, β and γ; the μ, δ and κ receptors. Gamma-hydroxybutyrate (GHB/GBL) intoxication.",
            "Notes:\n\n<!-- caption for figure 2. CT -->\n\nPatient initials withheld (NHS).",
            "Notes:\n\n<!-- dose checked twice. OK -->\n\n<!-- swap figure 2 for the CT -->\n\nShe had a CT (initials of the scan protocol: HRCT).",
            "Forms: she signed \"DNACPR\" after the discussion; the unit signed its \"CQC\" return forms in March.",
        ],
        failing: [
            "Anwesend: NC ⟦LV⟧, ⟦MH⟧; NO ⟦KS⟧; RT ⟦AB⟧.\nPresent: ⟦HO'N⟧ (consultant), ⟦BK⟧ (neuropsychologist), ⟦TR⟧ (OT), ⟦LD⟧ (SLT).",
            "Ambulance PL MUDr. Šimková / sestra ⟦J.N.⟧",
            "Butyrylcholinesterase in patients ⟦M.Ç.⟧ and ⟦H.Ç.⟧; the patient ⟦Ł.K.⟧ too, and ⟦Ș.L.⟧ and ⟦О.Г.⟧.",
            "Ward round: ⟦SB⟧ (FY1), ⟦MW⟧ (ward sister). Informed son by phone. Sign: ⟦AS⟧\nTracked change by ⟦MT⟧: the first date was a typo.",
            "Visits:\n\n| Date | Time | CHW | Note |\n|---|---|---|---|\n| 28/10 | 08:10 | ⟦MT⟧ | Meds given. |\n| 30/10 | 17:45 | ⟦rb⟧ | Slept in chair. |",
            "The first case (patient ⟦K⟧) was seen with the family, patient ⟦M⟧, and her mother.",
            "<!-- Commento [⟦LM⟧]: lasciare l'anagrafica solo nella versione interna! -->\n<!-- Bearbeitet: ⟦KW⟧ — Bildrechte geklärt; ⟦HK⟧ — bitte nochmals fragen -->\n<!-- ⟦NH⟧ 2022: removed second photo. Nota del editor (⟦MLR⟧): cambiar la foto; previous editor ⟦DK⟧ — swapped the MRI -->\n\n- Version 3 — ⟦KO⟧: Tumorboard-Abschnitt ergänzt\n- rev 7 ⟦JDR⟧ \"pls keep the link\"",
            "*Inclusion health team: ⟦GMcP⟧ and ⟦KW⟧, with thanks.* Outreach team: ⟦JW⟧ and ⟦TO'S⟧.",
            "Thanks to the orthogeriatric team (⟦AR⟧, ⟦JM⟧, ⟦SD⟧). The on-call FY2 (⟦JM⟧) gave haloperidol; the laboratory team (⟦KRN⟧); the psychiatry team (⟦AOK⟧ and ⟦T.W.⟧).",
            "Medication chart:\n\n| Drug | Dose | Given by | Route |\n|---|---|---|---|\n| Zopiclone | 3.75 mg 22:00 | ⟦JP⟧ | PO |\n| Paracetamol | 1 g QDS | ⟦SK⟧ / ⟦JP⟧ | IV |\n| Lactulose | 10 mL BD | — | PO |",
            "Results:\n\n| Case | ALT |\n|---|---|\n| Oksana (⟦О.Л.⟧) | 6,420 |",
            "OPERATOR    : ⟦TBW⟧ (MA)",
            "Pt ⟦J.S.⟧ presented with fever.",
            "Huddle led by the matron — attendees ⟦CA⟧, ⟦MD⟧, ⟦TZ⟧.\n\nHandover (MDT: ⟦NE⟧, ⟦CM⟧, ⟦jw⟧).\n\nPre-reader: April Moua, RN (⟦AM⟧)",
            "Present: Obs (⟦EMcD⟧, ⟦TK⟧), IR (⟦RMcG⟧), Urology (consultant),\n  Anaes (⟦PK⟧), Haem (⟦SF⟧).",
            "Anwesend: ⟦FG⟧ (Nuk), ⟦NHI⟧ (Nuk), ⟦MSt⟧ (Pathologie). Present: ⟦RA⟧ (chair), ⟦JMcG⟧, ⟦TO'B⟧, ⟦A-LK⟧, 2 trainees.",
            "Ward chat:\n\n[22:14] Vroedvrouw An (⟦AV⟧): new admission, box 4.\n[23:00] Sup. dr Dewaele (⟦ND⟧): ok.\n\n| Time | Na | Tech |\n|---|---|---|\n| 11:40 | 108 | ⟦MvdB⟧ |",
            "Minutes:\n\n**⟦GT⟧:** Thank you all for coming.\n\n**⟦GT⟧:** We'll add it to the plan.\n\n[01/22/25 19:05] CHA ⟦MC⟧: chart found.\n\n| Date | Obs | RN |\n|---|---|---|\n| 08/03 | HR 158 | ⟦SOC⟧ |",
            "Physiotherapy (⟦HJ⟧) progressed him; the laceration was repaired in ED (⟦CR⟧).\n\nDeclined ED. Will return tomorrow. ⟦SK⟧/⟦JB⟧\n\nLost to follow-up. — notes by ⟦ND⟧ / ⟦pvw⟧",
            "Critical potassium phoned, checked by ⟦NM⟧; slides scored by ⟦MJT⟧.\n\nRoom: RESUS 2   Tech: ⟦KW⟧\n\nRota lead ⟦BQ⟧; witness ⟦kkt⟧.",
            "Monitored hourly by midwife Grace Eze (⟦GE⟧); the Glasgow Coma Scale (GCS) was 15.\n\nSpeakers: ⟦RG⟧ = Róisín Gallagher, midwife.\n\n⟦AK/nc⟧",
            "D: 03/14/2023 16:02  T: 03/15/2023 07:55  ⟦PR/kl⟧  Job #448120",
            "Our nurse specialist, Sian Kettering (⟦SPK⟧), aspirated 180 mL; the team leader Camila Reyes (⟦CR⟧ on the radio) and Dra. Francisca Lagos (⟦fl⟧) agreed.",
            "Charge nurse Rosie Ngata (⟦R.N.⟧ — not the credential) and case manager Tsai Ya-wen (⟦YWT⟧) called.\n\nThe occupational health nurse, Mairéad Ó Laoire (⟦MÓL⟧), reviewed him.",
            "Thread:\n\n[19/10/23 23:30] ⟦LHY⟧: repeat HCT 50.\n08/02/2024 10:11 — ⟦PD⟧: GA, in theatre\n\nLater ⟦PD⟧ left.",
            "Lying BP recorded by care staff ⟦KW⟧; the swab was read by our MA ⟦jl⟧.",
            "Ward entries are initialled by staff; recent entries by ⟦GM⟧, ⟦t.o.⟧ and ⟦RB⟧ describe it.",
            "Chat export:\n\n[21:51] ⟦MS⟧ (surg fellow): any shoulder pain?\n[22:40] RN ⟦dh⟧: BG 3.4\n[13:35] ⟦HvdB⟧: will update the list.\n\nThe fellow (⟦MS⟧) asked early.",
            "Data were extracted by ⟦LMQ⟧ and checked; the contact list exported by ⟦PR⟧; PCR scanned by ⟦jt⟧ on arrival.",
            "Theatre log:\n\n| Date | Procedure | Surgeon | Found by |\n|---|---|---|---|\n| day 2 | Excision | ⟦RH⟧ | ⟦AK⟧ (HCA) |\n\n| Field | Value |\n|---|---|\n| Interpreted by | ⟦KRP⟧ |\n\n| Heure | Init. |\n|---|---|\n| 04:15 | ⟦MBL⟧ |",
            "Operator ⟦HO⟧, second operator ⟦MFK⟧ (ST6).\n**Present:** ⟦KLM⟧ (chair), ⟦RdS⟧, ⟦HW⟧ (pathology). Chair: ⟦ADM⟧. Typed ⟦JMW⟧.",
            "Notes:\ncough ×1 wk, no fever. — ⟦MA⟧\nAt 05:50 a healthcare assistant (⟦JW⟧) took the sample.",
            "She emailed with questions, answered by ⟦AK⟧ on the same day; the letter was dictated by ⟦RMcD⟧.",
            "The checklist entry had been initialled ⟦PvdW⟧; physio notes initialled ⟦SW⟧ throughout.",
            "Mrs ⟦AB⟧ was seen in clinic; the patient ⟦K.L.M.⟧ was not.",
            "Initials ⟦J. D.⟧ only.",
            "The line list:\n| Case | Initials | Onset |\n|---|---|---|\n| 1 | ⟦GH⟧ | day 2 |\n| 2 | ⟦pk⟧ | day 3 |",
            "Mevrouw ⟦A.v.D.⟧ and pt ⟦j.s.⟧ were seen.\n— ⟦JM⟧, hospitalist",
            "Encouraged fluids. ⟦GR⟧\n> Settled overnight. — ⟦k.m.⟧\n> Note. — ⟦PK⟧ (senior carer)\nScored by: ⟦ahk⟧   Reported by: ⟦CF⟧",
            "In the next pregnancy, ⟦RM⟧ received IVIG. Hana Kobayashi (⟦HK⟧) and ward round (⟦IC⟧/⟦JB⟧).",
            "The physiologist, Declan Fogarty, checked the device.\nSerial: PJN448217S   Checked: ⟦DF⟧; co-signed ⟦KD⟧.",
"> Handed over by ⟦KJ⟧ to ⟦R.McD.⟧ 20:15.\n\n<!-- ⟦AP⟧: family gave written consent. -->\n\n10:30 TO +233: Warfarin 5mg. Recheck 1 wk. -⟦EK⟧\n\nBedside nurse sign-offs: ⟦DM⟧ (nights).",
                        "<!-- ⟦LW⟧: keep the log extract; the clinic note says she was seen in January. -->\n\nCirculator:     ⟦PB⟧\n\n<!-- NB: keep this table. -->",
            "## Patient 1 — lung; \"SJS/TEN — HLA-B*58:01\"\nProtocol activated by the anaesthetist (⟦JPL⟧); \"Review 4/52 — ⟦AR⟧.\"\nObs escalated. — RN ⟦MK⟧\nThe mother was HPA-1b/1b and the father HPA-1a/1a; threshold 0.5 V at 0.24 ms, R wave 9.4 mV.\nReviewed by GP Dr Pōtae; cardiology nurse ⟦KL⟧ monitored ECG and SpO2; left SN 2219HJ0451.\nLorraine Pettigrew-Mace (\"⟦LPM⟧\" in the notes) and Jaxon Bellerose-Kemp (⟦J.B-K.⟧); at six months ⟦L.P-M.⟧ was calmer.\n  - file: hands-day1-⟦GTB⟧.jpg\nGordon Tane Baxter was seen.",
            "| Patient | ⟦RT⟧ |\n\nPatient ........ ⟦AN⟧\n\nNaam: ⟦JvdB⟧; dhr. ⟦J.v.d.B.⟧; Mr ⟦A.M.⟧; Mr ⟦A.McL.⟧ and ⟦AMcL⟧.",
            "患者 ⟦W.D.⟧ 神志清楚; ⟦HT⟧ 様; ⟦T.W.⟧ settled, then ⟦TW⟧ aware, and ⟦tw⟧ reports a sore throat.",
            "Flowsheet:\n\nNurse review:    ⟦JFK⟧ RN 01/07/2024 07:15\nthiamine 100 mg PO given          RN ⟦GH⟧\n\nHandoff from: ⟦JL⟧ RN / Dr on call. To: ICU RN.",
            "Visits:\n\n- **Mon 7 Oct**, 09:40, ⟦SR⟧. First visit.\n- **18-Nov-24**, ⟦SR⟧/⟦ML⟧. Granulating.\n- **21/10**, RN. Seen.\n\n| Day | Seen by | Notes |\n|---|---|---|\n| 2 | ⟦PR⟧ (video) | Afebrile. |\n| 3 | ED | Sutured. |",
            "Checklist:\n\n| Phase | Item | Confirmed by | Time |\n|---|---|---|---|\n| Sign in | Consent | ⟦GL⟧ | 10:58 |\n\n| Date | Dose | Pharm. |\n|---|---|---|\n| Fri 1/3 | 17 | ⟦PR⟧ |\n\n| Rm | MW | Dr |\n|---|---|---|\n| 1 | ⟦JT⟧ | reg |",
            "Visits:\n\n[Fri 21:58] STAFF (⟦BW⟧): Thanks, is he at home now?\n\n**23:40 ⟦MI⟧:** OR 4 still running.\n**3rd Aug** — Home visit (⟦CB⟧). Calm.\n**Fri 17:45** — First home visit (⟦JS⟧, ⟦AK⟧).\n**12/3** — CT head (ED); warm ischaemia (DCD, from withdrawal) 24 min; dates (DD/MM/YYYY).",
            "Visit log:\n\n| 日付 (date) | 所見 (findings) | 担当 |\n|---|---|---|\n| 11/2 | mild ankle oedema | ⟦KH⟧ |\n\n| Date | BP | Doctor |\n|---|---|---|\n| March | 168/96 | ⟦WCQ⟧ |",
            "Students are ⟦TJX⟧, ⟦NKS⟧, ⟦AR⟧, ⟦YSM⟧, ⟦LHB⟧ and ⟦DP⟧ — initials only. Obs: HR, BP, RR and SpO2; segments II, III and VI.",
            "---\nimages:\n  - file: images/⟦BT⟧_L_tibia_day0.png\n---\n\n`URN 2281934 | TAYLOR, BANJO | DOB on file`",
            "Draft:\n\n<!-- eyelid photo ok if cropped. ⟦RA⟧ -->\n\n<!-- the news piece names him, don't link it — ⟦TO⟧ -->\n\n<!-- the line above goes.\n⟦BW⟧ -->\n\nThe file names still have her initials (⟦WT⟧).",
            "Nurse log:\n\n10/10 12:38 — Juice 4 oz. Missed start of math. ⟦LB⟧\n10/14 12:52 — Mom notified by text. ⟦LB⟧\n10/15 — fluids given. IV\n10/16 — fluids again. IV",
            "Field record:\n\nDIS T. Whitcombe / ⟦TW⟧; Nurse E. Jepchirchir / ⟦EJ⟧. Glasgow Coma Scale / GCS; Hepatitis B / HB.",
            "Transport sheet:\n\nDriver: T. Haskins; Dispatcher: ⟦MR⟧.",
            "Crew: ⟦TW⟧ / ⟦A.McD⟧; checked by ⟦K.McC.⟧",
            "Issue log:\n\n| Issued | Component | Checked by |\n|---|---|---|\n| 05:52 | Red cells | ⟦NB⟧ / ⟦SD⟧ |",
            "INR log:\n\n| Dátum | INR | Aláírás |\n|---|---|---|\n| 2023.01.24. | 2.6 | ⟦SzK⟧ |",
            "A follow-up note was signed \"Ngā mihi nui — ⟦TR⟧\" by the retinal specialist.",
            "<!-- ⟦PVK⟧ (radiology): re-export it. -->\n<!-- ⟦SS⟧ 15 March: cut the line. -->\n<!-- ⟦JRB⟧ — father asked us not to. -->\n<!-- ⟦MI⟧: The mother said no. -->",
            "The nurse who signed the register \"⟦NWS⟧\". She signs her letters \"⟦AK⟧\".\n\n| date | who | finding |\n|---|---|---|\n| 14.03 | ⟦PD⟧ / ⟦JS⟧ | RD |",
        ]
    )

    /// Dotted abbreviations that are not initials ("U.S.", "N.B.", "M.D.").
    static let dottedAbbreviations = WordList(vocabulary: .dottedAbbreviations, ["tc", "us", "uk", "eu", "nb", "ps", "am", "pm", "bc", "ad", "md", "do", "rn", "np", "pa", "dc", "la", "ny", "nz", "un", "st", "jr", "sr", "ie", "eg", "cp", "cf"])

    static let abbreviations = WordList(vocabulary: .abbreviations, [
        "ish", "fish", "cish", "sish", "eber", "ihc", "rpr", "tpha", "ddh",
        "us", "uk", "eu", "nb", "ps", "am", "pm", "bc", "ad", "md", "do", "rn", "np", "pa", "ie", "eg", "cf", "vs", "op", "st",
        "jr", "sr", "ct", "mri", "ecg", "ekg", "bp", "hr", "rr", "ed", "icu", "ccu", "hdu", "copd", "iv", "im", "sc", "po", "pr",
        "ng", "gp", "ae", "gcs", "cpr", "dnr", "ppe", "nhs", "who", "uti", "mi", "cva", "tia", "dvt", "pe", "af", "ckd", "aki",
        "sbar", "ssw", "hiv", "tb", "ms", "als", "sle", "ra", "oa", "ibd", "gi", "ent", "ob", "gyn", "ot", "pt", "or", "er", "ok", "id", "no",
        "ua", "cxr", "abg", "vbg", "fbc", "cbc", "crp", "esr", "lft", "tft", "inr", "pt", "aptt", "bnp", "acs", "stemi", "cabg",
        "pci", "ct", "pet", "eeg", "emg", "lp", "csf", "bmi", "rbc", "wbc", "hb", "mcv", "ldl", "hdl", "ed", "ane", "mdt",
        "dob", "mrn", "nok", "dnar", "aed", "rosc", "sob", "nad", "tds", "bd", "od", "qds", "prn", "ip",
    ])

    /// Doctors and teams named after a department: "ED SHO", "ICU registrar", "OR team".
    static let departmentStaff: WordList = ["sho", "fy1", "fy2", "reg", "registrar", "resident", "consultant", "attending", "fellow", "intern",
                                            "team", "staff", "doctor", "doctors", "nurse", "nurses", "physician", "registrars", "residents"]
    /// Professions written in capitals before or after a name: "GP Dr Pōtae", "RM Kylie Pettigrew", "— RN MK".
    static let roleAbbreviations: WordList = ["gp", "rn", "en", "rm", "md", "np", "pa", "hca", "sn", "dr", "rgn", "cns", "anp", "ot", "pt", "slt", "emt", "acp", "pcp", "spc", "pfc", "cpl", "sgt", "pte", "lt", "lcpl", "mo", "cnc", "cnm", "nof",
                                               // District, community and specialist nurses: "| Visit by | DN |", "HCSW", "TVN".
                                               "dn", "hcsw", "tvn", "cpn", "dsn", "snp"]

    /// Units, lab tests, services and other short capitals that the context rules must not take for
    /// initials ("CK fell", "EP agreed", "— mg"); not applied after a title, where "Mr AS" is initials.
    static let contextAbbreviations = WordList([
        "lb", "kg", "mg", "ml", "mm", "cm", "iu", "mcg", "ng", "ep", "ir", "ns", "dm", "htn", "ihd", "chf", "hf", "lv", "rv", "la",
        "av", "sa", "svt", "vt", "vf", "ai", "ar", "mr", "tr", "as", "asd", "vsd", "pda", "ards", "dka", "hhs", "esrd", "pd", "hd",
        "ivc", "svc", "cvp", "map", "niv", "cpap", "ett", "peg", "tpn", "slt", "sw", "ap", "tte", "tee", "toe", "ffp", "plt", "na",
        "ca", "alt", "ast", "alp", "ggt", "ldh", "ck", "tsh", "pth", "acth", "gh", "lh", "fsh", "hcg", "psa", "cea", "afp", "ana",
        "ige", "igg", "igm", "iga", "hla", "dna", "rna", "pcr", "ebv", "cmv", "hsv", "vzv", "hpv", "hbv", "hcv", "rsv", "gbs",
        "mrsa", "vre", "cap", "hap", "sti", "std", "gu", "obs", "fy", "sho", "spr", "reg", "cns", "anp", "hca", "dn", "nicu", "picu",
        "scbu", "pacu", "ama", "tto", "edd", "lmp", "ga", "iugr", "sga", "lga", "pph", "svd", "lscs", "cs", "ivf", "nec", "rds",
        "hie", "cp", "sma", "adhd", "ocd", "ptsd", "mdd", "gad", "ect", "cbt", "aa", "ooh", "ems", "rta", "mva", "loc", "etoh",
        "ppi", "tca", "tpa", "tnk", "icd", "crt", "ppm", "ilr", "dbs", "vns", "sns", "cgm", "re", "oh", "hi", "usa", "un", "nz",
        "wa", "nt", "act", "fc", "ltd", "plc", "inc", "ceo", "hq", "it", "tv", "pc", "dr", "sn", "mrs", "ma", "ba", "phd", "msc", "bsc",
        "mbbs", "se", "sd", "iqr", "ci", "or", "rr", "hr", "nnt", "ppv", "npv", "auc", "roc", "ui", "ux", "gfr", "egfr", "acr",
        "pcr", "fev", "fvc", "dlco", "ph", "po2", "pco2", "hco", "be", "ag", "osm", "ua", "ok", "ps", "pp", "nr", "nb", "cc",
        "bcc", "scc", "dcis", "er", "pr", "her", "ki", "rt", "ln", "mets", "tnm", "ecog", "nhl", "hl", "cll", "aml", "all", "cml",
        "mm", "mgus", "itp", "ttp", "hus", "dic", "vte", "gvhd", "sct", "bmt", "car", "pet", "spect", "dexa", "us", "xr", "fl",
        "sjs", "ten", "hla", "hlab", "hlaa", "hlac", "dress", "bsa", "cpic",
        // Grades and roles in a ward note or a transcript: "HO (RMKS)", "inform VP", "INT: When did it start?", "ILS crew", "ED Nurse Manager".
        "ho", "vp", "int", "ils", "bls", "aar",
        // File extensions: "consent_form_signed.jpg".
        "jpg", "jpeg", "png", "pdf", "dcm", "tif", "tiff", "gif", "svg", "docx", "csv", "txt", "mp4", "mov", "heic", "webp", "json", "xml",
    ] + regionCodeList)
    /// States and provinces written after a town: "São Paulo – SP", "Kingston, ON". Initials of someone the case
    /// names in full may read the same ("DF" for Declan Fogarty).
    static let regionCodeList = ["sp", "rj", "mg", "rs", "sc", "pe", "ce", "go", "df", "am", "es", "pb", "rn", "al", "se", "pi", "ms", "mt", "ro", "to",
                                 "ac", "ap", "rr", "on", "qc", "bc", "ab", "mb", "sk", "ns", "nb", "nl", "pei", "yt", "nu"]
    static let regionCodes = WordList(regionCodeList)

    /// Whether single lowercase letters from a token lead, each followed by a full stop, to a single capital: "v.d.B.".
    static func particlesThenCapital(from position: Int, tokens: [Token], bytes: [UInt8]) -> Bool {
        var next = position
        while next < tokens.count, next - position < 3, tokens[next].end - tokens[next].start == 1, tokens[next].end < bytes.count,
              bytes[tokens[next].end] == UInt8(ascii: ".") {
            if bytes[tokens[next].start].isUpper { return next > position }
            guard next + 1 < tokens.count, tokens[next + 1].start == tokens[next].end + 1 else { return false }
            next += 1
        }
        return false
    }

    /// Words in capitals that open an HTML comment without being its writer's initials: "<!-- NB: …", "<!-- CT: add the scan -->".
    static let notNoteAuthors: Set<String> = ["nb", "ps", "fyi", "tbd", "ok", "re", "cc", "ct", "mri", "ecg", "bp", "hr", "pet", "us", "todo", "note",
                                              "edit", "q", "a", "fixme", "tbc", "asap", "xxx", "done", "wip", "pls"]

    /// Words that start a sentence about the people in a case, after a note's colon: "<!-- MI: The mother does not want …".
    static let noteOpenings: Set<String> = ["the", "she", "he", "her", "his", "mum", "mom", "dad", "pt", "patient", "family", "please", "i", "we",
                                            "parents", "mother", "father"]

    /// Whether a comment opens just before an offset, after "<!-- ", "<!-- NB " or "<!-- draft note from ".
    static func opensComment(before offset: Int, in document: ScanDocument) -> Bool {
        ["<!-- ", "<!-- NB ", "<!-- NB: ", "<!-- note from ", "<!-- draft note from ", "<!-- from "].contains { opening in
            let count = opening.utf8.count
            return offset >= count && document.hasPrefix(opening, at: offset - count)
        }
    }

    /// Whether what follows a note's initials ends its head: a colon, right away or after a role in brackets, a date or "to" and
    /// another's letters; or a dash between spaces.
    static func noteHeadEnds(after end: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        var index = end
        if document.hasPrefix(" — ", at: index) || document.hasPrefix(" – ", at: index) { return true }
        // "(radiology)", "(trabajo social)": a role in brackets.
        if document.hasPrefix(" (", at: index), let close = bytes[(index + 2)..<min(bytes.count, index + 32)].firstIndex(of: UInt8(ascii: ")")) { index = close + 1 }
        // "15 Mar", "2/11": a date, or "to RMcL": whom the note is for.
        if document.hasPrefix(" to ", at: index), let other = document.token(startingAt: index + 4), !other.isNumber, (2...5).contains(other.end - other.start),
           bytes[other.start].isUpper { index = other.end }
        else if index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "), bytes[index + 1].isDigit {
            var scan = index + 1
            while scan < bytes.count, scan - index <= 10, bytes[scan].isDigit || bytes[scan] == UInt8(ascii: "/") || bytes[scan] == UInt8(ascii: " ") || bytes[scan].isASCIILetter { scan += 1 }
            index = scan
        }
        return index > end && index < bytes.count && bytes[index] == UInt8(ascii: ":")
    }

    /// Tests and images that may close a comment about a figure: "<!-- caption for figure 2. CT -->".
    static let commentTerms: WordList = ["ct", "mri", "mr", "ecg", "ekg", "cxr", "axr", "us", "pet", "eeg", "emg", "ogd", "mrcp", "ercp", "tte", "tee",
                                         "oct", "ffa", "opg", "kub", "ivu", "dexa", "spect", "cta", "ctpa", "mra"]

    /// Words in capitals that end a comment without signing it: "<!-- checked. OK -->".
    static let commentClosers: Set<String> = ["ok", "nb", "ps", "fyi", "tbc", "tbd", "eta", "wip", "end", "eof", "yes", "no"]

    /// Whether two or three capitals sign an HTML comment: "-->" after them (spaces between), and before them the end of a
    /// sentence (". ", "! ", "? ", ") ", a closing quote), a dash, or the start of the written line.
    static func signsComment(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes, written = document.source.utf8
        var after = token.end
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        guard document.hasPrefix("-->", at: after), !commentClosers.contains(document.lowercased(token.range)) else { return false }
        if document.startsWrittenLine(at: token.start, skipping: [UInt8(ascii: " ")]) { return true }
        var before = token.start - 1
        guard before >= 1, bytes[before] == UInt8(ascii: " ") || written[before].isLineBreak else { return false }
        while before >= 0, bytes[before] == UInt8(ascii: " ") || written[before].isLineBreak { before -= 1 }
        guard before >= 0 else { return false }
        // A dash signs whatever the letters spell ("— TO -->", " - AB -->"; not the dashes of "<!--" itself); after the end of a
        // sentence they must be no common clinical term ("<!-- caption for figure 2. CT -->"; most pairs of letters are someone's
        // term, so the long list is not asked).
        if before >= 2 && document.isDash(at: before - 2) || bytes[before] == UInt8(ascii: "-") && before >= 1 && bytes[before - 1] == UInt8(ascii: " ") { return true }
        let term = commentTerms.contains(token, in: document)
        let mark = bytes[before]
        if !term, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\"")].contains(mark) { return true }
        // A closing curly quote.
        return !term && before >= 2 && bytes[before - 2] == 0xE2 && bytes[before - 1] == 0x80 && mark == 0x9D
    }

    /// Whether a token is one capital letter: ASCII, or a Latin, Greek or Cyrillic letter of two bytes ("Ç", "Ł", "Ș", "Κ", "Г":
    /// Turkish, Polish, Romanian, Greek and Cyrillic initials, "M.Ç.", "Ł.K.", "Ν.Κ.", "О.Г.").
    static func isCapitalLetter(_ token: Token, in document: ScanDocument) -> Bool {
        switch token.end - token.start {
        case 1: return document.bytes[token.start].isUpper
        case 2: return (0xC3...0xD4).contains(document.bytes[token.start]) && document.isCapitalised(token)
        default: return false
        }
    }

    /// "McL", "MacD", "McC": Mc or Mac and one capital.
    static func isMacInitial(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[token.range]
        return (bytes.count == 3 && bytes.starts(with: "Mc".utf8) || bytes.count == 4 && bytes.starts(with: "Mac".utf8)) && bytes.last!.isUpper
    }

    func matches(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        // (Each pattern starts at a capital or at a word that introduces a person: most tokens are neither.)
        let introducing = Vocabulary.patientWords.bit | Vocabulary.introducers.bit
        while position < tokens.count {
            let token = tokens[position]
            defer { position += 1 }
            guard !token.isNumber, token.zone != .reference, token.shape.contains(.capitalised) || token.vocabulary & introducing != 0 else { continue }
            // Dotted initials: "J.S.", "J. D.", "K.L.M."
            if Self.isCapitalLetter(token, in: document), token.end < bytes.count, bytes[token.end] == UInt8(ascii: "."),
               token.start == 0 || !bytes[token.start - 1].isLetterLike && bytes[token.start - 1] != UInt8(ascii: ".") {
                var end = token.end + 1
                var letters = 1
                var next = position + 1
                // "A.v.D.", "J.v.d.B.": lowercase particles between initials.
                while next < tokens.count, Self.isCapitalLetter(tokens[next], in: document)
                        || tokens[next].end - tokens[next].start == 1 && bytes[tokens[next].start].isLower && Self.particlesThenCapital(from: next, tokens: tokens, bytes: bytes),
                      tokens[next].start <= end + 1, document.onlySpaces(end..<tokens[next].start),
                      tokens[next].end < bytes.count, bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                // "A.McL.", "M.MacD.": a Scottish or Irish surname initial.
                if next < tokens.count, tokens[next].start == end, Self.isMacInitial(tokens[next], in: document), tokens[next].end < bytes.count,
                   bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                // "E.O'N.": an Irish or Scottish initial with an apostrophe.
                if next < tokens.count, tokens[next].start == end, tokens[next].end - tokens[next].start == 3, bytes[tokens[next].start].isUpper,
                   bytes[tokens[next].start + 1] == UInt8(ascii: "'"), tokens[next].end < bytes.count, bytes[tokens[next].end] == UInt8(ascii: ".") {
                    end = tokens[next].end + 1
                    letters += 1
                    next += 1
                }
                let letterString = String(decoding: bytes[token.start..<end].filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)
                let afterTitle = position >= 1 && tokens[position - 1].isIn(.introducers)
                    && tokens[position - 1].end + 3 >= token.start
                if letters >= 2, letters <= 5, afterTitle || !Self.dottedAbbreviations.contains(letterString) {
                    // Followed by a capitalised surname it is a name, which privacy.name reports.
                    if next < tokens.count, document.isCapitalised(tokens[next]), !document.isAllCaps(tokens[next]), tokens[next].start <= end + 1 { position = next - 1; continue }
                    // ("guideline I.C.9.a", "section II.B.3": an outline's number goes on after the last dot.)
                    if end < bytes.count, bytes[end].isDigit { position = next - 1; continue }
                    // ("M.N. 118.442": a register's label before its number, Argentina's national medical licence.)
                    if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1].isDigit,
                       IdentityNumberRule.labelWords.contains(document, token.start..<(end - 1)) { position = next - 1; continue }
                    // Greek and Cyrillic dotted capitals are often a form's abbreviation ("П.І.Б.:", "Α.Μ. νοσηλείας", "Α.Τ. 2519/23",
                    // "Ι.Χ. ΥΗΒ-4521"): initials only before punctuation, the line's end or an English word ("м/с О.Г., with").
                    if bytes[token.start] >= 0xCE {
                        var after = end
                        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                        if after < bytes.count, bytes[after] == UInt8(ascii: ":") || bytes[after].isDigit || bytes[after] >= 0xCE || bytes[after] == UInt8(ascii: "-") {
                            position = next - 1
                            continue
                        }
                    }
                    matches.append(Match(token.start..<end, "initials"))
                    position = next - 1
                    continue
                }
            }
            // "AMcL", "JMacD": initials with a Mac/Mc surname.
            if token.end - token.start >= 4, token.end - token.start <= 6, bytes[token.start].isUpper,
               let mac = (token.start + 1..<token.end).first(where: { bytes[$0] == UInt8(ascii: "M") && $0 + 2 < token.end && bytes[$0 + 1] == UInt8(ascii: "c") }),
               mac - token.start <= 2, (token.start..<mac).allSatisfy({ bytes[$0].isUpper }),
               Self.isMacInitial(Token(start: mac, end: token.end, isNumber: false), in: document) {
                matches.append(Match(token.range, "initials"))
                continue
            }
            // "pt j.s.": lowercase dotted initials after a word that introduces the patient.
            if token.isIn(.patientWords), position + 2 < tokens.count,
               tokens[position + 1].end - tokens[position + 1].start == 1, tokens[position + 2].end - tokens[position + 2].start == 1,
               bytes[tokens[position + 1].start].isLower, tokens[position + 1].end < bytes.count, bytes[tokens[position + 1].end] == UInt8(ascii: "."),
               tokens[position + 2].start == tokens[position + 1].end + 1, tokens[position + 2].end < bytes.count, bytes[tokens[position + 2].end] == UInt8(ascii: ".") {
                matches.append(Match(tokens[position + 1].start..<(tokens[position + 2].end + 1), "initials"))
                continue
            }
            // "Mrs AB", "pt JS", "patient K" (not "PC IOL", "DS AB": a title in capitals is an abbreviation here)
            if token.isIn(.introducers), !(token.end - token.start == 2 && document.isAllCaps(token)) {
                let next = position + 1
                guard next < tokens.count, !tokens[next].isNumber, document.onlySpaces(token.end..<tokens[next].start, allowing: [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ",")]),
                      tokens[next].start - token.end <= 3 else { continue }
                let candidate = tokens[next]
                let length = candidate.end - candidate.start
                // "the same resident. A dermatology consult": a new sentence, not initials.
                if !token.isIn(.titles), bytes[token.end..<candidate.start].contains(UInt8(ascii: ".")) { continue }
                guard document.isAllCaps(candidate), (1...3).contains(length), !candidate.isIn(.abbreviations) else { continue }
                // "chole pt, POD 1": after a comma, a known term begins the next item.
                if bytes[token.end..<candidate.start].contains(UInt8(ascii: ",")), length >= 3, Lexicon.abbreviations.contains(candidate, in: document) { continue }
                // "The combat medic, SPC Reyes-Kalani": a rank or a role before the name, not initials.
                if Self.roleAbbreviations.contains(candidate, in: document), next + 1 < tokens.count, document.isCapitalised(tokens[next + 1]) { continue }
                // "Consultant HPB Surgeon": a specialty between a title and a job title.
                if length >= 3, next + 1 < tokens.count, tokens[next + 1].start == candidate.end + 1, NameRule.jobTitleEnds.contains(tokens[next + 1], in: document),
                   Lexicon.abbreviations.contains(candidate, in: document) { continue }
                // "called WPW syndrome": an eponym's letters; "(ERI, also called RRT)": a term's other abbreviation.
                if !token.isIn(.titles), PersonNames.isEponymUse(tokens, at: next, in: document) { continue }
                if length >= 3, document.bytes[token.range].elementsEqual("called".utf8), Lexicon.abbreviations.contains(candidate, in: document) { continue }
                // After "called" or "patient" (not a title), "EMS" and "ICU" are services.
                if !token.isIn(.titles), !["pt", "patient", "resident", "client"].contains(document.lowercased(token.range)),
                   Self.contextAbbreviations.contains(candidate, in: document) { continue }
                // A title in lowercase ("cardiology nurse KL monitored") introduces initials that are not a service or a unit.
                // (A role, not a family title: "the father HPA-1a/1a" is a genotype.)
                if token.isIn(.titles), !document.isCapitalised(token),
                   !token.isIn(.patientWords) || length < 2 || Self.contextAbbreviations.contains(candidate, in: document) { continue }
                // "Mr K." is a dotted initial handled above; here "Mrs AB", "pt JS", "Mr K"
                if candidate.end < bytes.count, bytes[candidate.end] == UInt8(ascii: "."), length == 1 { continue }
                // "the quiet patient I nearly missed": the pronoun before a verb.
                if length == 1, bytes[candidate.start] == UInt8(ascii: "I"), next + 1 < tokens.count, tokens[next + 1].start == candidate.end + 1,
                   bytes[tokens[next + 1].start].isLower { continue }
                // "## Patient A — positional vertigo … ## Patient B": letters that stand for cases in turn are labels, not initials.
                if length == 1, !token.isIn(.titles), Self.isCaseLetter(candidate, after: token, in: document) { continue }
                // "(header H, patient P, order O, result R …)": a key of letters, each after what it stands for — three such pairs on the
                // line at least (not "the first case (patient K) was …").
                if length == 1, document.has(",", at: candidate.end) || document.has(")", at: candidate.end), Self.lettersKeyPairs(around: candidate.start, in: document) >= 3 { continue }
                // "(MR Tech L2)": a grade; "nurse specialist, P = patient": the key of a transcript's speakers.
                if candidate.end < bytes.count, bytes[candidate.end].isDigit || document.hasPrefix(" = ", at: candidate.end) { continue }
                matches.append(Match(candidate.range, "initials"))
            }
        }
        // Sign-offs: "— JM, hospitalist", "– RT" (a hyphen starts a list item instead), on the lines as written.
        let written = document.source.utf8, lineStarts = document.source.lineStarts
        for (line, lineStart) in lineStarts.enumerated() {
            let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : written.count - 1
            var index = lineStart
            while index < lineEnd, bytes[index].isSpace { index += 1 }
            guard document.isDash(at: index) else { continue }
            var start = index + 3
            while start < bytes.count, bytes[start].isSpace { start += 1 }
            var end = start
            while end < bytes.count, bytes[end].isUpper { end += 1 }
            if (2...3).contains(end - start), end == bytes.count || bytes[end] == UInt8(ascii: ",") || written[end].isLineBreak,
               !Self.abbreviations.contains(document, start..<end), document.zone(at: start) == .text {
                matches.append(Match(start..<end, "initials"))
            }
        }
        // Cells of a table column headed "Initials" or "Patient".
        for range in TableColumns.cells(in: document, headers: TableColumns.initialsHeaders)
        where range.count <= 8 && document.bytes[range].contains(where: \.isASCIILetter)
            // (Not a word in lowercase: "| Relationship | mother | son |", "| Address | … | same |".)
            && !(document.bytes[range].allSatisfy(\.isLower) && (Lexicon.englishWords.contains(document, range) || PersonNames.kinship.contains(document, range)))
            // "GH", "pk", "A-MF", "J.S." — not a word such as "father".
            && (Self.initialsShape(at: range.lowerBound, in: document.bytes).map { $0.end == range.upperBound } ?? false
                || document.bytes[range].filter(\.isASCIILetter).count <= 4) {
            matches.append(Match(range, "initials"))
        }
        // Cells of a column or a row of staff ("| Surgeon |", "| Found by |", "| Interpreted by | KRP |") that are initials, perhaps
        // with a role after them ("AK (HCA)"), and not a word or an abbreviation ("cook", "RN").
        // ("| Confirmed by |", "| Issued by |", "| Spiked by |": any column of who did something.)
        let doneBy: (ArraySlice<UInt8>) -> Bool = { header in header.count > 3 && header.map(\.lowercased).reversed().starts(with: " by".utf8.reversed()) }
        // ("| NB / SD |": two who signed, each part read alone.)
        let staffCells = TableColumns.cells(in: document, headers: TableColumns.staffHeaders, matching: doneBy)
            + TableColumns.rowCells(in: document, headers: TableColumns.staffHeaders, headerRows: false)
        for range in staffCells.flatMap({ cell in
            document.bytes[cell].split(separator: UInt8(ascii: "/")).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.map(\.indices)
        }) {
            guard let shape = Self.initialsShape(at: range.lowerBound, in: document.bytes),
                  shape.end == range.upperBound || document.hasPrefix(" (", at: shape.end),
                  !Lexicon.englishWords.contains(document, range.lowerBound..<shape.end),
                  // (The column holds people: letters that abbreviate a term elsewhere are initials here, "| Seen by | PR |"; not a role,
                  // a unit or a credential, "| RN |", "| ED |".)
                  !Self.abbreviations.contains(document, range.lowerBound..<shape.end) || shape.end - range.lowerBound == 2 && document.bytes[range.lowerBound..<shape.end].allSatisfy(\.isUpper),
                  !Self.namesARoleOrUnit(document.lowercased(range.lowerBound..<shape.end)),
                  // ("| reg |" in a doctor's column: a grade written in lowercase.)
                  !(Self.contextAbbreviations.contains(document, range.lowerBound..<shape.end) && document.bytes[range.lowerBound..<shape.end].contains(where: \.isLower)) else { continue }
            matches.append(Match(range.lowerBound..<shape.end, "initials"))
        }
        matches += initialsInContext(in: document)
        matches += listsOfInitials(in: document)
        matches += initialsPairsEndingNotes(in: document)
        matches += chatSpeakers(in: document)
        matches += besideCredentials(in: document)
        matches += afterEntryStamps(in: document)
        matches += lineEndSignatures(in: document)
        matches += inEntryHeadings(in: document)
        matches += transcriptSpeakers(in: document)
        matches += afterTheirNames(in: document)
        matches += initialsColumns(in: document)
        matches += afterStaffInBrackets(in: document)
        matches += editorsInComments(in: document)
        matches += quotedSignatures(in: document)
        matches += initialsBeforeRolesInBrackets(in: document)
        matches += listedAfter(matches, in: document)
        matches += otherMentions(of: matches, in: document)
        // "ASV (adaptive servo-ventilation)": letters the text spells out are an abbreviation.
        var defined: [String: Bool] = [:]
        let undefined = matches.filter { match in
            let letters = String(decoding: bytes[match.range].filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)
            if defined[letters] == nil { defined[letters] = Self.isDefinedAcronym(letters, in: document) }
            return !defined[letters]!
        }
        // (Initials that spell the person's name beside them are defined by it, as a person's, not as a term's.)
        let ofNames = initialsOfNames(in: document)
        // The credited authors' initials: "BQ has received speaker fees" in the disclosures.
        return (undefined + ofNames + otherMentions(of: ofNames, in: document)).filter {
            !document.namesCreditedAuthor($0.range, initials: true) && !Self.isNumberLabelOrTitle($0.range, in: document)
        }
    }

    /// Initials and a role together in brackets: "Physical therapy (JMV, PT)", "(SB, FY1)", "(KM, ward sister)".
    private func initialsBeforeRolesInBrackets(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for open in document.offsets(of: [UInt8(ascii: "(")]) where open + 6 < bytes.count && bytes[open + 1].isUpper {
            guard let (end, letters) = Self.initialsShape(at: open + 1, in: bytes), bytes[(open + 1)..<end].allSatisfy({ $0.isUpper || $0 == UInt8(ascii: ".") }),
                  document.hasPrefix(", ", at: end), Self.isBracketedRole(at: end + 2, in: bytes) || ["PT)", "DPT)", "SLP)"].contains(where: { document.hasPrefix($0, at: end + 2) }),
                  !Self.roleAbbreviations.contains(letters), letters.count < 3 || !Lexicon.abbreviations.contains(document, (open + 1)..<end),
                  document.zone(at: open) == .text else { continue }
            matches.append(Match((open + 1)..<end, "initials"))
        }
        return matches
    }

    /// Initials in quotes that someone signed with, a few words after the verb: 'who signed the register "NWS"', 'she signs her
    /// letters "AK"', 'initialled the chart "P.D."'. Two to four capitals, dotted or not, alone in the quotes.
    private func quotedSignatures(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for quote in document.offsets(of: [UInt8(ascii: "\"")]) where quote >= 6 && quote + 3 < bytes.count && bytes[quote + 1].isUpper {
            guard let (end, _) = Self.initialsShape(at: quote + 1, in: bytes), end < bytes.count, bytes[end] == UInt8(ascii: "\""),
                  bytes[(quote + 1)..<end].allSatisfy({ $0.isUpper || $0 == UInt8(ascii: ".") }), document.zone(at: quote) == .text else { continue }
            // The verb up to five words before, in the same sentence.
            let before = document.lowercased(max(0, quote - 45)..<quote)
            guard let verb = ["signed ", "signs ", "signing ", "initialled ", "initialed ", "initials "].compactMap({ before.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            let between = before[verb.upperBound...]
            guard between.split(separator: " ").count <= 4, !between.contains("."), !between.contains("\n") else { continue }
            // ('signed "DNR" forms': a form's name before its noun.)
            if end + 2 < bytes.count, bytes[end + 1] == UInt8(ascii: " "), bytes[end + 2].isLower { continue }
            matches.append(Match((quote + 1)..<end, "initials"))
        }
        return matches
    }

    /// Whether letters are a record number's label before its number ("pt UR 0734412") or start a title ("A/Prof Kostić").
    static func isNumberLabelOrTitle(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        if document.hasPrefix("/Prof", at: range.upperBound) { return true }
        guard range.upperBound + 1 < bytes.count, bytes[range.upperBound] == UInt8(ascii: " "), bytes[range.upperBound + 1].isDigit,
              let token = document.token(startingAt: range.lowerBound), token.end == range.upperBound else { return false }
        return IdentityNumberRule.labelWords.contains(token, in: document)
    }

    /// Initials that sign a log's entries at the ends of their lines, after the entry's last sentence, twice or more: "Mom notified by
    /// text. LB", "Missed start of math. LB" (not a known abbreviation: "… given. IV").
    private func lineEndSignatures(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, written = document.source.utf8, tokens = document.tokens
        var signed: [String: [Range<Int>]] = [:]
        for position in document.allCapsWords where tokens[position].zone == .text {
            let token = tokens[position]
            guard (2...3).contains(token.end - token.start), token.start >= 2, bytes[token.start - 1] == UInt8(ascii: " "),
                  [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!")].contains(bytes[token.start - 2]), bytes[token.range].allSatisfy(\.isUpper) else { continue }
            var end = token.end
            while end < written.count, written[end] == UInt8(ascii: " ") { end += 1 }
            guard end == written.count || written[end].isLineBreak else { continue }
            signed[document.lowercased(token.range), default: []].append(token.range)
        }
        // (Pounds' letters do not stand alone after a sentence: "LB" there is someone's initials; "NG" and "MG" may be terms.)
        return signed.filter { $0.value.count >= 2 && ($0.key == "lb" || !isAbbreviation($0.key) && !Lexicon.abbreviations.contains($0.key)) }
            .flatMap { $0.value.map { Match($0, "initials") } }
    }

    /// Whether a single capital after "Patient" or "Case" labels one of several cases: the text also has the letter
    /// before or after it with the same word ("Patient A" and "Patient B").
    static func isCaseLetter(_ letter: Token, after word: Token, in document: ScanDocument) -> Bool {
        let value = document.bytes[letter.start]
        let label = Array(document.bytes[word.range]) + [UInt8(ascii: " ")]
        return [value &- 1, value &+ 1].contains { neighbour in
            neighbour.isUpper && document.offsets(of: label + [neighbour]).contains { offset in
                let end = offset + label.count + 1
                return end >= document.bytes.count || !document.bytes[end].isLetterLike
            }
        }
    }

    /// Departments and services whose staff sign with initials in brackets: "Physiotherapy (HJ)", "reception (DT)".
    static let departmentWords: WordList = ["bank", "lab", "laboratory", "radiology", "physiotherapy", "physio", "ophthalmology", "optometry", "audiology", "cardiology", "neurology",
                                            "dermatology", "orthopaedics", "orthopedics", "urology", "haematology", "hematology", "oncology", "paediatrics",
                                            "pediatrics", "obstetrics", "gynaecology", "psychiatry", "psychology", "anaesthesia", "anaesthetics", "anesthesia",
                                            "surgery", "pharmacy", "dietetics", "dietitian", "nursing", "reception", "triage", "theatre", "theatres", "ed", "icu",
                                            "ot", "slt", "ipac", "microbiology", "endocrinology", "gastroenterology", "nephrology", "rheumatology", "respiratory",
                                            "geriatrics", "palliative", "safeguarding", "chaplaincy", "security", "admin", "clerk"]

    /// Initials written in pairs at the end of a note, signed or typed: "will return tomorrow. SK/JB", "reviewed PÓS. sk/mq",
    /// "notes by ND / pvw" (not "grade IV/VI", and not two terms: "PO/IV").
    private func initialsPairsEndingNotes(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, written = document.source.utf8, tokens = document.tokens
        var matches: [Match] = []
        func isTerm(_ token: Token) -> Bool {
            let letters = document.lowercased(token.range)
            return isAbbreviation(letters) || token.end - token.start >= 3 && Lexicon.abbreviations.contains(token, in: document)
                || bytes[token.start].isLower && Self.isCommonWord(letters)
        }
        func isLetters(_ token: Token) -> Bool {
            !token.isNumber && (2...3).contains(token.end - token.start) && (document.isAllCaps(token) || bytes[token.range].allSatisfy(\.isLower)) && token.zone == .text
        }
        // (A slash after the first letters, tested first: "AB/CD", "ab / cd".)
        for position in tokens.indices.dropLast() where tokens[position].end + 1 < bytes.count
            && (bytes[tokens[position].end] == UInt8(ascii: "/") || bytes[tokens[position].end] == UInt8(ascii: " ") && bytes[tokens[position].end + 1] == UInt8(ascii: "/"))
            && isLetters(tokens[position]) {
            let first = tokens[position], second = tokens[position + 1]
            let gap = bytes[first.end..<second.start]
            guard isLetters(second), gap.elementsEqual("/".utf8) || gap.elementsEqual(" / ".utf8),
                  first.start == 0 || bytes[first.start - 1] == UInt8(ascii: " ") || bytes[first.start - 1] == UInt8(ascii: "("),
                  !first.isIn(.romanMonths), !second.isIn(.romanMonths),
                  !isTerm(first) || !isTerm(second) else { continue }
            // The pair ends its line as written (a full stop may close it), or a clock time follows.
            var after = second.end
            if after < written.count, written[after] == UInt8(ascii: ".") { after += 1 }
            while after < written.count, written[after] == UInt8(ascii: " ") { after += 1 }
            guard after >= written.count || written[after].isLineBreak || DateRule.clockTime(at: after, in: bytes) else { continue }
            matches.append(Match(first.range, "initials"))
            matches.append(Match(second.range, "initials"))
        }
        return matches
    }

    /// Nouns after letters that make them a term: "BK virus", "JC polyomavirus", "HS score".
    static let termNouns: WordList = ["virus", "viruses", "viral", "polyomavirus", "infection", "nephropathy", "antigen", "antibody", "antibodies", "level",
                                      "levels", "count", "score", "test", "testing", "scan", "protocol", "criteria", "gene", "genes", "mutation", "variant",
                                      "status", "positive", "negative", "disease", "syndrome", "load", "titre", "titer", "assay", "staining", "cells", "receptor"]

    /// Whether the document writes the same capitals before a term's noun elsewhere: "BK virus", "BK viral load".
    static func isUsedAsTerm(_ token: Token, tokens: [Token], in document: ScanDocument) -> Bool {
        let letters = document.bytes[token.range]
        for (index, other) in tokens.enumerated() where other.end - other.start == letters.count && index + 1 < tokens.count
            && document.bytes[other.range].elementsEqual(letters) && tokens[index + 1].start == other.end + 1
            && document.bytes[tokens[index + 1].start].isLower && termNouns.contains(tokens[index + 1], in: document) {
            return true
        }
        return false
    }

    /// Answers a checklist gives after a dash: "Eye signs — yes".
    static let answers: Set<String> = ["yes", "no", "nil", "none", "ok", "na", "neg", "pos", "nad", "done", "met", "not"]

    /// Departments and places a note may end by naming ("Transferred. — ICU"): never a signature.
    static func isDepartment(_ letters: String) -> Bool {
        LocationRule.departmentAbbreviations.contains(letters) || ["ct", "mri", "gp", "ent", "opd", "cath", "sicu", "micu"].contains(letters)
    }

    /// Whether the document spells out an abbreviation: "ASV (adaptive servo-ventilation)" or
    /// "adaptive servo-ventilation (ASV)".
    static func isDefinedAcronym(_ letters: String, in document: ScanDocument) -> Bool {
        guard letters.count >= 2 else { return false }
        let upper = Array(letters.uppercased().utf8)
        let bytes = document.bytes, tokens = document.tokens
        let minor: Set<String> = ["of", "and", "the", "for", "in", "to", "with", "on", "a", "an", "&"]
        /// The first letters of the words in a byte range, hyphenated parts counted apart, minor words left out.
        func initials(_ range: Range<Int>) -> [[UInt8]] {
            String(decoding: bytes[range], as: UTF8.self).split(whereSeparator: { !$0.isLetter && $0 != "'" })
                .filter { !minor.contains($0.lowercased()) }
                .map { Array($0.prefix(1).uppercased().utf8) }
        }
        for (position, token) in tokens.enumerated() where !token.isNumber && bytes[token.range].elementsEqual(upper) {
            // "ASV (adaptive servo-ventilation)"
            if token.end + 2 < bytes.count, bytes[token.end] == UInt8(ascii: " "), bytes[token.end + 1] == UInt8(ascii: "("),
               let close = bytes[(token.end + 2)...].prefix(80).firstIndex(of: UInt8(ascii: ")")) {
                if initials((token.end + 2)..<close).joined().elementsEqual(upper) { return true }
            }
            // "adaptive servo-ventilation (ASV)"
            if token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "("), token.end < bytes.count, bytes[token.end] == UInt8(ascii: ")"), position >= 1 {
                let words = initials(max(0, token.start - 120)..<(token.start - 1))
                // A term spelled out, not a person: "Hana Kobayashi (HK)" gives initials, not an abbreviation.
                let expansion = String(decoding: bytes[max(0, token.start - 120)..<(token.start - 1)], as: UTF8.self)
                    .split(whereSeparator: { !$0.isLetter }).suffix(upper.count)
                let isTerm = expansion.contains { $0.first?.isLowercase ?? false || Lexicon.englishWords.contains(String($0)) }
                if isTerm, words.count >= upper.count, words.suffix(upper.count).joined().elementsEqual(upper) { return true }
                // "The Liverpool Care Pathway for the Dying Patient (LCP)": the letters of the name's first words, a qualifier after them —
                // one of the words an English word that is no name ("Care"; not "Rose Anne Hill (RAH)").
                let named = String(decoding: bytes[max(0, token.start - 120)..<(token.start - 1)], as: UTF8.self)
                    .split(whereSeparator: { !$0.isLetter && $0 != "'" }).filter { !minor.contains($0.lowercased()) }.suffix(8)
                if upper.count >= 3, named.count > upper.count {
                    let list = Array(named)
                    for first in 0...(list.count - upper.count) {
                        let window = list[first..<(first + upper.count)]
                        if window.map({ Array($0.prefix(1).uppercased().utf8) }).joined().elementsEqual(upper),
                           window.allSatisfy({ $0.first?.isUppercase ?? false }),
                           window.contains(where: { Lexicon.englishWords.contains(String($0)) && !Lexicon.firstNames.contains(String($0))
                               && !Lexicon.surnames.contains(String($0)) && !Lexicon.firstNamesWithWords.contains(String($0)) }) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Words that a person, not a test or a service, does: "RM received weekly IVIG", "DA chose to stop", "TW aware".
    static let personVerbs = WordList(vocabulary: .personVerbs, ["aware", "chose", "declined", "agreed", "asked", "felt", "said", "says", "told", "wanted", "wished",
                                       "decided", "refused", "consented", "received", "settled", "returned", "attended", "underwent",
                                       "himself", "herself", "rarely", "never", "preferred", "understood", "complained", "denied",
                                       "reports", "reported", "states", "stated", "tolerated", "walked", "slept", "ate", "delighted",
                                       "agreeable", "keen", "happy", "unhappy", "anxious", "tearful", "comfortable", "mobilising",
                                       "calling", "crying", "shouting", "asleep", "awake", "confused", "agitated", "wandering",
                                       "read", "wrote", "rang", "phoned", "texted", "kept", "insisted", "laughed", "smiled", "cried"])
    /// Staff roles written in brackets after initials: "SB (FY1)", "MW (ward sister)", "rk (HCA)", "PM (perfusionist)".
    static let rolesInBrackets: Set<String> = ["fy1", "fy2", "sho", "spr", "str", "cons", "consultant", "registrar", "reg", "resident", "intern", "fellow",
                                               "attending", "sister", "ward sister", "ward nurse", "charge nurse", "staff nurse", "nurse", "rn", "rgn", "en", "hca", "hcsw",
                                               "pic", "nic", "nurse in charge", "ward clerk", "ward manager", "matron", "pharmacist", "paramedic", "emt",
                                               "perfusionist", "anaesthetist", "anesthetist", "surgeon", "dietitian", "dietician", "physio",
                                               "physiotherapist", "ot", "slt", "social worker", "key worker", "keyworker", "care assistant",
                                               "support worker", "carer", "radiographer", "sonographer", "porter", "interpreter", "chaplain",
                                               "scrub", "scrub nurse", "circulator", "midwife", "student nurse", "student midwife", "doctor",
                                               "np", "lpn", "cna", "gp", "night nurse", "day nurse", "team leader", "shift lead", "coordinator",
                                               "co-ordinator", "manager", "deputy manager", "senior carer", "care worker", "healthcare assistant"]

    /// Whether a role from `rolesInBrackets` fills the brackets that open at an offset, alone ("(FY1)") or before a comma or a
    /// semicolon ("(ward sister, nights)").
    static func isBracketedRole(at start: Int, in bytes: [UInt8]) -> Bool {
        let limit = min(bytes.count, start + 40)
        guard let end = bytes[start..<limit].firstIndex(where: { $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0.isLineBreak }),
              !bytes[end].isLineBreak, end > start else { return false }
        return rolesInBrackets.contains(String(decoding: bytes[start..<end].map(\.lowercased), as: UTF8.self))
    }

    /// Labels after which a short code is someone's initials: "Scored by: ahk", "signed \"OP\"", "Naam: JvdB".
    static let signatureLabels = presentInOtherLanguages + ["scored by", "reported by", "signed by", "signed off", "signed", "reviewed by", "checked by", "seen by",
                                  "verified by", "entered by", "authorised by", "authorized by", "written by", "initials", "naam", "nom",
                                  "nombre", "name", "patient", "pt", "resident", "client", "our ref", "rph", "dispensed by", "prepared by",
                                  "filled by", "crew", "pcp", "acp", "emt", "co-signed", "cosigned", "countersigned", "witnessed by",
                                  // The theatre team on a count sheet ("Circulator:     PB").
                                  "circulator", "scrub nurse", "scrub", "runner", "instrument nurse", "anaesthetic nurse",
                                  // Handovers and sign-off lists: "Handed over by KJ to R.McD.", "Bedside nurse sign-offs: DM (nights)".
                                  "handed over by", "handed over to", "taken over by", "sign-offs", "signed off by",
                                  // "The checklist entry had been initialled PvdW", "Physio notes initialled SW throughout".
                                  "initialled", "initialed", "initialled by", "initialed by",
                                  // "emailed with questions, answered by AK on 9 April".
                                  // (Not "taken by SAMU", "recorded by IR": a service may do those.)
                                  "answered by", "replied by", "dictated by", "typed by", "transcribed by",
                                  // "Data were extracted by LMQ", "contact list exported by PR", "PCR scanned by jt".
                                  "extracted by", "exported by", "scanned by", "uploaded by", "interpreted by", "assigned to", "triaged by",
                                  "examined by", "requested by", "counted by", "entries by",
                                  // A document's history: "Tracked change by MT", "last edited HM", "amended by RK".
                                  "tracked change by", "last edited", "last edited by", "edited by", "amended by", "revised by", "completed by",
                                 ] + proseSignatureLabels + proseSignatureLabelsBeforeColon
    /// Operation notes and meeting minutes: "Operator HO, second operator MFK", "Typed JMW". Words that are also ordinary
    /// prose ("reviewed CT"): after them a clinical abbreviation, or letters with a lowercase word after them, are not initials.
    static let proseSignatureLabels = ["operator", "second operator", "typed", "reviewed",
                                       // A role word, then the person's initials: "measured by care staff KW", "read by our MA jl", "nurse TM".
                                       "care staff", "staff", "carer", "hca", "porter", "ma", "scribe", "nurse", "midwife", "physio", "interpreter",
                                       "sho", "fy1", "fy2", "reg", "registrar", "intern", "resident", "fellow", "consultant", "pharmacist",
                                       // "Tech: KW", "Sono: LH", "witness kkt", "Rota lead BQ", "with coordinator jgs".
                                       "tech", "sono", "sonographer", "radiographer", "technologist", "witness", "rota lead", "team lead", "shift lead",
                                       "coordinator", "co-ordinator", "supervisor", "keyworker", "key worker", "chaperone", "attendees",
                                       // A nurse or a doctor in Czech, Hungarian, Danish, Swedish, Finnish and Lithuanian: "sestra J.N.", "ápoló K. É.",
                                       // "læge LM", "gyd. R. P.".
                                       "sestra", "ápoló", "læge", "sygeplejerske", "sjuksköterska", "sairaanhoitaja", "gyd"]
    /// "Present" in German, French, Spanish and Portuguese, Italian and Dutch minutes: "Anwesend: FG (Nuk), NHI (Nuk)".
    static let presentInOtherLanguages = ["anwesend", "présents", "presentes", "presenti", "aanwezig"]
    /// Labels that a list of those present follows: "attendees CA, MD, TZ", "MDT: NE, CM, jw".
    static let listsOfPeople = Set(["present", "attendees", "mdt", "team", "attendance", "apologies"] + presentInOtherLanguages)
    /// The same as `proseSignatureLabels`, but labels only with a colon (or closing bold) after them: "Chair: ADM", "Present: KLM
    /// (chair), RdS" (not "present. PML").
    static let proseSignatureLabelsBeforeColon = ["chair", "present", "minutes", "owner", "presenter", "mdt", "team", "attendance", "apologies",
                                                  // "Informed son by phone. Sign: AS".
                                                  "sign",
                                                  // A session log's, a transport sheet's and a care rota's: "clinician: KW", "Dispatcher: MR", "Aide: TS".
                                                  "clinician", "dispatcher", "aide"] + presentInOtherLanguages
    /// The end of initials listed among those present: "RA", "PKS", "JMcG", "TO'B", "A-LK", "MSt", "PhG" — two to five letters (a
    /// hyphen or an apostrophe may join a capital on), a capital first and at least two in all, at most two lowercase; nil otherwise.
    static func listedInitialsEnd(at start: Int, in bytes: [UInt8]) -> Int? {
        guard start < bytes.count, bytes[start].isUpper, start == 0 || !bytes[start - 1].isAlphanumeric else { return nil }
        var end = start, letters = 0, capitals = 0
        while end < bytes.count {
            if bytes[end].isASCIILetter {
                letters += 1
                if bytes[end].isUpper { capitals += 1 }
                end += 1
            } else if bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "'"), end + 1 < bytes.count, bytes[end + 1].isUpper {
                end += 1
            } else {
                break
            }
        }
        guard (2...5).contains(letters), capitals >= 2, letters - capitals <= 2,
              end == bytes.count || !bytes[end].isAlphanumeric && !(bytes[end] >= 0xC3 && bytes[end] <= 0xDF) else { return nil }
        return end
    }

    /// Honorifics and words for "patient" written beside initials in Japanese and Chinese: "HT 様", "患者 W.D.".
    static let honorificsAfter: [[UInt8]] = ["様", "さん", "氏", "先生"].map { Array($0.utf8) }
    static let patientWordsBefore: [[UInt8]] = ["患者", "病人", "患儿"].map { Array($0.utf8) }

    /// The end of initials written from `start`: "PK", "mdl", "k.m.", "R.T-K.", "W.S." (two to four letters,
    /// one case when not dotted), ending a word; and the letters, lowercased.
    static func initialsShape(at start: Int, in bytes: [UInt8]) -> (end: Int, letters: String)? {
        guard start < bytes.count, bytes[start].isASCIILetter, start == 0 || !bytes[start - 1].isAlphanumeric else { return nil }
        var end = start
        while end < bytes.count, bytes[end].isASCIILetter || (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-"))
                && end + 1 < bytes.count && bytes[end + 1].isASCIILetter || bytes[end] == UInt8(ascii: ".") && end > start && bytes[end - 1].isASCIILetter {
            end += 1
        }
        guard end == bytes.count || !bytes[end].isAlphanumeric && !(bytes[end] >= 0xC3 && bytes[end] <= 0xDF) else { return nil }
        // "co-signed KD.": a full stop that ends the sentence after undotted initials is not part of them.
        if end - start >= 3, bytes[end - 1] == UInt8(ascii: "."), !bytes[start..<(end - 1)].contains(UInt8(ascii: ".")) { end -= 1 }
        let run = bytes[start..<end]
        // Count the letters before collecting them: most words have more than four.
        var count = 0
        for byte in run where byte.isASCIILetter {
            count += 1
            if count > 4 { return nil }
        }
        guard count >= 2 else { return nil }
        // (The letters are read in place and written straight into a small string: this is asked of nearly every short word.)
        var dotted = false, longGroup = false, group = 0, capitals = 0, letter = 0, firstIsCapital = false, lastIsCapital = false, innerCapital = false
        for offset in run.indices {
            let byte = bytes[offset]
            guard byte.isASCIILetter else {
                group = 0
                if byte == UInt8(ascii: ".") { dotted = true }
                continue
            }
            group += 1
            // ("A.McD", "K.McC.": after a dotted initial, Mc and a capital, a Scottish or Irish surname's, are one initial.)
            if group > 1, !Self.isDottedMacInitial(at: offset + 1 - group, in: bytes, from: start) { longGroup = true }
            if byte.isUpper { capitals += 1 }
            if letter == 0 { firstIsCapital = byte.isUpper } else if letter == count - 1 { lastIsCapital = byte.isUpper } else if byte.isUpper { innerCapital = true }
            letter += 1
        }
        if dotted {
            // Dotted: every group of letters is one letter ("J.v.d.B." is fine, "Dr." or "e.g." is not).
            if longGroup { return nil }
        } else if capitals != count && capitals != 0 {
            // "JvdB", "AvD": capitals around lowercase particles.
            guard count >= 3, firstIsCapital, lastIsCapital, !innerCapital else { return nil }
        }
        let letters = String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for byte in run where byte.isASCIILetter {
                buffer[written] = byte.lowercased
                written += 1
            }
            return written
        }
        return (end, letters)
    }

    /// Whether lowercased letters are a role, a unit (`namesARoleOrUnit`) or a term the context or a comment uses ("icu", "ct", "mri").
    static func namesRoleUnitOrTerm(_ letters: String) -> Bool {
        namesARoleOrUnit(letters) || contextAbbreviations.contains(letters) || commentTerms.contains(letters)
    }

    /// Whether "Mc" and a capital, alone, start at an offset after a dotted initial: the "McD" of "A.McD" or "K.McC.".
    static func isDottedMacInitial(at groupStart: Int, in bytes: [UInt8], from start: Int) -> Bool {
        groupStart >= start + 2 && bytes[groupStart - 1] == UInt8(ascii: ".") && groupStart + 2 < bytes.count
            && bytes[groupStart] == UInt8(ascii: "M") && bytes[groupStart + 1] == UInt8(ascii: "c") && bytes[groupStart + 2].isUpper
            && (groupStart + 3 == bytes.count || !bytes[groupStart + 3].isASCIILetter)
    }

    /// Nursing and medical credentials that a signature writes beside the signer's initials.
    static let credentials: WordList = ["rn", "rgn", "rm", "lpn", "lvn", "cna", "np", "md", "emt", "cnm", "crna", "aprn", "hca", "rph", "en"]
    /// Capitals beside a credential that are not the signer's initials: units ("ICU RN", "ED RN") and more credentials ("BSN RN").
    static let besideCredentialTerms: WordList = ["icu", "ed", "er", "or", "pacu", "nicu", "picu", "ccu", "hdu", "ob", "sicu", "micu", "cvicu", "tele",
                                                  "gi", "ir", "ltc", "snf", "ems", "l&d", "bsn", "msn", "dnp", "ccrn", "cen", "cpen", "ocn", "cnor", "rnc",
                                                  "phd", "mph", "mba", "ms", "ma", "bs", "ba", "bsc", "msc", "cpn", "fnp", "pnp", "rt", "new",
                                                  "ft", "prn", "the", "lead", "charge", "staff", "float", "agency", "home", "day", "night"]

    /// Whether letters in capitals name a role, a credential or a unit rather than a person: "RN", "HCA", "BSN", "ICU", "ED".
    static func namesARoleOrUnit(_ letters: String) -> Bool {
        roleAbbreviations.contains(letters) || credentials.contains(letters) || besideCredentialTerms.contains(letters)
            || LocationRule.departmentAbbreviations.contains(letters)
    }

    /// Initials beside a credential in capitals, as flowsheets and handoffs sign: "JFK RN 01/07/2024", "- ETB RN", "Handoff from: JL RN /
    /// Dr Marchetti", "given    RN GH" (the credential first, at the end of a line) — two or three capitals, even letters that abbreviate
    /// something elsewhere ("JFK", "GH"), but not a unit or another credential (`besideCredentialTerms`: "ICU RN", "BSN RN"), a role, a
    /// state or an English word.
    private func besideCredentials(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        func isInitials(_ token: Token) -> Bool {
            guard !token.isNumber, token.zone == .text, (2...3).contains(token.end - token.start), bytes[token.range].allSatisfy(\.isUpper) else { return false }
            let letters = document.lowercased(token.range)
            // (Beside a credential, letters that abbreviate something else are initials too: "JFK RN", "RN GH".)
            return !Self.besideCredentialTerms.contains(letters) && !Self.roleAbbreviations.contains(letters)
                && !Self.credentials.contains(letters) && !PostalCodeRule.usStates.contains(letters.uppercased()) && !Lexicon.englishWords.contains(token, in: document)
        }
        // (A credential is written in capitals: only those words are walked.)
        for position in document.allCapsWords where tokens[position].end - tokens[position].start <= 5 {
            let credential = tokens[position]
            guard bytes[credential.range].allSatisfy(\.isUpper), Self.credentials.contains(credential, in: document) else { continue }
            // "JFK RN": the initials just before, after a space, a dash, a slash or a colon (not inside a longer run of capitals).
            if position >= 1, tokens[position - 1].end + 1 == credential.start, bytes[credential.start - 1] == UInt8(ascii: " "), isInitials(tokens[position - 1]) {
                let initials = tokens[position - 1]
                let before = initials.start >= 1 ? bytes[initials.start - 1] : UInt8(ascii: "\n")
                if before.isSpace || before.isLineBreak || before == UInt8(ascii: "-") || before == UInt8(ascii: "/") || before == UInt8(ascii: ":") || before == UInt8(ascii: "|"),
                   position < 2 || !(tokens[position - 2].end + 1 == initials.start && bytes[tokens[position - 2].range].allSatisfy({ !$0.isLower }) && !tokens[position - 2].isNumber) {
                    matches.append(Match(initials.range, "initials"))
                    continue
                }
            }
            // "RN GH" at the end of a line or before a slash or a full stop.
            if position + 1 < tokens.count, tokens[position + 1].start == credential.end + 1, bytes[credential.end] == UInt8(ascii: " "), isInitials(tokens[position + 1]) {
                let initials = tokens[position + 1]
                // (On the line as written: Markdown runs a paragraph's lines on in `bytes`.)
                let written = document.source.utf8
                var after = initials.end
                while after < written.count, written[after] == UInt8(ascii: " ") { after += 1 }
                if after == written.count || written[after].isLineBreak || written[after] == UInt8(ascii: "/") || written[after] == UInt8(ascii: "|")
                    || written[after] == UInt8(ascii: ".") && (after + 1 == written.count || !written[after + 1].isLetterLike) {
                    matches.append(Match(initials.range, "initials"))
                }
            }
        }
        return matches
    }

    /// The initials that sign a dated log entry: right after its bold stamp (and a time), "- **Mon 7 Oct**, 09:40, SR. First visit.",
    /// "- **21/10**, SR. Slough 30%.", "- **18-Nov-24**, SR/ML. Granulating." — two or three capitals, then a full stop or a slash; or
    /// after the time inside the stamp, before a colon or an arrow, "**23:40 MI:**", "**22:41 MI → EP fellow:**".
    private func afterEntryStamps(in document: ScanDocument) -> [Match] {
        let written = document.source.utf8
        var matches: [Match] = []
        for (index, lineStart) in document.source.lineStarts.enumerated() where document.zones[index] == .text {
            var at = lineStart
            while at < written.count, written[at] == UInt8(ascii: " ") || written[at] == UInt8(ascii: "-") || written[at] == UInt8(ascii: ">") { at += 1 }
            guard at + 4 < written.count, written[at] == UInt8(ascii: "*"), written[at + 1] == UInt8(ascii: "*"),
                  let close = written[(at + 2)..<min(written.count, at + 34)].firstIndex(of: UInt8(ascii: "*")), close + 1 < written.count,
                  written[close + 1] == UInt8(ascii: "*"), written[(at + 2)..<close].contains(where: \.isDigit) else { continue }
            // "**22:41 MI → Gen Surg senior:**", "**23:40 MI:**": a time and the writer's initials inside the bold stamp.
            if DateRule.clockTime(at: at + 2, in: written) {
                var start = at + 2
                while start < close, written[start] != UInt8(ascii: " ") { start += 1 }
                start += 1
                var end = start
                while end < close, written[end].isUpper { end += 1 }
                if (2...3).contains(end - start), document.hasPrefix(":", at: end) || document.hasPrefix(" →", at: end) || document.hasPrefix(" ->", at: end),
                   !Self.namesARoleOrUnit(document.lowercased(start..<end)) {
                    matches.append(Match(start..<end, "initials"))
                }
            }
            var cursor = close + 2
            guard document.hasPrefix(", ", at: cursor) else { continue }
            cursor += 2
            // An optional time: "09:40, ".
            if DateRule.clockTime(at: cursor, in: written), let comma = written[cursor..<min(written.count, cursor + 6)].firstIndex(of: UInt8(ascii: ",")),
               document.hasPrefix(", ", at: comma) {
                cursor = comma + 2
            }
            var end = cursor
            while end < written.count, end - cursor < 3, written[end].isUpper { end += 1 }
            guard (2...3).contains(end - cursor), end < written.count, written[end] == UInt8(ascii: ".") || written[end] == UInt8(ascii: "/"),
                  !Self.roleAbbreviations.contains(document, cursor..<end), !Lexicon.englishWords.contains(document, cursor..<end) else { continue }
            matches.append(Match(cursor..<end, "initials"))
            // "SR/ML": a second signer after the slash.
            if written[end] == UInt8(ascii: "/") {
                var second = end + 1
                while second < written.count, second - end - 1 < 3, written[second].isUpper { second += 1 }
                if (2...3).contains(second - end - 1), second == written.count || !written[second].isLetterLike {
                    matches.append(Match((end + 1)..<second, "initials"))
                }
            }
        }
        return matches
    }

    /// The initials in brackets in the heading of a dated or timed note entry: "**3rd Aug** — Home visit (CB).", "**Fri 17:45** — First home
    /// visit (JS, AK).", "Thu 9/11 (JS/HR):", "### SLT — 9th May 2023 (OF)" — when every item in the brackets is a short word of capitals,
    /// each one that has the shape of initials and is not a role, a credential or a unit ("(TK, CNS)": TK; "(RT, AK)": AK, "RT" being a
    /// respiratory therapist); a single item is two capitals and no known abbreviation ("**12/3** — CT (CXR)" is a term).
    private func inEntryHeadings(in document: ScanDocument) -> [Match] {
        let written = document.source.utf8
        var matches: [Match] = []
        for (index, lineStart) in document.source.lineStarts.enumerated() where document.zones[index] == .text {
            var at = lineStart
            while at < written.count, written[at] == UInt8(ascii: " ") || written[at] == UInt8(ascii: "-") || written[at] == UInt8(ascii: ">")
                    || written[at] == UInt8(ascii: "#") || written[at] == UInt8(ascii: "*") { at += 1 }
            // (Only the line's first 140 bytes are read below: its end is looked for no further.)
            let lineEnd = written[at..<min(written.count, at + 140)].firstIndex(where: \.isLineBreak) ?? min(written.count, at + 140)
            let limit = min(lineEnd, at + 100)
            // (Most lines hold no bracket near their start: look for one, with memchr, before reading the stamp.)
            guard ScanDocument.contains(UInt8(ascii: "("), in: written, range: at..<limit) else { continue }
            let stamp = at..<min(lineEnd, at + 30)
            // A stamp near the start: a clock time, a day and month with a slash, an ordinal day, or a weekday or month.
            guard stamp.contains(where: { written[$0].isDigit }),
                  stamp.contains(where: { DateRule.clockTime(at: $0, in: written) || written[$0] == UInt8(ascii: "/") && $0 > at && written[$0 - 1].isDigit })
                    || document.firstTokenIndex(from: at).map({ first in
                        document.tokens[first...].prefix(while: { $0.start < stamp.upperBound }).contains {
                            !$0.isNumber && ($0.isIn(.weekdays) || $0.isIn(.monthWords)
                                || ["st", "nd", "rd", "th"].contains(document.lowercased($0.range)) && $0.start >= 1 && written[$0.start - 1].isDigit) } }) == true
            else { continue }
            // Each bracket of the line's first hundred bytes.
            var cursor = at
            while cursor < limit, let open = written[cursor..<limit].firstIndex(of: UInt8(ascii: "(")),
                  let close = written[open..<min(lineEnd, open + 40)].firstIndex(of: UInt8(ascii: ")")) {
                cursor = close + 1
                var items: [Range<Int>] = []
                var itemStart = open + 1
                for position in (open + 1)...close where position == close || written[position] == UInt8(ascii: ",") || written[position] == UInt8(ascii: "/")
                    || written[position] == UInt8(ascii: "+") {
                    var start = itemStart, end = position
                    while start < end, written[start] == UInt8(ascii: " ") { start += 1 }
                    while end > start, written[end - 1] == UInt8(ascii: " ") { end -= 1 }
                    if end > start { items.append(start..<end) }
                    itemStart = position + 1
                }
                // Every item is a short word of capitals — initials, a role or a credential: "(RT, AK)", "(TK, CNS)", not "(DCD, from withdrawal …)".
                guard !items.isEmpty, items.allSatisfy({ item in item.count <= 6 && written[item.lowerBound].isUpper
                        && Self.initialsShape(at: item.lowerBound, in: document.bytes)?.end == item.upperBound }) else { continue }
                for item in items {
                    // (Two or three capitals, or dotted initials; one item alone is two capitals: "(CB)", not "(DCD)", "(AJCC 8th ed)".)
                    guard let shape = Self.initialsShape(at: item.lowerBound, in: document.bytes), shape.end == item.upperBound,
                          (2...6).contains(item.count), written[item.lowerBound].isUpper,
                          shape.letters.count <= 3, items.count > 1 || shape.letters.count == 2,
                          // ("(DD/MM/YYYY)": a date's format.)
                          Set(shape.letters).count > 1,
                          !Self.namesARoleOrUnit(shape.letters), !Self.departmentWords.contains(shape.letters),
                          items.count > 1 || !Self.abbreviations.contains(shape.letters) && !Lexicon.abbreviations.contains(document, item)
                            && !Self.contextAbbreviations.contains(shape.letters) else { continue }
                    matches.append(Match(item, "initials"))
                }
            }
        }
        return matches
    }

    private func isAbbreviation(_ letters: String) -> Bool {
        Self.abbreviations.contains(letters) || Self.dottedAbbreviations.contains(letters) || Self.contextAbbreviations.contains(letters)
            || PersonNames.stopwords.contains(letters) || PostalCodeRule.usStates.contains(letters.uppercased())
            || PostalCodeRule.australianStates.contains(letters.uppercased())
    }

    /// A list of three or more capital pairs and triples, two of them at least no known abbreviation: "Students are TJX, NKS, AR,
    /// YSM, LHB and DP" — people named by their initials, the abbreviations among them included. (Not "HR, BP, RR and SpO2".)
    private func listsOfInitials(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        func isItem(_ token: Token) -> Bool {
            // (ASCII capitals only: "interferon α, β and γ" are Greek letters, which `isAllCaps` counts as capitals.)
            !token.isNumber && (2...3).contains(token.end - token.start) && bytes[token.range].allSatisfy(\.isUpper) && token.zone == .text
                && (token.start == 0 || !bytes[token.start - 1].isAlphanumeric && bytes[token.start - 1] != UInt8(ascii: "-"))
                && (token.end == bytes.count || !bytes[token.end].isAlphanumeric && bytes[token.end] != UInt8(ascii: "-"))
                // ("segments II, III and VI": Roman numerals — not "DM" or "MC", which are initials too.)
                && !bytes[token.range].allSatisfy({ "IVX".utf8.contains($0) })
        }
        // (An item is written in capitals: only those words are walked.)
        for start in document.allCapsWords where start >= position {
            position = start
            guard isItem(tokens[position]) else { continue }
            var last = position
            while last + 1 < tokens.count, isItem(tokens[last + 1]) {
                let gap = bytes[tokens[last].end..<tokens[last + 1].start]
                guard gap.elementsEqual(", ".utf8) || gap.elementsEqual(" and ".utf8) || gap.elementsEqual(", and ".utf8) else { break }
                last += 1
            }
            let items = tokens[position...last]
            if items.count >= 3, items.filter({ !Lexicon.abbreviations.contains($0, in: document) && !isAbbreviation(document.text($0.range).lowercased()) }).count >= 2 {
                matches += items.map { Match($0.range, "initials") }
            }
            position = last + 1
        }
        return matches
    }

    /// Initials known from their context rather than their form: sign-offs after a dash, signature labels,
    /// key–value table rows, a short code followed by something only a person does, "(HK)" after
    /// "Hana Kobayashi", staff pairs "(IC/LH)", and Japanese or Chinese honorifics.
    /// Capitals after a slash that are the initials of the name before it, as a signature gives both: "DIS T. Whitcombe / TW",
    /// "Nurse E. Jepchirchir / EJ". (Not an abbreviation after what it stands for, "Glasgow Coma Scale / GCS": the last word of a
    /// name is not an English word, unless it is a surname too.)
    /// A table column of staff initials, whatever its header says: every cell of two rows or more is a set of initials ("AK",
    /// "NB / SD", "E.McC."), or a dash, with three people among them or a cell signed by two — a medication chart's "given by", a
    /// theatre list's surgeon or scrub nurse, an observation chart's signature.
    /// (Not a column of terms: a cell that is a known abbreviation of three letters or more, "IV", "PO" routes in two letters that
    /// the abbreviations list holds, or a single letter, sends the column back.)
    /// Codes a table's cells hold that are no one's initials: "not done", "not recorded", "not applicable", "to be confirmed".
    static let cellStatusCodes: Set<String> = ["na", "nd", "nr", "ns", "nk", "nt", "ni", "ng", "ok", "no", "yes", "tbc", "tba", "tbd", "nil", "pos", "neg",
                                               "dnr", "dna", "nad", "wnl", "ooh", "inr", "abx", "iv", "im", "sc", "po", "pr", "sl", "od", "bd", "tds", "qds"]

    private func initialsColumns(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        /// The initials of a cell, each as a range, or nil when the cell is something else; empty for a dash or an empty cell.
        func initialsIn(_ cell: Range<Int>) -> [Range<Int>]? {
            let text = bytes[cell].trimmingWhitespace()
            if text.isEmpty || text.elementsEqual("—".utf8) || text.elementsEqual("-".utf8) || text.elementsEqual("–".utf8) { return [] }
            // (Every part starts with a capital, the first included: most cells are words or numbers, told apart before any array is made.)
            guard let lead = text.first, lead.isUpper else { return nil }
            var found: [Range<Int>] = []
            for part in text.split(separator: UInt8(ascii: "/")) {
                let trimmed = part.trimmingWhitespace()
                // (Capitals, a lowercase particle at most: "AK", "JvdB", "E.McC." — not "dine", "yes".)
                guard let first = trimmed.first, first.isUpper, trimmed.lazy.filter(\.isLower).count <= (trimmed.contains(UInt8(ascii: ".")) ? 2 : 1),
                      let (end, letters) = Self.initialsShape(at: trimmed.startIndex, in: bytes), end == trimmed.endIndex,
                      (2...4).contains(letters.count), !isAbbreviation(letters) || letters.count == 2 && !Self.abbreviations.contains(letters),
                      !Self.isCommonWord(letters), !Self.cellStatusCodes.contains(letters) else { return nil }
                found.append(trimmed.startIndex..<end)
            }
            return found
        }
        var table: [TableColumns.Row] = []
        func readTable() {
            defer { table = [] }
            let body = table.filter { !$0.isSeparator && !$0.isHeader }
            guard body.count >= 2, let width = body.map(\.cells.count).max() else { return }
            columns: for column in 0..<width {
                var cells: [[Range<Int>]] = []
                for row in body where column < row.cells.count {
                    guard let initials = initialsIn(row.cells[column]) else { continue columns }
                    cells.append(initials)
                }
                let filled = cells.filter { !$0.isEmpty }
                // Two rows of initials or more, and three people among them or a cell signed by two ("SK / JP"): a column of
                // terms repeats two or three values ("VCV", "PCV"; "CC", "MCC") and never pairs them.
                guard filled.count >= 2, Set(filled.flatMap { $0 }.map { bytes[$0].filter(\.isASCIILetter).map(\.lowercased) }).count >= 3
                        || filled.contains(where: { $0.count >= 2 }) else { continue }
                guard body.allSatisfy({ column < $0.cells.count }) || filled.count >= 3 else { continue }
                matches += filled.flatMap { $0 }.filter { document.zone(at: $0.lowerBound) == .text }.map { Match($0, "initials") }
            }
        }
        var previousLine = -1
        for row in document.tableRows {
            if row.line != previousLine + 1 { readTable() }
            previousLine = row.line
            table.append(row)
        }
        readTable()
        return matches
    }

    /// How many pairs of a lowercase word and a capital letter alone, each ended by a comma or a bracket, the written line around an
    /// offset holds: "(header H, patient P, order O, result R, comment C, terminator L)" holds six.
    static func lettersKeyPairs(around offset: Int, in document: ScanDocument) -> Int {
        let line = document.source.lineBytes(document.line(at: offset))
        var count = 0
        var index = line.startIndex + 2
        while index + 1 < line.endIndex {
            defer { index += 1 }
            guard line[index].isUpper, line[index - 1] == UInt8(ascii: " "), line[index - 2].isLower,
                  line[index + 1] == UInt8(ascii: ",") || line[index + 1] == UInt8(ascii: ")") else { continue }
            count += 1
        }
        return count
    }

    /// Editors' initials in the HTML comments a migrated page keeps, where each note is signed: "Commento [LM]: lasciare …",
    /// "[b] RV: Kat, …", "<!-- NH 2022: removed …", "Bearbeitet: MR — Bildrechte geklärt; HK — bitte …", "Relecture AL : …",
    /// "Nota del editor (MLR): …" — two or three capitals in square brackets, or before a colon (a year may come between) or a
    /// spaced dash, or in round brackets before a colon; not a closing word ("NB", "OK", "TODO") nor a role or a unit.
    private func editorsInComments(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        // The comments, and the lines of a page's history ("- Version 3 — KO: Tumorboard ergänzt", "rev 7 JDR \"pls keep\"").
        var notes: [(opening: Int, close: Int)] = document.htmlComments.map { ($0.lowerBound, $0.upperBound) }
        var revisionAuthors: Set<Int> = []
        for number in document.numbers where number >= 1 && tokens[number - 1].end + 1 == tokens[number].start
            && NameRule.isRevisionWord(tokens[number - 1], in: document) {
            let line = document.line(at: tokens[number - 1].start)
            let lineStart = document.source.lineStarts[line - 1]
            guard document.onlySpaces(lineStart..<tokens[number - 1].start, allowing: [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "!")]) else { continue }
            notes.append((tokens[number - 1].start, lineStart + document.source.lineBytes(line).count))
            // "rev 7 JDR": the letters right after the number.
            if number + 1 < tokens.count, document.onlySpaces(tokens[number].end..<tokens[number + 1].start, allowing: [UInt8(ascii: "-"), 0xE2, 0x80, 0x93, 0x94]) {
                revisionAuthors.insert(number + 1)
            }
        }
        guard !notes.isEmpty else { return [] }
        for (opening, close) in notes {
            guard var position = document.firstTokenIndex(from: opening + 4) else { continue }
            while position < tokens.count, tokens[position].end <= close {
                defer { position += 1 }
                let token = tokens[position]
                guard !token.isNumber, token.zone == .text, (2...4).contains(token.end - token.start), bytes[token.range].allSatisfy(\.isUpper) else { continue }
                let letters = document.lowercased(token.range)
                guard !Self.commentClosers.contains(letters), !Self.namesARoleOrUnit(letters), letters != "url", letters != "pdf" else { continue }
                var after = token.end
                while after < close, bytes[after] == UInt8(ascii: " ") { after += 1 }
                // "NH 2022:": a year between the initials and the colon.
                var afterYear = after
                if after + 4 < close, bytes[after..<(after + 4)].allSatisfy(\.isDigit) { afterYear = after + 4 }
                let before = token.start >= 1 ? bytes[token.start - 1] : 0
                let bracketed = before == UInt8(ascii: "[") && document.has("]", at: token.end)
                    || before == UInt8(ascii: "(") && document.has("):", at: token.end)
                let colon = document.has(":", at: after) || document.has(":", at: afterYear)
                let dash = after > token.end && document.isDash(at: after)
                // (Before a dash only after a colon, a semicolon or a dash, or first in the comment: "Bearbeitet: MR — …", "; HK — …".)
                var back = token.start - 1
                while back > opening, bytes[back] == UInt8(ascii: " ") { back -= 1 }
                let listed = back <= opening + 3 || bytes[back] == UInt8(ascii: ":") || bytes[back] == UInt8(ascii: ";") || back >= 2 && document.isDash(at: back - 2)
                    // ("previous editor DK — …": after a word that names an editor.)
                    || position >= 1 && tokens[position - 1].end == back + 1 && tokens[position - 1].isIn(.userNameLabels)
                // (Before a colon or a dash, no term a note is about: "<!-- CT: add the scan -->".)
                let term = Self.isCommonWord(letters) || Self.commentTerms.contains(token, in: document) || Self.abbreviations.contains(letters)
                    || Self.contextAbbreviations.contains(token, in: document)
                // "<!-- WP (ward nurse) please check …", "<!-- KJDC signed the consent …": first in the comment, then a role in brackets or
                // what a person does.
                let opensComment = back <= opening + 4 && !term && !Self.notNoteAuthors.contains(letters)
                let roleAfter = opensComment && document.hasPrefix(" (", at: token.end) && Self.isBracketedRole(at: token.end + 2, in: bytes)
                let verbAfter = opensComment && position + 1 < tokens.count && tokens[position + 1].start == token.end + 1
                    && (tokens[position + 1].isIn(.personVerbs) || PersonNames.isPastTense(tokens[position + 1], in: document))
                guard token.end - token.start <= 3 || roleAfter || verbAfter else { continue }
                guard bracketed || colon && !term || dash && listed && !term || revisionAuthors.contains(position) && !Self.isCommonWord(letters)
                        || roleAfter || verbAfter else { continue }
                matches.append(Match(token.range, "initials"))
            }
        }
        return matches
    }

    /// Initials in brackets after a team or a doctor's grade: "the orthogeriatric team (AR, JM, SD)", "the on-call FY2 (JM)", "the
    /// registrar (AK)", "the laboratory team (KRN)" — each two to four letters, in capitals or dotted; one set alone not a known term, a
    /// role or a unit ("the team (MDT)", "the nurse (RN)").
    private func afterStaffInBrackets(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        for open in document.offsets(of: [UInt8(ascii: "(")]) where open >= 2 && bytes[open - 1] == UInt8(ascii: " ") {
            guard let staff = document.lastTokenIndex(endingBy: open - 1), tokens[staff].end == open - 1, tokens[staff].zone == .text,
                  Self.departmentStaff.contains(tokens[staff], in: document) else { continue }
            var items: [(Int, Int)] = []
            var cursor = open + 1
            while let (end, letters) = Self.initialsShape(at: cursor, in: bytes), bytes[cursor].isUpper, !Self.namesARoleOrUnit(letters),
                  bytes[cursor..<end].allSatisfy({ $0.isUpper || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") }) || Self.listedInitialsEnd(at: cursor, in: bytes) == end {
                items.append((cursor, end))
                if document.hasPrefix(", ", at: end) { cursor = end + 2 } else if document.hasPrefix(" and ", at: end) { cursor = end + 5 }
                else if document.hasPrefix("/", at: end) { cursor = end + 1 } else { cursor = end; break }
            }
            guard !items.isEmpty, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ")") else { continue }
            if items.count == 1, let (start, end) = items.first, end - start >= 3, !bytes[start..<end].contains(UInt8(ascii: ".")),
               Lexicon.abbreviations.contains(document, start..<end) { continue }
            matches += items.map { Match($0.0..<$0.1, "initials") }
        }
        return matches
    }

    private func afterTheirNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        for position in document.allCapsWords where position >= 2 {
            let token = tokens[position], length = token.end - token.start
            guard (2...3).contains(length), token.zone == .text, bytes[token.range].allSatisfy(\.isUpper) else { continue }
            var slash = token.start - 1
            while slash >= 0, bytes[slash] == UInt8(ascii: " ") { slash -= 1 }
            guard slash >= 1, bytes[slash] == UInt8(ascii: "/") else { continue }
            var nameEnd = slash
            while nameEnd > 0, bytes[nameEnd - 1] == UInt8(ascii: " ") { nameEnd -= 1 }
            guard var index = document.lastTokenIndex(endingBy: nameEnd), tokens[index].end == nameEnd, !tokens[index].isNumber,
                  tokens[index].end - tokens[index].start >= 2,
                  !Lexicon.englishWords.contains(tokens[index], in: document) || Lexicon.surnames.contains(tokens[index], in: document) else { continue }
            // The first letters of as many words before it as it has capitals, each word capitalised or an initial.
            var letters: [UInt8] = []
            while letters.count < length {
                let word = tokens[index]
                guard !word.isNumber, document.isCapitalised(word) else { break }
                letters.insert(bytes[word.start], at: 0)
                guard letters.count < length, index >= 1 else { break }
                let gap = bytes[tokens[index - 1].end..<word.start]
                guard (1...2).contains(gap.count), gap.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }) else { break }
                index -= 1
            }
            guard letters.elementsEqual(bytes[token.range]) else { continue }
            matches.append(Match(token.range, "initials"))
        }
        return matches
    }

    private func initialsInContext(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, written = document.source.utf8
        let tokens = document.tokens
        var matches: [Match] = []
        func add(_ start: Int, _ end: Int) {
            if document.zone(at: start) == .text { matches.append(Match(start..<end, "initials")) }
        }
        /// Initials at `index` after spaces, quotes, colons and dot leaders (not a lowercase English word); then any more after " / ".
        /// After a role word ("Patient:", "Name:") common abbreviations are not initials; after a signature label they may be.
        func initialsAfterLabel(_ index: Int, roleWord: Bool, prose: Bool = false, listOfPeople: Bool = false) {
            var index = index
            var continuing = false
            var skipped = 0
            while index < bytes.count, skipped < 40, bytes[index].isSpace || [UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "."), UInt8(ascii: "*"),
                                                                             UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: ",")].contains(bytes[index]) {
                index += 1; skipped += 1
            }
            // ("| Nom | RAMQ |": in a table's header row, the next column's name, not initials.)
            if skipped > 0, bytes[(index - skipped)..<index].contains(UInt8(ascii: "|")), LocationRule.isHeaderRow(endingAfter: index, in: document) { return }
            // "attendees CA, MD, TZ": three or more initials in a list are the initials of those present, whatever letters they
            // share with abbreviations; each may have a role in brackets after it ("Present: RA (chair), JMcG, PKS, TO'B",
            // "Présents: JR (radiologie), CMB (radiologie), PhG (chirurgie)").
            if listOfPeople {
                var items: [(Int, Int)] = []
                var cursor = index
                while var end = Self.listedInitialsEnd(at: cursor, in: bytes) {
                    // "Anwesend: NC LV, MH; NO KS; RT AB": a unit's letters, then the initials of its member.
                    if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), let member = Self.listedInitialsEnd(at: end + 1, in: bytes) {
                        cursor = end + 1
                        end = member
                    }
                    var next = end
                    if next + 2 < bytes.count, bytes[next] == UInt8(ascii: " "), bytes[next + 1] == UInt8(ascii: "("),
                       let close = bytes[(next + 2)..<min(bytes.count, next + 40)].firstIndex(where: { $0 == UInt8(ascii: ")") || $0.isLineBreak }),
                       bytes[close] == UInt8(ascii: ")") {
                        // ("Present: IR (RMcG), ED (KT)": initials in the brackets make the word before them a team's; not a role, "TR (OT)".)
                        if let inner = Self.listedInitialsEnd(at: next + 2, in: bytes),
                           !Self.roleAbbreviations.contains(String(decoding: bytes[(next + 2)..<inner].map(\.lowercased), as: UTF8.self)) { break }
                        next = close + 1
                    }
                    items.append((cursor, end))
                    guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: ";"), bytes[next + 1] == UInt8(ascii: " ") else { break }
                    cursor = next + 2
                }
                if items.count >= 3 {
                    for (start, end) in items { add(start, end) }
                    return
                }
            }
            // "Seen by ED SHO": a department's doctor, not initials.
            if let (end, _) = Self.initialsShape(at: index, in: bytes), let token = document.token(startingAt: index), token.end == end,
               LocationRule.departmentAbbreviations.contains(token, in: document), let next = document.token(startingAt: end + 1),
               Self.roleAbbreviations.contains(next, in: document) || Self.departmentStaff.contains(next, in: document) { return }
            // "Reviewed by GP Dr …", "Caller: RM Kylie …": a role, not initials; "— RN MK": the initials after it.
            if let (end, letters) = Self.initialsShape(at: index, in: bytes), Self.roleAbbreviations.contains(letters), bytes[index].isUpper,
               end < bytes.count, bytes[end] == UInt8(ascii: " ") {
                index = end + 1
            }
            // ("Link intern: http://…": a web address's scheme, not initials.)
            if document.hasPrefix("http", at: index) { return }
            while let (end, letters) = Self.initialsShape(at: index, in: bytes),
                  !Self.abbreviations.contains(letters) || bytes[index].isUpper && !roleWord && !Self.roleAbbreviations.contains(letters),
                  // ("dictated by dr chandrika wijesinghe": a title in lowercase before a name.)
                  !(bytes[index].isLower && ["dr", "mr", "ms", "mrs"].contains(letters) && end + 1 < bytes.count && bytes[end] == UInt8(ascii: " ") && bytes[end + 1].isLetterLike),
                  // ("scrub MRN 40-118-2273": a record's label before its number, not initials.)
                  !(IdentityNumberRule.labelWords.contains(letters) && end + 1 < bytes.count && bytes[end] == UInt8(ascii: " ") && bytes[end + 1].isDigit),
                  !Self.isCommonWord(letters) || bytes[index].isUpper || bytes[index + 1] == UInt8(ascii: ".") {
                var after = end
                while after < bytes.count, bytes[after].isSpace { after += 1 }
                // "Inclusion health team: GMcP and KW": two sets in capitals joined by "and" (not "… AF and anticoagulation").
                // ("… and TO'S": the second may hold an apostrophe, as lists of those present write it.)
                if bytes[index].isUpper, document.hasPrefix("and ", at: after), after + 4 < bytes.count, bytes[after + 4].isUpper,
                   let nextEnd = max(Self.initialsShape(at: after + 4, in: bytes)?.end ?? 0, Self.listedInitialsEnd(at: after + 4, in: bytes) ?? 0) as Int?, nextEnd > 0,
                   bytes[(after + 4)..<nextEnd].allSatisfy({ !$0.isLower || $0 == UInt8(ascii: "c") }),
                   // (Neither a role, a unit nor a common term: "Team: ICU and ED agreed", "the MDT: CT and MRI reviewed".)
                   !Self.namesRoleUnitOrTerm(letters), !Self.namesRoleUnitOrTerm(document.lowercased((after + 4)..<nextEnd)) {
                    add(index, end)
                    continuing = true
                    index = after + 4
                    if Self.initialsShape(at: index, in: bytes)?.end != nextEnd {
                        add(index, nextEnd)
                        break
                    }
                    continue
                }
                // After a word of prose ("the team reviewed PML risk") or in a list ("W.A., MO intern"), initials stand alone:
                // a lowercase word after them makes them a term.
                if prose || continuing, after < bytes.count, bytes[after].isLower { break }
                // "Peds registrar: IVIG 2 g/kg over 10 h": a known term that starts what the speaker said, not initials.
                // (Not "OPERATOR : TBW (MA)": a role in brackets, or nothing, after them.)
                // ("verified by CLSI EP15-A3": after any label, a known term before a standard's code — capitals, then digits.)
                if end - index >= 3, Lexicon.abbreviations.contains(letters), after > end, after < bytes.count, bytes[after].isAlphanumeric,
                   prose || Self.startsStandardCode(at: after, in: bytes) { break }
                add(index, end)
                continuing = true
                // "KLM (chair), RdS, HW (pathology)": a list of those present, each perhaps with a role in brackets.
                if after < bytes.count, bytes[after] == UInt8(ascii: "("), let close = bytes[after...].prefix(40).firstIndex(of: UInt8(ascii: ")")) {
                    after = close + 1
                }
                guard after < bytes.count, bytes[after] == UInt8(ascii: "/") || bytes[after] == UInt8(ascii: ",") else { break }
                index = after + 1
                while index < bytes.count, bytes[index].isSpace { index += 1 }
            }
        }
        // Sign-offs: "— PK (senior carer)", "— lb\"", "— YR, NP", "– R.T-K." anywhere on a line.
        // (Only where a three-byte character starts, found with memchr: most lines have no dash.)
        for index in document.offsets(of: [0xE2]) where index + 3 < bytes.count {
            guard document.isDash(at: index) else { continue }
            var start = index + 3
            while start < bytes.count, bytes[start].isSpace { start += 1 }
            // "— RN MK": the role, then the initials.
            if let (roleEnd, role) = Self.initialsShape(at: start, in: bytes), Self.roleAbbreviations.contains(role), bytes[start].isUpper,
               roleEnd + 1 < bytes.count, bytes[roleEnd] == UInt8(ascii: " "), bytes[roleEnd + 1].isUpper {
                start = roleEnd + 1
            }
            guard let (end, letters) = Self.initialsShape(at: start, in: bytes) else { continue }
            // A unit's or a test's letters are not initials, unless they close a quoted note: "Review 4/52 — AR.\"".
            // (Or the quote's mark right after them: "signed \"Ngā mihi nui — TR\"", a sign-off after a greeting.)
            let closesQuote = end + 1 < bytes.count && bytes[end] == UInt8(ascii: ".") && bytes[end + 1] == UInt8(ascii: "\"")
                || end < bytes.count && (bytes[end] == UInt8(ascii: "\"") || document.has("”", at: end)) && (end - start == 2 || !Lexicon.abbreviations.contains(letters))
            var after = end
            while after < bytes.count, written[after] == UInt8(ascii: " ") { after += 1 }
            // The last byte before the dash that is not a space.
            var beforeDash = index - 1
            while beforeDash >= 0, bytes[beforeDash] == UInt8(ascii: " ") { beforeDash -= 1 }
            // ("… no fever. — MA" at the end of a note's line: two or three capitals after a finished sentence sign it, whatever else they spell.)
            func signsNote() -> Bool {
                (2...3).contains(end - start) && bytes[start..<end].allSatisfy(\.isUpper) && (after >= bytes.count || written[after].isLineBreak)
                    && beforeDash >= 0 && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ")")].contains(bytes[beforeDash])
                    && !Self.isDepartment(letters)
            }
            // ("Carbapenemase – NDM (PCR)": after a word, a dash explains; a term there is no signature.)
            let explains = beforeDash >= 0 && bytes[beforeDash].isLetterLike && letters.count >= 3 && bytes[start..<end].allSatisfy(\.isUpper)
                && Lexicon.abbreviations.contains(letters)
            guard !isAbbreviation(letters) && !explains || closesQuote && !Self.abbreviations.contains(letters) && bytes[start].isUpper || signsNote() else { continue }
            // (A sign-off ends its line as written, even where Markdown runs the next line on.)
            let closes = after >= bytes.count || written[after].isLineBreak || [UInt8(ascii: "\""), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"),
                                                                                 UInt8(ascii: "/"), UInt8(ascii: "*"), 0xE2].contains(bytes[after])
                // "— PK RN": a role after the initials.
                || ["RN", "NP", "MD", "HCA", "SN", "CNS", "RM", "EN", "RGN"].contains { bytes[after...].starts(with: $0.utf8) && (after + $0.utf8.count >= bytes.count || !bytes[after + $0.utf8.count].isLetterLike) }
            let acts = document.token(startingAt: after).map { $0.isIn(.personVerbs) } ?? false
            // "— AR.\"" at the end of a quoted note.
            let endsNote = after + 1 < bytes.count && bytes[after] == UInt8(ascii: ".") && (bytes[after + 1] == UInt8(ascii: "\"") || written[after + 1].isLineBreak)
            // "— HLA-B*58:01": an allele, not a signature.
            if after + 1 < bytes.count, bytes[after] == UInt8(ascii: "*") || bytes[after] == UInt8(ascii: "-"), bytes[after + 1].isDigit { continue }
            guard closes || acts || endsNote else { continue }
            // "— SJS/TEN overlap and …": a slash pair that runs on into prose is a term.
            if after < bytes.count, bytes[after] == UInt8(ascii: "/"), let pair = Self.initialsShape(at: after + 1, in: bytes) {
                var next = pair.end
                while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
                if next < bytes.count, bytes[next].isLower { continue }
                // "— RM/KP": both signed.
                if !isAbbreviation(pair.letters) { add(after + 1, pair.end) }
            }
            // A lowercase English word after a dash is prose ("— an hour later"), unless the line ends there — and the paragraph with it
            // ("allergy to the ink — red⏎pigment …" runs on in lowercase).
            if bytes[start].isLower, Self.isCommonWord(letters), !(after >= bytes.count || written[after].isLineBreak || bytes[after] == UInt8(ascii: "\""))
                || document.runsOnInLowercase(atLineBreak: after) { continue }
            // "## Patient 1 — lung": a word of four letters or more is a word, even at the end of a line.
            if bytes[start].isLower, letters.count >= 4, Self.isCommonWord(letters) { continue }
            // "1. Dietary deficiency — yes": an answer on a checklist.
            if bytes[start].isLower, Self.answers.contains(letters) { continue }
            add(start, end)
        }
        // Labels: "Scored by: ahk", "signed off \"GA / KT\"", "Naam: JvdB", "Patient ........ AN".
        for (label, end) in document.labels(.signature) where document.zone(at: end - 1) == .text {
            // "patient", "name" and the like only before a colon or dot leaders, or in a table row.
            let isRoleWord = ["name", "patient", "pt", "resident", "client", "nom", "nombre", "naam"].contains(label)
            if isRoleWord {
                let start = end - label.utf8.count
                var after = end
                while after < bytes.count, bytes[after].isSpace { after += 1 }
                let leaders = bytes[after...].prefix { $0 == UInt8(ascii: ".") || $0.isSpace }.filter { $0 == UInt8(ascii: ".") }.count >= 3
                let colon = after < bytes.count && (bytes[after] == UInt8(ascii: ":") || bytes[after] == UInt8(ascii: "\""))
                let tableRow = after < bytes.count && bytes[after] == UInt8(ascii: "|") && (start >= 2 && bytes[start - 2] == UInt8(ascii: "|") || start >= 1 && bytes[start - 1] == UInt8(ascii: "|"))
                guard leaders || colon || tableRow else { continue }
            }
            let needsColon = Self.proseSignatureLabelsBeforeColon.contains(label)
            let prose = needsColon || Self.proseSignatureLabels.contains(label)
            if needsColon, end >= bytes.count || bytes[end] != UInt8(ascii: ":") && bytes[end] != UInt8(ascii: "*") { continue }
            initialsAfterLabel(end, roleWord: isRoleWord || prose, prose: prose, listOfPeople: Self.listsOfPeople.contains(label))
        }
        // Short codes in capitals, in context.
        // "Checked: DF", "(LPM)", "J.B-K.", "hands-day1-GTB.jpg" in a case that names Declan Fogarty, Lorraine
        // Pettigrew-Mace, Jaxon Bellerose-Kemp or G. T. B.: the initials of someone named in full.
        var fullNames: Set<String>?
        for token in document.capitalisedWords.lazy.map({ tokens[$0] }) where token.zone == .text && bytes[token.start].isUpper && token.end - token.start <= 3 {
            // "GTB" in "hands-day1-GTB.jpg" ends where the capitals end; "J.B-K." is read by its shape.
            let plain = (2...4).contains(token.end - token.start) && bytes[token.range].allSatisfy(\.isUpper)
                && (token.end == bytes.count || !bytes[token.end].isAlphanumeric && bytes[token.end] != UInt8(ascii: "-"))
            guard let (end, letters) = plain ? (token.end, document.lowercased(token.range)) : Self.initialsShape(at: token.start, in: bytes),
                  bytes[token.start..<end].allSatisfy({ !$0.isLower }),
                  !isAbbreviation(letters) || Self.regionCodes.contains(letters) && !Self.abbreviations.contains(letters) && !Self.dottedAbbreviations.contains(letters),
                  !Self.isCommonWord(letters) || bytes[token.start..<end].contains(UInt8(ascii: ".")),
                  end == bytes.count || bytes[end] != UInt8(ascii: "-") else { continue }
            if fullNames == nil { fullNames = Self.initialsOfFullNames(in: document) }
            if fullNames!.contains(letters) { add(token.start, end) }
        }
        for position in document.allCapsWords where tokens[position].zone == .text {
            let token = tokens[position]
            guard (2...3).contains(token.end - token.start), document.isAllCaps(token) else { continue }
            let word = document.lowercased(token.range)
            let abbreviation = isAbbreviation(word)
            // "Checked by NM", "handover given by FM", "scored by MJT": initials after "by" (not "confirmed by PCR", "run by MSF": three
            // letters or more that are a known abbreviation are a term).
            // ("checked by RM Sita Rampersad": a role before a name; "transmitted by BK … BK virus": letters the case uses as a term.)
            if !abbreviation, position >= 1, tokens[position - 1].end + 1 == token.start, bytes[tokens[position - 1].range].elementsEqual("by".utf8),
               token.end - token.start == 2 || !Lexicon.abbreviations.contains(token, in: document),
               token.end == bytes.count || !bytes[token.end].isAlphanumeric && bytes[token.end] != UInt8(ascii: "-"),
               !Self.roleAbbreviations.contains(word), !Self.isUsedAsTerm(token, tokens: tokens, in: document),
               // ("Seen by ED SHO", "reviewed by ICU registrar": a department's doctor.)
               !(LocationRule.departmentAbbreviations.contains(token, in: document) && position + 1 < tokens.count && tokens[position + 1].start == token.end + 1
                 && (Self.roleAbbreviations.contains(tokens[position + 1], in: document) || Self.departmentStaff.contains(tokens[position + 1], in: document))) {
                add(token.start, token.end)
                continue
            }
            // "Physiotherapy (HJ) progressed him", "[09:02] radiology (AJ):", "repaired in ED (CR)": who in a department did it.
            if !abbreviation, token.end - token.start == 2 || !Lexicon.abbreviations.contains(token, in: document), position >= 1, token.start >= 2,
               bytes[token.start - 1] == UInt8(ascii: "("), bytes[token.start - 2] == UInt8(ascii: " "), tokens[position - 1].end + 2 == token.start,
               token.end < bytes.count, bytes[token.end] == UInt8(ascii: ")") || bytes[token.end] == UInt8(ascii: ","),
               Self.departmentWords.contains(tokens[position - 1], in: document) {
                add(token.start, token.end)
                continue
            }
            // "Mum KM", "Baby FM": initials after a family word; "ES, 34F": initials before an age and sex.
            if !abbreviation, position >= 1, tokens[position - 1].isIn(.kinship),
               tokens[position - 1].end + 1 == token.start, !Lexicon.englishWords.contains(token, in: document),
               token.end == bytes.count || !bytes[token.end].isAlphanumeric && bytes[token.end] != UInt8(ascii: "-") {
                add(token.start, token.end)
                continue
            }
            if !abbreviation, token.end + 4 < bytes.count, bytes[token.end] == UInt8(ascii: ","), bytes[token.end + 1] == UInt8(ascii: " "),
               position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].start == token.end + 2,
               tokens[position + 1].end < bytes.count, [UInt8(ascii: "F"), UInt8(ascii: "M")].contains(bytes[tokens[position + 1].end]) {
                add(token.start, token.end)
                continue
            }
            // An author's note in a comment: "<!-- LW: keep the log extract …" (letters that are also an abbreviation
            // only when a lowercase word follows, as a note to a colleague does: "<!-- AP: family gave consent").
            if token.start >= 5, bytes[(token.start - 5)..<token.start].elementsEqual("<!-- ".utf8), token.end + 2 < bytes.count,
               bytes[token.end] == UInt8(ascii: ":"), !Self.notNoteAuthors.contains(word),
               !abbreviation || bytes[token.end + 1] == UInt8(ascii: " ") && (bytes[token.end + 2].isLower
                    // ("<!-- MI: The mother … -->": a sentence about the people in the case after the colon.)
                    || document.token(startingAt: token.end + 2).map { Self.noteOpenings.contains(document.lowercased($0.range)) } ?? false) {
                add(token.start, token.end)
                continue
            }
            // And in the note's other openings: "<!-- PVK (radiology): …", "<!-- SS 15 Mar: …", "<!-- JRB — father asked …", "<!-- GD to
            // RMcL: …", "<!-- NB KT: …", "<!-- draft note from JMcK: …" — the writer's letters, then their role, a date, a dash or whom it
            // is for.
            if Self.opensComment(before: token.start, in: document), document.isAllCaps(token), (2...4).contains(token.end - token.start), !Self.notNoteAuthors.contains(word),
               Self.noteHeadEnds(after: token.end, in: document)
                // ("<!-- NB KT: …": a colon right after them, once the comment has said whose note it is.)
                || (document.hasPrefix("NB ", at: token.start - 3) || document.hasPrefix("from ", at: token.start - 5)) && document.has(":", at: token.end) {
                add(token.start, token.end)
                continue
            }
            // A note to co-authors signed at the end of its HTML comment, whatever else the letters spell: "… rename before upload
            // please. HP -->", "— TO -->", or alone on the comment's last line, "BW -->".
            if Self.signsComment(token, in: document) {
                add(token.start, token.end)
                continue
            }
            // "her initials (WT)", "pt initials in photo filenames (AH)": letters in brackets that the text calls initials (not
            // "Patient initials withheld (NHS)": a known term).
            if !abbreviation, token.end - token.start == 2 || !Lexicon.abbreviations.contains(token, in: document),
               token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "("), token.end < bytes.count, bytes[token.end] == UInt8(ascii: ")"),
               tokens[max(0, position - 5)..<position].contains(where: { document.lowercased($0.range) == "initials" }) {
                add(token.start, token.end)
                continue
            }
            // A text message signed with a hyphen at the end of its line: "Recheck 1 wk. -EK".
            if !abbreviation, token.start >= 2, bytes[token.start - 1] == UInt8(ascii: "-"), bytes[token.start - 2] == UInt8(ascii: " "),
               written[token.end...].prefix(while: { !$0.isLineBreak }).allSatisfy({ $0.isSpace }) {
                add(token.start, token.end)
                continue
            }
            // A note signed at the end of its line: "Encouraged fluids. GR".
            // (Not where the paragraph runs on in lowercase on the next line: "… negative). RAS⏎mutation was found".)
            if !abbreviation, token.start >= 2,
               bytes[token.start - 1] == UInt8(ascii: " "), bytes[token.start - 2] == UInt8(ascii: "."),
               written[token.end...].prefix(while: { !$0.isLineBreak }).allSatisfy({ $0.isSpace || $0 == UInt8(ascii: "\"") }),
               case let lineBreak = written[token.end...].firstIndex(where: \.isLineBreak) ?? written.count,
               !document.runsOnInLowercase(atLineBreak: lineBreak),
               // ("… on five days). ISO⏎15189 …": a known term of three letters or more, its number on the next line of the paragraph.)
               !(token.end - token.start >= 3 && Lexicon.abbreviations.contains(token, in: document) && lineBreak + 1 < bytes.count
                 && bytes[lineBreak] == UInt8(ascii: " ") && bytes[lineBreak + 1].isDigit) {
                add(token.start, token.end)
                continue
            }
            // "the anaesthetist (JPL)": initials in brackets after a role.
            if !abbreviation, token.start >= 2, bytes[token.start - 1] == UInt8(ascii: "("), bytes[token.start - 2] == UInt8(ascii: " "), token.end < bytes.count,
               bytes[token.end] == UInt8(ascii: ")"), position >= 1, tokens[position - 1].isIn(.patientWords),
               tokens[position - 1].end + 2 == token.start {
                add(token.start, token.end)
                continue
            }
            // "SK (staff nurse)": initials with the role in brackets; "\"BLH — NIV …": a note that starts with them.
            if !abbreviation, document.hasPrefix(" (", at: token.end),
               ["staff nurse", "nurse", "rn", "hca", "carer", "doctor", "registrar", "consultant", "physio", "midwife"].contains(where: { document.hasPrefix($0, at: token.end + 2) }) {
                add(token.start, token.end)
                continue
            }
            // "SB (FY1)", "MW (ward sister)", "PM (perfusionist)": a wider list of roles, after which two letters that are also an
            // abbreviation are initials too, unless the case uses them as a term.
            // (Not "Noel Bacani RN (scrub)", a credential, nor "4:55 PM (nurse)", a time.)
            if document.hasPrefix(" (", at: token.end), Self.isBracketedRole(at: token.end + 2, in: bytes),
               !abbreviation || token.end - token.start == 2 && !Self.isUsedAsTerm(token, tokens: tokens, in: document),
               !Self.roleAbbreviations.contains(token, in: document), !Self.credentials.contains(token, in: document),
               !(position >= 1 && tokens[position - 1].isNumber && tokens[position - 1].end + 1 == token.start) {
                add(token.start, token.end)
                continue
            }
            if !abbreviation, token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "\""), bytes[token.end...].starts(with: " — ".utf8) {
                add(token.start, token.end)
                continue
            }
            // "(HK)" after "Hana Kobayashi": the initials of the two words before.
            if token.end - token.start == 2, document.isAllCaps(token), token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "("), token.end < bytes.count,
               bytes[token.end] == UInt8(ascii: ")"), position >= 2, tokens[position - 1].end + 2 == token.start,
               bytes[tokens[position - 2].start] == bytes[token.start], bytes[tokens[position - 1].start] == bytes[token.start + 1],
               // A name, not a term being abbreviated ("International Scale (IS)").
               Lexicon.firstNames.contains(tokens[position - 2], in: document) || !Lexicon.englishWords.contains(tokens[position - 2], in: document),
               !Lexicon.englishWords.contains(tokens[position - 1], in: document) {
                add(token.start, token.end)
                continue
            }
            // A short code that does what a person does: "RM received", "DA chose", "TW aware", "GB rarely used".
            // ("the OCR read it", "the EPR says 91": three letters that are a known abbreviation are a thing.)
            if !abbreviation, position + 1 < tokens.count, token.end - token.start == 2 || !Lexicon.abbreviations.contains(token, in: document),
               tokens[position + 1].start == token.end + 1, tokens[position + 1].isIn(.personVerbs),
               !(token.start >= 1 && bytes[token.start - 1].isAlphanumeric) {
                add(token.start, token.end)
                continue
            }
            // Staff pairs: "(IC/LH)" — not "(GHB/GBL)", where three letters are a known term.
            if token.start >= 1, bytes[token.start - 1] == UInt8(ascii: "("),
               token.end < bytes.count, bytes[token.end] == UInt8(ascii: "/"), position + 1 < tokens.count, tokens[position + 1].start == token.end + 1,
               (2...3).contains(tokens[position + 1].end - tokens[position + 1].start), document.isAllCaps(tokens[position + 1]),
               tokens[position + 1].end < bytes.count, bytes[tokens[position + 1].end] == UInt8(ascii: ")"),
               !abbreviation, !isAbbreviation(document.lowercased(tokens[position + 1].range)),
               ![token, tokens[position + 1]].contains(where: { $0.end - $0.start == 3 && Lexicon.abbreviations.contains($0, in: document) }) {
                add(token.start, token.end)
                add(tokens[position + 1].start, tokens[position + 1].end)
                continue
            }
            // "HT 様"
            if token.end + 1 < bytes.count,
               Self.honorificsAfter.contains(where: { bytes[(token.end + 1)...].starts(with: $0) || bytes[token.end...].starts(with: $0) }) {
                add(token.start, token.end)
            }
        }
        // "患者 W.D."
        for word in Self.patientWordsBefore where document.hasWideCharacters {
            for found in document.offsets(of: word) {
                var start = found + word.count
                while start < bytes.count, bytes[start].isSpace { start += 1 }
                if let (end, letters) = Self.initialsShape(at: start, in: bytes), !isAbbreviation(letters) { add(start, end) }
            }
        }
        return matches
    }

    /// The initials of people named in full: "df" for "Declan Fogarty", "rmb" and "rb" for "Rosa Maria Bautista".
    /// Two or three capitalised words in a row, each a known name or not an ordinary word, none a title or a place word.
    static func initialsOfFullNames(in document: ScanDocument) -> Set<String> {
        let tokens = document.tokens, bytes = document.bytes
        func isNameWord(_ token: Token) -> Bool {
            PersonNames.isNameWord(token, in: document)
                && (Lexicon.firstNames.contains(token, in: document) || Lexicon.surnames.contains(token, in: document) || !Lexicon.englishWords.contains(token, in: document))
                && !token.isIn(.streetSuffixes) && !NameRule.hasInnerCapital(token, in: document)
        }
        var found: Set<String> = []
        var claimed = 0
        // (A name word is capitalised: only those are walked.)
        for position in document.capitalisedWords where position >= claimed && position + 1 < tokens.count {
            // The first word not an eponym ("Parkinson Disease Society"); a later one may be ("Declan Fogarty").
            guard tokens[position].zone == .text, isNameWord(tokens[position]), !Lexicon.eponyms.contains(tokens[position], in: document) else { continue }
            var last = position
            while last + 1 < tokens.count, last - position < 2, tokens[last + 1].start == tokens[last].end + 1, bytes[tokens[last].end] == UInt8(ascii: " "),
                  isNameWord(tokens[last + 1]) {
                last += 1
            }
            // Both (or all three) words ordinary words is a term, not a name: "Rapid Response".
            let words = tokens[position...last]
            // Nor is a place in two words: "São Paulo", "Tamil Nadu".
            if last > position, !words.allSatisfy({ Lexicon.englishWords.contains($0, in: document) && !Lexicon.firstNames.contains($0, in: document) }),
               !LocationRule.countries.contains(bytes[tokens[position].start..<tokens[last].end]) {
                // Each part of a double-barrelled name gives a letter: "Pettigrew-Mace" → "pm".
                let parts = words.map { word in
                    [bytes[word.start] | 0x20] + (word.start..<word.end).filter { bytes[$0] == UInt8(ascii: "-") && $0 + 1 < word.end }.map { bytes[$0 + 1] | 0x20 }
                }
                let all = String(decoding: parts.joined(), as: UTF8.self)
                if all.count <= 4 { found.insert(all) }
                // Without the middle name, or with only the first part of a double-barrelled surname.
                found.insert(String(decoding: [parts.first![0], parts.last![0]], as: UTF8.self))
                found.insert(String(decoding: [parts.first![0]] + parts.last!, as: UTF8.self))
            }
            claimed = last + 1
        }
        // Names in a record's banner, surname first ("LACHANCE, HUNTER", "O'CONNELL, ROWAN"): the initials as a photo's file name
        // gives them, given name first ("HL_foot_AP.png", "pocus_target_ROC.png").
        for banner in NameIntroductions.inBanners(in: document) {
            let halves = bytes[banner].split(separator: UInt8(ascii: ","), maxSplits: 1)
            guard halves.count == 2 else { continue }
            func letters(_ half: ArraySlice<UInt8>) -> [UInt8] {
                half.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }).flatMap { word -> [UInt8] in
                    guard let first = word.first, first.isASCIILetter else { return [] }
                    // "O'CONNELL": the O and the C.
                    if word.count > 2, word[word.startIndex + 1] == UInt8(ascii: "'"), word[word.startIndex + 2].isASCIILetter {
                        return [first | 0x20, word[word.startIndex + 2] | 0x20]
                    }
                    return [first | 0x20]
                }
            }
            let given = letters(halves[1]), surname = letters(halves[0])
            guard let firstGiven = given.first, !surname.isEmpty, given.count + surname.count <= 4 else { continue }
            found.insert(String(decoding: given + surname, as: UTF8.self))
            found.insert(String(decoding: [firstGiven] + surname, as: UTF8.self))
        }
        return found
    }

    /// Short function words the English word list leaves out: "initials as written".
    /// Whether a standard's or a document's code starts at an offset: one to four capitals, then a digit ("EP15-A3", "GP41", "M100",
    /// "E1394").
    static func startsStandardCode(at offset: Int, in bytes: [UInt8]) -> Bool {
        let capitals = bytes[offset...].prefix(5).prefix(while: \.isUpper).count
        return (1...4).contains(capitals) && offset + capitals < bytes.count && bytes[offset + capitals].isDigit
    }

    static let functionWords: Set<String> = ["as", "an", "at", "in", "on", "is", "it", "to", "of", "or", "by", "be", "we", "he", "me", "my",
                                             "so", "up", "us", "do", "go", "no", "am", "if", "the", "and", "are", "was", "has", "had",
                                             "for", "not", "but", "her", "his", "she", "him", "who", "its", "our", "you", "all", "any",
                                             "can", "may", "per", "via", "yes", "off", "out", "own", "too", "etc"]

    static func isCommonWord(_ letters: String) -> Bool {
        functionWords.contains(letters) || Lexicon.englishWords.contains(letters) || PersonNames.stopwords.contains(letters)
    }

    /// Initials at the start of brackets, before their closing bracket, a comma or a slash (in capitals, also before a semicolon, or a
    /// space and a lowercase word or a dash): "SPK", "fl", "D.Ha.", "SzG", "MÓL", "T.W." — two to four letters of a name, its capitals
    /// (or, in lowercase, all its letters), lowercased; nil for anything else.
    /// The Latin letters that spell a Cyrillic letter's sound at the start of a name (Ukrainian and Russian), lowercased.
    static let cyrillicSpellings: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "gh", "ґ": "g", "д": "d", "е": "e", "є": "y", "ж": "z", "з": "z", "и": "yi", "і": "i", "ї": "y",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
        "ц": "ct", "ч": "c", "ш": "s", "щ": "s", "ю": "y", "я": "y", "э": "e", "ы": "y",
    ]

    /// A Cyrillic initial as the Latin letter a name starts with when that letter spells it (or the letter itself otherwise).
    static func latinLetter(of letter: Character, startingWith first: Character) -> Character {
        guard let spellings = cyrillicSpellings[letter] else { return letter }
        return spellings.contains(first) ? first : spellings.first!
    }

    static func bracketedInitials(at start: Int, in bytes: [UInt8]) -> (end: Int, letters: String)? {
        var end = start, capitals = "", all = "", lowercase = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte.isASCIILetter {
                all.append(Character(Unicode.Scalar(byte.lowercased)))
                if byte.isUpper { capitals.append(Character(Unicode.Scalar(byte.lowercased))) } else { lowercase += 1 }
                end += 1
            } else if byte >= 0xC3, byte <= 0xD4, end + 1 < bytes.count, bytes[end + 1] >= 0x80, bytes[end + 1] < 0xC0,
                      let letter = String(decoding: bytes[end..<end + 2], as: UTF8.self).first, letter.isLetter {
                let lowered = Character(letter.lowercased())
                all.append(lowered)
                if letter.isUppercase { capitals.append(lowered) } else { lowercase += 1 }
                end += 2
            } else if byte == UInt8(ascii: "."), end > start {
                end += 1
            } else {
                break
            }
            if all.count > 5 { return nil }
        }
        // (Lowercase letters only before the bracket's end, a comma or a slash: "(to be seen)" is a phrase.)
        guard end < bytes.count, [UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "/")].contains(bytes[end])
                // (Capitals before a space only when a lowercase word or a dash follows: "(GTB in the flight notes)", not "(CPSO #88214)".)
                || !capitals.isEmpty && (bytes[end] == UInt8(ascii: ";") || bytes[end] == UInt8(ascii: " ") && end + 1 < bytes.count
                    && (bytes[end + 1].isLower || bytes[end + 1] == 0xE2)) else { return nil }
        // Mixed case: capitals with at most two lowercase letters among them ("SzG", "D.Ha."); otherwise one case throughout.
        let letters = capitals.isEmpty ? all : capitals
        guard (2...4).contains(letters.count), capitals.isEmpty || lowercase <= 2, capitals.isEmpty || bytes[start].isUpper || bytes[start] >= 0xC3 else { return nil }
        return (end, letters)
    }

    /// Units after a slash that look like a typist's initials: "IU/ml", "RBC/hpf", "U/kg".
    static let typistUnits: WordList = ["ml", "dl", "kg", "hpf", "lpf", "min", "hr", "hrs", "day", "mg", "mm", "cm", "yr", "wk", "mo", "mcg", "ng", "pg"]

    /// Initials that spell a name beside them: "midwife Grace Eze (GE)", "Sian Kettering (SPK)", "RG = Róisín Gallagher, midwife";
    /// and a letter's typist reference on a line of its own or set apart by spaces in a footer: "AK/nc", "AO/sb". (Not "Glasgow Coma Scale (GCS)": the words must be
    /// a name that the name rule finds.)
    private func initialsOfNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        var names: [Range<Int>]?
        // "Grace Eze (GE)", "Joanna R. Merriweather, MD, DFAPA (JRM)", "Sian Kettering (SPK)", "Tsai Ya-wen (YWT)",
        // "Neema (NM, technologist)", "Mairéad Ó Laoire (MÓL)", "Francisca Lagos (fl)": initials in brackets after a name.
        for open in document.offsets(of: [UInt8(ascii: "(")]) where open >= 2 {
            guard let (end, initials) = Self.bracketedInitials(at: open + 1, in: bytes), document.zone(at: open) == .text,
                  // ("(ok)", "(am)": a word in lowercase.)
                  bytes[open + 1].isUpper || bytes[open + 1] >= 0xC3 || !Lexicon.englishWords.contains(document, open + 1..<end) && !Self.isCommonWord(initials) else { continue }
            var nameEnd = open
            while nameEnd > 0, bytes[nameEnd - 1] == UInt8(ascii: " ") { nameEnd -= 1 }
            guard nameEnd < open else { continue }
            // Skip credentials after the name: ", MD, DFAPA".
            var guardCount = 0
            while guardCount < 3, let last = document.lastTokenIndex(endingBy: nameEnd), document.isAllCaps(tokens[last]), tokens[last].start >= 2,
                  bytes[tokens[last].start - 2] == UInt8(ascii: ","), tokens[last].end == nameEnd {
                nameEnd = tokens[last].start - 2
                guardCount += 1
            }
            guard let lastWord = document.lastTokenIndex(endingBy: nameEnd), tokens[lastWord].end == nameEnd, !tokens[lastWord].isNumber,
                  bytes[tokens[lastWord].start].isUpper || bytes[tokens[lastWord].start] >= 0xC3 else { continue }
            // The words must be a person's name as the name rule finds it (found once per file, and only when needed).
            if names == nil { names = NameRule().matches(in: document).map(\.range) }
            // (The longest name found there: "Joanna R. Merriweather", not "R. Merriweather".)
            guard let name = names!.filter({ $0.upperBound >= nameEnd - 1 && $0.lowerBound <= tokens[lastWord].start }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            // The first letters of the name's words, first to last, and of the parts of a hyphenated word ("Ya-wen": y, w).
            var words: [Character] = [], parts: [Character] = []
            var index = lastWord
            while index >= 0, tokens[index].start >= name.lowerBound, words.count < 4 {
                let word = tokens[index]
                if !word.isIn(.titles), case let text = String(decoding: bytes[word.range], as: UTF8.self), let first = text.first, first.isUppercase {
                    words.insert(Character(first.lowercased()), at: 0)
                    parts.insert(contentsOf: text.split(separator: "-").compactMap { $0.first.map { Character($0.lowercased()) } }, at: 0)
                }
                index -= 1
            }
            guard let firstWord = words.first, let lastWordLetter = words.last else { continue }
            // Initials in Cyrillic after a name in Latin letters, "Oksana (О.Л.)": compared by their Latin spelling.
            let letters = Array(initials).map { words.allSatisfy(\.isASCII) ? Self.latinLetter(of: $0, startingWith: firstWord) : $0 }
            let spelled: Bool
            if words.count == 1 {
                // A given name alone, the initials adding the surname: "Noura (NAM)" — not letters that abbreviate a term ("Nurse Cole
                // (CXR normal)").
                spelled = letters.first == firstWord && !Self.abbreviations.contains(initials)
            } else {
                // First and last letters the name's first and last words' (a middle name may be left out of either): "Sian Kettering (SPK)",
                // "Hwang Ji-hye (HJH)"; or the family name written first and its letter last: "Tsai Ya-wen (YWT)".
                spelled = letters.first == firstWord && (letters.last == lastWordLetter || letters.last == parts.last) && letters.count <= words.count + 2
                    && words.allSatisfy { letters.contains($0) }
                    || parts.count >= 3 && letters == Array(parts.dropFirst()) + [firstWord]
            }
            guard spelled else { continue }
            matches.append(Match(open + 1..<end, "initials"))
        }
        let written = document.source.utf8
        for position in document.allCapsWords where tokens[position].zone == .text {
            let token = tokens[position]
            guard (2...4).contains(token.end - token.start) else { continue }
            // "RG = Róisín Gallagher", "PD = Dr Peter Doran": a key to speakers.
            if document.hasPrefix(" = ", at: token.end), let next = document.token(startingAt: token.end + 3), bytes[next.start].isUpper,
               next.isIn(.titles) || Lexicon.firstNames.contains(next, in: document) {
                matches.append(Match(token.range, "initials"))
                continue
            }
            // "AK/nc" alone on a line, or set apart by runs of spaces in a transcription footer ("T: 03/15/2023 07:55  PR/kl  Job #448120"):
            // the writer's and the typist's initials. (Not a unit: "IU/ml", "RBC/hpf".)
            if token.end + 2 < bytes.count, bytes[token.end] == UInt8(ascii: "/"), position + 1 < tokens.count, tokens[position + 1].start == token.end + 1,
               (2...3).contains(tokens[position + 1].end - tokens[position + 1].start), bytes[tokens[position + 1].range].allSatisfy(\.isLower),
               !Self.typistUnits.contains(document, tokens[position + 1].range),
               tokens[position + 1].end == bytes.count || written[tokens[position + 1].end].isLineBreak
                || tokens[position + 1].end + 1 < bytes.count && document.has("  ", at: tokens[position + 1].end),
               bytes[document.source.lineStarts[document.line(at: token.start) - 1]..<token.start].allSatisfy({ $0 == UInt8(ascii: " ") })
                || token.start >= 2 && document.has("  ", at: token.start - 2),
               // (The writer's letters may spell an abbreviation, "PR/kl"; the typist's lowercase ones may not.)
               !Self.abbreviations.contains(document, tokens[position + 1].range) {
                matches.append(Match(token.start..<tokens[position + 1].end, "initials"))
            }
        }
        return matches
    }

    /// "recent entries by GM, t.o. and RB", "C.R. / fl": initials listed after initials found, joined by a comma, "and", "&" or "/"
    /// (a role in brackets may stand between: "KLM (chair), RdS").
    private func listedAfter(_ found: [Match], in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for match in found {
            // "Present: Obs (EMcD, TK), IR (RMcG), Anaes (PK), Haem (SF)": each team, then its member's initials in brackets.
            var close = match.end
            // (Inside brackets or after a space; "JS/KT" at the file's second byte has neither, and no byte before its first but one.)
            if match.start >= 1, bytes[match.start - 1] == UInt8(ascii: "(") || match.start >= 2 && bytes[match.start - 2] == UInt8(ascii: " ") {
                while close < bytes.count, close - match.end < 40, bytes[close] != UInt8(ascii: ")"), !document.source.utf8[close].isLineBreak { close += 1 }
            }
            while close + 2 < bytes.count, bytes[close] == UInt8(ascii: ")"), bytes[close + 1] == UInt8(ascii: ","), bytes[close + 2].isSpace || bytes[close + 2].isLineBreak {
                var start = close + 2
                while start < bytes.count, bytes[start].isSpace || bytes[start].isLineBreak { start += 1 }
                var word = start
                while word < bytes.count, bytes[word].isLetterLike { word += 1 }
                guard word > start, word - start <= 12, document.hasPrefix(" (", at: word),
                      let next = bytes[(word + 2)..<min(bytes.count, word + 14)].firstIndex(of: UInt8(ascii: ")")) else { break }
                // (An item whose brackets hold something else, "Urology (DO'S)", is passed over.)
                if let shape = Self.initialsShape(at: word + 2, in: bytes), shape.end == next,
                   bytes[(word + 2)..<shape.end].allSatisfy({ !$0.isLower || $0 == UInt8(ascii: "c") }),
                   !Self.abbreviations.contains(document, (word + 2)..<shape.end), document.zone(at: word) == .text {
                    matches.append(Match((word + 2)..<shape.end, "initials"))
                }
                close = next
            }
            var end = match.end
            while true {
                var at = end
                // "(chair)": a role in brackets after the initials.
                if document.hasPrefix(" (", at: at), let close = bytes[at..<min(bytes.count, at + 24)].firstIndex(of: UInt8(ascii: ")")) { at = close + 1 }
                guard let joiner = [", ", " and ", " & ", " / ", "/"].first(where: { document.hasPrefix($0, at: at) }) else { break }
                let start = at + joiner.utf8.count
                guard let shape = Self.initialsShape(at: start, in: bytes),
                      !Self.abbreviations.contains(document, start..<shape.end), !Lexicon.englishWords.contains(document, start..<shape.end),
                      !Self.roleAbbreviations.contains(document, start..<shape.end), !Self.contextAbbreviations.contains(document, start..<shape.end),
                      !LocationRule.departmentAbbreviations.contains(document, start..<shape.end),
                      !Self.functionWords.contains(String(decoding: bytes[start..<shape.end].map(\.lowercased), as: UTF8.self)),
                      // Not a label or a title before what it labels ("NHI PRT3481", "SI Pradeep Chauhan", "BLS Z.M.").
                      !(shape.end + 1 < bytes.count && bytes[shape.end] == UInt8(ascii: " ") && (bytes[shape.end + 1].isDigit || bytes[shape.end + 1].isUpper)),
                      document.zone(at: start) == .text else { break }
                matches.append(Match(start..<shape.end, "initials"))
                end = shape.end
            }
        }
        return matches
    }

    /// "[21:51] MS (surg fellow): any shoulder pain?", "[19/10/23 23:30] LHY: repeat HCT", "08/02/2024 10:11 — PD: GA": the speaker
    /// of a timestamped chat or log line.
    private func chatSpeakers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (index, lineStart) in document.source.lineStarts.enumerated() where document.zones[index] == .text {
            var speakerStart = document.chatSpeakerStart(onLineAt: lineStart)
            // "[01/22/25 19:05] CHA MC: …": a role before the speaker's initials.
            if var start = speakerStart, let role = Self.initialsShape(at: start, in: bytes), document.hasPrefix(" ", at: role.end), bytes[start].isUpper,
               Self.roleAbbreviations.contains(role.letters) || role.end - start >= 3 && Lexicon.abbreviations.contains(document, start..<role.end),
               let speaker = Self.initialsShape(at: role.end + 1, in: bytes), document.hasPrefix(":", at: speaker.end) {
                start = role.end + 1
                speakerStart = start
            }
            // "[22:14] Vroedvrouw An (AV):", "[23:00] Sup. dr Dewaele (ND):": the speaker's initials in brackets before the colon.
            if let start = speakerStart, let colon = bytes[start..<min(bytes.count, start + 48)].firstIndex(of: UInt8(ascii: ":")), colon >= start + 5,
               bytes[colon - 1] == UInt8(ascii: ")"), let open = bytes[start..<colon].lastIndex(of: UInt8(ascii: "(")), open > start,
               bytes[open - 1] == UInt8(ascii: " "), bytes[start].isUpper || bytes[start] >= 0xC3,
               let shape = Self.initialsShape(at: open + 1, in: bytes), shape.end == colon - 1, bytes[(open + 1)..<shape.end].contains(where: \.isUpper),
               !bytes[start..<open].contains(where: { $0.isDigit || $0 == UInt8(ascii: ",") }), !Self.roleAbbreviations.contains(document, (open + 1)..<shape.end),
               !LocationRule.departmentAbbreviations.contains(document, (open + 1)..<shape.end), !Lexicon.englishWords.contains(document, (open + 1)..<shape.end),
               // The name's own letters, not a role: "An (AV)", "Thomas (TDS)", "Dewaele (ND)" — not "Dr Arjun Pillai (HO)", "Mel Hargreaves (NUM)".
               let name = document.lastTokenIndex(endingBy: open - 1).map({ document.tokens[$0] }), !name.isNumber,
               bytes[open + 1] == bytes[name.start] || bytes[shape.end - 1] == bytes[name.start]
                // "[Fri 21:58] STAFF (BW):": a role alone as the speaker, then whose initials.
                || name.start == start && (name.isIn(.patientWords) || name.isIn(.titles)
                    || ["staff", "duty", "triage", "crisis", "clinician"].contains(document.lowercased(name.range))) {
                matches.append(Match((open + 1)..<shape.end, "initials"))
                continue
            }
            guard let start = speakerStart, let shape = Self.initialsShape(at: start, in: bytes),
                  document.hasPrefix(":", at: shape.end) || document.hasPrefix(" (", at: shape.end),
                  // A speaker is a person or a role ("RN dh:"), whatever else the letters abbreviate ("MS" is not multiple sclerosis here).
                  !Self.roleAbbreviations.contains(document, start..<shape.end), !LocationRule.departmentAbbreviations.contains(document, start..<shape.end),
                  !Lexicon.englishWords.contains(document, start..<shape.end) else { continue }
            matches.append(Match(start..<shape.end, "initials"))
        }
        return matches
    }

    /// Headings of a clinical note written like a speaker's label: "**PC:**", "**DH:**", "**FH:**".
    static let noteHeadings: Set<String> = ["pc", "hpc", "pmh", "dh", "sh", "fh", "oe", "ix", "dx", "mx", "rx", "hx", "ddx", "imp", "tx", "fu", "nb", "ps"]

    /// The speakers of a transcript or minutes, in bold at the start of their lines: "**GT:** Thank you all for coming." — the
    /// same letters speaking on two lines or more, and not a known abbreviation or a note's heading.
    private func transcriptSpeakers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, written = document.source.utf8
        var found: [String: [Range<Int>]] = [:]
        for (index, lineStart) in document.source.lineStarts.enumerated() where document.zones[index] == .text {
            var at = lineStart
            while at < written.count, written[at] == UInt8(ascii: " ") || written[at] == UInt8(ascii: ">") { at += 1 }
            guard at + 6 < written.count, written[at] == UInt8(ascii: "*"), written[at + 1] == UInt8(ascii: "*") else { continue }
            let start = at + 2
            guard let shape = Self.initialsShape(at: start, in: bytes), bytes[start].isUpper,
                  document.hasPrefix(":**", at: shape.end) || document.hasPrefix("**:", at: shape.end) else { continue }
            let letters = shape.letters
            // ("**HOST:**", "**GUEST:**": a role in a word.)
            if letters.count >= 3 && Self.isCommonWord(letters) { continue }
            if isAbbreviation(letters) || Self.noteHeadings.contains(letters) || shape.end - start >= 3 && Lexicon.abbreviations.contains(document, start..<shape.end)
                || Self.roleAbbreviations.contains(letters) { continue }
            found[letters, default: []].append(start..<shape.end)
        }
        return found.values.filter { $0.count >= 2 }.flatMap { $0.map { Match($0, "initials") } }
    }

    /// Other mentions of initials found in the document, dotted or not: "T.W." … "TW aware" … "tw reports".
    private func otherMentions(of matches: [Match], in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var known: Set<String> = []
        for match in matches {
            let letters = bytes[match.range].filter(\.isASCIILetter).map(\.lowercased)
            if (2...4).contains(letters.count) { known.insert(String(decoding: letters, as: UTF8.self)) }
        }
        guard !known.isEmpty else { return [] }
        let claimed = matches.map(\.range)
        var found: [Match] = []
        for token in document.tokens where !token.isNumber && token.zone == .text && (bytes[token.start].isASCIILetter) {
            guard let (end, letters) = Self.initialsShape(at: token.start, in: bytes), known.contains(letters),
                  !claimed.contains(where: { $0.overlaps(token.start..<end) }), !found.contains(where: { $0.start == token.start }) else { continue }
            // Lowercase: only when no English word ("am", "an") reads the same.
            if bytes[token.start].isLower, !bytes[token.start..<end].contains(UInt8(ascii: ".")), Self.isCommonWord(letters) || isAbbreviation(letters) { continue }
            found.append(Match(token.start..<end, "initials"))
        }
        return found
    }
}
