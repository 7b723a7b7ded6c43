/// `privacy.id`: record and identity numbers — labelled ones whatever their digits, and unlabelled
/// ones whose check digit proves what they are (NHS, Luhn card and SIN numbers, SSN shape, Medicare).
struct IdentityNumberRule: TextRule {
    let description = RuleDescription(
        id: "privacy.id",
        summary: "Record or identity number",
        rationale: "Medical record, health card, insurance, account, licence and national identity numbers lead to exactly one person (HIPAA Safe Harbor §164.514(b)(2)(i)(G–L)).",
        defaultSeverity: .error,
        hint: "Remove the number; the case never needs it.",
        passing: [
            "In ASPRE (ISRCTN13633058), aspirin helped.\n\n![Plot](images/aap-2022-threshold-plot.png)",
            "Qubit dsDNA BR assay, catalogue reference Q32853; kit lot numbers are logged (lot format on the current kit, for instance, \"2B4471-A\").",
            "DTSTART;TZID=Asia/Kuala_Lumpur:T073000; duration=18m48s; the photo [IMG_4471.jpg].",
            "Coded with MedDRA 27.0:\n\n| SOC | Preferred term (PT) | PT code |\n|---|---|---|\n| Hepatobiliary | Drug-induced liver injury | 10072268 |\n| Investigations | ALT increased | 10001551 |\n\n| Feature | HPO term | ID |\n|---|---|---|\n| Spasms | Infantile spasms | HP:0012469 |\n| Hypotonia | Generalized hypotonia | HP:0001290 |",
            "The EU CTIS (EU CT numbers of the form 2023-503456-12-00), EudraCT 2015-001234-56; a B/Austria/1359417/2021-like virus.",
            "Variants in ITPKC (rs28493229) were associated. The OMIM entry for the phenotype is #163950.",
            "Loss of paternal 15q11-q13 in Prader-Willi syndrome; a 22q11.2 deletion.",
            "---\ntitle: Mirizzi syndrome\nold_id: \"CONF-OPH-4017\"\nsource_file: \"drupal7_export/nicu-teaching/node-1402-rev3.html\"\n---\nBody.",
            "The JCOG0802 trial (Saji and colleagues, 2022); EORTC22922 and RTOG9410 before it. The E1-A226V mutation of chikungunya.",
            "For example, the SOP Class UID 1.2.840.10008.5.1.4.1.1.2 (CT Image Storage).",
            "The employer reported the case under RIDDOR 2013; KDIGO 2012 staging.",
            "The His1069Gln variant; no Rv0678 or atpE variants; doses on a weight band chart (1.0–1.4 kg, 1.5–1.9 kg).",
            "Outbreaks since the mid-1990s and the early-2000s; packed as UN3373 or UN2814.",
            "Under Regulation nr 1234/2008; lot nr 44192; table nr 2; a balance of 12345678901 units.",
            "Label: NDC 0078-0126-05 (example).",
            "ppFEV₁ (GLI-2012); enterocolitis (LLT 10078102); columns median_nihss,sich_pct,mrs_0_2_at_90d_pct.",
            "Hirschsprung disease (OMIM #142623); listed in OMIM entry #610168.",
            "Edema facial. TA 168/100, FC 132; PA 142/88 sentada. CMP 10/12 unremarkable; inhaler DPI 200 mcg; conjugated to CRM 197 carrier.",
            "History of PID 2019; HN 2021 cancer; ACC 2022 guideline.\n\n    <width>1024</width><ValidFrom>20240101</ValidFrom>",
            "De-identified header:\n\n    (0010,0020) PatientID  LO  [ANONYMIZED]\n    (0008,0050) AccessionNumber  SH  []\n    (0018,0050) SliceThickness  DS  [1.0]",
            "Registered as NCT05991240 and EudraCT 2021-004417-28; Claudin 18.2 (clone 43-14A); Protocol: BX-207-02 (phase 2); LOINC 24627-2 (CT chest).",
            "Series:\n\n| Case no. | Age | Rx |\n|---|---|---|\n| 1 | 84 | Rx 2 tabs |\n\n    {\"system\": \"http://loinc.org\", \"code\": \"2345-7\"}\n    {\"system\": \"phone\", \"value\": \"see chart\"}",
            "Hb 92 g/L, WCC 14.2, CRP 187; dose 1000 mg; 250000 platelets.",
            "doi:10.1056/NEJMoa2034577; PMID: 31234567; NCT04280705; ICD-10 I21.4; BRCA1 c.68_69delAG.",
            "CURB-65 score 3; QRISK 12.4%; the 2019 guideline, version 4.1; BP 128/84 and 132/90; PLT 250 000; case-1000; Table-12.",
            "PMID 28273028; SNOMED CT 233604007; Ensembl ENST00000357618; a CR2032 button cell; lead 6935M-62 cm.",
            "  - file: sc008-ga68-pet.png\n  - file: images/h002-ct-day0.jpg\n  - file: images/hc008-cd30.jpg",
            "A minor incident at 14:30; the test kit 2 of 3; a bib 12 cm long; transaction costs of 250.",
            "番号は後で確認します。电话号码见下。",
            "Confirmed by IS2404 PCR; IS6110 was detected.\n\n    (0010,0020) PatientID            TF-ANON",
            "> هاتف ٠٥٠ ٤١٨ ٢٢٧٣\n> تاريخ الدخول ١٥/٠٣/٢٠٢٤",
            "Strains A/Victoria/4897/2022 (H1N1)pdm09-like and B/Phuket/3073/2013; A/goose/Guangdong/1/1996; against H1N1pdm09 (61%). Paracetamol has the CAS registry number 103-90-2 and ATC code N02BE01; amitriptyline is CAS 50-48-6 and ATC N06AA09; under EU Council Directive 2010/32/EU.",
            "Extraction of primary teeth 54 55 64 65 74 75 84 85; unit number (ISBT 128); SNOMED CT 16541000119107; concept 371000119109.",
            "UDI (01)00380652098775(17)270831; sent at 20230611031522; GTIN 00884521187466; ran for 4 hours at 14:30; kit A1234 (box 12).",
            "The AIS score was 3; AIS 2 injuries of the head.",
        ],
        failing: [
            "His CPR-nummer ⟦140311-2247⟧; okul no ⟦1487⟧; Mã BA ⟦24.051677⟧; start number ⟦F 24817⟧.",
            "CPR: ⟦140631-1486⟧; pnr ⟦480517-2394⟧; Prot: ⟦2023/184552⟧. CPR 30:2 for 20 minutes.",
            "> Père, CIN ⟦JB 218734⟧ ; CIN : ⟦A 412873⟧ — Immatriculation AMO : ⟦112 448 301⟧. NUIP (registro civil) ⟦1.052.397.418⟧; his RUN, ⟦15.332.871-4⟧.\nThe trace of participant ⟦0412-0087⟧; police n° ⟦48-771.290.3⟧. CIN 3 on biopsy; a run of 12 beats; participant 14.",
            "Ambulansjournal nr ⟦24-0038176⟧; FO nr. ⟦00457/2024⟧; Карта виклику № ⟦3817⟧; TAJ: ⟦629 485 989⟧; a.k. ⟦51806204507⟧.\n\nHeader \"YILMAZ K. / T.C. ⟦34575708504⟧\"; РНОКПП ⟦2271214110⟧; Αρ. Ταυτ. ⟦0812374⟧.",
            "Her Medicare entry (⟦4129 53386 2-3⟧) was used; MRN record ⟦00482913⟧.",
            "<tr><th>PESEL</th><td>⟦48071512345⟧</td></tr>\n<dl><dt>Medicare</dt><dd>⟦4123 56789 2⟧</dd></dl>\n<tr><td>UR</td><td>⟦3307841⟧</td></tr>",
            "---\ntitle: Mirizzi syndrome\npatient_id: \"⟦SURG-5120⟧\"\nold_id: \"case of ⟦MRN 4471029⟧\"\npatient_ref: \"⟦RR8 0046113⟧\"\n---\nBody.",
            "N.º de utente SNS: ⟦284 519 736⟧; AHV-Nr. ⟦756.4182.7731.05⟧; rodné číslo ⟦790623/0418⟧; PWZ ⟦3017462⟧; RG ⟦44.182.207-3⟧.",
            "Header:\n\n    (0010,0020) PatientID               LO  [⟦004418823⟧]\n    (0008,0050) PN [⟦GRH23-0481177⟧]   #  14, 1 AccessionNumber",
            "Contacts:\n\n| Contact | Student ID |\n|---|---|\n| roommate | ⟦300187442⟧ |",
            "Audit:\n\n| # | Hosp no. | PhilHealth PIN |\n|---|---|---|\n| 1 | ⟦24-031877⟧ | ⟦19-050218773-4⟧ |\n\nLabel Rx ⟦0048812⟧; SBI number ⟦881402D⟧; interpreter (NRPSI ⟦11247⟧).",
            "Log and XML:\n\n    23:05:12  MWL_SELECT  acc=⟦CBM24061100917⟧  pid=⟦004417362⟧  HN=⟦67-018842⟧\n    <BSN>⟦284716053⟧</BSN> <Ziekenhuisnummer>⟦MDZ-3320198⟧</Ziekenhuisnummer>\n    <id root=\"1.2.276.0.76.4.16\" extension=\"⟦773412905⟧\"/>\n\nPID|1||⟦M0029914⟧^^^NSG^MR~⟦4417382915⟧^KT^^ON^JHN",
            "Export:\n\n    {\"mrn\": \"⟦4471882⟧\", \"uli\": \"⟦10773-4512⟧\"}\n    {\"system\": \"urn:oid:2.16.840.1.113883.3.9921.1\", \"value\": \"⟦77120458⟧\"}",
            "Dr Walsh (GMC ⟦7741208⟧); NHIS membership ⟦0917 4425⟧. Our ref: HPZone ⟦4417783⟧.",
            "Feed:\nPID|1||⟦E4471096⟧^^^NSMC^MR||DOE^JANE\nPV1|1|E|ED^BAY12||||⟦1932054476⟧^HOLMGREN^PETER^J",
            "*File no.* ⟦2021/00384712⟧ · findings; medical aid ⟦004811239⟧ (dependant code 00).",
            "MRN: ⟦00482913⟧; UR ⟦7731042⟧.",
            "NHS number ⟦943 476 5919⟧ was on the label.",
            "Twins' labels:\n| MRN | ⟦RH 0714452⟧ | ⟦RH 0714459⟧ |\n|---|---|---|\n\n| # | Initials | MRN |\n|---|---|---|\n| 1 | R.McC. | ⟦4481-0092⟧ |\n\nHis badge ⟦PH 11834⟧; RCMP file ⟦2024-158223⟧; the file 12 pages long.",
            "SSN ⟦123-45-6789⟧; health card ⟦1234-567-890-AB⟧.",
            "The form listed ⟦943 476 5919⟧ as her number.",
            "Card ⟦4539 1488 0343 6467⟧ paid the fee; trust numbers ⟦RK9 447 201⟧ and ⟦CHP 24-118730⟧.",
            "Referred by provider ⟦1234567893⟧ (an NPI).",
            "Rx# ⟦6620417⟧; RUN# ⟦25-00417⟧.",
            "CCC No: ⟦13939-24018⟧; QP ⟦2400118273⟧; eConsult #⟦EC-MT-24-118305⟧.",
"Workers:\n\n| Worker | Emp. no. | Job |\n|---|---|---|\n| index | ⟦SABW-017⟧ | breaking |\n| 2 | ⟦SABW-021⟧ | smelting |",
            "OYELARAN, B. · Hosp no ⟦RVI 2204619⟧ · inmate no. ⟦22/118406⟧",
                        "PULSE incident ⟦22891047⟧; paid by M-Pesa (transaction ⟦RBH4KX7T2M⟧); his race bib (⟦21874⟧); evidence kit ⟦SAECK 2211874⟧.\n\n> Crime reference\n> ⟦47240008812⟧.",
            "Pilgrim: Hajj visa ⟦6021445093182⟧; JSY bank a/c ⟦32871049921⟧; Booking #: ⟦24-001873⟧; FEMA reg: ⟦940-117-382⟧; CPSA ⟦028841⟧. A Band 5 nurse, Reg 2.",
            "Medical card ⟦GMS 0764 512Q⟧; dossier ⟦0845127⟧; Prontuário: ⟦2023-118.447⟧; session=⟦TV-88213⟧. A session of 2 hours; the dossier 12.",
            "| 介護保険 被保険者番号 | ⟦0001284736⟧ |\n\n주민등록번호 : ⟦520314-2154238⟧\n\n身份证号:  ⟦32058319830122071X⟧",
            "T.C. Kimlik No:         ⟦38215674902⟧\nProtokol no:            ⟦2023/118274⟧",
            "Asmens kodas:  ⟦61104251423⟧\n\nTRN:           ⟦104-382-917⟧",
            "Form:\n\n> کد ملی: ⟦۰۰۷۹۴۱۸۲۷۳⟧   شماره پرونده: ⟦۱۴۰۲-۵۵۸۱۹⟧\n> ولي الأمر — رقم قومي ⟦٢٨٥٠٣١٢٢٨٠٠٤٥٧⟧\n> ΑΜΚΑ: ⟦14069201843⟧",
            "Registos:\n\nN.º processo: ⟦1128-4471⟧\n\nRijksregisternr.: ⟦67.09.05-247.06⟧\n\nLekarz: lek. Paweł Nowak (NPWZ ⟦2718345⟧); CRM-SP ⟦148203⟧.",
            "Trial log:\n\nRANDOMISE subj=⟦KSM-0231⟧; subject ⟦SG-FRAIL-S017⟧; a TE-400-MH expander; an IVS-I-110 carrier; accession ⟦HLA-24-03817⟧ for HLA-B-1502.\n\n| Field | Proband | Brother |\n|---|---|---|\n| Medicare | ⟦4271 60593 2 / 1⟧ | ⟦2953 71846 1 / 2⟧ |\n\nM.N. ⟦118.442⟧; Expte. n.º ⟦14.882/2023⟧.",
            "Insurer:\n\n> Zorgverzekeraar polisnr. ⟦883104776⟧",
            "MRN: ⟦RS 482910⟧; birth registration ⟦19880312456789012⟧; card ⟦40 12 77 93 18 56 21⟧. Exhibits seized by PC Ryan Jessop ⟦6281⟧ and Officer R. Galvan #⟦4418⟧. A constable opened an inquiry (⟦CAS 412/03/2024⟧). Blood bank: unit ⟦W0362 24 118832 E⟧ issued; Hosp No:  ⟦CCSH/A&E/24/08/1142⟧; RUN # ......... ⟦24-008817⟧; run # ⟦24-061187⟧.\n\n> জন্ম নিবন্ধন নং: ⟦20234915207041389⟧\n\nNSS (IMSS-Bienestar): ⟦6208 85 3317 2⟧; Paszport UA: ⟦FE 418273⟧; resident number ⟦SHE-0193⟧.",
            "Registry:\n\nPESEL (child): ⟦22271404823⟧.\n\n| Field | Value |\n|---|---|\n| Identity numbers | ⟦1306185412089 / 2103045219085⟧ |",
            "After the clot she was given a home INR kit; her booklet is labelled ⟦QX4471920⟧.",
            "Medical aid: GEMS, member ⟦004217853⟧; Omang: ⟦436218907⟧; Madre, CC ⟦1.037.612.448⟧; CNV N° ⟦1000874512⟧; Documento: PPT ⟦5128847⟧.",
            "Her record at Korle Bu is KBTH ⟦GOG22047181⟧.\n\n![CT](⟦images/okoye-1987-ct-head⟧.png)",
            "CDL: ⟦MS 801447923⟧; SHSP: ⟦684 201 773⟧; AIS# ⟦00213874⟧ on the bunk; militaire, matricule ⟦M59 882 417⟧.",
        ]
    )

    static let labels = [
        // Continental and Latin American registers: "NHC 0294417", "N.º de utente SNS: 284 519 736", "Cartão de Cidadão: 14902387 6 ZY2",
        // "Cédula profissional OM n.º 48127", "N. nosologico", "RR-nr 90.10.21-284.53", "AHV-Nr. 756.4182.7731.05", "SV-Nr. 4721 150367",
        // "PWZ 3017462", "rodné číslo 790623/0418", "ΑΜΚΑ 21075803417", "relatienr. 148.220.713", "N.º pasaporte", "RG 44.182.207-3".
        "nhc", "utente sns", "cartão de cidadão", "cédula profissional", "nosologico", "n. nosologico", "rr-nr", "rijksregisternummer",
        "ahv-nr", "sv-nr", "pwz", "rodné číslo", "αμκα", "relatienr", "pasaporte", "rg",
        // Turkish: "T.C. Kimlik No: 38215674902", "Protokol no: 2023/118274"; Baltic personal codes ("Asmens kodas", "isikukood",
        // "personas kods", "personal identification code"); Jamaica's taxpayer number; Ukrainian passport and register numbers.
        "kimlik no", "protokol no", "asmens kodas", "isikukood", "personas kods", "personal identification code", "trn", "унзр", "паспорт",
        // Hungary's social-security number ("TAJ: 629 485 989"), Lithuania's personal code abbreviated ("a.k. 51806204507").
        "taj", "a.k",
        // Botswana's national identity card ("Omang: 436218907"), Colombia's citizenship card ("CC 1.037.612.448"), Peru's certificate
        // of live birth and identity code ("CNV N° 1000874512", "CUI/DNI asignado: 81472936"), a Venezuelan identity card ("C.I.
        // venezolana V-27.518.337") and a migrant's permit ("PPT 5128847"); a medical scheme's member ("Discovery Health member 188 402 7716").
        "omang", "cc", "cnv", "cnv n°", "cui", "dni asignado", "c.i", "c.i. venezolana", "ci", "ppt", "member",
        // Argentina's national and provincial medical licences ("M.N. 118.442", "M.P. 20.331"), a court's file ("Expte. n.º 14.882/2023").
        "m.n", "m.p", "expte", "expte. n.º", "expediente",
        // A Dutch health insurer's policy number: "Zorgverzekeraar polisnr. 883104776".
        "polisnr", "polisnummer",
        "mrn", "medical record number", "medical record", "record number", "record no", "hospital number", "hospital no",
        "hospital id", "patient id", "patient number", "patient no", "pt id", "ur number", "ur no", "urn", "ur", "hid", "chart",
        "chart number", "nhs number", "nhs no", "nhs", "chi number", "chi", "ohip", "health card", "health card number", "hcn",
        "medicare number", "medicare no", "medicare", "medicaid", "ssn", "social security number", "social security", "sin",
        "ihi", "insurance number", "insurance", "policy number", "policy no", "policy", "member id", "member number",
        "account number", "account no", "account", "acct", "driver's licence", "driver's license", "drivers licence",
        "drivers license", "driving licence", "licence number", "license number", "licence no", "license no", "licence",
        // Trinidad and Tobago's "driver's permit (DP 1186442)", a social-security "afiliación", an examiner's "examination number".
        "driver's permit", "drivers permit", "driving permit", "afiliación", "afiliacion", "examination number", "examination numbers",
        "license", "certificate number", "certificate no", "certificate", "passport number", "passport no", "passport", "id number",
        "id no", "id card", "national id", "aadhaar", "pan", "nin", "bsn", "personnummer", "pps number", "pps", "ppsn", "tfn", "ird",
        "unit number", "hospital record", "case number", "case no", "lab number", "specimen number", "accession number",
        "accession", "claim number", "claim", "reference number", "ref no", "id", "phn", "personal health number",
        "social insurance number", "health number", "employee number", "employee id", "emp #", "emp no", "emp id", "staff number", "student number",
        "prisoner number", "inmate number", "booking number", "custody number", "visa number", "benefit number", "case ref",
        "group number", "group no", "group", "npi", "provider number", "payroll number", "payroll", "badge number", "registry number", "donor reference", "donor number",
        // Inpatient and outpatient registers, and national numbers by their usual names.
        "ip no", "ip number", "inpatient number", "in-patient number", "inpatient no", "op no", "opd no", "outpatient number", "uhid",
        "cr no", "registration number", "registration no", "reg no", "dni", "nie", "cpf", "curp", "cédula", "cedula", "pesel",
        "codice fiscale", "tessera sanitaria", "carte vitale", "ramq", "care card", "health insurance number", "emirates id", "nric",
        "hkid", "mykad", "nhi", "nhi number", "nhif", "nhif no", "nhif number", "hetu", "amka", "jmbg", "iqama", "cnic", "versichertennummer", "krankenversichertennummer",
        "sozialversicherungsnummer", "ahv", "bsn-nummer", "numéro de sécurité sociale", "numero de securite sociale",
        "f.nr", "fnr", "fødselsnummer", "personnr", "nº utente", "n.º utente", "utente", "nº sns", "cc nº", "hetu",
        "rx#", "rx no", "run#", "run no", "run number", "incident number", "incident no", "prf", "prf no", "cad", "cad no", "mrd", "dl#", "dl no", "hrn", "crn", "case", "file no", "file number", "register", "riddor", "phin", "intimation no", "fir no",
        // Spanish, Portuguese, French, Belgian, Italian, Austrian, Dutch, Polish and Latin American records and registers: "Nº Col.
        // 474708821", "N.º processo: 1128-4471", "Séjour 2411170582", "Rijksregisternr.: 67.09.05-247.06", "Cartella clinica n. 2024/018842",
        // "Aufnahmezahl: 24-HNO-07713", "Patiëntnummer: 7013388", "Nr księgi głównej: 2024/11873", "NPWZ 2718345", "Kod dostępu: 7392",
        // "Folio AK 482913", "H.C. 1.284.771", "C.C. 1.020.456.789", "CMP 058214", "CRM-SP 148203", "ID paciente 45873219".
        "nº col", "n.º col", "nº colegiado", "n.º colegiado", "colegiado", "n.º processo", "nº processo", "processo", "n.º sns", "séjour", "ipp",
        "rijksregisternr", "cartella clinica", "cartella clinica n", "aufnahmezahl", "aufnahme-nr", "patiëntnummer", "patientnummer",
        "nr księgi głównej", "księga główna", "npwz", "kod dostępu", "folio", "historia clínica", "historia clinica", "h.c", "c.c", "cmp",
        "crm", "id paciente", "nif", "nº afiliación", "número de afiliación", "nº de historia", "n.º de historia", "rut", "dpi",
        // German case and insurance numbers: "Fall-Nr.", "KV-Nr.", "Aktenzeichen".
        "fall-nr", "fallnummer", "kv-nr", "aktenzeichen", "patientennummer", "pat-nr",
        // A badge or a file with its number: "badge PH 11834", "RCMP file 2024-158223".
        "badge", "file", "collar", "collar number", "shoulder number", "warrant number", "crime ref", "crime reference", "crime number",
        "police ref", "police reference", "occurrence number", "incident ref", "facility record", "record #", "donor", "gold card", "dva", "dva number", "sort code",
        // "PULSE incident 22891047", "transaction RBH4KX7T2M" (a mobile-money payment), "race bib 21874", "evidence kit SAECK 2211874".
        "incident", "transaction", "transaction id", "transaction code", "bib", "bib number", "race number", "kit", "kit number",
        // Short forms: "Hosp no RVI 2204619", "inmate no. 22/118406".
        "hosp no", "hosp number", "hosp id", "inmate no", "prisoner no", "offender number", "offender no",
        // South African medical schemes, inquests and post-mortems, trial subjects: "medical aid 004811239", "PM no. 22/1187".
        "medical aid", "medical aid number", "medical aid no", "scheme number", "inquest no", "inquest number", "pm no", "post-mortem no",
        "post mortem no", "autopsy no", "autopsy number", "subject id", "subject number", "subject no", "participant id", "participant number",
        "randomisation number", "randomization number", "screening number",
        // Nordic, Czech, Turkish, Israeli and Vietnamese personal, school and record numbers; a race's start number, an officer's buckle
        // number, a pilot's certificate: "CPR-nummer 140311-2247", "okul no 1487", "Mã BA 24.051677", "Start-Nr F 24817", "buckle no. GRP 30712".
        "cpr-nummer", "cpr-nr", "cpr nr", "samordningsnummer", "henkilötunnus", "rodné číslo", "tc kimlik", "tc kimlik no", "kimlik no",
        "okul no", "öğrenci no", "mã định danh", "mã ba", "mã bn", "mã bệnh nhân", "số bhyt", "start-nr", "startnummer", "start number",
        "buckle no", "buckle number", "pilot cert", "pilot certificate",
        // A commercial driver's licence ("CDL: MS 801447923"), Saskatchewan's health number ("SHSP: 684 201 773"), Alabama's inmate
        // number ("AIS# 00213874"), a soldier's "matricule M59 882 417" and service number, Swahili's "Kitambulisho" (identity card).
        "cdl", "cdl#", "shsp", "ais", "ais#", "matricule", "service number", "service numbers", "service no", "kitambulisho",
        // Iceland's kennitala, Czechia's rodné číslo, Israel's teudat zehut and a soldier's personal number, and a British service
        // number and national insurance number: "kt. 120377-2179", "r.č. 800412/3318", "t.z. 039284716", "m.a. 7204518", "NINO: QQ 12 34 56 C".
        "kt", "kennitala", "r.č", "rč", "t.z", "m.a", "service no", "service number", "nino", "ni number", "ni no", "national insurance number",
        "national insurance no", "prison no", "pnc", "pnc no", "pnc id",
        // Professional registers, insurance schemes and public-health case systems: "GMC 7741208", "NHIS membership 0917 4425", "Our ref: HPZone 4417783".
        "gmc", "gmc number", "gmc no", "nmc", "nmc pin", "ahpra", "mcnz", "mcr", "imc", "nhis", "membership", "membership number", "membership no",
        "our ref", "your ref", "hpzone",
        // Prescriptions, state and provincial registers, identity cards and interpreters' registers: "Rx 0048812", "SBI number 881402D",
        // "ULI 10773-4512", "tarjeta SIP KOVA 311033 H", "Citizen ID (CCCD) 079190014472", "NRPSI 11247", "interpreter no. 40917".
        "rx", "sbi", "sbi number", "uli", "cccd", "citizen id", "cipa", "tarjeta sanitaria", "tarjeta sip", "sip", "identity card", "nrpsi",
        "interpreter no", "interpreter number", "interpreter id",
        // Log keys and short forms: "pid=004417362", "acc=CBM24061100917", "HN=67-018842", "provider no. 2418663K", "céd. prof. 12874330",
        // "lic. P-2211048", "N° PATIENT: 014-0037", "Report ref: GB-MHRA-ADR 28847193", "CSN 8841002", "FIN 77120458".
        "pid", "acc", "hn", "provider no", "céd. prof", "cédula profesional", "cedula profesional", "lic", "n° patient", "nº patient",
        "no patient", "numéro patient", "n° sécurité sociale", "nss", "report ref", "csn", "fin", "encounter", "encounter id", "visit id", "visit number",
        // Bank accounts, visas, bookings, tags, bands and registrations: "JSY bank a/c 32871049921", "Hajj visa 6021445093182", "Booking #: 24-001873",
        // "Rabies tag #: 23-4410", "FEMA reg: 940-117-382", "Band/Reg #: 2960118401", "bpjs: 0001284419357", "NIC 200467812345", "hosp. no. RPOC/PO/24/118".
        "a/c", "a/c no", "bank a/c", "visa", "booking #", "booking no", "booking", "tag #", "tag no", "reg #", "reg", "band #", "band", "bpjs", "nic", "nic no",
        "hosp. no", "hosp. no.", "ssn (last 4)", "inspection number", "dd entry", "gd entry", "mlc no", "mlc number",
        // Medical councils' registers: "CPSA 028841", "TNMC 118842", "HPCSA PNI 0123456", "PMDC 44871-P".
        "cpsa", "cpso", "cpsbc", "tnmc", "hpcsa", "pni", "mdcn", "pmdc", "bmdc", "mmc", "smc", "kmpdc", "nmc no",
        // Irish medical cards, French files, Brazilian records, Chilean identity cards, log sessions and more registers: "Medical card GMS 0764 512Q",
        // "dossier 0845127", "Prontuário: 2023-118.447", "C.I.: 4387219", "session=TV-88213", "UMRN A901 2274", "NDSS NDS 7731820", "ICVP GB 0417722".
        "medical card", "medical card no", "medical card number", "gms", "gms no", "gms number", "dossier", "prontuário", "prontuario", "c.i.",
        "session", "session id", "umrn", "ndss", "mcrn", "icvp",
        // A mental-health record system, a South African folder, an NHS serious-incident number: "RiO 100438812", "folder MPR 2207461", "StEIS 2024/18834".
        "rio", "mpr", "folder", "folder no", "steis",
        // An ambulance run with a space before its sign ("run # 24-061187"), passports in Polish, French, German and Turkish, a care
        // home's resident number, a German insurance number ("Vers.-Nr. 80756003429"), a soldier's battle-roster (ZAP) number.
        "run #", "paszport", "passeport", "reisepass", "pasaport", "resident number", "resident no", "resident id", "vers.-nr", "vers-nr",
        "versicherungsnummer", "versicherungsnr", "zap", "zap number", "zap no", "battle roster number",
        // Moroccan, Colombian and Chilean identity cards, Morocco's health insurance, a French insurance policy, a trial's participant, a
        // Brazilian safety report: "CIN JB 218734", "NUIP (registro civil) 1.052.397.418", "his RUN, 15.332.871-4", "Immatriculation AMO :
        // 112 448 301", "police n° 48-771.290.3", "participant 0412-0087", "Notificação nº NOTIVISA 2024.08.114772".
        "cin", "cnie", "nuip", "run", "amo", "immatriculation amo", "police n°", "police nº", "n° de police", "participant", "notificação",
        // Denmark's and Sweden's personal numbers as records abbreviate them ("CPR: 140631-1486", "pnr 480517-2394"), Iran's national code
        // ("National code: 1270456891", "کد ملی"), a Turkish hospital's protocol number ("Prot: 2023/184552").
        "cpr", "pnr", "national code", "کد ملی", "prot",
    ]
    /// How many digits the value after a label needs where three are too few or too many: ordinary words ("group", "case",
    /// "file", "kit") need a long number; an NHI has two digits among its letters; a CHI number has ten.
    static let minimumDigits: [String: Int] = ["group": 5, "case": 5, "register": 5, "file": 5, "incident": 5, "kit": 5,
                                               "bib": 4, "race number": 4, "id": 4, "chart": 4, "claim": 4, "nhi": 2, "chi": 10, "rg": 7,
                                               // Words that are also terms ("PID", "HN", "ACC", "FIN", "lic"): a long number only.
                                               "pid": 6, "acc": 6, "hn": 5, "fin": 6, "lic": 5,
                                               // ("10 cc", "95% CI 1.2 to 3.4", "member of staff": terms and words, before short numbers.)
                                               "cc": 7, "ci": 7, "c.i": 7, "ppt": 6, "member": 7, "cui": 7, "cnv": 7,
                                               // "CMP 10/12" (a metabolic panel), "DPI 200 mcg" (an inhaler), "CRM 197" (a carrier protein).
                                               "cmp": 5, "dpi": 8, "crm": 4, "csn": 6, "encounter": 6, "nss": 8,
                                               // ("Band 5", "Reg 2", "visa 2": a pay band, a grade, a count.)
                                               "band": 6, "reg": 6, "visa": 6, "booking": 5, "nic": 9, "smc": 5, "mmc": 5,
                                               "dossier": 5, "session": 5, "gms": 5,
                                               // ("NHS 111", "NHS 24": a helpline; an NHS number has ten digits.)
                                               "nhs": 9, "rio": 6, "folder": 6,
                                               // ("CIN 3", "a run of 12", "participant 14": a cervical lesion's grade, a count, a number in a study.)
                                               "cin": 5, "run": 7, "amo": 6, "participant": 4,
                                               // ("CPR 30:2", "CPR for 20 minutes": resuscitation; a personal number has ten digits.)
                                               "cpr": 10, "pnr": 10, "prot": 6]

    /// The words before a code that say it is a terminology's, not a person's: `notIdentifiers` and SNOMED.
    static let notIdentifierContexts = notIdentifiers + ["snomed ct", "snomed"]
    /// The HL7 components that hold a number: the patient's identifiers, account, SSN and licence (PID-2, -3, -4, -18, -19, -20),
    /// the message's control id (MSH-10), the doctors' numbers (PV1-7…9, -17), the visit and order numbers.
    static let hl7Identifiers: Set<String> = ["PID-2.1", "PID-3.1", "PID-4.1", "PID-18.1", "PID-19.1", "PID-20.1", "MSH-10.1", "PV1-7.1", "PV1-8.1",
                                              "PV1-9.1", "PV1-17.1", "PV1-19.1", "OBR-2.1", "OBR-3.1", "ORC-2.1", "ORC-3.1", "IN1-36.1"]
    static let notIdentifiers = ["doi", "pmid", "pmcid", "pmc", "isbn", "issn", "nct", "icd", "orcid", "omim", "clinvar", "rs", "catalogue", "catalog", "model",
                                 "gtin", "firmware", "version", "isrctn", "eudract", "ctri", "actrn", "anzctr", "protocol", "clone", "loinc", "radlex",
                                 // A drug's National Drug Code: "NDC 0078-0126-05"; a chemical's CAS registry number, "CAS 50-48-6"; a drug's
                                 // ATC code; a European directive, "Directive 2010/32/EU".
                                 "ndc", "isbt", "cas number", "cas registry number", "cas rn", "atc", "atc code", "directive", "council directive", "regulation"]

    func matches(in document: ScanDocument) -> [Match] {
        var matches = document.headerMatches(.identifier, "identity or record number")
            + (EastAsianScript.labelledNumbers(in: document) + OtherScripts.numbers(in: document)).map { Match($0, "identity or record number") }
        for (label, end) in document.labels(.identityNumber) where !Self.insideURL(end, in: document) {
            // "the CAS registry number 103-90-2": a chemical's number, its check digit right (not a police case, "CAS 412/03/2024").
            if let range = LabelledValue.value(after: end, in: document, minimumDigits: 3), Self.isCASNumber(range, in: document)
                // ("Unit number (ISBT 128)": a standard's name in the header, not a unit's number.)
                // (Only that standard's name: "MRN: RS 482910", "Hospital number: PMC 4471123" are records.)
                || document.bytes[range].elementsEqual("ISBT 128".utf8) { continue }
            // "- file: images/hc008-cd30.jpg": an image's path in front matter, not a case file.
            if label == "file", end < document.bytes.count, document.bytes[end] == UInt8(ascii: ":") { continue }
            // ("a weight band chart (1.0–1.4 kg, …)": a measurement after the word, not the chart's number.)
            // ("under RIDDOR 2013": a regulation's year after its name in capitals.)
            if let range = LabelledValue.value(after: end, in: document, minimumDigits: Self.minimumDigits[label] ?? 3), !Self.followedByUnit(range.upperBound, in: document),
               !(Self.isYearAlone(range, in: document) && end >= label.utf8.count && document.bytes[(end - label.utf8.count)..<end].allSatisfy(\.isUpper)) {
                matches.append(Match(range, "identity or record number"))
            }
        }
        // Tables of record numbers: a column headed "MRN" or a row headed "MRN", each cell with four digits or more,
        // or three with capitals ("SABW-017").
        // (Not "| ID |" over "| HP:0012469 |": a terminology's term; nor "| PT code |" over "| 10072268 |" where the text codes
        // events with MedDRA, whose terms are eight digits from 10000000.)
        var codesWithMedDRA: Bool?
        for range in TableColumns.cells(in: document, headers: TableColumns.recordNumberHeaders, matching: TableColumns.isRecordNumberHeader) + TableColumns.rowCells(in: document, headers: TableColumns.recordNumberHeaders, matching: TableColumns.isRecordNumberHeader)
        where document.bytes[range].filter(\.isDigit).count >= 4
            || document.bytes[range].filter(\.isDigit).count == 3 && document.bytes[range].filter(\.isUpper).count >= 2 {
            if Self.startsWithRegistry(document.lowercased(range)) { continue }
            if range.count == 8, document.bytes[range].allSatisfy(\.isDigit), document.bytes[range].starts(with: "100".utf8) {
                if codesWithMedDRA == nil { codesWithMedDRA = !document.offsets(of: Array("MedDRA".utf8)).isEmpty || !document.offsets(of: Array("MEDDRA".utf8)).isEmpty }
                if codesWithMedDRA == true { continue }
            }
            matches.append(Match(range, "identity or record number"))
        }
        // HL7 messages: the patient's identifiers, account and national numbers, the message's control id and the doctors' numbers.
        matches += document.hl7Components
            .filter { Self.hl7Identifiers.contains($0.key) && document.bytes[$0.range].filter(\.isDigit).count >= 3 }
            .map { Match($0.range, "identity or record number") }
        matches += fhirIdentifiers(in: document)
        matches += xmlIdentifiers(in: document)
        matches += capitalLabelled(in: document)
        matches += unlabelled(in: document)
        matches += codes(in: document)
        matches += prefixedNumbers(in: document)
        matches += numberedRecords(in: document)
        matches += donationNumbers(in: document)
        matches += collarNumbers(in: document)
        matches += patientKeyValues(in: document).filter { value in !matches.contains { $0.range.overlaps(value.range) } }
        // ("SOP Class UID 1.2.840.10008.5.1.4.1.1.2": the DICOM standard's own identifiers, the same in every file.)
        return matches.filter { !document.bytes[$0.range].starts(with: "1.2.840.10008.".utf8) && !Self.namesSourceDocument($0.range, in: document)
            && !Self.isTrialRegistration($0.range, in: document) }
    }

    /// Whether a number is a European trial's registration, its year, six digits and a check (EudraCT, "2015-001234-56") or two
    /// (an EU CT number, "2023-503456-12-00"), where the 80 bytes before it name the register: "EudraCT", "EU CT", "CTIS".
    static func isTrialRegistration(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[range]
        let groups = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.count == 3 || groups.count == 4, groups[0].count == 4, groups[0].starts(with: "20".utf8), groups[1].count == 6,
              groups.dropFirst(2).allSatisfy({ $0.count == 2 }), groups.allSatisfy({ $0.allSatisfy(\.isDigit) }) else { return false }
        let before = document.lowercased(max(0, range.lowerBound - 80)..<range.lowerBound)
        return before.includes("eudract") || before.includes("eu ct") || before.includes("eu-ct") || before.includes("ctis")
    }

    /// Front-matter keys that hold the patient's own number (lowercased, without "_" and "-"): "patient_ref", "patient-id", "mrn".
    static let patientKeys: Set<String> = ["patientref", "patientid", "patientno", "patientnumber", "patientnum", "mrn", "urn", "hospitalnumber",
                                           "hospitalno", "recordnumber", "medicalrecord", "medicalrecordnumber", "nhsnumber", "chartnumber", "casenumber"]

    /// The value of a `patientKeys` key starting a line (in the front matter or a pasted record), four digits or more:
    /// `patient_ref: "RR8 0046113"`.
    func patientKeyValues(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
        let utf8 = document.source.utf8
        for (index, start) in document.source.lineStarts.enumerated() where start < utf8.count && document.zones[index] == .text {
            // (The first letters of `patientKeys`.)
            switch utf8[start] | 0x20 {
            case UInt8(ascii: "p"), UInt8(ascii: "m"), UInt8(ascii: "u"), UInt8(ascii: "h"), UInt8(ascii: "r"), UInt8(ascii: "n"), UInt8(ascii: "c"): break
            default: continue
            }
            let line = index + 1
            // (A key is short: its colon within the line's first 24 bytes, letters, "_" and "-" before it. Most lines are prose.)
            let head = utf8[start..<min(utf8.count, start + 24)]
            guard let colon = head.firstIndex(of: UInt8(ascii: ":")),
                  utf8[start..<colon].allSatisfy({ $0.isASCIILetter || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }),
                  Self.patientKeys.contains(String(decoding: utf8[start..<colon].filter(\.isASCIILetter).map(\.lowercased), as: UTF8.self)) else { continue }
            let value = document.source.lineBytes(line)[(colon + 1)...].trimmingWhitespace().trimming([UInt8(ascii: "\""), UInt8(ascii: "'")])
            guard !value.isEmpty, value.filter(\.isDigit).count >= 4 else { continue }
            matches.append(Match(value.startIndex..<value.endIndex, "identity or record number"))
        }
        return matches
    }

    /// Front-matter keys a migration leaves to say where the case's text came from: the old page's id, the exported file.
    static let sourceDocumentKeys: Set<String> = ["old_id", "legacy_id", "page_id", "node_id", "wiki_id", "import_id", "source_id", "cms_id", "doc_id",
                                                  "document_id", "post_id", "article_id", "original_id", "source_file", "original_file", "export_file",
                                                  "source_path", "migrated_from"]

    /// Whether a range starts the value of a `sourceDocumentKeys` key — "old_id: \"CONF-OPH-4017\"", "source_file: \"node-1402-rev3.html\""
    /// — the number of a page or a file, not of a person. (A labelled number later in the value, "old_id: case of MRN 4471", stays.)
    static func namesSourceDocument(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        guard let frontMatter = document.frontMatter, case let line = document.line(at: range.lowerBound), frontMatter.contains(line),
              let (key, colon) = ScanDocument.topLevelKey(of: document.source.lineBytes(line)), sourceDocumentKeys.contains(key.lowercased()) else { return false }
        // (The line's bytes keep the file's offsets: `colon` is one.)
        let valueStart = colon + 1
        return valueStart <= range.lowerBound && document.bytes[valueStart..<range.lowerBound].allSatisfy { $0.isSpace || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
    }

    /// Words before "nr" or "№" whose number is no patient's: a law, a batch, a page or a room ("Regulation nr 1234/2008",
    /// "lot nr 4419", "Zimmer Nr. 1214" is a place).
    static let notRecordsBeforeNumberSign: WordList = ["regulation", "directive", "law", "act", "decree", "lot", "batch", "charge", "iso", "model",
                                                       "type", "version", "issue", "vol", "volume", "page", "table", "figure", "fig", "room", "ward",
                                                       "bed", "unit", "house", "flat", "apartment", "block", "zimmer", "sala", "stanza", "pokój", "sal",
                                                       "building", "floor", "gate", "bus", "line", "route", "platform", "tram", "station"]

    /// A record's number after "nr" or "№", whatever the record is called in the language of the text: "Ambulansjournal nr
    /// 24-0038176", "Kiirabikaart nr 2024-118405", "FO nr. 00457/2024", "izsaukums Nr. 24-004218", "Карта виклику № 3817" (four
    /// digits or more).
    private func numberedRecords(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var labels: [(before: Int, end: Int)] = []
        for (position, token) in tokens.enumerated() where !token.isNumber && token.end - token.start == 2 && position >= 1 && token.zone == .text {
            guard bytes[token.start] | 0x20 == UInt8(ascii: "n"), bytes[token.start + 1] | 0x20 == UInt8(ascii: "r"),
                  tokens[position - 1].end + 1 == token.start else { continue }
            labels.append((position - 1, token.end))
        }
        for offset in document.offsets(of: [0xE2, 0x84, 0x96]) where document.zone(at: offset) == .text {  // "№"
            guard let before = document.lastTokenIndex(endingBy: offset), offset - tokens[before].end <= 1 else { continue }
            labels.append((before, offset + 3))
        }
        var matches: [Match] = []
        for (before, end) in labels where !tokens[before].isNumber && !Self.notRecordsBeforeNumberSign.contains(tokens[before], in: document) {
            guard let value = LabelledValue.value(after: end, in: document, minimumDigits: 4), value.lowerBound - end <= 3 else { continue }
            matches.append(Match(value, "identity or record number"))
        }
        return matches
    }

    /// Whether a value is a year and nothing more: "RIDDOR 2013", "KDIGO 2012" name a regulation or a guideline by its year.
    static func isYearAlone(_ value: Range<Int>, in document: ScanDocument) -> Bool {
        value.count == 4 && PersonNames.isYear(at: value.lowerBound, in: document)
    }

    /// A register's own abbreviation as the label: "CCC No: 13939-24018", "QP 2400118273", "eConsult #EC-MT-24-118305".
    private func capitalLabelled(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        // (Either pattern needs a word in capitals or "#" after the word and a space: tested first.)
        for (position, token) in tokens.enumerated() where !token.isNumber && token.zone == .text && position + 1 < tokens.count
            && (token.shape.contains(.allCaps) || token.end + 1 < bytes.count && bytes[token.end + 1] == UInt8(ascii: "#")) {
            var end = token.end
            // "#EC-MT-…" after any word: a number sign marks a reference (not "OMIM #142623", "OMIM entry #610168": a terminology's).
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1] == UInt8(ascii: "#"),
               !Self.notIdentifiers.contains(document.lowercased(token.range)),
               !(position >= 1 && document.bytes[token.range].elementsEqual("entry".utf8) && Self.notIdentifiers.contains(document.lowercased(tokens[position - 1].range))),
               // ("The OMIM entry for the phenotype is #163950": the terminology named earlier in the sentence.)
               !(document.lowercased(max(0, token.start - 50)..<token.start).split(separator: ".").last.map { String($0).includes("omim") || String($0).includes("orpha") } ?? false),
               let value = LabelledValue.value(after: end + 2, in: document, minimumDigits: 6), value.lowerBound == end + 2 {
                matches.append(Match(value, "identity or record number"))
                continue
            }
            // Not "PMID 28273028", "SNOMED 233604007", "NCT 04971226": publication, trial and terminology numbers.
            guard (2...5).contains(token.end - token.start), document.isAllCaps(token) else { continue }
            let label = document.lowercased(token.range)
            guard !Self.isClinicalPrefix(document.text(token.range)),
                  !InitialsRule.contextAbbreviations.contains(token, in: document), !token.isIn(.abbreviations),
                  !Self.notIdentifiers.contains(label), position == 0 || !["snomed", "icd", "loinc"].contains(document.lowercased(tokens[position - 1].range)),
                  !["snomed", "sct", "loinc", "cas", "isrctn", "actrn", "ec", "omim", "hgnc", "ncbi", "gtin", "ean", "upc"].contains(label) else { continue }
            // "CCC No:", "IP No.", "QP" followed straight by a long number.
            if document.hasPrefix(" no", at: end), end + 3 < bytes.count, bytes[end + 3] == UInt8(ascii: ":") || bytes[end + 3] == UInt8(ascii: ".") {
                end += 4
            }
            // A space or a colon between label and number ("ENST00000357618" is one Ensembl identifier, not a label and a number).
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: ":") || end != token.end,
                  let value = LabelledValue.value(after: end, in: document, minimumDigits: end == token.end ? 8 : 4), value.lowerBound - end <= 8,
                  !document.bytes[value].contains(UInt8(ascii: " ")) || end != token.end,
                  // ("KDIGO 2012": a guideline's year.)
                  !Self.isYearAlone(value, in: document),
                  // ("ASPRE (ISRCTN13633058)": a trial and its registration.)
                  !Self.isRegistrationInBrackets(value, in: document),
                  // ("ITPKC (rs28493229)": a gene and its dbSNP variant.)
                  !(document.hasPrefix("rs", at: value.lowerBound) && value.count > 3 && document.bytes[value.lowerBound + 2].isDigit) else { continue }
            matches.append(Match(value, "identity or record number"))
        }
        return matches
    }

    /// Names of the blood pressure in other languages: tensión/tensão arterial, pressione/pression/pressão arterial.
    static let bloodPressureLabels: Set<String> = ["ta", "pa", "tas", "pas"]

    /// Whether a value is a pressure: two or three digits, a slash, two or three digits.
    static func isPressure(_ value: ArraySlice<UInt8>) -> Bool {
        let parts = value.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (2...3).contains($0.count) && $0.allSatisfy(\.isDigit) }
    }

    /// FHIR identifiers: `{"system": "urn:oid:2.16.840.1.113883…", "value": "77120458"}` — whatever the system, the value is the
    /// patient's number (a telecom's system is "phone" or "email", which the phone and e-mail rules read).
    private func fhirIdentifiers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        let system = Array("\"system\"".utf8), value = Array("\"value\"".utf8)
        for start in document.offsets(of: system) {
            let searchFrom = start + system.count
            // The value in the same object, on the same line.
            let lineEnd = bytes[searchFrom...].firstIndex(where: { $0.isLineBreak || $0 == UInt8(ascii: "}") }) ?? bytes.count
            guard let valueKey = (searchFrom..<max(searchFrom, lineEnd - value.count + 1)).first(where: { bytes[$0..<($0 + value.count)].elementsEqual(value) }).map({ $0 + value.count }),
                  document.zone(at: start) == .text else { continue }
            let systemText = String(decoding: bytes[searchFrom..<valueKey], as: UTF8.self).lowercased()
            if ["phone", "email", "fax", "sms", "pager", "url"].contains(where: { systemText.includes("\"\($0)\"") }) { continue }
            var open = valueKey
            while open < lineEnd, bytes[open] == UInt8(ascii: " ") || bytes[open] == UInt8(ascii: ":") { open += 1 }
            guard open < lineEnd, bytes[open] == UInt8(ascii: "\""), let close = bytes[(open + 1)..<lineEnd].firstIndex(of: UInt8(ascii: "\"")),
                  bytes[(open + 1)..<close].filter(\.isDigit).count >= 4 else { continue }
            matches.append(Match((open + 1)..<close, "identity or record number"))
        }
        return matches
    }

    /// Parts of an XML element's name that say its text is a number: "<BSN>", "<Ziekenhuisnummer>", "<PatientID>", "<eRecord.01>",
    /// "<RaqmAlHawiya>" (Arabic "number of the identity card").
    static let xmlNumberParts: Set<String> = ["id", "number", "nummer", "numero", "nr", "no", "mrn", "bsn", "ssn", "nhs", "raqm", "hawiya",
                                              "milaf", "record", "ref", "identifier", "nummber", "num"]

    /// Record numbers in XML: an element named as a number with four digits or more in it ("<BSN>284716053</BSN>"), and the
    /// `extension` of a CDA `<id>` ("<id root=\"1.2.276…\" extension=\"0007734102\"/>", the identifier the root's register issued).
    private func xmlIdentifiers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // "<id root=… extension=\"…\"/>"
        let extensionKey = Array("extension=\"".utf8)
        for open in document.offsets(of: Array("<id ".utf8)) where document.zone(at: open) == .text {
            guard let close = bytes[open...].prefix(300).firstIndex(of: UInt8(ascii: ">")),
                  let key = bytes[open..<close].firstRange(of: extensionKey) else { continue }
            let start = key.upperBound
            if let end = bytes[start..<close].firstIndex(of: UInt8(ascii: "\"")), bytes[start..<end].filter(\.isDigit).count >= 4 {
                matches.append(Match(start..<end, "identity or record number"))
            }
        }
        // "<BSN>284716053</BSN>": an element whose name says it holds a number.
        for field in document.keyedFields where field.isXML && bytes[field.value].filter(\.isDigit).count >= 4 {
            // The name's parts: split at ".", "_", "-", ":" and where a capital follows a lowercase letter ("RaqmAlHawiya").
            let name = bytes[field.name]
            var parts: [String] = [], current: [UInt8] = []
            for (index, byte) in name.enumerated() {
                let previous = index > 0 ? name[name.startIndex + index - 1] : 0
                if !byte.isASCIILetter || byte.isUpper && previous.isLower {
                    if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
                    current = byte.isASCIILetter ? [byte.lowercased] : []
                } else {
                    current.append(byte.lowercased)
                }
            }
            if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
            guard parts.contains(where: { Self.xmlNumberParts.contains($0) }) || parts.last.map({ $0.hasSuffix("nummer") || $0.hasSuffix("number") }) == true else { continue }
            matches.append(Match(field.value, "identity or record number"))
        }
        return matches
    }

    /// "CHP 24-118730", "RK9 447 201", "GSH-LAB 25/118842": a capitalised code, a space, then digit groups.
    private func prefixedNumbers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        while position < tokens.count {
            defer { position += 1 }
            let first = tokens[position]
            // (A word of a script without capitals — Hebrew, Arabic, Indian, Thai — is no code's prefix: "هاتف 050 418 2273".)
            guard !first.isNumber, document.isAllCaps(first), bytes[first.start] < 0xD6, first.end - first.start >= 2,
                  first.start == 0 || Self.isCodeBoundary(bytes[first.start - 1]) else { continue }
            // The prefix may itself hold digits or hyphens: "RK9", "GSH-LAB".
            var prefixEnd = position
            while prefixEnd + 1 < tokens.count, tokens[prefixEnd + 1].start == tokens[prefixEnd].end
                    || (tokens[prefixEnd + 1].start == tokens[prefixEnd].end + 1 && bytes[tokens[prefixEnd].end] == UInt8(ascii: "-") && !tokens[prefixEnd + 1].isNumber) {
                if tokens[prefixEnd + 1].isNumber, tokens[prefixEnd + 1].end - tokens[prefixEnd + 1].start > 2 { break }
                prefixEnd += 1
            }
            guard prefixEnd + 1 < tokens.count, tokens[prefixEnd + 1].isNumber, tokens[prefixEnd + 1].start == tokens[prefixEnd].end + 1,
                  bytes[tokens[prefixEnd].end] == UInt8(ascii: " ") else { continue }
            var last = prefixEnd + 1
            var digits = tokens[last].end - tokens[last].start
            var groups = 1
            var longest = digits
            while last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start == tokens[last].end + 1,
                  [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[tokens[last].end]) {
                last += 1
                digits += tokens[last].end - tokens[last].start
                longest = max(longest, tokens[last].end - tokens[last].start)
                groups += 1
            }
            let end = tokens[last].end
            // "VT 167-222 bpm": a range with its unit.
            guard groups >= 2, digits >= 6, longest >= 3, end == bytes.count || !bytes[end].isAlphanumeric, !Self.followedByUnit(end, in: document),
                  first.zone == .text, !Self.isClinicalPrefix(document.text(first.range)),
                  !first.isIn(.labelWords),
                  // "LOINC 24627-2", "EudraCT 2021-004417-28": a code system's or a registry's number.
                  !Self.notIdentifiers.contains(document.lowercased(first.range)) else { continue }
            // "TA 168/100", "PA 142/88": a blood pressure after its name in Spanish, Portuguese, Italian or French.
            if prefixEnd == position, Self.bloodPressureLabels.contains(document.lowercased(first.range)),
               Self.isPressure(bytes[tokens[prefixEnd + 1].start..<end]) { continue }
            matches.append(Match(first.start..<end, "identity or record number"))
            position = last
        }
        return matches
    }

    /// Measurements written as an abbreviation and digit groups ("BP 128/84", "PLT 250 000").
    static let clinicalPrefixes: Set<String> = ["BP", "GCS", "HR", "RR", "PLT", "WCC", "WBC", "HB", "CRP", "ESR", "ALT", "AST", "INR", "BNP", "PSA",
                                                 "HIV", "CD", "SPO", "FEV", "FVC", "EF", "QTC", "PR", "QRS", "MAP", "CVP", "ICP", "IOP", "VA", "NIHSS", "APGAR",
                                                 // Catalogue, model and standard numbers on devices and guidelines.
                                                 "REF", "CAT", "LOT", "GTIN", "SKU", "MODEL", "FW", "SW", "REV", "VER", "ISO", "IEC", "EN", "DIN", "ASTM",
                                                 // Classifications and their editions or codes: "ICD-10", "GLI-2012", "LLT 10078102" (MedDRA).
                                                 "ICD", "DSM", "GLI", "LLT", "MEDDRA", "SNOMED", "LOINC", "ATC", "HGNC",
                                                 // Blood pressures and glucose: "SBP 140-160", "CBG 9.8", "RBS 2.6".
                                                 "SBP", "DBP", "CBG", "RBS", "FBS", "GRBS", "BSL", "BGL", "HGT"]
    static func isClinicalPrefix(_ text: String) -> Bool { clinicalPrefixes.contains(text.uppercased()) }
    /// Units written as a separate word after a number: "VT 167-222 bpm", "6935M-62 cm". Narrower than `units`
    /// (units joined to a code's digits): after a space, "x", "d", "k" or "y" is as likely a word as a unit,
    /// and taking them as units loses real identifiers ("937-555-0190 x4", a telephone extension).
    static let unitWords: WordList = ["bpm", "mg", "ms", "mmhg", "kg", "ml", "l", "g", "cm", "mm", "units", "iu", "mmol", "min", "s", "hz", "mv", "v"]
    /// Whether a unit follows a number: "VT 167-222 bpm".
    static func followedByUnit(_ end: Int, in document: ScanDocument) -> Bool {
        guard end < document.bytes.count, document.bytes[end] == UInt8(ascii: " "),
              let next = document.token(startingAt: end + 1) else { return false }
        return unitWords.contains(next, in: document)
    }
    /// Single-word labels, which the label scan reports with the right range.
    static let labelWords = WordList(labels.filter { !$0.contains(" ") }, vocabulary: .labelWords)


    /// Numbers whose shape or check digit makes them identifiers without a label: runs of number
    /// tokens joined by single spaces or hyphens.
    private func unlabelled(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        var position = 0
        while position < tokens.count {
            let first = tokens[position]
            guard first.isNumber, first.start == 0 || !(bytes[first.start - 1].isAlphanumeric || bytes[first.start - 1] == UInt8(ascii: ".") || bytes[first.start - 1] == UInt8(ascii: "/")) else {
                position += 1
                continue
            }
            var groups = [first.end - first.start]
            var last = position
            while last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start == tokens[last].end + 1,
                  bytes[tokens[last].end] == UInt8(ascii: " ") || bytes[tokens[last].end] == UInt8(ascii: "-") {
                last += 1
                groups.append(tokens[last].end - tokens[last].start)
            }
            defer { position = last + 1 }
            let digitCount = groups.reduce(0, +)
            guard digitCount >= 9 else { continue }
            let end = tokens[last].end
            if end < bytes.count, bytes[end].isLetterLike || (bytes[end] == UInt8(ascii: ".") && end + 1 < bytes.count && bytes[end + 1].isDigit) { continue }
            let before = PhoneRule.context(before: first.start, in: document)
            if Self.notIdentifiers.contains(where: { PhoneRule.endsWith(before, word: $0) }) { continue }
            // "REF 4711-47-000": the catalogue number printed beside the ISO 15223 REF symbol, in capitals.
            if first.start >= 4, document.bytes[(first.start - 4)..<first.start].elementsEqual("REF ".utf8) { continue }
            // Not in a reference list, a DOI or a web address.
            guard first.zone == .text, !Self.insideURL(first.start, in: document) else { continue }
            var wordStart = first.start
            while wordStart > 0, !bytes[wordStart - 1].isSpace, !bytes[wordStart - 1].isLineBreak { wordStart -= 1 }
            if document.lowercased(wordStart..<first.start).includes("doi") || document.lowercased(wordStart..<first.start).includes("/") { continue }
            let digits = bytes[first.start..<end].filter(\.isDigit).map { Int($0 - 0x30) }
            let text = document.text(first.start..<end)
            let isSSN = groups == [3, 2, 4] && text.includes("-") && !text.hasPrefix("000") && !text.hasPrefix("666") && !text.hasPrefix("9")
            let isNHS = digits.count == 10 && (groups == [10] || groups == [3, 3, 4]) && Checksums.nhs(digits)
            let isCard = (13...19).contains(digits.count) && (groups.count == 1 || groups.dropLast().allSatisfy { $0 == 4 }) && Checksums.luhn(digits)
            let isSIN = digits.count == 9 && groups == [3, 3, 3] && Checksums.luhn(digits) && digits[0] != 0
            let isMedicare = digits.count >= 10 && (groups == [4, 5, 1] || groups == [4, 5, 1, 1] || groups == [10]) && Checksums.medicare(digits)
            // French NIR: 13 digits and a two-digit key, 97 - (number mod 97).
            let isNIR = digits.count == 15 && (digits[0] == 1 || digits[0] == 2) && {
                let number = digits.prefix(13).reduce(0) { $0 * 10 + $1 }
                return 97 - number % 97 == digits[13] * 10 + digits[14]
            }()
            // Long runs of digit groups (health-card, insurance and device numbers) are identifiers, not measurements.
            // (Not teeth in the FDI notation, "extraction of 54 55 64 65 74 75 84 85": every group a tooth's two digits.)
            let longGroups = groups.count >= 3 && digits.count >= 12 && !(groups.allSatisfy { $0 == 2 } && Self.areToothNumbers(digits))
            // US National Provider Identifier: ten digits, Luhn over the 80840 prefix.
            let isNPI = groups == [10] && Checksums.npi(digits)
            // Turkish identity number and the Estonian and Lithuanian personal codes: eleven digits with their check digits.
            let isPersonalCode = groups == [11] && (Checksums.turkishIdentity(digits) || Checksums.balticPersonalCode(digits))
            // Twelve digits or more in one run that is no card and no compact date and time ("20230611031522", the date rule's): a birth
            // registration, a national or an insurance number ("জন্ম নিবন্ধন নং: 20234915207041389").
            // (Nor a product's GS1 trade item number in a device identifier, "(01)00380652098775(17)270831".)
            // (Nor a SNOMED CT concept, named or with its Verhoeff check digit and partition: "SNOMED CT 16541000119107".)
            let longRun = groups.count == 1 && digits.count >= 12 && !isCard && !DateRule.isCompactDate(digits)
                && !(first.start >= 4 && bytes[(first.start - 4)..<first.start].elementsEqual("(01)".utf8))
                && !Self.notIdentifierContexts.contains(where: { PhoneRule.endsWith(before, word: $0) }) && !Checksums.isSNOMEDConcept(digits)
            if isSSN || isNHS || isCard || isSIN || isMedicare || isNIR || longGroups || isNPI || isPersonalCode || longRun {
                matches.append(Match(first.start..<end, "identity or record number"))
            }
        }
        return matches
    }

    /// Whether a value is a chemical's CAS registry number named as one: "CAS" before it, and the shape and check digit of
    /// "50-48-6" (two to seven digits, two, then a check digit: the others weighted 1, 2, 3 … from the right, modulo 10).
    static func isCASNumber(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let parts = document.bytes[range].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count == 3, (2...7).contains(parts[0].count), parts[1].count == 2, parts[2].count == 1,
              parts.allSatisfy({ $0.allSatisfy(\.isDigit) }),
              document.text(max(0, range.lowerBound - 30)..<range.lowerBound).includes("CAS") else { return false }
        let digits = (parts[0] + parts[1]).map { Int($0 - 0x30) }
        let sum = digits.reversed().enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return sum % 10 == Int(parts[2].first! - 0x30)
    }

    /// Whether pairs of digits are all teeth in the FDI notation: permanent 11–18, 21–28, 31–38, 41–48; primary 51–55 … 81–85.
    static func areToothNumbers(_ digits: [Int]) -> Bool {
        guard digits.count % 2 == 0 else { return false }
        return stride(from: 0, to: digits.count, by: 2).allSatisfy { index in
            let quadrant = digits[index], tooth = digits[index + 1]
            return (1...4).contains(quadrant) && (1...8).contains(tooth) || (5...8).contains(quadrant) && (1...5).contains(tooth)
        }
    }

    /// A police officer's rank, as written before the name and the collar or badge number: "PC Ryan Jessop 6281", "Officer R. Galvan #4418".
    static let policeRanks: Set<String> = ["PC", "DC", "DS", "WPC", "Sgt", "Sergeant", "Constable", "Const", "Cst", "Officer", "Trooper", "Deputy",
                                           "Det", "Detective", "Insp", "Inspector", "Garda", "Agent"]
    static let policeRankWords = WordList(policeRanks.map { $0.lowercased() })

    /// The collar or badge number after an officer's rank and name: "PC Ryan Jessop 6281", "Officer R. Galvan #4418", "Trooper Kyle
    /// Brandt (#2291)" (three to seven digits, the name one to three capitalised words or initials).
    private func collarNumbers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        for position in document.capitalisedWords where position + 2 < tokens.count && tokens[position].zone == .text {
            let rank = tokens[position]
            // (The word list by its hash first, the rank's capitals after: most capitalised words are none.)
            guard Self.policeRankWords.contains(rank, in: document), Self.policeRanks.contains(document.text(rank.range)) else { continue }
            var next = position + 1, words = 0
            while next < tokens.count, words < 3, !tokens[next].isNumber, document.isCapitalised(tokens[next]),
                  document.onlySpaces(tokens[next - 1].end..<tokens[next].start, allowing: [UInt8(ascii: ".")]), tokens[next].start - tokens[next - 1].end <= 2 {
                next += 1; words += 1
            }
            guard words >= 1, next < tokens.count, tokens[next].isNumber, (3...7).contains(tokens[next].end - tokens[next].start) else { continue }
            let gap = bytes[tokens[next - 1].end..<tokens[next].start]
            guard gap.count <= 3, gap.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "(") }), gap.first == UInt8(ascii: " "),
                  tokens[next].end == bytes.count || !bytes[tokens[next].end].isAlphanumeric && bytes[tokens[next].end] != UInt8(ascii: "/")
                    && bytes[tokens[next].end] != UInt8(ascii: ":")
                    && !(bytes[tokens[next].end] == UInt8(ascii: ".") && tokens[next].end + 1 < bytes.count && bytes[tokens[next].end + 1].isDigit) else { continue }
            // ("Officer Dale 2019 report", "PC Jones 100 m away": not a year, nor a measure.)
            if Self.isYearAlone(tokens[next].range, in: document) || Self.followedByUnit(tokens[next].end, in: document) { continue }
            matches.append(Match(tokens[next].range, "identity or record number"))
        }
        return matches
    }

    /// ISBT 128 donation identification numbers on blood components, as printed under the bar code: a facility's letter and four
    /// digits, the year's two digits and a six-digit sequence, with or without spaces ("W0362 24 118832 E", "G1502 23 004417").
    private func donationNumbers(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        for position in document.numbers where position >= 1 && position + 2 < tokens.count {
            let facility = tokens[position], letter = tokens[position - 1]
            guard facility.end - facility.start == 4, letter.end == facility.start, letter.end - letter.start == 1, bytes[letter.start].isUpper,
                  letter.start == 0 || !bytes[letter.start - 1].isAlphanumeric, facility.zone == .text else { continue }
            let year = tokens[position + 1], sequence = tokens[position + 2]
            guard year.isNumber, sequence.isNumber, year.end - year.start == 2, sequence.end - sequence.start == 6,
                  year.start == facility.end + 1, bytes[facility.end] == UInt8(ascii: " "), sequence.start == year.end + 1,
                  bytes[year.end] == UInt8(ascii: " "), sequence.end == bytes.count || !bytes[sequence.end].isAlphanumeric else { continue }
            var end = sequence.end
            // The flag characters after the sequence: "… 118832 E", "… 118832 00 F".
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1].isUpper || bytes[end + 1].isDigit,
               end + 2 == bytes.count || !bytes[end + 2].isAlphanumeric {
                end += 2
            }
            matches.append(Match(letter.start..<end, "identity or record number"))
        }
        return matches
    }

    /// Codes that mix letters and digits (or digit groups with separators) the way record, device,
    /// employee and claim references do: "EMP-0048831", "K0571284", "HIR/2023/08812". Fail-closed:
    /// a case never needs one; units, gene and variant names, DOIs, trial numbers and reference lists
    /// are left alone. A code is a run of tokens joined directly or by `-`, `/` or `_`.
    private func codes(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        let tokens = document.tokens
        var matches: [Match] = []
        /// Whether two tokens are joined, or written with a hyphen, a slash or an underscore between them.
        func joined(_ token: Token, _ next: Token) -> Bool {
            let gap = next.start - token.end
            return gap == 0 || gap == 1 && (bytes[token.end] == UInt8(ascii: "-") || bytes[token.end] == UInt8(ascii: "/") || bytes[token.end] == UInt8(ascii: "_"))
        }
        // A code is a run of joined tokens with a number in it: each number's run is found from the number back to where it starts,
        // and runs without one are never read.
        var nextRun = 0
        for number in document.numbers where number >= nextRun {
            var position = number
            while position > nextRun, joined(tokens[position - 1], tokens[position]) { position -= 1 }
            let first = tokens[position]
            var last = position
            var digits = first.isNumber ? first.end - first.start : 0
            var letters = first.isNumber ? 0 : first.end - first.start
            var separators = 0
            var hasNumber = first.isNumber
            while last + 1 < tokens.count {
                let next = tokens[last + 1]
                guard joined(tokens[last], next) else { break }
                if next.start > tokens[last].end { separators += 1 }
                last += 1
                if next.isNumber { digits += next.end - next.start; hasNumber = true } else { letters += next.end - next.start }
            }
            defer { nextRun = last + 1 }
            let start = first.start, end = tokens[last].end
            // "SG-FRAIL-S017": a code of three parts or more in capitals may end in three digits joined to a letter (not a device's
            // "TE-400-MH" or a variant's "IVS-I-110").
            // (Its dashes may be inside a token: "SG-FRAIL-S" is one.)
            let longCode = digits == 3 && letters >= 4 && !bytes[start..<end].contains(where: \.isLower)
                && bytes[start..<end].filter({ $0 == UInt8(ascii: "-") }).count >= 2
                && tokens[last].isNumber && bytes[tokens[last].start - 1].isLetterLike
            guard hasNumber, digits >= 4 || longCode, letters >= 1 || separators >= 2 else { continue }
            guard end - start >= 6, start == 0 || Self.isCodeBoundary(bytes[start - 1]),
                  end == bytes.count || Self.isCodeBoundary(bytes[end]) || bytes[end] == UInt8(ascii: ".") else { continue }
            // Non-ASCII letters or inner apostrophes make it a word, not a code.
            if bytes[start..<end].contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "'") }) { continue }
            guard document.zone(at: start) == .text else { continue }
            if letters == 0 {
                let groups = document.text(start..<end).split(whereSeparator: { !$0.isNumber }).map(\.count)
                guard digits >= 7, groups.contains(where: { $0 >= 4 }) else { continue }
                // Dates are privacy.date's: 12/03/2021, 2021-03-12.
                if groups.count == 3, (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4) || (groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2) { continue }
            }
            let text = document.text(start..<end)
            if Self.isClinicalCode(text, at: start, in: document) { continue }
            // "GLI-2012", "ESC-2021": a standard and the year of its edition.
            if last == position + 1, !first.isNumber, document.isAllCaps(first), (2...5).contains(letters), bytes[first.end] == UInt8(ascii: "-"),
               tokens[last].end - tokens[last].start == 4, (1950...2039).contains(Int(document.text(tokens[last].range)) ?? 0) { continue }
            // "mrs_0_2_at_90d_pct": a variable's name in snake case, its numbers short.
            if bytes[start..<end].contains(UInt8(ascii: "_")), !bytes[start..<end].contains(where: \.isUpper),
               tokens[position...last].allSatisfy({ !$0.isNumber || $0.end - $0.start <= 2 }) { continue }
            // "6935M-62 cm", "q15-20 min": a measurement; "hla-b-1502": an allele written as a slug.
            // ("HLA-24-03817", a digit after the dash, is a laboratory's accession number.)
            if Self.followedByUnit(end, in: document) || text.lowercased().hasPrefix("hla-") && !bytes[start + 4].isDigit { continue }
            if Self.lettersAndDigitsThatAreNoRecords.contains(where: { text.hasPrefix($0.prefix) && $0.lengths.contains(text.count) }),
               text.dropFirst(2).allSatisfy(\.isNumber) { continue }
            // "mid-1990s", "early-2000s": a decade.
            if last == position + 2, ["mid", "early", "late"].contains(document.lowercased(first.range)), tokens[position + 1].isNumber,
               tokens[position + 1].end - tokens[position + 1].start == 4, bytes[tokens[position + 1].end - 1] == UInt8(ascii: "0"),
               bytes[tokens[last].range].elementsEqual("s".utf8) { continue }
            // "case-1000", "table-12": an ordinary word and a short number is a label, not a record.
            let letterRuns = tokens[position...last].filter { !$0.isNumber }
            if letterRuns.count == 1, digits <= 5, separators <= 1, Lexicon.englishWords.contains(letterRuns[0], in: document) { continue }
            // "images/h002-ct-day0": a file path whose numbers are short is a name for a picture, not a record.
            // So is "sc008-ga68-pet.png", an image file named after its case.
            if bytes[start..<end].contains(UInt8(ascii: "/")) || document.imageExtensionStarts(at: end),
               tokens[position...last].allSatisfy({ !$0.isNumber || $0.end - $0.start <= 3 }) || Self.isImageNamedWithAYear(tokens[position...last], letters: letters, in: document) { continue }
            // ("T073000" after a calendar's colon or its date; not "Hosp no. T123456".)
            if Self.isClockOrDuration(text) && (!text.hasPrefix("T") || start >= 1 && (bytes[start - 1] == UInt8(ascii: ":") || bytes[start - 1].isDigit))
                || Self.isCameraFileName(text) { continue }
            // ("Qubit dsDNA BR assay, catalogue reference Q32853": a product's number in a supplier's catalogue.)
            // (Nor a reagent kit's lot: "Kit lot numbers are recorded … (lot format on the current kit, for instance, "2B4471-A")".)
            // (Whole words: not "clot", "pilot", "Charlotte", "go-kit"; the catalogue's word among the three before the code.)
            let before = document.lowercased(max(0, start - 60)..<start).split(whereSeparator: { !$0.isLetter }).map(String.init)
            if before.suffix(3).contains(where: { $0 == "catalogue" || $0 == "catalog" })
                || before.contains("lot") && (before.contains("kit") || before.contains("reagent")) && before.suffix(8).contains("lot") { continue }
            matches.append(Match(start..<end, "identifier-like code"))
        }
        return matches
    }

    /// Whether a code is a time written as a calendar file writes it ("T073000", hours, minutes and seconds after a T) or a duration
    /// in units ("18m48s", "1h02m30s").
    static func isClockOrDuration(_ text: String) -> Bool {
        let characters = Array(text.utf8)
        if characters.count == 7, characters[0] == UInt8(ascii: "T"), characters.dropFirst().allSatisfy(\.isDigit),
           let hours = Int(text.dropFirst().prefix(2)), let minutes = Int(text.dropFirst(3).prefix(2)), let seconds = Int(text.suffix(2)) {
            return hours < 24 && minutes < 60 && seconds < 60
        }
        // Groups of digits, each followed by h, m or s, in that order, ending in s or m.
        var units: [UInt8] = [], digits = 0
        for character in characters {
            if character.isDigit { digits += 1; continue }
            guard digits > 0, digits <= 2 || units.isEmpty && digits <= 3, [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(character),
                  units.last.map({ $0 < character }) ?? true else { return false }
            units.append(character); digits = 0
        }
        return digits == 0 && units.count >= 2
    }

    /// Whether a code is the name a camera or a phone gives a picture: "IMG_4471", "DSC_0193", "PXL_20240312".
    static func isCameraFileName(_ text: String) -> Bool {
        let parts = text.split(separator: "_")
        guard parts.count >= 2, ["IMG", "DSC", "DSCN", "DSCF", "PXL", "VID", "MVIMG", "PANO", "Screenshot"].contains(String(parts[0])) else { return false }
        return parts.dropFirst().allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// Two capitals and digits that name a thing, not a record, and how long they are: insertion sequences, the targets of
    /// mycobacterial and pertussis PCR ("IS2404", "IS6110", "IS481"); the United Nations numbers of dangerous goods, on a specimen's
    /// packaging ("UN3373"); button cells ("CR2032", "LR44", "SR626").
    static let lettersAndDigitsThatAreNoRecords: [(prefix: String, lengths: ClosedRange<Int>)] = [
        ("IS", 0...6), ("UN", 6...6), ("CR", 0...7), ("LR", 0...7), ("SR", 0...7), ("AG", 0...7),
    ]

    /// Whether an offset is inside a web address ("…?category=1&id=1439").
    static func insideURL(_ offset: Int, in document: ScanDocument) -> Bool {
        var start = offset
        while start > 0, !document.bytes[start - 1].isSpace, !document.bytes[start - 1].isLineBreak, document.bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = document.lowercased(start..<offset)
        return word.includes("://") || word.hasPrefix("www.")
    }

    static func isCodeBoundary(_ byte: UInt8) -> Bool {
        byte.isSpace || byte.isLineBreak || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            // A log's "subj=KSM-0231".
            || byte == UInt8(ascii: "=")
    }

    static let units: [String] = ["mg", "mcg", "ug", "g", "kg", "ml", "l", "mmol", "umol", "nmol", "iu", "u", "units", "mm", "cm", "m", "km",
                                  "h", "hr", "hrs", "min", "mins", "s", "sec", "bpm", "mmhg", "kpa", "mosm", "x", "k", "y", "d", "w", "mo", "kcal", "kj"]

    /// The registries, terminologies and trial groups whose numbers are written joined to their name: "NCT04280705", "HP:0012469",
    /// "ORPHA:558", "rs28493229".
    static let registryPrefixes = ["nct", "isrctn", "actrn", "chictr", "drks", "rs", "nm_", "np_", "nc_", "ng_", "ensg", "enst", "ensp", "ccds", "hgnc", "omim",

                                   "orpha", "pmc", "sctid", "vcv", "rcv", "scv", "hp:", "mondo", "uniprot",
                                   // Trials numbered by the cooperative groups that run them: "JCOG0802", "EORTC22922", "RTOG9410", "AALL0232".
                                   "jcog", "eortc", "rtog", "nsabp", "swog", "gog", "calgb", "ncctg", "aall", "ahod", "anbl", "ibcsg"]

    /// Whether a run of tokens is an image's file name with one year in it among English words: "images/aap-2022-threshold-plot.png",
    /// a guideline's year (not "okoye-1987-ct-head.png", a surname and a year of birth). A word joined by hyphens ("threshold-plot") is
    /// read word by word.
    static func isImageNamedWithAYear(_ run: ArraySlice<Token>, letters: Int, in document: ScanDocument) -> Bool {
        guard letters >= 6, let end = run.last?.end, document.imageExtensionStarts(at: end) else { return false }
        let numbers = run.filter(\.isNumber)
        guard numbers.count == 1, let year = numbers.first, year.end - year.start == 4, (1950...2039).contains(Int(document.text(year.range)) ?? 0) else { return false }
        return run.allSatisfy { token in
            token.isNumber || token.isIn(.abbreviations) || document.bytes[token.range].split(separator: UInt8(ascii: "-")).allSatisfy { part in
                part.count <= 3 || Lexicon.englishWords.contains(part) || Lexicon.abbreviations.contains(part)
            }
        }
    }

    /// Whether a value in brackets is a trial's registration in its fixed shape: NCT and 8 digits, ISRCTN and 8, ACTRN and 14, DRKS and
    /// 8, ChiCTR and a number ("ASPRE (ISRCTN13633058)"; not a hospital's "KBTH GOG22047181").
    static func isRegistrationInBrackets(_ value: Range<Int>, in document: ScanDocument) -> Bool {
        guard value.lowerBound >= 1, document.bytes[value.lowerBound - 1] == UInt8(ascii: "(") else { return false }
        let text = document.lowercased(value)
        for (prefix, digits) in [("nct", 8), ("isrctn", 8), ("actrn", 14), ("drks", 8), ("chictr", 0)] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count)
            if digits == 0 { return rest.contains(where: \.isNumber) }
            return rest.count == digits && rest.allSatisfy(\.isNumber)
        }
        return false
    }

    /// Whether lowercased text is a registry's number (`registryPrefixes`): the registry's name, then a digit.
    static func startsWithRegistry(_ lower: String) -> Bool {
        registryPrefixes.contains { lower.hasPrefix($0) && lower.dropFirst($0.count).first?.isNumber == true } || isOtherTrialRegistration(lower)
    }

    /// The numbers of the other primary registries of the WHO's platform, each in its fixed shape (a record number that happens to start
    /// with the same letters is not one): India's "CTRI/2023/01/049212", Sri Lanka's "SLCTR/2019/012", "PACTR201905784523145",
    /// "IRCT20190412043210N1", "jRCT1031190123". (Not the shorter KCT, TCTR and UMIN numbers, whose shape a record number shares:
    /// "Wristband read KCT4471823".)
    static func isOtherTrialRegistration(_ lower: String) -> Bool {
        func digits(_ text: Substring, _ count: Int) -> Bool { text.count == count && text.allSatisfy(\.isNumber) }
        if lower.hasPrefix("ctri/") {
            let parts = lower.dropFirst(5).split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 6)
        }
        if lower.hasPrefix("slctr/") {
            let parts = lower.dropFirst(6).split(separator: "/", omittingEmptySubsequences: false)
            return parts.count == 2 && digits(parts[0], 4) && (3...4).contains(parts[1].count) && parts[1].allSatisfy(\.isNumber)
        }
        if lower.hasPrefix("irct") {
            let rest = lower.dropFirst(4)
            guard let n = rest.firstIndex(of: "n") else { return false }
            return (11...14).contains(rest[..<n].count) && rest[..<n].allSatisfy(\.isNumber) && rest[rest.index(after: n)...].allSatisfy(\.isNumber)
                && !rest[rest.index(after: n)...].isEmpty
        }
        for (prefix, count) in [("pactr", 15), ("jrct", 10)] where lower.hasPrefix(prefix) {
            return digits(lower.dropFirst(prefix.count), count)
        }
        return false
    }

    /// Shapes clinical text legitimately has: doses, dates written compactly are a separate rule,
    /// gene variants (c./p./rs…), reference sequences, trial registries, DOIs and URLs.
    static func isClinicalCode(_ text: String, at index: Int, in document: ScanDocument) -> Bool {
        let lower = text.lowercased()
        // The whole whitespace-delimited word it sits in: URLs, e-mails and DOIs are other rules' business.
        var wordStart = index
        while wordStart > 0, !document.bytes[wordStart - 1].isSpace, !document.bytes[wordStart - 1].isLineBreak { wordStart -= 1 }
        let prefix = document.lowercased(wordStart..<index)
        if prefix.includes("doi") || prefix.includes("http") || prefix.includes("www") || prefix.includes("10.") || prefix.includes("@") || prefix.includes(".") { return true }
        // (And "(rs28493229)": a dbSNP variant, its letters joined to the number.)
        if prefix.hasSuffix("c") || prefix.hasSuffix("p") || prefix.hasSuffix("g") || prefix.hasSuffix("m") || prefix.hasSuffix("rs") { return true }
        let before = PhoneRule.context(before: index, in: document)
        if Self.notIdentifierContexts.contains(where: { PhoneRule.endsWith(before, word: $0) }) { return true }
        // A Mycobacterium tuberculosis gene's locus: "Rv0678", "Rv1979c".
        if lower.hasPrefix("rv"), lower.dropFirst(2).prefix(4).allSatisfy(\.isNumber), [6, 7].contains(lower.count), lower.count == 6 || lower.last == "c" { return true }
        if Self.startsWithRegistry(lower) { return true }
        // Nucleotide and protein changes: "G20210A", "V617F", "R702W".
        // Each part of "C282Y/H63D" is a variant; national ID numbers like S7934512H have more digits.
        let isVariant = text.split(separator: "/").allSatisfy { part in
            let characters = Array(part)
            return characters.count >= 3 && characters.count <= 7 && characters.first!.isUppercase && characters.last!.isUppercase
                && characters.dropFirst().dropLast().allSatisfy(\.isNumber)
        }
        if isVariant { return true }
        // A viral protein's change: "E1-A226V", "nsP1-M48I" (the protein, then the variant).
        if let hyphen = text.firstIndex(of: "-"), case let protein = text[..<hyphen], (2...4).contains(protein.count), protein.first!.isLetter,
           protein.contains(where: \.isNumber), protein.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
           case let change = Array(text[text.index(after: hyphen)...]), (3...7).contains(change.count), change.first!.isUppercase, change.last!.isUppercase,
           change.dropFirst().dropLast().allSatisfy(\.isNumber) { return true }
        // A chromosome band or a region between two: "15q11-q13", "22q11.2", "Xp22.3".
        if Self.isChromosomeBand(text) { return true }
        // An influenza strain, its type, host, place, number and year: "A/Victoria/4897/2022", "A/goose/Guangdong/1/1996"; a subtype,
        // "H1N1pdm09", "H5N1".
        if Self.isInfluenzaStrainOrSubtype(text) { return true }
        // A drug's ATC code, "N02BE01", "N06AA09": a letter, two digits, two letters, two digits.
        if text.count == 7, Array(text).enumerated().allSatisfy({ offset, character in
            [0, 3, 4].contains(offset) ? character.isUppercase && character.isASCII : character.isNumber }) { return true }
        // A protein change in three-letter amino acids without its "p.": "His1069Gln", "Arg778Ter", "Val30Met".
        if Self.isAminoAcidChange(text) { return true }
        if lower.includes("del") || lower.includes("ins") || lower.includes("dup") || lower.includes("fs") && lower.includes("ter") { return true }
        // A number with a unit: "1000mg", "250ml", "24h".
        let letters = String(lower.drop { $0.isNumber || $0 == "." })
        if lower.first?.isNumber == true, units.contains(letters) || letters.split(separator: "/").allSatisfy({ units.contains(String($0)) }) { return true }
        return false
    }

    /// Whether a code names an influenza strain ("A/Victoria/4897/2022", "B/Phuket/3073/2013", "A/goose/Guangdong/1/1996") or a
    /// subtype ("H1N1", "H3N2", "H1N1pdm09").
    static func isInfluenzaStrainOrSubtype(_ text: String) -> Bool {
        // (The place capitalised in lowercase letters or a host in lowercase, a number, then the year: not "D/ORTHO/2291/24", a reference.)
        // ("B/Austria/1359417/2021-like": a vaccine's strain and the ones like it.)
        let text = text.hasSuffix("-like") ? String(text.dropLast(5)) : text
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count >= 4, ["A", "B", "C", "D"].contains(parts[0]), let year = parts.last, year.allSatisfy(\.isNumber),
           year.count == 2 || year.count == 4 && (year.hasPrefix("19") || year.hasPrefix("20")),
           parts[parts.count - 2].allSatisfy(\.isNumber), !parts[parts.count - 2].isEmpty,
           parts[1...(parts.count - 3)].allSatisfy({ part in part.count >= 2 && part.contains(where: \.isLowercase) && part.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) }) {
            return true
        }
        let characters = Array(text)
        guard characters.count >= 4, characters[0] == "H", characters[1].isNumber else { return false }
        var index = 1
        while index < characters.count, characters[index].isNumber { index += 1 }
        guard index + 1 < characters.count, characters[index] == "N", characters[index + 1].isNumber else { return false }
        index += 1
        while index < characters.count, characters[index].isNumber { index += 1 }
        let rest = String(characters[index...])
        return rest.isEmpty || rest == "pdm09" || rest == "v"
    }

    /// Whether a code is a chromosome band ("15q11", "22q11.2", "Xp22.3") or a region between two ("15q11-q13").
    static func isChromosomeBand(_ text: String) -> Bool {
        text.split(separator: "-").enumerated().allSatisfy { index, band in
            var rest = band[...]
            let chromosome = rest.prefix { $0.isNumber || $0 == "X" || $0 == "Y" }
            // (The second band of a region may leave out its chromosome: "15q11-q13".)
            guard index > 0 || !chromosome.isEmpty, chromosome.count <= 2 else { return false }
            rest = rest.dropFirst(chromosome.count)
            guard let arm = rest.first, arm == "p" || arm == "q" else { return false }
            rest = rest.dropFirst()
            return !rest.isEmpty && rest.count <= 6 && rest.first!.isNumber && rest.allSatisfy { $0.isNumber || $0 == "." }
        }
    }

    /// The amino acids' three-letter codes, and "Ter" for a stop.
    static let aminoAcids: Set<Substring> = ["Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met", "Phe", "Pro",
                                            "Ser", "Thr", "Trp", "Tyr", "Val", "Sec", "Pyl", "Ter"]

    /// Whether a code is a protein change in three-letter amino acids: "His1069Gln", "Arg778Ter", "Gly12Asp" (an amino acid, its
    /// position, and the amino acid it became).
    static func isAminoAcidChange(_ text: String) -> Bool {
        let characters = Substring(text)
        guard characters.count >= 7, aminoAcids.contains(characters.prefix(3)), aminoAcids.contains(characters.suffix(3)) else { return false }
        let position = characters.dropFirst(3).dropLast(3)
        return !position.isEmpty && position.count <= 5 && position.allSatisfy(\.isNumber)
    }

}
