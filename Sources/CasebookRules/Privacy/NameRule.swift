/// `privacy.name`: a person's name — patient, relative or staff — found from its context (a title,
/// "patient X", a sign-off) or from a gazetteer of first names and surnames that leaves out common
/// English words and medical eponyms. Cited authors (in reference lists, "Smith et al.", "Smith (2019)")
/// are not names here.
struct NameRule: TextRule {
    let description = RuleDescription(
        id: "privacy.name",
        summary: "Person's name",
        rationale: "Names of patients, relatives and staff identify the patient directly (HIPAA Safe Harbor §164.514(b)(2)(i)(A)); eponyms and cited authors are not names of people in the case.",
        defaultSeverity: .error,
        hint: "Refer to people by role: \"the patient\", \"her son\", \"the registrar\". If this is an eponym, allow it with `<!-- casebook-ignore privacy.name: eponym -->`.",
        passing: [
            "> **Beurteilung:** Präexzitiertes Vorhofflimmern bei WPW-Syndrom, mit der akzessorischen Bahn. Observámos o seu doente com uma doença de Corino de Andrade.",
            "Directional systems such as Vercise Genus, named here only as models.",
            "Henrik Sjögren described the syndrome in his 1933 thesis in Stockholm.",
            "A fishbone (**Ishikawa**) diagram of the leaks.",
            "Cohort:\n\n| Patient | Age |\n|---|---|\n| Patient A | 68 |\n| Mother | 40 |\n| Mrs F | 71 |\n\nTroponin, a 12-hour value, was low.",
            "> **Med Reg** [23:41]\n\n02:14 - the night doctor (Reg): ok. [21:17] (Cardio Reg): EP on call? **(Chief Res)**: noted. LVEF 28% by Simpson's biplane method; a McKinley T34 syringe pump; the Oliver McGowan Mandatory Training.",
            "- Columbia Suicide Severity Rating Scale: passive ideation.\n- \"Dublin Regulation\" and the 1951 Refugee Convention.",
            "    caption: Panel B. Amastigotes within histiocytes.\n\n> **Notatki:** Reminder.\n> **Notatki:** Chronic.\n\n# Slajd 1 — Klinika Chorób Wewnętrznych\n\n- Ex-smoker, 30 pack-years",
            "| Relative | Pedigree no. | Result |\n|---|---|---|\n| Sister | IV-3 | carrier |\n| Great-aunt | II-4 | carrier |\n| Cousins | IV-5, IV-6 | one carrier |\n\n| Field | Value |\n|---|---|\n| Patient | DNI on file |\n\nStage IA by the MD Anderson TNM adaptation.",
            "The grandchildren call her Nana; the crew calls him Doc and the children call her Mum. The so-called \"smart\" pump, a.k.a. \"the box\".",
            "- **Lutheran** (Lu), **Diego** (Di), **Dombrock** (Do) and **Colton** (Co) follow the same pattern. A MAGNETOM Vida; Ingenia Elition.",
            "Edited by hand; user interface; rev 4 — role account — added a section; <!-- TODO: check --> par voie orale; por ejemplo; version 2 — Updated. Rewizja 2: tabela.",
            "Breaking bad news with the SPIKES protocol (Buckman); a frailty scale (Rockwood); BSA (Mosteller) = 1.7 m²; K10 (Kessler) 22; HSCL-25 (Hopkins).",
            "An ORU^R01 message:\n\n    OBX|1|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||1.42|mg/dL\n    MSH|^~\\&|[SENDING_APP]|[SENDING_FACILITY]",
            "The Edmonston strain, isolated in 1954 by John Enders and Thomas Peebles. *Rickettsia* honours Howard Taylor Ricketts.\n\n| Campo | Valor |\n|---|---|\n| Sexo | F |\n\n> Nurse: How long have you had the cough?",
            "Units: the **gray** (Gy), after Louis Harold Gray; Compton scattering, after Arthur Compton; the sievert and the curie, after Rolf Sievert and Marie and Pierre Curie.\n- **Dotter** — Charles Dotter, the father of IR.",
            "Ca + vit D. Zoledronic acid once eGFR checked. A farmer from Co. Kerry. Normal responses (Lois group 1). \"Why is a 91-year-old this hypercapnic?\"",
            "Mother-in-law, 92, lives with them. Stanton and Tange coined \"Goodpasture's syndrome\" in 1958. Consultant Diabetologist on call.",
            "The Norton scale was published in 1962; a score of 8 on Norton means high risk. GII.4 New Orleans and Den Haag variants.",
            "Braden, Waterlow and Norton compared; the Waterlow score.",
            "Sensitisation to Ara h 2 and Bet v 1; Patient: <NAME>; the Bairnsdale or Daintree ulcer; Brucella serology (Rose Bengal and SAT).",
            "Bone age (Greulich and Pyle); fluids by Parkland, Brooke and beyond; strains (Schwarz, Moraten, Edmonston-Zagreb); the bundle of Kent; a pull-through as popularised by De la Torre and Ortega.",
            "I'm a nurse. Sudden confusion since Thursday. Haemodialysis × 6 sessions; lucency in Gruen zones 1 and 7.",
            "Frenzel goggles; post-ictal Todd paresis; the Brodsky classification; the Lee Silverman Voice Treatment.",
            "Present: chair (Med Onc), surgeon (Surg Onc). Neuropsychology and Wada testing assess memory.",
            "Our health centre (Κέντρο Υγείας) covers the island; Лікар: on call; the Γενικό Νοσοκομείο is far.",
            "**May** 14:00: clinic opens.",
            "Show notes:\n\n- 21:00 Antivenom: one vial is enough\n- 21:05 Fibrinogen: repeat at 6 h\n\n> **[22:14] ED attending:** 2yo boy. **[22:20] Mum:** ok.",
            "> Hasta: bilinci açık. From our record (in Czech):\n\nThe Rochester criteria; a Bova score of 4; Lawton IADL 7/8; a Magen David Adom crew; an SX-Ella Danis stent.",
            "He called 999, then called the GP; a syndrome named after Dickens' boy; once called \"Ondine's curse\".\nHosp No. RPI0; vitamin D. Hepatitis B.\nSutured by hand; the user interface; opened by admin.\nTags: FHIR, PASI. The Brock model; Barthel 18/20; Modified Ashworth 2 at the calves; irrigation through a Morgan lens.",
            "Robson group 5; Stockley's Drug Interactions; Sarnat stage 1; Urbaniak class II.",
            "**Sat 16:30** — home visit. Alta da UTI. Taha wairua: well. The Naranjo score was 7.\n\nWheeze s/o bronchiolitis; fever s/o dengue.\n\nName: N/A\n\nCity: unknown",
            "Reg. no. on file; Band/Reg #: on file.\n\n| Gravida / Para | G2 P1 |\n\nTranslated from Malay; bilingual in Mixteco and English; Ogawa serotype; Lichtenberg figures; Morse 65.",
            "---\ntitle: GBS\ntags: [neurology, AMAN, Campylobacter, IVIg]\n---\nGenotype F508del/G551D (c.1521_1523del). Bjornson and others showed that.",
            "HELLP was named by Weinstein in 1982.",
            "Signed for the Basic Specialist Trainee.\n\n**Nurse:** Hi there.\n\nThe Glasgow Coma Scale (GCS) and Early Warning Score (EWS).",
            "Surgeon, FACS, FASMBS\nNPI on request. Thanks, everyone\n\nThe ms was in remission; the mr is mild.",
            "With thanks,\n\nConsultant Respiratory Physician\n\nConsultant Forensic Psychiatrist and Responsible Clinician",
            "andexanet alfa was given; epoetin alfa; aloe vera; the ute was parked; the vena cava; vice versa.",
            "Randall's plaques at ureteroscopy; Jacobson's nerve, Killian's dehiscence; a Kennedy terminal ulcer; close Petersen's defect; an Ishikawa diagram; Gillick competence.",
            "Named after the hepatologist Hyman Zimmerman, Hy's law holds; the sign was first described by Samuel Levine; a prize in honour of Mary Seacole.",
            "Parkinson disease, Graves' disease and Bell's palsy; Murphy's sign was positive.",
            "Scores such as the Wang bronchiolitis score and the Kristjansson respiratory score are used.",
            "Building on the tuberculin of Robert Koch; Dame Cicely Saunders' concept of total pain; James Reason's \"Swiss cheese\" model; the cook known as \"Typhoid Mary\"; named after Robert Graves and Karl von\n  Basedow; W. Edwards Deming.",
            "The Glasgow Coma Scale was 14 and the Wells score 6; Ottawa ankle rules applied.",
            "As Smith et al. showed, and as Jones (2019) confirmed, the risk is low.",
            "The fluid creep described by Pruitt and by Saffle; the programme developed by Campbell and Robertson; Forrest JA, Finlayson ND, Shearman DJ first described it. Boyle's law, the Bühlmann algorithm, Bayley-4, Gregorian dates.",
            "The patient was reviewed by the registrar. She improved.",
            "Guillain-Barré syndrome and Wolff-Parkinson-White pattern; a Foley catheter.",
            "The cells are named after Dorothy Reed and Carl Sternberg, who described Reed-Sternberg cells; formerly called Wegener granulomatosis.",
            "Sternal wires are MR Safe; the leadless pacemaker is MR Conditional; the Roche Elecsys assay.",
            "As Roberts and Schilsky note, penicillamine can worsen symptoms; a housing building on East Hastings Street.",
            "He met the Brighton Collaboration level 1 definition; IgA vasculitis was long known as Henoch-Schönlein purpura, known to older clinicians as Henoch purpura.",
            "Sister Mary Joseph nodule; Hendra, a Brisbane suburb; the Oropouche River, Trinidad; New Orleans.\n**Pt:** I quit.\n**Pt:** Fine.",
            "Bell's palsy is common. Sir Charles Bell described the nerve in the 1820s.",
            "Synthetic cannabinoids known as \"spice\"; the account \"was closed\" by the platform.",
            "Final diagnosis — Sarcoidosis\nThe patient is a 41-year-old man. This is a 3-year-old girl. Repeat Xpert, 2 days later, was negative.",
            "Faith leaders agreed to host the clinic. Will call tomorrow. Summer months were busy.",
            "MYH9-related disease (Epstein and Fechtner syndromes) was considered.",
            "Consent after Montgomery: the Supreme Court, in Montgomery v Lanarkshire Health Board [2015] UKSC 11, replaced the test. The Daubert standard (from Daubert v. Merrell Dow Pharmaceuticals, 1993).",
            "Contacts:\n\n| Contact | Relation | IGRA |\n|---|---|---|\n| 91 | father | IGRA indeterminate |\n\nNo treatment was given.",
            "ご家族へ:\nお母さんと患者さんに説明しました。선생님께 연락했습니다. 主治医師が診察。\n\nNg Patient Forum; the Lin et al. cohort.",
            "FNA was Milan IVa (benign neoplasm); mucoepidermoid carcinoma is Milan V/VI.\n\n> Patient name: *held by authors*\n\n    (0010,0010) PatientName          ANON^TEACHING",
            "Cited as written in the journal:\n\n## References\n\n1. 中村 先生の症例報告. 日本内科学会雑誌 2019; 108: 12–18.",
            "**From:** Clerkship Lead, Paediatrics\n**Subject:** Incomplete Kawasaki — session for week 4\n\nEnriched in North African Berber populations; a Maltese cross.\n\nThanks,\nClerkship Lead",
            "David Bruce isolated *Micrococcus melitensis* from soldiers' spleens in Malta in 1887; first described by Alfred Whitmore and C. S. Krishnaswami in\nRangoon in 1911. Hb Lepore and Hb Bart's; the cobra (*Naja naja*). Kementerian Kesihatan Malaysia; Sağlık Bakanlığı.\n\nCher confrère,",
            "الاسم العلمي للمرض هو الحمى المتوسطية العائلية. नाम से ही पता चलता है। ชื่อโรคนี้มาจากภาษากรีก",
            "Sister Mary Joseph and Virchow point to gastric cancer. A Maisonneuve fracture (described in 1840 by the French surgeon Jules Maisonneuve); Leber SUVmean 2,6.",
            "Vehículo B: turismo Seat León; Moto Honda CG 160 and Automóvel Fiat Argo.",
            "Amoxicillin 500 mg, sig. Take one capsule twice daily. Procalcitonin, 12, was low.\n\n<!-- Changelog: v2 -->\n\n`MRN 0774129 | WHITE BRITISH | GENERAL SURGERY | 12/03/2024`",
            "Male, 45, presented. Twins, 2, were seen.\n\n<!-- Note: crop the image -->\n\n`ACC 0774129 | CT THORAX, C+ | 12/03`\n\n| Sodium | 138 | 135–145 |",
            "Letters quoted:\n\n> Estimado colega, observámos o seu doente.\n\n> Szanowni Państwo, babcia już chodzi.\n\n> **Rozpoznanie:** Zespół Nijmegen (NBS).\n\nFitzpatrick skin type IV; Sin Nombre and Puumala viruses.",
            "A left Marcus Gunn pupil; Ann Arbor stage IIB; a Pierre Robin sequence; Austin Flint murmur; Murray Valley encephalitis.",
            "The “Okonkwo” sign was positive; classic Okonkwo … syndrome.",
            "The Jordan Valley; Georgia Tech; the Chad Basin; Kenya Airways.",
            "| Scale | Range |\n|---|---|\n| Braden | 6–23 |\n| Norton | 5–20 |\n\nPropranolol was found to work by Léauté-Labrèze and colleagues in Bordeaux in 2008.",
            "Charlson index, Katz ADL and Lawton IADL; **Simmons** (sidewinder) and **Cobra** catheters; a Palmaz stent; carriers on the island of Flores.",
            "The Spetzler-Martin grade was III; Thayer-Martin agar; frank haematuria; the Lee-White clotting time. Patient: Male, 54. Patient Safety Team.",
            "Rose Bengal was applied. Mark Long-term follow-up.\n\nParkland, Brooke and beyond\n\n   Philippines, India — diabetes\n\nRespectfully,\nThe authors\n\nSo, the team met.",
            "Its course follows Rundle's curve; \"corkscrew\" (Martorell) collaterals.",
            "« Je veux l'aide médicale à mourir. »",
            "Device models in this case (SAM Junctional Tourniquet, EZ-IO) are named for teaching; junctional devices control junctional bleeding. Steinberg thumb sign; Unterberger (Fukuda) stepping test.\n\n```\n(0010,0010) PatientName          [emptied]\n(0010,0020) PatientID            [replaced by a dummy value]\n```",
        ],
        failing: [
            "Born in 1931, ⟦Margaret Koch⟧ still lives alone. Seen in 1958 by Dr ⟦Enders⟧ at home. ⟦Margaret Turner⟧, 84, lives alone; her husband died in 1960. She was cared for by ⟦Anne Lowe⟧ between 1952 and 1956. Referred by ⟦Sarah Miller⟧ complex care team.",
            "Mr ⟦John Sign⟧ came; Mrs ⟦Mary Test⟧ too; Mr ⟦Jordan Pike⟧, 27, and Ms ⟦Georgia Mensah⟧ later. She flew to Jordan; the Victoria line.",
            "His sheepdog, ⟦Fflei⟧, stayed by the fire; the cat ⟦Tiggy⟧ slept. Anti-cat IgE was high.\n\n15/03/2024, 02:11 - ⟦Tom⟧ F1: bed 14 fell\n15/03/2024, 02:12 - ⟦Tom⟧ F1: obs stable",
            "Night list:\n\n| Bed | Patient | Age |\n|---|---|---|\n| 4 | ⟦Nusrat⟧ | 9 y |\n\n⟦Jasmine⟧, a 24-year-old woman with HbSS disease, was admitted.",
            "- Crew: ⟦A. Castellano⟧ (EMT-B) and ⟦F. Harries⟧ (midwife). Sending nurse: ⟦K. Mastroianni⟧ RN. Na 121 mmol/L. Her (RN) chart.",
            "The toxicologist on call, MUDr. ⟦Havel⟧, called us back.",
            "Re: Mr ⟦Okafor⟧ — ⟦Daniel Okafor⟧, 54. Mrs ⟦Bryce⟧ was seen after ⟦Daniel Bryce⟧ phoned.",
            "⟦Okafor⟧ was readmitted on Monday\nafter ⟦Daniel Okafor⟧ rang 111.",
            "Mr ⟦Yassin Abdel-Rahman⟧ (⟦ياسين عبد الرحمن⟧) was seen with Ms ⟦Rasha Jabareen⟧ (⟦رشا جبارين⟧; in Hebrew documents her name differs).",
            "2024-08-13 22:47:09  user=⟦rmayfield⟧  ws=PHRN-NS2; seen by laryngoscopy.",
            "Original author: ⟦jpatterson⟧ (SpR).\n\n- rev 38 — ⟦jpatterson⟧ — removed a number\n- rev 21 — ⟦MOkonkwo⟧ — added a paragraph\n\nDoc created by ⟦JMorrison⟧.\n<!-- ⟦d.okoro⟧ (Plone editor): caption rewritten -->\n<!-- ⟦rkavanagh⟧: please ask -->\nbearbeitet von ⟦mschneider⟧; Modifié par ⟦cmarchetti⟧ : ajout du tableau.\nPublished by <span title=\"Staff nurse\">⟦sbrennan⟧</span>.",
            "The officer, Ing. ⟦Lenka Horáková⟧, wrote to the farm.",
            "Mr ⟦Daniel Okafor⟧ was admitted with chest pain.",
            "We met the ⟦Okonkwo⟧ family today; a ⟦Brennan⟧ care plan was agreed.",
            "⟦Diego⟧'s group: ABO O, Rh D positive, Kell negative.",
            "Seen by the SHO (⟦Okafor⟧) and FY1 (⟦Mensah⟧), then ICU (⟦Lindqvist⟧).",
            "Mr ⟦John Snow⟧ was seen. ⟦William Harvey⟧, 54, was next; ⟦James Lindgren⟧ last.",
            "Yours sincerely,\n\nDr ⟦Siobhan Mulgrew⟧\nConsultant Geriatrician",
            "Ask our nurse specialist ⟦Grace Tuhiwai⟧; no LOC per bystander ⟦Earl Washington⟧.\n\n**DBS nurse:** ⟦Faith Obi⟧\n\nPre-reader: ⟦April Moua⟧, RN (AM)",
            "Team chat:\n\n[22:44] ⟦Josh K⟧: three others off sick.\n\nThanks to the midwives — Dr ⟦Rowena Hale⟧, ⟦Sunny⟧, ⟦Mai⟧ and everyone.",
            "Is there anything we should do in class? Regards, ⟦Grace⟧\n\nBed list: bed 2 is mrs ⟦kowalski⟧, then mr ⟦o'reilly⟧.",
            "Referred for ⟦Mereana Te Rangi-Walker⟧ (⟦Mere⟧), aged 7. ⟦Mere⟧'s mother came with her.",
            "The parents had chosen the names ⟦Ríona⟧ (Twin I) and ⟦Róisín⟧; later they chose the name ⟦Grace⟧. ⟦Grace⟧ was reviewed at six weeks.",
            "Contacts:\n\n    1   ⟦Abdykadyrov S.⟧     81   RR-TB\n    3   ⟦Osmonov Zh.⟧        66   RR-TB\n\n[08:19] ⟦Nasrin A.⟧: ECG done.",
            "Audit log:\n\n    user ⟦mgarzon⟧  witness  reason UNABLE-TO-CONSENT\n    Created by:      ⟦mandrew⟧ (CHA/P)",
            "Bundle:\n\n    \"name\": [{\"family\": \"⟦Harrow⟧\", \"given\": [\"⟦Dawn⟧\", \"⟦Elise⟧\"]}],",
            "Strip header:\n\n⟦PAGE, JOY⟧          ID:0041332257   09-Feb-2024\n⟦HALVORSEN, MARK T⟧    ID:0039918820\nReferred by: ⟦OYELOWO⟧",
            "**Student:** ⟦Hope Adeyemi-Ross⟧ (prefers a nickname); the referral for ⟦Tavita Lemalu⟧ (DOB on file) came.",
            "The team physician, Dra. ⟦Francisca Lagos⟧, decided to descend; Dre ⟦Côté⟧ agreed.",
            "A big man, says call him \"⟦Tiny⟧\"; known on the block as \"⟦Preacher⟧\" because he reads scripture.",
            "> Dear Mme ⟦de la Fontaine⟧,\n⟦Aroha Ngata-Rose⟧ (she prefers \"⟦Ro⟧\"), 17, plays netball and described fear. Crew: pilot ⟦Bec⟧; Cpl ⟦Tane Wiremu⟧.",
            "Explained to Mdm ⟦Tan⟧ and her husband; SN ⟦Okafor⟧ reflected on the handover.",
            "notes in lowercase:\n- ⟦dustin⟧ asked for reminders; the outreach note: ⟦kirsty⟧ found him; ⟦kirsty⟧'s note; later ⟦dustin⟧ slept.",
            "The patient, ⟦Lucy⟧, was reviewed; ⟦Priya Raman⟧ signed the note.",
            "Seen by Dr ⟦Mensah⟧ on the ward.",
            "⟦Michael⟧ was anxious about the result.",
            "The results were sent to ⟦Jane M. Doe⟧.",
            "⟦Tāne Rāwiri⟧, aged 9, and ⟦Adaeze Okonkwo⟧, a nurse, were seen.",
            "DICOM PatientName: ⟦GALLAGHER^BRIDGET^M⟧; ward board: ⟦FAIRWEATHER, Tamsin⟧ · NHS on file; HIV, Positive.",
            "With anaesthetist ⟦Hope Adebayo⟧ and scrub nurse ⟦rose kingsley⟧; her supervisor, ⟦Graham Baker⟧.",
            "At the sports clinic, ⟦Siosaia Taufa⟧ scored 24.",
            "The header strip reads ⟦HÜRLIMANN, RETO⟧; the genes HAMP, TFR2 were normal.",
            "Huisarts: dr. ⟦M. Oudshoorn⟧; caseworker ⟦L. Ostrowski⟧; 5 mg/L. Tacrolimus; PESI class I to V. Thrombolysis.",
            "| Insured | ⟦Obinna Chukwuemeka-Hart⟧ |\n\n> **⟦Hine⟧:** ambulance here\n> **⟦Hine⟧:** they are taking her now\n\nThanks, ⟦Bex⟧ at the ward.",
            "The claim form:\n\n| Field | Value |\n|---|---|\n| Insured | ⟦Ovaltrix Quembley⟧ |\n\nThe last row of a table, before a blank line.",
            "Driver: ⟦Abdirahman Warsame⟧ · CDL W482\nSubject: ⟦WÓJCIK, Tomasz⟧   DOB on file\nNgā mihi, ⟦Tania Rewi⟧ RN",
            "Agent: ⟦R PUGH⟧   Staff ID on file\n\n⟦Marcus Oyelaran-Whyte⟧, 27, was cycling home.",
            "The cardiac physiologist, ⟦Declan Fogarty⟧, and the ward social worker, ⟦Nokuthula Zulu⟧, met.\nVictim:    ⟦Jasmine Albright⟧   DOB on file\nWorker: ⟦MD RAKIBUL HASAN⟧     FIN on file",
            "Skipper ⟦Jago Trewhella⟧ and ⟦Stuart \"Stu\" Penrose⟧ capsized; ⟦Stu⟧ was cold. Re: ⟦Rawiri “Wiri” Te Huia⟧, NHI on file.\nTransport booking: ⟦Kowalczyk, D.⟧, 14 Griffith Parade.\nFather ⟦Alasdair McIlwraith⟧, 70.\n  - file: pedigree-⟦mcilwraith⟧-family.png\nPC ⟦Lewis Abara⟧ (collar on file) examined the car. Mrs ⟦Niamh Ó Súilleabháin⟧ (known as ⟦Neev⟧); security officers ⟦Lachlan Furze⟧ and ⟦Ngozi Eze⟧ escorted him. The site first-aider, ⟦Rajesh s/o Subramaniam⟧, acted. Her educator was ⟦Brianna Kowalczyk⟧.\n> \"Thank you ⟦Bri⟧ — it helped.\" Later ⟦Bri⟧ called.",
            "⟦Poppy Harland-Jukes⟧, a four-month-old girl, was seen.\n\n- ⟦Poppy⟧'s half-sibling attends school.\n\n> Re: ⟦Poppy⟧ ⟦HARLAND-JUKES⟧, crime reference on file.\n\nA man registered as ⟦Rhys Aldred-Quinn⟧ (clinic number on file) attended.",
            "⟦Aoife Mac Giolla Phádraig⟧ — \"⟦Fee⟧\" to everyone at home — was seen.\n\n> **⟦fee⟧ 14:02**: dont tell anyone\n> **Mum 14:05**: call me\n\nThe display name \"⟦moth.girl.wlv⟧\"; a user known to her only as \"⟦Sable⟧\".",
            "⟦Princess Joy Dimaculangan⟧, aged 4, was brought in. After ⟦Princess⟧'s illness her mother posted a correction.",
            "Dear Mr. ⟦Raymond \"Ray\" Holcomb⟧,\n\n⟦Ray⟧ read the letter. ⟦Morag Tulloch⟧ (\"⟦Mo⟧\" to everyone) farms. ⟦Mo⟧ was clear. ⟦Karthik Selvaraj⟧, known at home as \"⟦Kutti⟧\", came.",
            "⟦Summer Oyelowo-Hart⟧, 34, a teacher, was seen. Hi ⟦Summer⟧, sorry for the delay.\n\n⟦Marcus⟧ is a 41-year-old man on dialysis.\n\n> Is that OK? Mum says I have to ask again lol. – ⟦Jay⟧\n\n— ⟦J. Marsh⟧, LISW-S",
            "⟦Faith Leavasa⟧, 19, a nursing student, was seen.\n\n⟦Faith⟧ later said she had not written it. ⟦Faith⟧ agreed to her story being used.",
            "**In the matter of:** ⟦Dwayne T. Ricketts⟧ v. Midstate Cold Storage LLC",
            "⟦Sipho \"Bra Sibs\" Mthembu⟧, 24, was remanded. Back in custody, ⟦Sipho⟧ was moved to a lower bunk.",
            "⟦Summer Oyelowo⟧, 34, was seen. ⟦Summer⟧ reset her password. The combat medic, SPC ⟦Reyes-Kalani⟧, found him; the neighbour, ⟦Hank Brown⟧, came. LOC reported by neighbour, COHb 29%.",
            "RN key: JD = ⟦Jodi Desrosiers⟧; AKW = ⟦Autumn Kerr-Whitstone⟧; SO = ⟦Sunny Obiora⟧.\n\nName: ⟦comfort ofori⟧ 34 F\n\n| ASHA | ⟦Poonam Kumari⟧ |\n\nKey: BP = Blood Pressure.",
            "Run report:\n\nePatient.02 Last Name ........ ⟦Tso-Begay⟧\nePatient.03 First Name ....... ⟦Summer⟧\n\n- Surname: not recorded\n- Given name: unknown",
            "Admitted: ⟦RAKESH s/o MAHESH CHAND⟧, 28 yrs; bed 14. ⟦muhammad bilal s/o ghulam rasool⟧, 22M. Rash w/o fever; s/o pneumonia.",
            "Secure chat:\n\n[18:24] ⟦dr.faith.oyelowo⟧: start 6 vials now.\n03:03 ⟦grace.tallchief⟧ (EM R3): calling now\n03:07 ⟦pete k⟧ (RN): 2x 14g in\n03:08 blood.bank: cooler out",
            "⟦Douglas McAllister⟧, a 47-year-old engineer, was referred. ⟦Douglas⟧ was discharged.\n\n| Patient | ⟦WHITFIELD, MARCUS D⟧. |\n\nHis wife wrote: \"⟦Marcus⟧ is scared.\"",
            "Home visit:\n\n| 氏名 (フリガナ) | ⟦森 春⟧ |\n\n> ⟦森⟧さん、健診結果について。\n\n환자       : ⟦정순자⟧ (⟦JUNG SOON-JA⟧)\n\n[2023/03/20 22:14] ⟦林⟧先生晚安。Mr ⟦LIN Chih-hao⟧ and nurse ⟦Tsai Ya-wen⟧; ⟦ZHOU Jianping⟧ logged in.",
            "The chart on the fridge of ⟦Tanabe⟧-san.\n\n[2023/03/20 23:58] ⟦志豪⟧: 空腹 168\n\nMr ⟦LIN Chih-hao⟧ (⟦林志豪⟧) and Mrs ⟦Tetiana Hnatiuk⟧ (⟦Тетяна Гнатюк⟧) were seen.",
            "    2023-06-12T10:41:57Z  upload   img_0142.jpg  user=⟦ncassidy⟧",
            "Лікар:                   ⟦Мельник О. П.⟧, АЗПСМ №3\n\n09.05.2022 08:22  ⟦Ірина⟧: Доброго ранку\n\n09.05.2022 09:10  Лікар ⟦Мельник⟧: Добре.\n\nЛікар ⟦Коваль⟧. Вона прийшла вранці.",
            "Seen with ⟦Ömer⟧ and ⟦Émile⟧ today; ⟦ÖMER ÖZTÜRK⟧ signed. He drove his Škoda home.",
            "Chat export:\n\n[12/03/24, 7:52:33 AM] ⟦rohit⟧ PG2: Mam I can present.\n\n**⟦GEORGIA⟧:** So.\n\n**⟦GEORGIA⟧:** And you drove him.",
            "Form:\n\n> الاسم: ⟦مريم راشد الكتبي⟧   السن: 65\n> الطبيب المعالج: د. ⟦سعاد الكعبي⟧\n\n| שם | ⟦נועה שלו-מזרחי⟧ |\n\nनाम: ⟦सुनीता देवी⟧   पति: ⟦रमेश महतो⟧\n\nศัลยแพทย์: นพ.⟦กิตติพงษ์ เจริญรัตน์⟧",
            "Mr ⟦Daniel Okafor⟧ reported a hysterectomy in 1958. Dr ⟦I. Walsh⟧ saw her; we met ⟦O'Connor⟧ later.\n\n> Herrn Dr. med. ⟦Tobias Wimmer⟧; sehr geehrter Herr Hofrat ⟦Pretterebner⟧, Ihre Stimme\n\nHuisarts: dr. ⟦Jan-Willem De Clercq⟧. Notarzt: Dr. med. ⟦Fadri Tscharner⟧; la sig.ra ⟦Barbato⟧; filha de dona ⟦Zezé⟧.\n\nMr ⟦Judge⟧ was admitted. Mrs ⟦Foreman⟧ reported pain. She described the pain to her physio ⟦Tom Bell⟧; Bell's palsy was suspected.\n\n⟦KELLY, DAWN⟧ | HRN 0774129 | DOB on file\n\n⟦Amber⟧, 31, primary school teacher, came in. ⟦Grace Hogan⟧, 28, a physiotherapist, was next. Then ⟦Mercedes Lopez⟧ came. ⟦Bennett⟧, 34, was next.\n\n<!-- ⟦Mags⟧: pasting from the ED board -->\n\n`HRN 0774129 | ⟦KELLY, DAWN⟧ | DOB on file`\n\n> الطبيب: الدكتورة ⟦سعاد الكعبي⟧",
            "Outreach RN ⟦Marcus Fields⟧ picked him up. The farm owner, ⟦Graham Te Whare⟧, drove him in; ⟦Marcus⟧ stayed.\n\n> Re: ⟦Harvey Winter⟧ — PHN 9087 654 321",
            "Thread:\n\n> **[02:09] ⟦Fitz⟧ (endo fellow):** thanks.\n> **[02:14] ⟦Fitz⟧:** ignore the CGM.\n> **[02:15] Peds registrar:** ok.",
            "Her GP, Dr ⟦Marcus Gunn⟧, reviewed her. Nurse ⟦Austin Flint⟧, 42, saw her. A left Marcus Gunn pupil.",
            "Texts:\n\n> **⟦Rose⟧** 01:58: she wont stop\n> **⟦Jade⟧** 02:06: is she ok?? coming down\n> **Update** 02:10: settled",
            "Notes:\n\nSigned ⟦K. Meadows⟧ RN; countersigned ⟦J. Lewis⟧. CXR read by Dr ⟦A. Ng⟧. Vitamin K. Meadows grow in May; hepatitis B. Screening.",
            "Family:\n\n⟦Tomasz⟧ and ⟦Anna Richter⟧ had declined vaccines. Crohn and Dr ⟦Ellis⟧ wrote; Grace and Mr ⟦Obi⟧ came; Pfizer and Dr ⟦Okafor⟧.",
            "Radio log:\n\n> Sat 9/11 1047. Caller ⟦Bron⟧ (station manager) at the homestead. Caller ID withheld; the caller Education line.",
            "Images:\n\n![OPG](images/OPG_preop_⟦mason⟧.png)\n\n⟦Gareth Mason⟧, 23, a plasterer, came in. The mason's trowel; a stone-mason.",
            "Clinic:\n\n⟦Gaz⟧ (⟦Gareth Mason⟧, 23, plasterer) came in; ⟦Tama⟧ (⟦Rocco Faleolo⟧), 46, too. Cardiology (Dr ⟦Lee⟧) agreed; Surgery (⟦Anna Lee⟧) too.",
            "Referral:\n\n> Παραπέμπεται η ⟦Ελένη Μανωλάκη⟧ για εξετάσεις.",
            "Referral:\n\nRe: ⟦Harvey Winter⟧, PHN 9087 654 321.\n\nAt 18 months there is no recurrence and ⟦Harvey⟧ has returned to work.",
            "Our little guy ⟦Brayden⟧ — everyone calls him ⟦Bear⟧ — is four. The driver, popularly called \"⟦Bigga⟧\", and Alias: \"⟦Nicey⟧\"; AKA \"⟦Spider⟧\".",
            "⟦Gideon Mikaelsen⟧, known to everyone as ⟦Kaali⟧, is a hunter. The doctor asked ⟦Kaali⟧ to make a fist; known to the family as ⟦Nuka⟧.",
            "Re: ⟦DELACROIX, Summer⟧ — chart OTT-3318402.\nHi all, ⟦Summer⟧ is now JCV positive; the ⟦Delacroix⟧ file is updated. In summer she travels.",
            "y llegó ⟦Anacleta García⟧ ayer con fiebre y tos.",
            "The driver, workmate ⟦Jordan Pickles⟧, and PA ⟦Jordan Wu⟧ saw it; later ⟦Jordan⟧ said so, then flew to Jordan.",
            "His great-grandmother, Cụ ⟦Trần Thị Lựu⟧, came with the mother.",
            "viewed 2025-04-14T15:07 by ⟦mhenare⟧ from 10.60.8.121; | uploaded by | ⟦keane.orla⟧ from 10.33.118.9 |; printed by staff from 10 wards.",
            "⟦Amina⟧'s coil was removed; ⟦Sarah Miller⟧ drain output 40 ml; ⟦Rhys Aldred⟧ (aged 4) and a sister test positive.",
            "The twins ⟦Amara⟧ (left) and ⟦Kofi⟧ catheters were removed; the nurses were worried by the state of ⟦Tomás Ibarra⟧.",
            "Vehicle 1: a kombi, driver ⟦Blessing Nyamande⟧; the interpreter Arabic Service; the driver Toyota HiAce.",
            "Patient: ⟦Martin Smith⟧; patient ⟦Robin Cook⟧. ⟦Jessica Hill⟧ was admitted; Dr ⟦Anna Lane⟧ saw her at home on Rowan Hill.\n\nPatient: ⟦Hogan, Martin⟧  MRN on file",
            "Contact: son ⟦นัฐพงษ์⟧, tel on file; telefon żony ⟦Олена⟧.\n\n> **⟦كريم⟧** (23:34): ana bl tari2.\n\n⟦Hasina⟧, a six-year-old Rohingya girl, was brought in.",
            "⟦Victor Edwards⟧ was admitted. ⟦Heather Terry⟧ was admitted. Seen by ⟦Billy Walker⟧ (nurse). Referred by ⟦Rick Moss⟧, her GP.\n\n⟦Kennedy, John⟧ — MRN on file\n\n| ⟦Mercier, Rose⟧ | 14:02 |",
            "Seen by ⟦Martin Smith⟧ on the ward. ⟦Heather Terry⟧ lives alone. ⟦Rick Moss⟧ was her GP. Contact: ⟦Martin Smith⟧, tel on file.",
            "Handed over to ⟦Jessica Hill⟧ at 08:00.\n\n⟦Kennedy, John⟧, 54, retired plumber.\n\n| ⟦Smith, Martin⟧ | 14:02 |",
            "紹介状:\n\n> 紹介先：センター 脳神経外科\n> 患者氏名：⟦佐藤 美咲⟧ 様\n> 病患：⟦陳淑芬⟧\n> 보호자: 배우자 ⟦한미경⟧",
        ]
    )

    /// Two capitalised words that look like a given name and a family name: both unknown to the
    /// gazetteer's common-word side (not stopwords, eponyms or abbreviations), one of them written with
    /// letters English medical words rarely use (ā, ó, ñ …) or followed by a comma and a description
    /// ("Adaeze Okonkwo, a nurse"), or at the start of a line.
    /// Whether a capitalised word of five ASCII letters or more is written in lowercase elsewhere in the text between two lowercase
    /// words, as prose uses an ordinary word: a word of the case's subject that the word lists lack ("junctional devices", "for
    /// junctional bleeding") — not a name written in lowercase in a handle, a chat or a file name ("mereoni:", "images/mereoni-echo").
    static func isWrittenInLowercase(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard token.end - token.start >= 5, bytes[token.start].isUpper, bytes[token.range].dropFirst().allSatisfy(\.isLower) else { return false }
        let lower = bytes[token.range].map(\.lowercased)
        return document.offsets(of: lower).contains { offset in
            let end = offset + lower.count
            return offset >= 2 && bytes[offset - 1] == UInt8(ascii: " ") && bytes[offset - 2].isLower
                && end + 1 < bytes.count && bytes[end] == UInt8(ascii: " ") && bytes[end + 1].isLower
        }
    }

    private func namePair(at position: Int, tokens: [Token], document: ScanDocument) -> Range<Int>? {
        guard position + 1 < tokens.count else { return nil }
        let first = tokens[position], second = tokens[position + 1]
        guard !second.isNumber, document.isCapitalised(second) || document.bytes[second.start] == 0xC3,
              !document.isAllCaps(second) || PersonNames.hasAccentedLatin(second, in: document), second.start - first.end == 1,
              document.bytes[first.end] == UInt8(ascii: " ") else { return nil }
        let firstIsGiven = Lexicon.firstNames.contains(first, in: document) || PersonNames.hasAccentedLatin(first, in: document)
        // "Victor Edwards was admitted", "Sally Edwards, her GP", "Heather Terry was admitted", "Billy Walker (nurse)": a given name (one
        // that is also a word included), then a surname that is an eponym but no English word or a common surname that is a word, then
        // what a person does, a comma before "her" or an age, or a bracket.
        // (What follows first, in bytes: most pairs have no such phrase after them.)
        let namedPerson = (Self.personFollows(second.end, in: document) || Self.personPrecedes(first.start, in: document))
            && (firstIsGiven || Lexicon.firstNamesWithWords.contains(first, in: document))
            && (Lexicon.eponyms.contains(second, in: document) && !Lexicon.englishWords.contains(second, in: document) || Lexicon.surnameWords.contains(second, in: document))
        // "Marcus Oyelaran-Whyte, 27,": a pair followed by an age is a person, even if a word is also an eponym.
        var afterPair = second.end
        if afterPair + 2 < document.bytes.count, document.bytes[afterPair] == UInt8(ascii: ",") { afterPair += 2 }
        let agedPair = afterPair > second.end && afterPair < document.bytes.count && document.bytes[afterPair].isDigit
            && (afterPair + 2 < document.bytes.count && !document.bytes[afterPair + 2].isDigit || afterPair + 3 < document.bytes.count && document.bytes[afterPair + 2].isDigit && !document.bytes[afterPair + 3].isDigit)
            // "Douglas McAllister, a 47-year-old civil engineer", "Graham Te Whare, aged 61".
            || document.hasPrefix(", aged ", at: second.end)
            || document.hasPrefix(", a ", at: second.end) && second.end + 4 < document.bytes.count && document.bytes[second.end + 4].isDigit
            // "Harvey Winter — PHN 9087 654 321", "Jane Fields, DOB 12/03/1951": a number's label right after the pair names its holder.
            || Self.identityNumberFollows(second.end, in: document)
        for token in [first, second] {
            let word = document.lowercased(token.range)
            let nonASCII = PersonNames.hasAccentedLatin(token, in: document)
            // (A name's word has two letters or more: "Personne à contacter" is French for the next of kin.)
            let aloneLetter = token.end - token.start == 2 && token.start >= 1 && document.bytes[token.start - 1] == UInt8(ascii: " ")
                && (token.end == document.bytes.count || document.bytes[token.end] == UInt8(ascii: " "))
            guard token.end - token.start >= 3 || nonASCII && !aloneLetter, !PersonNames.isDashCompound(token, in: document), !PersonNames.stopwords.contains(word),
                  !Lexicon.eponyms.contains(word) || (token == second && firstIsGiven) || agedPair || namedPerson,
                  !PersonNames.titles.contains(word), !LocationRule.genericWords.contains(word),
                  !LocationRule.facilityWords.contains(word), !LocationRule.streetSuffixes.contains(word) || token == second && namedPerson,
                  !PersonNames.eponymNouns.contains(word), !LocationRule.countries.contains(word), !LocationRule.facilityWordsBefore.contains(word) else { return nil }
        }
        // "Tamil Nadu", "Sri Lanka", "Minas Gerais": a region or country in two words.
        if LocationRule.countries.contains(document.bytes[first.start..<second.end]) { return nil }
        if PersonNames.isEponymUse(tokens, at: position + 1, in: document) || PersonNames.isCitation(after: second, in: document) { return nil }
        // "Leptospira IgM", "Toyota Corolla": a test or a make and model.
        // ("Moto Honda", "Automóvel Fiat": a vehicle and its make.)
        if Self.hasInnerCapital(first, in: document) || Self.hasInnerCapital(second, in: document) || first.isIn(.brands) || second.isIn(.brands) { return nil }
        // "Dorothy Reed and Carl Sternberg" in a case about Reed–Sternberg cells: the people behind an eponym the text uses.
        if Self.documentUsesEponym(second, tokens: tokens, in: document) { return nil }
        // Two ordinary words capitalised ("Impulse Normal", "Services Card") are not a name — nor one the text writes in lowercase
        // elsewhere ("SAM Junctional Tourniquet" in a case about junctional haemorrhage).
        // (Each word is asked once, when first needed: the lowercase search reads the whole text.)
        func isEnglish(_ token: Token) -> Bool {
            document.lowercased(token.range).split(separator: "-").allSatisfy { $0.count <= 2 || Lexicon.englishWords.contains(String($0)) }
                || Self.isWrittenInLowercase(token, in: document)
        }
        lazy var firstIsEnglish = isEnglish(first)
        lazy var secondIsEnglish = isEnglish(second)
        if firstIsEnglish && secondIsEnglish && !namedPerson { return nil }
        // "Repeat Xpert was positive": an ordinary word that starts a sentence (but "Summer Oyelowo-Hart, 34, a teacher" is a person).
        if document.startsSentence(first), firstIsEnglish, !Lexicon.firstNames.contains(first, in: document), !PersonNames.isKnownSurname(second, in: document),
           !(agedPair && Self.ageBetweenCommas(after: second.end, in: document)), !namedPerson { return nil }
        let secondKnown = PersonNames.isKnownSurname(second, in: document) || Lexicon.firstNames.contains(second, in: document)
        let nonASCII = PersonNames.hasAccentedLatin(first, in: document) || PersonNames.hasAccentedLatin(second, in: document)
        var after = second.end
        while after < document.bytes.count, document.bytes[after].isSpace { after += 1 }
        let described = after < document.bytes.count && (document.bytes[after] == UInt8(ascii: ",") || document.bytes[after] == UInt8(ascii: "("))
            // "Xpert Ultra is more sensitive": a verb after an ordinary second word describes a thing as readily as a person.
            || !secondIsEnglish && ["was ", "is ", "had ", "has ", "went ", "presented", "said ", "says ", "came ", "arrived", "attended", "reported", "died"].contains { document.hasPrefix($0, at: after) }
            // A signature: "— Mere Paewai RN", "Tom Price, MD".
            || ["RN", "RGN", "RM", "NP", "MD", "DO", "PA", "CNS", "GP", "DPT", "OT", "PT", "PhD"].contains { document.bytes[after...].starts(with: $0.utf8) && (after + $0.utf8.count >= document.bytes.count || !document.bytes[after + $0.utf8.count].isASCIILetter) }
        let bothUnfamiliar = !firstIsEnglish && !secondIsEnglish && !document.startsSentence(first)
            && !Lexicon.eponyms.contains(first, in: document) && !Lexicon.eponyms.contains(second, in: document)
        // "Polyvalent Snake Venom Antiserum (lyophilised)": a description after the last two words of a longer capitalised phrase is not a name's.
        let insideLongerName = position >= 1 && document.isCapitalised(tokens[position - 1]) && !tokens[position - 1].isNumber
            && tokens[position - 1].end + 1 == first.start && !tokens[position - 1].isIn(.introducers)
            && !document.isAllCaps(tokens[position - 1])
        // "Cartão Nacional de Saúde", "Bank of Scotland": the start of an institution's or a document's name.
        let institution = ["de ", "da ", "do ", "der ", "di "].contains { document.hasPrefix($0, at: after) }
            && !secondKnown && !Lexicon.firstNames.contains(first, in: document)
        // "Princess Joy Dimaculangan, aged 4, was brought": an age after the comma describes a person, whatever the words.
        let agedDescription = agedPair || document.hasPrefix(", aged ", at: second.end)
            || document.hasPrefix(", a ", at: second.end) && second.end + 4 < document.bytes.count && document.bytes[second.end + 4].isDigit
        let describedName = described && (!insideLongerName || agedDescription) && !institution
        guard secondKnown || nonASCII && !institution || describedName || bothUnfamiliar && !institution || agedPair && !insideLongerName
                || namedPerson && !insideLongerName else { return nil }
        if insideLongerName && agedDescription, !tokens[position - 1].isIn(.titles),
           !tokens[position - 1].isIn(.stopwords), !document.startsSentence(first) {
            return tokens[position - 1].start..<second.end
        }
        // "Trần Thị Lựu", "Hồ Thị Ngọc Trâm": a Vietnamese name goes on for up to four syllables, each capitalised.
        var end = second.end
        if PersonNames.hasVietnameseLetter(first, in: document) || PersonNames.hasVietnameseLetter(second, in: document) {
            var next = position + 2
            while next < tokens.count, next - position < 4, !tokens[next].isNumber, tokens[next].start == tokens[next - 1].end + 1,
                  document.bytes[tokens[next - 1].end] == UInt8(ascii: " "), document.isCapitalised(tokens[next]), !document.isAllCaps(tokens[next]),
                  PersonNames.hasVietnameseLetter(tokens[next], in: document) || tokens[next].end - tokens[next].start <= 5 && !isEnglish(tokens[next]) {
                end = tokens[next].end
                next += 1
            }
        }
        return first.start..<end
    }

    /// Given names in a terse note written in lowercase, where a person's word shows them to be people: "krista gave
    /// 2 nasal naloxone", "jas's note", "outreach worker jas found him", "dr lim asked".
    private func lowercaseNames(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches: [Match] = []
        let bytes = document.bytes
        for position in tokens.indices where bytes[tokens[position].start].isLower {
            let token = tokens[position]
            // (What `isLowercaseGivenName` asks first, then the context, then the name lexicon: most lowercase words have no
            // person's word beside them.)
            guard !token.isNumber, token.end - token.start >= 3, token.zone == .text, PersonNames.mayBeLowercaseGivenName(token) else { continue }
            let next = position + 1 < tokens.count ? tokens[position + 1] : nil
            let previous = position >= 1 ? tokens[position - 1] : nil
            func verbAfter() -> Bool {
                next.map { next in
                    next.start == token.end + 1 && bytes[token.end] == UInt8(ascii: " ") && !next.isNumber
                        && (PersonNames.isPersonVerb(next, in: document) || PersonNames.isPastTense(next, in: document))
                } ?? false
            }
            let possessive = next.map { $0.start == token.end + 1 && bytes[token.end] == UInt8(ascii: "'") && $0.end - $0.start == 1 && bytes[$0.start] == UInt8(ascii: "s")
                && $0.end < bytes.count && bytes[$0.end] == UInt8(ascii: " ") } ?? false
            let roleBefore = previous.map { previous in
                !previous.isNumber && previous.end + 1 == token.start && (previous.isIn(.titles) || previous.isIn(.patientWords) || previous.isIn(.companionWords))
            } ?? false
            guard possessive || roleBefore || verbAfter(), PersonNames.isLowercaseGivenName(token, in: document) else { continue }
            matches.append(Match(token.range, "name"))
        }
        // "mrs kowalski", "mr o'reilly": a surname in lowercase after a title in lowercase, on a ward list or in a quick note.
        // (Only in a document that has such a title at all.)
        for position in document.mentions(.lowercaseTitles) ? tokens.indices.dropLast() : 0..<0
        where document.bytes[tokens[position].start].isLower && tokens[position].isIn(.lowercaseTitles) {
            let title = tokens[position], name = tokens[position + 1]
            guard name.start == title.end + 1, document.bytes[title.end] == UInt8(ascii: " "), !name.isNumber, name.zone == .text,
                  document.bytes[name.start].isLower, name.end - name.start >= 2,
                  !Lexicon.englishWords.contains(name, in: document) && !name.isIn(.stopwords) && !InitialsRule.functionWords.contains(document.lowercased(name.range))
                    // ("radiographs miss odontoid fractures": "miss" is a verb too, before a surname only a title.)
                    && !document.bytes[title.range].elementsEqual("miss".utf8)
                    || Lexicon.surnames.contains(name, in: document) else { continue }
            // ("o'reilly" is one token.)
            matches.append(Match(name.range, "name"))
        }
        return matches
    }

    /// Titles that a quick note writes in lowercase before a surname: "mrs kowalski", "mr o'reilly".
    static let lowercaseTitles = WordList(vocabulary: .lowercaseTitles, ["mr", "mrs", "ms", "miss", "mx"])

    /// People named by how they stand to the patient, beside the roles of `PersonNames.patientWords` ("outreach worker jas"): "his buddy reuben".
    static let companionWords = WordList(vocabulary: .companionWords, ["buddy", "friend", "mate", "flatmate", "roommate", "housemate", "neighbour", "neighbor",
                                                                       "caseworker"])

    /// Whether a name is the person a term written earlier on its line is named after: "the **gray** (Gy), after Louis Harold Gray",
    /// "Compton scattering, after Arthur Compton", "the becquerel and the curie, after Henri Becquerel and Marie and Pierre Curie",
    /// "- **Dotter** — Charles Dotter, the father of IR". The name's last word is a word of the line before it, and "after" comes
    /// shortly before the name with that word before it, or a dash comes right before the name.
    static func explainsAnEponym(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let tokens = document.tokens, bytes = document.bytes
        guard let first = document.tokenIndex(startingAt: range.lowerBound), let last = document.lastTokenIndex(endingBy: range.upperBound),
              last >= first, first >= 1, !tokens[last].isNumber else { return false }
        // (The line as written: Markdown runs a paragraph's lines on in `bytes`.)
        let lineStart = document.source.lineStarts[document.line(at: range.lowerBound) - 1]
        // Where the explanation starts: "after" up to six words before the name, or a dash right before it.
        var introducer: Int?
        let start = tokens[first].start
        if start >= 5, bytes[start - 1] == UInt8(ascii: " "), document.isDash(at: start - 4), bytes[start - 5] == UInt8(ascii: " ") {
            introducer = first
        } else {
            // (Only capitalised words and "and" between them: "after Henri Becquerel and Marie and Pierre Curie"; not "left AMA
            // after 2 h. krista's cell".)
            var index = first - 1
            while index >= 0, first - index <= 6, tokens[index].start >= lineStart {
                if bytes[tokens[index].range].elementsEqual("after".utf8) { introducer = index; break }
                guard !tokens[index].isNumber, document.isCapitalised(tokens[index]) || bytes[tokens[index].range].elementsEqual("and".utf8),
                      !bytes[tokens[index].end..<tokens[index + 1].start].contains(UInt8(ascii: ".")) else { break }
                index -= 1
            }
        }
        guard let introducer else { return false }
        let surname = bytes[tokens[last].range]
        var index = introducer - 1
        while index >= 0, tokens[index].start >= lineStart {
            let word = tokens[index]
            // (The earlier word must be a term, not the person named before — "Re: Mr Okafor — Daniel Okafor", "Okafor was readmitted
            // after Daniel Okafor rang": in lowercase, in bold, or used as an eponym ("Compton scattering").)
            if word.end - word.start == surname.count, bytes[word.range].lazy.map(\.lowercased).elementsEqual(surname.lazy.map(\.lowercased)),
               index == 0 || !tokens[index - 1].isIn(.titles) && !tokens[index - 1].isIn(.kinship),
               bytes[word.start].isLower || word.start >= 2 && document.has("**", at: word.start - 2)
                || PersonNames.isEponymUse(tokens, at: index, in: document) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether a name is one capitalised word alone in brackets right after a word that makes a surname an eponym — "the SPIKES
    /// protocol (Buckman)", "a frailty scale (Rockwood)" — the instrument's author.
    static func authorsAnInstrument(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let tokens = document.tokens, bytes = document.bytes
        guard let only = document.tokenIndex(startingAt: range.lowerBound), tokens[only].end == range.upperBound, only >= 1,
              range.lowerBound >= 2, range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: ")"),
              tokens[only - 1].end + 2 == range.lowerBound, document.has(" (", at: range.lowerBound - 2) else { return false }
        if tokens[only - 1].isIn(.eponymNouns) && bytes[tokens[only - 1].start].isLower { return true }
        // "BSA (Mosteller)", "| K10 (Kessler) |", "HSCL-25 (Hopkins)": a formula or a scale written as its abbreviation — a known
        // abbreviation in capitals, or capitals with digits — not a role, a grade or a department ("the SHO (Patel)", "FY1 (Okafor)").
        var start = range.lowerBound - 2
        while start > 0, bytes[start - 1].isUpper || bytes[start - 1].isDigit || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        guard start < range.lowerBound - 2, bytes[start].isUpper, start == 0 || bytes[start - 1].isSpace || bytes[start - 1] == UInt8(ascii: "|") else { return false }
        let letters = bytes[start..<(range.lowerBound - 2)].prefix(while: \.isUpper)
        let word = String(decoding: letters.map(\.lowercased), as: UTF8.self)
        guard letters.count < range.lowerBound - 2 - start || letters.count >= 2 && Lexicon.abbreviations.contains(word) else { return false }
        return !InitialsRule.roleAbbreviations.contains(word) && !InitialsRule.departmentStaff.contains(word) && !LocationRule.departmentAbbreviations.contains(word)
            && !["fy", "st", "ct", "f", "y", "pgy", "spr", "rmo", "hmo", "jmo", "cmo", "rso"].contains(word)
    }

    /// Short grades of doctors ("Reg", "Res") and the words that qualify them in a chat's handles: "Med Reg", "Cardio Reg", "Chief Res".
    static let shortGrades: Set<String> = ["reg", "res", "regs"]
    static let gradeQualifiers: Set<String> = ["med", "medical", "surg", "surgical", "cardio", "cardiology", "gastro", "neuro", "ortho", "paeds",
                                               "peds", "obs", "gynae", "resp", "renal", "onc", "haem", "icu", "ed", "ae", "chief", "senior", "junior",
                                               "night", "nights", "day", "on-call", "oncall", "duty", "gen", "acute", "ward", "admitting"]

    /// Whether a name is a doctor's short grade in a chat handle or a signature: with the specialty or rank before it, capitalised,
    /// and a bracket, a colon or bold after it ("**Med Reg** [23:41]", "(Cardio Reg)", "(Chief Res)"), or alone in brackets before a
    /// colon ("Priya Kandiah (Reg): ok"). ("Reg Smith", "That night Reg rang", "her husband (Reg) visits" stay names.)
    static func isShortGrade(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let words = String(decoding: document.bytes[range].map(\.lowercased), as: UTF8.self).split(separator: " ").map(String.init)
        guard let last = words.last, shortGrades.contains(last), words.dropLast().allSatisfy(gradeQualifiers.contains) else { return false }
        if words.count >= 2 { return true }
        let bytes = document.bytes
        let before = range.lowerBound >= 1 ? bytes[range.lowerBound - 1] : UInt8(ascii: " ")
        let after = range.upperBound < bytes.count ? bytes[range.upperBound] : UInt8(ascii: " ")
        let qualified = document.lastTokenIndex(endingBy: range.lowerBound).map { previous in
            let qualifier = document.tokens[previous]
            return qualifier.end + 1 == range.lowerBound && document.isCapitalised(qualifier) && gradeQualifiers.contains(document.lowercased(qualifier.range))
        } ?? false
        let closes = after == UInt8(ascii: ")") || after == UInt8(ascii: ":") || after == UInt8(ascii: "*")
        return qualified && closes || before == UInt8(ascii: "(") && document.has("):", at: range.upperBound)
    }

    /// Blood group systems named after people (not ABO, Rh or MNS, which a patient's own result names): "Kell", "Duffy", "Diego".
    static let bloodGroupSystems: Set<String> = ["kell", "duffy", "kidd", "lutheran", "lewis", "diego", "colton", "dombrock", "cartwright", "scianna",
                                                 "gerbich", "cromer", "knops", "xg", "yt", "vel", "lan", "augustine", "raph", "jmh", "gill", "kx"]

    /// Whether a range is one word, a blood group system, on a line that names two other such systems.
    static func namesBloodGroupSystem(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        guard let only = document.tokenIndex(startingAt: range.lowerBound), document.tokens[only].end == range.upperBound,
              case let word = document.lowercased(range), bloodGroupSystems.contains(word) else { return false }
        let line = document.source.lineBytes(document.line(at: range.lowerBound))
        let others = Set(line.split(whereSeparator: { !$0.isLetterLike }).map { String(decoding: $0.map(\.lowercased), as: UTF8.self) }
            .filter { $0 != word && bloodGroupSystems.contains($0) })
        return others.count >= 2
    }

    /// Whether "named after", "named for", "in honour of" or "first described by" comes within four words before a token.
    static func followsEponymIntroduction(_ position: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        for index in stride(from: position - 1, through: max(1, position - 4), by: -1) {
            let word = document.bytes[tokens[index].range], previous = document.bytes[tokens[index - 1].range]
            if (word.elementsEqual("after".utf8) || word.elementsEqual("for".utf8)) && (previous.elementsEqual("named".utf8) || previous.elementsEqual("Named".utf8))
                || (word.elementsEqual("honour".utf8) || word.elementsEqual("honor".utf8)) && (previous.elementsEqual("in".utf8) || previous.elementsEqual("In".utf8))
                || word.elementsEqual("by".utf8) && previous.elementsEqual("described".utf8) && index >= 2 && document.lowercased(tokens[index - 2].range) == "first" {
                return true
            }
            if document.bytes[tokens[index].end..<tokens[index + 1].start].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }) { break }
        }
        return false
    }

    /// Whether a word is used as an eponym somewhere in the document: "Wilson disease", "Reed-Sternberg cells".
    static func documentUsesEponym(_ word: Token, tokens: [Token], in document: ScanDocument, elsewhere: Bool = false) -> Bool {
        let text = document.bytes[word.range]
        // (Tokens are told apart by their hashes first, and only a joined word can hold a hyphen: this walks every token of the
        // document for every name found.)
        let hash = WordList.hash(text)
        for (position, token) in tokens.enumerated() where !token.isNumber && token.end - token.start >= text.count && !(elsewhere && token.start == word.start) {
            if token.hash == hash, document.bytes[token.range].elementsEqual(text) {
                if PersonNames.isEponymUse(tokens, at: position, in: document) { return true }
            } else if token.shape.contains(.joined), document.bytes[token.range].contains(UInt8(ascii: "-")),
                      document.bytes[token.range].split(separator: UInt8(ascii: "-")).contains(where: { $0.elementsEqual(text) }),
                      PersonNames.isEponymUse(tokens, at: position, in: document) {
                // "Reed-Sternberg cells" (but not "Ursula Hürlimann-Kessler", a double-barrelled name).
                return true
            }
        }
        return false
    }

    static let regionWords = WordList(vocabulary: .regionWords, ["state", "province", "county", "region", "district", "territory", "prefecture", "oblast", "canton", "shire", "parish"])

    /// ", 34," or ", 34 (": an age set off after a name (not ", 2 days later,").
    static func ageBetweenCommas(after end: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard end + 3 < bytes.count, bytes[end] == UInt8(ascii: ","), bytes[end + 1] == UInt8(ascii: " ") else { return false }
        var index = end + 2
        while index < bytes.count, bytes[index].isDigit, index - end <= 5 { index += 1 }
        return index > end + 2 && index < bytes.count && (bytes[index] == UInt8(ascii: ",") || document.hasPrefix(" (", at: index) || bytes[index] == UInt8(ascii: ")"))
    }

    /// Where a dash (en, em or hyphen) starts when it and a space stand just before an offset: "— Jay", "- AB".
    static func dashStart(before offset: Int, in document: ScanDocument) -> Int? {
        guard offset >= 2, document.bytes[offset - 1] == UInt8(ascii: " ") else { return nil }
        if offset >= 4, document.isDash(at: offset - 4) { return offset - 4 }
        return document.bytes[offset - 2] == UInt8(ascii: "-") ? offset - 2 : nil
    }

    /// Whether a line starts with a dash and a space just before an offset: "— J. Marsh", "- AB".
    static func startsSignature(at offset: Int, in document: ScanDocument) -> Bool {
        guard let dash = dashStart(before: offset, in: document) else { return false }
        return dash == 0 || document.bytes[dash - 1].isLineBreak
    }

    static func hasInnerCapital(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard token.end - token.start >= 2 else { return false }
        for index in (token.start + 1)..<token.end where bytes[index].isUpper {
            let previous = bytes[index - 1]
            if previous == UInt8(ascii: "'") || previous == UInt8(ascii: "-") { continue }
            if index - token.start == 2, document.lowercased(token.start..<(token.start + 2)) == "mc" { continue }
            if index - token.start == 3, document.lowercased(token.start..<(token.start + 3)) == "mac" { continue }
            return true
        }
        return false
    }

    /// Row labels of a form whose value is a person's name: "| Employee | Sipho Ndlovu-Mthembu |".
    static let personRowLabels = WordList(vocabulary: .personRowLabels, ["name", "patient", "employee", "insured", "member", "subscriber", "policyholder", "guarantor",
                                            "claimant", "applicant", "caseworker", "contact", "parent", "guardian", "mother", "father", "spouse",
                                            "informant", "witness", "driver", "owner", "resident", "client", "student", "pupil", "child", "parents", "relative", "worker",
                                            "family", "kin", "casualty", "victim", "occupant", "passenger", "defendant", "deceased",
                                            // "| ASHA | Poonam Kumari |": a community health worker.
                                            "asha", "anm", "chw", "chv"])
    /// The last words of the names of laws, agreements and programmes: "the Dublin Regulation", "the Istanbul Convention".
    static let lawAndProgrammeWords: WordList = ["regulation", "regulations", "convention", "act", "directive", "treaty", "accord", "declaration", "charter",
                                     // A programme named after someone: "the Oliver McGowan Mandatory Training", "the Gold Standards Framework".
                                     "training", "programme", "program", "framework", "initiative"]

    /// "Notes" and "remarks" in other languages, the bold label of a slide's speaker notes on every slide ("> **Notatki:** …"), not a
    /// speaker.
    static let noteLabels: WordList = ["notatki", "uwagi", "poznámky", "poznámka", "anteckningar", "noter", "notater", "muistiinpanot", "märkmed",
                                       "pastabos", "piezīmes", "jegyzetek", "megjegyzés", "notlar", "notizen", "anmerkungen", "notas", "remarques",
                                       "notities", "opmerkingen", "osservazioni", "observaciones", "observações", "kommentar", "kommentarer"]
    /// Words followed by a numeral or a letter: "type V", "class II", "factor V", "lead I".
    static let numberedWords = WordList(vocabulary: .numberedWords, ["type", "class", "grade", "stage", "factor", "lead", "phase", "level", "group", "part", "chapter",
                                          "figure", "table", "vitamin", "hepatitis", "zone", "appendix", "annex", "box", "item", "plan", "option",
                                          // "Panel B. Amastigotes within histiocytes", "Fig. A. Curvilinear calcification".
                                          "panel", "fig", "image", "plate", "slide", "step", "scenario", "arm"])
    static let nameFieldLabels = WordList(vocabulary: .nameFieldLabels, ["name", "patient", "paziente", "patiente", "naam", "nome", "nombre", "pt", "pasient", "patientin",
                                                                         "driver", "subject", "caller", "informant", "witness", "reporter", "contact",
                                                                         "user", "agent", "operator", "officer", "staff", "victim", "worker", "employee",
                                                                         "deceased", "complainant", "claimant", "member", "insured", "casualty",
                                                                         // "**Student:** Hope Adeyemi-Ross", "Applicant: BOUCHARD, Étienne".
                                                                         "student", "pupil", "applicant", "candidate", "athlete", "diver", "pilot", "client",
                                                                         "defendant", "respondent", "appellant", "donor", "recipient",
                                                                         // "Referred by: OYELOWO", "Reported by: Dr A Mensah".
                                                                         "by"])
    static let nameParticles = WordList(vocabulary: .nameParticles, ["van", "der", "den", "de", "da", "di", "von", "bin", "binti", "ibn", "al", "el", "le", "la", "du", "dos", "das", "ter", "ten", "ap"])

    /// Last words of job titles, which a signature puts on the line under a name: "Consultant Respiratory Physician".
    static let jobTitleEnds: WordList = ["physician", "surgeon", "psychiatrist", "clinician", "consultant", "registrar", "practitioner", "therapist",
                                         "specialist", "radiologist", "anaesthetist", "anesthetist", "paediatrician", "pediatrician", "pharmacist",
                                         "physiotherapist", "psychologist", "pathologist", "oncologist", "cardiologist", "neurologist", "dermatologist",
                                         "gastroenterologist", "hepatologist", "nephrologist", "urologist", "obstetrician", "gynaecologist", "gynecologist",
                                         "midwife", "paramedic", "dietitian", "dietician", "sonographer", "radiographer", "intensivist", "geriatrician",
                                         "endocrinologist", "rheumatologist", "haematologist", "hematologist", "immunologist", "allergist", "ophthalmologist",
                                         "optometrist", "audiologist", "coordinator", "co-ordinator", "administrator", "director", "manager", "officer", "lead",
                                         "educator", "supervisor"]

    /// A job title's last word: one of `jobTitleEnds`, or any "-ologist" ("Diabetologist", "Neonatologist").
    static func isJobTitleWord(_ token: Token, in document: ScanDocument) -> Bool {
        jobTitleEnds.contains(token, in: document) || token.end - token.start > 8 && document.hasPrefix("ologist", at: token.end - 7)
    }

    /// Words after a name that make it a classification's group and number: "Lois group 1", "Spetzler grade 3".
    static let classificationWords = ["group", "grade", "class", "type"]

    /// Whether a range is one word followed by a classification's group and its number (`classificationWords`): "Lois group 1".
    static func namesAClassificationGroup(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        !document.bytes[range].contains(UInt8(ascii: " ")) && classificationWords.contains { word in
            let number = range.upperBound + word.utf8.count + 2
            return document.hasPrefix(" \(word) ", at: range.upperBound) && number < document.bytes.count && document.bytes[number].isDigit
        }
    }

    /// Words that open a question, not a name: "Why is a 91-year-old … hypercapnic?"
    static let questionWords: WordList = ["why", "what", "who", "how", "where", "when", "which"]

    /// Words that close a message before the writer's name: "Thanks, Bex", "Cheers, Tom".
    static let signOffs = WordList(vocabulary: .signOffs, ["thanks", "thank", "cheers", "regards", "best", "love", "warmly", "sincerely", "ta", "mihi", "yours"])

    /// Names known from where they stand: a dotted initial before a surname ("dr. M. Oudshoorn",
    /// "Caseworker L. Ostrowski"); the value of a form row labelled with a person ("| Insured | Obinna
    /// Chukwuemeka-Hart |"); the speaker of a chat ("> **Hine:** ambulance here"); a sign-off ("Thanks, Bex").
    private func namesInContext(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var matches: [Match] = []
        func isNameWord(_ token: Token) -> Bool { PersonNames.isNameWord(token, in: document) }
        /// Whether a token is a bold label: "**" before it, and "**" with what `closing` says after it ("**Hine:**", "**Hine** (").
        func isBold(_ token: Token, closedBy closing: String) -> Bool {
            token.start >= 2 && bytes[token.start - 2] == UInt8(ascii: "*") && bytes[token.start - 1] == UInt8(ascii: "*")
                && bytes[token.end...].starts(with: closing.utf8)
        }
        /// How often the token is such a label in the text: a speaker's turns.
        func turns(of token: Token, closedBy closing: String) -> Int {
            document.offsets(of: Array("**".utf8) + bytes[token.range] + Array(closing.utf8)).count
        }
        // Where a pattern below can start: a capital, a row's or a field's label, a sign-off, a chat speaker's "] ", or "it's",
        // "is", "known as", "goes by", "thank you" (tested first, in one go: most tokens are none of these).
        let labels = Vocabulary.personRowLabels.bit | Vocabulary.nameFieldLabels.bit | Vocabulary.signOffs.bit
        @inline(__always) func mayStart(_ token: Token) -> Bool {
            if token.shape.contains(.capitalised) || token.shape.contains(.allCaps) || token.vocabulary & labels != 0 { return true }
            let first = bytes[token.start] | 0x20, length = token.end - token.start
            return first == UInt8(ascii: "i") && length <= 4 || first == UInt8(ascii: "k") && length == 5 || first == UInt8(ascii: "g") && length == 4
                || first == UInt8(ascii: "t") && length == 5 || token.start >= 2 && bytes[token.start - 2] == UInt8(ascii: "]")
        }
        for position in tokens.indices {
            let token = tokens[position]
            guard token.zone == .text, !token.isNumber, mayStart(token) else { continue }
            // "M. Oudshoorn", "J.W. Pinas-Kromodikoro": one or two dotted initials, then a surname.
            // Not "5 mg/L. Tacrolimus", "2 L. Oxycodone" or "type V. Thrombolysis"; but "Dr I. Walsh" (a numeral is no title's).
            if token.end - token.start == 1, bytes[token.start].isUpper, token.end < bytes.count, bytes[token.end] == UInt8(ascii: "."),
               ![UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X")].contains(bytes[token.start])
                || position > 0 && tokens[position - 1].isIn(.titles) && document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ".")]),
               token.start == 0 || !bytes[token.start - 1].isLetterLike && bytes[token.start - 1] != UInt8(ascii: ".") && bytes[token.start - 1] != UInt8(ascii: "/"),
               token.start < 2 || !bytes[token.start - 2].isDigit,
               position == 0 || !tokens[position - 1].isIn(.numberedWords) {
                var next = position + 1
                if next < tokens.count, tokens[next].end - tokens[next].start == 1, tokens[next].start == token.end + 1, bytes[tokens[next].start].isUpper,
                   tokens[next].end < bytes.count, bytes[tokens[next].end] == UInt8(ascii: ".") { next += 1 }
                // "Signed K. Meadows RN", "Countersigned J. Lewis": a signature, whatever the surname also is.
                let signed = position >= 1 && tokens[position - 1].end + 1 == token.start && ["signed", "countersigned"].contains(document.lowercased(tokens[position - 1].range))
                // "Dr A. Ng": a surname of two letters right after a title and its initial.
                let titled = position >= 1 && tokens[position - 1].isIn(.titles) && document.onlySpaces(tokens[position - 1].end..<token.start, allowing: [UInt8(ascii: ".")])
                if next < tokens.count, tokens[next].start == tokens[next - 1].end + 2, bytes[tokens[next].start - 1] == UInt8(ascii: " "),
                   isNameWord(tokens[next]), tokens[next].end - tokens[next].start >= 3
                    || titled && (Lexicon.surnames.contains(tokens[next], in: document) || EastAsianScript.surnames.contains(tokens[next], in: document)),
                   signed || !Lexicon.eponyms.contains(tokens[next], in: document),
                   Lexicon.surnames.contains(tokens[next], in: document) || !Lexicon.englishWords.contains(tokens[next], in: document) || signed
                    || titled && tokens[next].end - tokens[next].start == 2
                    // "— J. Marsh, LISW-S": a signature after a dash at the start of a line.
                    || Self.startsSignature(at: token.start, in: document),
                   !PersonNames.isEponymUse(tokens, at: next, in: document), !PersonNames.isCitation(after: tokens[next], in: document) {
                    matches.append(Match(token.start..<tokens[next].end, "name"))
                }
                continue
            }
            // "| Insured | Obinna Chukwuemeka-Hart |"
            // (Not a header row: "| Worker | Emp. no. | Job |" over "|---|---|---|".)
            // (The label is the row's first cell: "| 91 | father | IGRA indeterminate |" is a column of relations.)
            // (The bar on the same written line: Markdown runs "d by |⏎Name:" on in `bytes`.)
            if token.isIn(.personRowLabels), token.start >= 2, bytes[token.start - 2] == UInt8(ascii: "|"),
               case let lineStart = document.source.lineStarts[document.line(at: token.start) - 1], lineStart <= token.start - 2,
               bytes[lineStart..<(token.start - 2)].allSatisfy({ $0 == UInt8(ascii: " ") }),
               token.end + 3 < bytes.count, bytes[token.end..<(token.end + 3)].elementsEqual(" | ".utf8),
               position + 1 < tokens.count, tokens[position + 1].start == token.end + 3,
               !TableColumns.isSeparatorRow(document.source.lineBytes(document.line(at: token.start) + 1)) {
                var last = position + 1
                while last < tokens.count, last - position <= 4, isNameWord(tokens[last]) || document.isAllCaps(tokens[last]) && tokens[last].end - tokens[last].start >= 3
                        && !tokens[last].isNumber && !InitialsRule.contextAbbreviations.contains(tokens[last], in: document),
                      last == position + 1 || tokens[last].start == tokens[last - 1].end + 1 {
                    last += 1
                }
                if last - position >= 3 || last - position == 2 && !Lexicon.englishWords.contains(tokens[position + 1], in: document) {
                    matches.append(Match(tokens[position + 1].start..<tokens[last - 1].end, "name"))
                }
                continue
            }
            // "[22:44] Josh K: Darling Downs", "[14/06/2023 22:41] Josh K (ED reg): hey": a chat's speaker, a given name and an initial.
            if token.start >= 2, bytes[token.start - 2] == UInt8(ascii: "]"), bytes[token.start - 1] == UInt8(ascii: " "), position + 1 < tokens.count,
               tokens[position + 1].start == token.end + 1, tokens[position + 1].end - tokens[position + 1].start == 1, bytes[tokens[position + 1].start].isUpper,
               document.hasPrefix(":", at: tokens[position + 1].end) || document.hasPrefix(" (", at: tokens[position + 1].end),
               Lexicon.firstNames.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document),
               document.startsWrittenLine(at: bytes[..<token.start].lastIndex(of: UInt8(ascii: "[")) ?? token.start, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "-")]) {
                matches.append(Match(token.start..<tokens[position + 1].end, "name"))
                continue
            }
            // "**GEORGIA:** So Kylie, …" on two lines or more: a speaker in capitals whose name is a given name, even a place's.
            if isBold(token, closedBy: ":**"), token.end - token.start >= 3, document.isAllCaps(token),
               Lexicon.firstNames.contains(token, in: document), !Lexicon.englishWords.contains(token, in: document),
               !Lexicon.abbreviations.contains(token, in: document), !token.isIn(.titles),
               document.startsWrittenLine(at: token.start - 2, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "-")]),
               turns(of: token, closedBy: ":**") >= 2 {
                matches.append(Match(token.range, "name"))
                continue
            }
            // "**Rose** 01:58: she wont stop", "**Jade** 02:06: is she ok": a speaker in bold, then a time and a colon — a given name, even one
            // that is also a word.
            if isBold(token, closedBy: "** "), token.end + 8 <= bytes.count, isNameWord(token), !token.isIn(.introducers), !token.isIn(.monthWords), !token.isIn(.weekdays),
               Lexicon.firstNames.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document) {
                let hour = token.end + 3
                let colon = hour + 1 < bytes.count && bytes[hour + 1] == UInt8(ascii: ":") ? hour + 1 : hour + 2
                if DateRule.clockTime(at: hour, in: bytes), colon + 3 < bytes.count, bytes[colon + 3] == UInt8(ascii: ":") {
                    matches.append(Match(token.range, "name"))
                    continue
                }
            }
            // "> **Hine:** Nan's not talking": the speaker of a chat or a transcript.
            if isBold(token, closedBy: ":**") || isBold(token, closedBy: "** ") && token.end + 3 < bytes.count
                && (bytes[token.end + 3].isDigit || bytes[token.end + 3] == UInt8(ascii: "(")),
               isNameWord(token), !Lexicon.englishWords.contains(token, in: document),
               !Lexicon.eponyms.contains(token, in: document), !token.isIn(.introducers), !Self.noteLabels.contains(token, in: document),
               // A speaker speaks more than once; a form's bold labels ("**Adres:**") each appear once.
               Lexicon.firstNames.contains(token, in: document) || turns(of: token, closedBy: ":**") >= 2 || turns(of: token, closedBy: "** ") >= 2 {
                var lineStart = token.start - 2
                while lineStart > 0, !document.source.utf8[lineStart - 1].isLineBreak { lineStart -= 1 }
                if bytes[lineStart..<(token.start - 2)].allSatisfy({ $0.isSpace || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "-") }) {
                    matches.append(Match(token.range, "name"))
                }
                continue
            }
            // "Name: LAKSHMI W/O ARUMUGAM", "Paziente: SCARPELLINI ANTONIO": a form's name field in capitals.
            // "Driver: Abdirahman Warsame", "Name: Akinyi Odhiambo": a given name and a surname that are not ordinary words.
            if token.isIn(.nameFieldLabels), token.end < bytes.count, bytes[token.end] == UInt8(ascii: ":"), position + 2 < tokens.count,
               tokens[position + 1].start - token.end <= 8, isNameWord(tokens[position + 1]), isNameWord(tokens[position + 2]),
               tokens[position + 2].start == tokens[position + 1].end + 1,
               // "Victim: Jasmine Albright": one of the two may be an ordinary word too ("Subject: Annual Review" is not a name).
               !Lexicon.englishWords.contains(tokens[position + 1], in: document) || !Lexicon.englishWords.contains(tokens[position + 2], in: document),
               // ("Subject: Incomplete Kawasaki": an ordinary word, then an eponym.)
               !(Lexicon.englishWords.contains(tokens[position + 1], in: document) && !Lexicon.firstNames.contains(tokens[position + 1], in: document)
                 && !Lexicon.firstNamesWithWords.contains(tokens[position + 1], in: document) && Lexicon.eponyms.contains(tokens[position + 2], in: document)) {
                matches.append(Match(tokens[position + 1].start..<tokens[position + 2].end, "name"))
                continue
            }
            if token.isIn(.nameFieldLabels), token.end < bytes.count, bytes[token.end] == UInt8(ascii: ":"), position + 1 < tokens.count,
               tokens[position + 1].start - token.end <= 8, document.isAllCaps(tokens[position + 1]), !tokens[position + 1].isNumber,
               // "Agent: R PUGH": an initial, then a surname in capitals.
               tokens[position + 1].end - tokens[position + 1].start >= 3 || position + 2 < tokens.count && document.isAllCaps(tokens[position + 2])
                && tokens[position + 2].end - tokens[position + 2].start >= 3 && !tokens[position + 2].isNumber,
               !InitialsRule.contextAbbreviations.contains(tokens[position + 1], in: document) || Self.capitalsNameFollows(position + 1, tokens: tokens, in: document) {
                var last = position + 1
                // "WÓJCIK, Tomasz": a surname in capitals, then the given name.
                while last + 1 < tokens.count, last - position < 4, !tokens[last + 1].isNumber,
                      document.isAllCaps(tokens[last + 1]) || bytes[tokens[last].end..<tokens[last + 1].start].elementsEqual(", ".utf8) && isNameWord(tokens[last + 1]),
                      bytes[tokens[last].end..<tokens[last + 1].start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ",") }), tokens[last + 1].start - tokens[last].end <= 2 {
                    last += 1
                }
                matches.append(Match(tokens[position + 1].start..<tokens[last].end, "name"))
                continue
            }
            // "Jack (DOB 17/08/1994, …)": a given name or a name-like word before a date of birth in brackets.
            if position + 1 < tokens.count, document.isCapitalised(token), !document.isAllCaps(token), token.end + 5 < bytes.count,
               bytes[token.end] == UInt8(ascii: " "), bytes[token.end + 1] == UInt8(ascii: "("),
               bytes[(token.end + 2)..<(token.end + 5)].map(\.lowercased).elementsEqual("dob".utf8) || document.hasPrefix("(born ", at: token.end + 1),
               isNameWord(token), Lexicon.firstNames.contains(token, in: document) || Lexicon.surnames.contains(token, in: document) || !Lexicon.englishWords.contains(token, in: document),
               !token.isIn(.patientWords), !token.isIn(.titles) {
                var first = position
                // "Lena Hartmann (DOB …)": the given name before the surname.
                if position >= 1, tokens[position - 1].end + 1 == token.start, isNameWord(tokens[position - 1]), document.isCapitalised(tokens[position - 1]),
                   !tokens[position - 1].isIn(.titles), !tokens[position - 1].isIn(.stopwords) { first = position - 1 }
                matches.append(Match(tokens[first].start..<token.end, "name"))
                continue
            }
            // "Henk van der Meulen, 63": a name with particles, then an age or a description.
            if position + 2 < tokens.count, tokens[position + 1].isIn(.nameParticles), tokens[position + 1].start == token.end + 1,
               isNameWord(token), !Lexicon.englishWords.contains(token, in: document) {
                var last = position + 1
                while last + 1 < tokens.count, tokens[last + 1].isIn(.nameParticles), tokens[last + 1].start == tokens[last].end + 1 { last += 1 }
                if last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, isNameWord(tokens[last + 1]),
                   !Lexicon.englishWords.contains(tokens[last + 1], in: document), !tokens[last + 1].isIn(.countries) {
                    var after = tokens[last + 1].end
                    while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                    if after < bytes.count, bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: "(") {
                        matches.append(Match(token.start..<tokens[last + 1].end, "name"))
                        continue
                    }
                }
            }
            // "Marcus is a 41-year-old man", "Summer was a 34-year-old teacher": a person introduced by age.
            if position + 3 < tokens.count, tokens[position + 3].isNumber, (2...3).contains(tokens[position + 1].end - tokens[position + 1].start),
               isNameWord(token), !token.isIn(.patientWords), !token.isIn(.kinship),
               !Lexicon.eponyms.contains(token, in: document) || Lexicon.firstNames.contains(token, in: document) || document.startsSentence(token),
               ["is", "was"].contains(document.lowercased(tokens[position + 1].range)), ["a", "an"].contains(document.lowercased(tokens[position + 2].range)),
               // ("Why is a 91-year-old … hypercapnic?")
               !Self.questionWords.contains(token, in: document),
               document.hasPrefix("-year-old", at: tokens[position + 3].end) || document.hasPrefix("-month-old", at: tokens[position + 3].end)
                || document.hasPrefix(" year old", at: tokens[position + 3].end), tokens[position + 1].start == token.end + 1 {
                matches.append(Match(token.range, "name"))
                continue
            }
            // "it's Aroha", "This is Lorraine.": someone naming themselves in a message.
            if position + 1 < tokens.count, bytes[token.start] | 0x20 == UInt8(ascii: "i"), token.end - token.start <= 4,
               ["it's", "it’s"].contains(document.lowercased(token.range)) || document.lowercased(token.range) == "is" && position >= 1
                && document.lowercased(tokens[position - 1].range) == "this",
               tokens[position + 1].start == token.end + 1, isNameWord(tokens[position + 1]), !Lexicon.englishWords.contains(tokens[position + 1], in: document),
               !Lexicon.eponyms.contains(tokens[position + 1], in: document) {
                matches.append(Match(tokens[position + 1].range, "name"))
                continue
            }
            // "… the sick-day rules thing again lol. – Jay": a message signed after its last sentence, at the end of the line
            // (any given name, even a word; not "Diagnosis — Sarcoidosis", where no sentence ends before the dash).
            if let dash = Self.dashStart(before: token.start, in: document),
               isNameWord(token), !token.isIn(.kinship), !token.isIn(.patientWords),
               document.source.utf8[token.end...].prefix(while: { !$0.isLineBreak }).allSatisfy({ $0.isSpace || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "*") }) {
                var before = dash - 1
                while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
                if before >= 0, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[before]) {
                    matches.append(Match(token.range, "name"))
                    continue
                }
            }
            // "— Manju, 98455 50231": a signature with a telephone number.
            if token.start >= 4, document.has("— ", at: token.start - 4) || document.has("- ", at: token.start - 2),
               isNameWord(token), !Lexicon.englishWords.contains(token, in: document), token.end + 3 < bytes.count, bytes[token.end] == UInt8(ascii: ","),
               bytes[token.end + 1] == UInt8(ascii: " "), bytes[token.end + 2].isDigit || bytes[token.end + 2] == UInt8(ascii: "+") {
                matches.append(Match(token.range, "name"))
                continue
            }
            // "Thanks, Bex at Ward 12", "Cheers, Tom"
            // ("Regards, Grace" ending the message: a word that closes a sign-off is the writer's name, even an ordinary word.)
            if token.isIn(.signOffs), position + 1 < tokens.count, bytes[token.end..<tokens[position + 1].start].elementsEqual(", ".utf8),
               isNameWord(tokens[position + 1]),
               !Lexicon.englishWords.contains(tokens[position + 1], in: document)
                || Lexicon.firstNamesWithWords.contains(tokens[position + 1], in: document) && (tokens[position + 1].end == bytes.count || bytes[tokens[position + 1].end].isLineBreak),
               // ("Thanks, Clerkship Lead": a role signs, a word before the last word of a job title that is no given name.)
               !(position + 2 < tokens.count && tokens[position + 2].start == tokens[position + 1].end + 1 && Self.jobTitleEnds.contains(tokens[position + 2], in: document)
                 && !Lexicon.firstNames.contains(tokens[position + 1], in: document)) {
                matches.append(Match(tokens[position + 1].range, "name"))
                continue
            }
            // "Niamh Ó Súilleabháin (known as Neev)", "goes by Tash", "known to everyone as Kaali": the name someone is called by.
            if position + 2 < tokens.count, bytes[token.start] | 0x20 == UInt8(ascii: "k") || bytes[token.start] | 0x20 == UInt8(ascii: "g"),
               let at = Self.calledByNameIndex(after: position, in: document) {
                let name = tokens[at]
                // (Not "long known as Henoch-Schönlein purpura": a name in a term.)
                if name.start == tokens[at - 1].end + 1, isNameWord(name), !Lexicon.englishWords.contains(name, in: document) || Lexicon.firstNames.contains(name, in: document),
                   !Lexicon.eponyms.contains(name, in: document), !PostalCodeRule.isFollowedByLowercaseWord(name.end, in: document),
                   !document.bytes[name.range].split(separator: UInt8(ascii: "-")).contains(where: { Lexicon.eponyms.contains($0) }) {
                    matches.append(Match(name.range, "name"))
                    continue
                }
            }
            // "Furlong, D., 14 Griffith Parade": a surname, then an initial, as on a booking or a label.
            if position + 1 < tokens.count, token.end + 4 < bytes.count, bytes[token.end] == UInt8(ascii: ","), bytes[token.end + 1] == UInt8(ascii: " "),
               tokens[position + 1].start == token.end + 2, tokens[position + 1].end - tokens[position + 1].start == 1, bytes[tokens[position + 1].start].isUpper,
               tokens[position + 1].end < bytes.count, bytes[tokens[position + 1].end] == UInt8(ascii: "."),
               tokens[position + 1].end + 1 >= bytes.count || !bytes[tokens[position + 1].end + 1].isLetterLike,
               isNameWord(token), token.end - token.start >= 3, Lexicon.surnames.contains(token, in: document) || !Lexicon.englishWords.contains(token, in: document),
               !Lexicon.eponyms.contains(token, in: document), !PersonNames.isCitation(after: tokens[position + 1], in: document),
               !["I", "V", "X"].contains(document.text(tokens[position + 1].range)) {
                matches.append(Match(token.start..<(tokens[position + 1].end + 1), "name"))
                continue
            }
            // "Thank you Bri —", "thank you, Sister Kavitha": someone thanked by name.
            if bytes[token.start] | 0x20 == UInt8(ascii: "t"), document.lowercased(token.range) == "thank", position + 2 < tokens.count,
               document.bytes[tokens[position + 1].range].elementsEqual("you".utf8), tokens[position + 1].start == token.end + 1,
               bytes[tokens[position + 1].end..<tokens[position + 2].start].elementsEqual(" ".utf8) || bytes[tokens[position + 1].end..<tokens[position + 2].start].elementsEqual(", ".utf8),
               isNameWord(tokens[position + 2]), !Lexicon.englishWords.contains(tokens[position + 2], in: document), !Lexicon.eponyms.contains(tokens[position + 2], in: document) {
                matches.append(Match(tokens[position + 2].range, "name"))
                continue
            }
            // "Stuart "Stu" Penrose", "Rawiri “Wiri” Te Huia", "Sipho "Bra Sibs" Mthembu": a nickname of one or two words in
            // quotes between a given name and a surname.
            if position + 2 < tokens.count, token.end + 2 < bytes.count, bytes[token.end] == UInt8(ascii: " "),
               bytes[token.end + 1] == UInt8(ascii: "\"") || bytes[token.end + 1] == 0xE2 && document.hasPrefix("“", at: token.end + 1) {
                var nicknameLast = position + 1
                if position + 3 < tokens.count, tokens[position + 2].start == tokens[position + 1].end + 1, bytes[tokens[position + 1].end] == UInt8(ascii: " "),
                   !tokens[position + 2].isNumber, document.isCapitalised(tokens[position + 2]),
                   document.hasPrefix("\" ", at: tokens[position + 2].end) || document.hasPrefix("” ", at: tokens[position + 2].end) {
                    nicknameLast = position + 2
                }
                let nickname = tokens[position + 1], closing = tokens[nicknameLast], surname = tokens[nicknameLast + 1]
                let open = bytes[token.end + 1] == UInt8(ascii: "\"") ? 1 : 3
                if nickname.start == token.end + 1 + open, !nickname.isNumber, document.isCapitalised(nickname),
                   document.hasPrefix("\" ", at: closing.end) || document.hasPrefix("” ", at: closing.end),
                   !surname.isNumber, document.isCapitalised(surname), surname.start <= closing.end + 5, isNameWord(token) {
                    var last = nicknameLast + 1
                    while last + 1 < tokens.count, last - nicknameLast < 3, tokens[last + 1].start == tokens[last].end + 1, bytes[tokens[last].end] == UInt8(ascii: " "),
                          !tokens[last + 1].isNumber, document.isCapitalised(tokens[last + 1]), isNameWord(tokens[last + 1]) {
                        last += 1
                    }
                    matches.append(Match(token.start..<tokens[last].end, "name"))
                    continue
                }
            }
            // "Rajesh s/o Subramaniam", "Kavitha d/o Raman", "Ahmad a/l Muthu": a name that gives the father's.
            if token.end + 6 < bytes.count, bytes[token.end + 2] == UInt8(ascii: "/"), bytes[token.end] == UInt8(ascii: " "), bytes[token.end + 4] == UInt8(ascii: " "), isNameWord(token),
               ["s/o", "d/o", "w/o", "a/l", "a/p", "S/O", "D/O", "W/O", "A/L", "A/P"].contains(where: { bytes[(token.end + 1)..<(token.end + 4)].elementsEqual($0.utf8) }),
               let father = document.firstTokenIndex(from: token.end + 5), tokens[father].start == token.end + 5, !tokens[father].isNumber,
               document.isCapitalised(tokens[father]) {
                matches.append(Match(token.start..<tokens[father].end, "name"))
                continue
            }
        }
        return matches
    }

    /// Whether two words in capitals that are not ordinary words or abbreviations follow a token: "MD RAKIBUL HASAN"
    /// ("MD", short for Muhammad, before a name in capitals).
    static func capitalsNameFollows(_ position: Int, tokens: [Token], in document: ScanDocument) -> Bool {
        guard position + 2 < tokens.count else { return false }
        return (1...2).allSatisfy { offset in
            let word = tokens[position + offset]
            return !word.isNumber && word.end - word.start >= 3 && document.isAllCaps(word) && word.start - tokens[position + offset - 1].end == 1
                && !Lexicon.englishWords.contains(word, in: document) && !word.isIn(.abbreviations)
                && !InitialsRule.contextAbbreviations.contains(word, in: document)
        }
    }

    /// Whether a word names an allergen's component in the WHO/IUIS nomenclature: "Ara h 2", "Bet v 1", "Gal d 1" (the genus's
    /// first letters, the species' first letter, a number).
    static func isAllergenComponent(_ tokens: [Token], at position: Int, in document: ScanDocument) -> Bool {
        guard position + 2 < tokens.count, tokens[position].end - tokens[position].start == 3 else { return false }
        let species = tokens[position + 1], number = tokens[position + 2]
        return species.start == tokens[position].end + 1 && species.end == species.start + 1 && document.bytes[species.start].isLower
            && number.isNumber && number.start == species.end + 1
    }

    /// Whether a range is a template's placeholder in capitals between brackets: "<NAME>", "[SURNAME]", "{PATIENT_NAME}".
    static func isPlaceholder(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard range.lowerBound >= 1, range.upperBound < bytes.count, bytes[range].allSatisfy({ $0.isUpper || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") }) else { return false }
        switch (bytes[range.lowerBound - 1], bytes[range.upperBound]) {
        case (UInt8(ascii: "<"), UInt8(ascii: ">")), (UInt8(ascii: "["), UInt8(ascii: "]")), (UInt8(ascii: "{"), UInt8(ascii: "}")): return true
        default: return false
        }
    }

    /// Whether a range is a word and a category in Roman numerals (perhaps with a letter): "Milan IVa", "Milan V".
    static func namesACategory(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let words = document.bytes[range].split(separator: UInt8(ascii: " "))
        guard words.count == 2, let last = words.last else { return false }
        let numeral = last.prefix { [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X")].contains($0) }
        return !numeral.isEmpty && numeral.count <= 4 && last.count - numeral.count <= 1 && last.dropFirst(numeral.count).allSatisfy { (0x61...0x63).contains($0) }
    }

    /// Whether a range holds only ordinary words in lowercase: "held by authors", "not recorded".
    static func isOrdinaryWords(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let words = document.bytes[range].split(whereSeparator: { !$0.isLetterLike })
        return !words.isEmpty && words.allSatisfy { word in word.allSatisfy(\.isLower) && (Lexicon.englishWords.contains(word) || PersonNames.stopwords.contains(word)
            || InitialsRule.functionWords.contains(String(decoding: word, as: UTF8.self))) }
    }

    /// Whether a range starts with a lettered option of a quiz — "A. " to "F. " first on its line (after a list marker or bold) — and
    /// the next or the previous letter starts another line the same way.
    static func isQuizOption(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.source.utf8
        guard range.count >= 4, (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(bytes[range.lowerBound]), bytes[range.lowerBound + 1] == UInt8(ascii: "."),
              bytes[range.lowerBound + 2] == UInt8(ascii: " ") else { return false }
        let markup = [UInt8(ascii: " "), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: ">"), UInt8(ascii: "_")]
        guard document.startsWrittenLine(at: range.lowerBound, skipping: markup) else { return false }
        let letter = bytes[range.lowerBound]
        for other in [letter &- 1, letter &+ 1] where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(other) {
            for start in document.source.lineStarts {
                var index = start
                while index < bytes.count, markup.contains(bytes[index]) { index += 1 }
                if index + 2 < bytes.count, bytes[index] == other, bytes[index + 1] == UInt8(ascii: "."), bytes[index + 2] == UInt8(ascii: " ") { return true }
            }
        }
        return false
    }

    /// Whether a label and its number follow an offset after at most a dash, a comma or a bracket: " — PHN 9087 654 321",
    /// ", DOB 12/03/1951", " (MRN 44120)".
    static func identityNumberFollows(_ offset: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        var index = offset
        while index < bytes.count, index - offset <= 4, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "(")
                || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "|") || document.isDash(at: index) {
            index += document.isDash(at: index) ? 3 : 1
        }
        guard index > offset, let label = document.tokenIndex(startingAt: index) else { return false }
        let tokens = document.tokens
        guard !tokens[label].isNumber, tokens[label].isIn(.labelWords) || document.lowercased(tokens[label].range) == "dob" else { return false }
        return tokens[(label + 1)...].prefix(2).contains { $0.isNumber && !bytes[tokens[label].end..<$0.start].contains(where: \.isLineBreak) }
    }

    /// Whether the rest of the line from a token, within a few words, labels the patient's number or birth date: "ID:0041332257", "DOB 02/03/1951".
    static func identityLabelFollows(on position: Int, tokens: [Token], in document: ScanDocument) -> Bool {
        let written = document.source.utf8
        var index = position
        while index < tokens.count, index - position < 4 {
            // (On the line as written: Markdown runs a paragraph's next line on.)
            if written[tokens[index - 1].end..<tokens[index].start].contains(where: \.isLineBreak) { return false }
            let token = tokens[index]
            if !token.isNumber, token.isIn(.labelWords) || document.lowercased(token.range) == "dob" { return true }
            index += 1
        }
        return false
    }

    /// Names written in capitals, surname first, as on a label or a printout: "HÜRLIMANN, RETO", "OKAFOR, DANIEL".
    /// Words only German uses among its commonest: "der", "und", "mit", "bei", "keine"…
    static let germanFunctionWords = WordList(vocabulary: .germanFunctionWords, ["der", "und", "mit", "bei", "von", "eine", "einer", "eines", "keine", "kein",
                                                                                 "nicht", "zur", "zum", "nach", "sowie", "oder", "des", "dem", "ist", "wird",
                                                                                 "wurde", "auf", "für", "aus", "vom", "durch", "über", "ohne", "bzw"])
    /// Prepositions of place (and the articles after them) in German.
    static let placePrepositionsAbroad: Set<String> = ["in", "im", "am", "an", "der", "zum", "zur"]
    /// English words that a German line would not hold.
    static let englishFunctionWords: WordList = ["the", "and", "of", "with", "was", "is", "to", "for", "on", "she", "he", "her", "his", "were"]

    /// The lines of a file written in German (index = line - 1): two of its commonest words or more, and none of English's. Found in
    /// one pass over the tokens, and only in a file that holds such a word at all (most hold none).
    static func germanLines(in document: ScanDocument) -> [Bool] {
        var german = [UInt8](repeating: 0, count: document.source.lineCount), english = [Bool](repeating: false, count: document.source.lineCount)
        guard document.mentions(.germanFunctionWords) else { return english }
        let lineStarts = document.source.lineStarts
        var line = 0
        for token in document.tokens where !token.isNumber && token.end - token.start <= 5 {
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= token.start { line += 1 }
            if token.isIn(.germanFunctionWords) { german[line] &+= 1 } else if englishFunctionWords.contains(token, in: document) { english[line] = true }
        }
        return zip(german, english).map { $0 >= 2 && !$1 }
    }

    /// Words for a disease, a syndrome or a sign before "de"/"di" and its describer's name in Portuguese, Spanish, Italian and French.
    static let diseasesOf: Set<String> = ["doença", "doenca", "enfermedad", "malattia", "maladie", "síndrome", "sindrome", "syndrome", "signo",
                                          "sinal", "segno", "signe", "morbo", "mal"]

    /// Whether a capitalised word follows "doença de", "malattia di" and the like, perhaps after the describer's other names and
    /// particles ("doença de Corino de Andrade").
    static func followsDiseaseOf(_ position: Int, tokens: [Token], in document: ScanDocument) -> Bool {
        // (Only a word right after a particle starting with "d": most capitalised words follow none.)
        guard position >= 2, case let particle = tokens[position - 1], particle.end - particle.start <= 3, particle.end + 1 == tokens[position].start,
              document.bytes[particle.start] == UInt8(ascii: "d") else { return false }
        var back = position - 1
        while back >= 1, position - back <= 6 {
            let word = document.lowercased(tokens[back].range)
            if ["de", "di", "da", "do", "del"].contains(word) {
                if diseasesOf.contains(document.lowercased(tokens[back - 1].range)) { return true }
            } else if !document.isCapitalised(tokens[back]) {
                return false
            }
            back -= 1
        }
        return false
    }

    private func capitalsNames(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches: [Match] = []
        // (Each pattern starts with a word in capitals: only those are walked.)
        for position in document.allCapsWords where position + 1 < tokens.count {
            let first = tokens[position], second = tokens[position + 1]
            // Four letters or more, and no digit after: "HAMP, TFR2" are genes.
            // ("PAGE, JOY        ID:…": three letters do before a patient's number.)
            // (Capitals first: a bit of each token, and it rules out almost every pair.)
            guard !first.isNumber, !second.isNumber, document.isAllCaps(first), document.isAllCaps(second), first.end - first.start >= 4, second.end - second.start >= 3,
                  first.zone == .text, second.end >= document.bytes.count || !document.bytes[second.end].isDigit,
                  document.bytes[first.end..<second.start].elementsEqual(", ".utf8) else { continue }
            let words = [first, second]
            // ("FHIR, PASI" in a list of tags: known abbreviations.)
            guard !words.contains(where: { $0.isIn(.abbreviations) || InitialsRule.contextAbbreviations.contains($0, in: document)
                        || IdentityNumberRule.isClinicalPrefix(document.text($0.range)) || Lexicon.abbreviations.contains($0, in: document) }) else { continue }
            // "PAGE, JOY          ID:0041332257": on a printout's header line, before the patient's number, even ordinary words (or a
            // given name of three letters) are a name; elsewhere the lexicons must know one of the two.
            let beforeNumber = Self.identityLabelFollows(on: position + 2, tokens: tokens, in: document)
            guard beforeNumber || second.end - second.start >= 4 && !words.contains(where: { Lexicon.englishWords.contains($0, in: document) })
                    && (Lexicon.surnames.contains(first, in: document) || Lexicon.firstNames.contains(second, in: document)
                        || PersonNames.hasAccentedLatin(first, in: document) || PersonNames.hasAccentedLatin(second, in: document)) else { continue }
            var end = second.end
            // "HALVORSEN, MARK T": a middle initial.
            if position + 2 < tokens.count, tokens[position + 2].start == end + 1, tokens[position + 2].end - tokens[position + 2].start == 1, document.isAllCaps(tokens[position + 2]) {
                end = tokens[position + 2].end
            }
            matches.append(Match(first.start..<end, "name"))
        }
        // "FAIRWEATHER, Robin": a surname in capitals, then the given name.
        for position in document.allCapsWords where position + 1 < tokens.count {
            let first = tokens[position], second = tokens[position + 1]
            guard !first.isNumber, !second.isNumber, first.end - first.start >= 4, first.zone == .text, document.isAllCaps(first),
                  document.bytes[first.end..<second.start].elementsEqual(", ".utf8), document.isCapitalised(second), !document.isAllCaps(second) else { continue }
            // ("DELACROIX, Summer —", "PIKE, Jordan Lee": a given name that is also a word or a region, where no lowercase word follows.)
            // (Not before a number: "Seen at MAPU, Autumn 2023" is a season.)
            let wordName = (Lexicon.firstNamesWithWords.contains(second, in: document) || PersonNames.regionsThatAreGivenNames.contains(document.lowercased(second.range)))
                && !PostalCodeRule.isFollowedByLowercaseWord(second.end, in: document)
                && !(position + 2 < tokens.count && tokens[position + 2].isNumber && tokens[position + 2].start <= second.end + 1)
            guard // A surname the lexicon knows, then a given name ("AVSD, Rastelli type A" and "AMAN, Campylobacter jejuni" are terms).
                  // (An unknown word in capitals only outside brackets: "(PAINAD, Abbey)" names two pain scales.)
                  Lexicon.surnames.contains(first, in: document)
                    || wordName && !Lexicon.englishWords.contains(first, in: document) && !document.has("(", at: first.start - 1),
                  !document.bytes[first.range].contains(UInt8(ascii: "-")),
                  wordName || Lexicon.firstNames.contains(second, in: document) || !Lexicon.englishWords.contains(second, in: document) && !Lexicon.eponyms.contains(second, in: document)
                    && !Self.hasInnerCapital(second, in: document) || PersonNames.hasAccentedLatin(second, in: document),
                  !PostalCodeRule.isFollowedByLowercaseWord(second.end, in: document) || Lexicon.firstNames.contains(second, in: document),
                  !first.isIn(.abbreviations), !InitialsRule.contextAbbreviations.contains(first, in: document),
                  !IdentityNumberRule.isClinicalPrefix(document.text(first.range)), !first.isIn(.countries),
                  wordName || !second.isIn(.stopwords) && !second.isIn(.countries),
                  !document.isInTags(first.start) else { continue }
            matches.append(Match(first.start..<second.end, "name"))
        }
        // "DARNELL WAYNE HUBBARD", "WANDA J. PRUITT", "RAJAN KUTTAPPAN": a known given name and one or two more words in capitals.
        var claimed = 0
        for position in document.allCapsWords where position >= claimed {
            let first = tokens[position]
            guard !first.isNumber, first.end - first.start >= 3, document.isAllCaps(first), first.zone == .text, Lexicon.firstNames.contains(first, in: document),
                  !Lexicon.englishWords.contains(first, in: document), first.start == 0 || !document.bytes[first.start - 1].isAlphanumeric else { continue }
            var last = position
            while last + 1 < tokens.count, last - position < 3, !tokens[last + 1].isNumber, document.isAllCaps(tokens[last + 1]),
                  document.bytes[tokens[last].end..<tokens[last + 1].start].elementsEqual(" ".utf8) || document.bytes[tokens[last].end..<tokens[last + 1].start].elementsEqual(". ".utf8) && tokens[last].end - tokens[last].start == 1,
                  tokens[last + 1].end - tokens[last + 1].start == 1 || !Lexicon.englishWords.contains(tokens[last + 1], in: document) && !tokens[last + 1].isIn(.abbreviations)
                    && !tokens[last + 1].isIn(.labelWords) {
                last += 1
            }
            guard last > position, tokens[last].end - tokens[last].start >= 3 else { continue }
            matches.append(Match(first.start..<tokens[last].end, "name"))
            claimed = last + 1
        }
        return matches
    }

    /// FHIR HumanName parts: `"name": [{"family": "Harrow", "given": ["Dawn", "Elise"]}]` — every string of "family" and "given".
    private func fhirNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for key in [Array("\"family\"".utf8), Array("\"given\"".utf8)] {
            for offset in document.offsets(of: key) {
                guard document.zone(at: offset) == .text else { continue }
                var index = offset + key.count
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: ":") { index += 1 }
                let isList = index < bytes.count && bytes[index] == UInt8(ascii: "[")
                let listEnd = isList ? (bytes[index...].prefix(200).firstIndex(of: UInt8(ascii: "]")) ?? index) : index + 200
                // Each quoted string: one for "family", all in the list for "given".
                while index < min(listEnd, bytes.count), let open = bytes[index..<min(listEnd, bytes.count)].firstIndex(of: UInt8(ascii: "\"")),
                      let close = bytes[(open + 1)..<min(open + 80, bytes.count)].firstIndex(of: UInt8(ascii: "\"")) {
                    if close > open + 1, bytes[(open + 1)..<close].allSatisfy({ $0.isLetterLike || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) {
                        matches.append(Match((open + 1)..<close, "name"))
                    }
                    index = close + 1
                    if !isList { break }
                }
            }
        }
        return matches
    }

    /// A surname and the initial of a given name, as lists and chats write people: "Abdykadyrov S.", "Osmonov Zh.",
    /// "[08:19] Nasrin A.:" — a capitalised word that is not an ordinary word, an eponym or a place, then one capital (or a
    /// transliterated "Zh", "Sh", "Ch") and a full stop, with no capitalised word after it.
    private func surnamesWithInitial(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        for position in document.capitalisedWords where position + 1 < tokens.count {
            let word = tokens[position], initial = tokens[position + 1]
            // (The initial's shape first: it rules out almost every pair at once.)
            guard initial.end - initial.start <= 2, initial.end < bytes.count, bytes[initial.end] == UInt8(ascii: "."), bytes[initial.start].isUpper,
                  initial.end - initial.start == 1 || bytes[initial.start + 1] == UInt8(ascii: "h"), initial.start == word.end + 1, bytes[word.end] == UInt8(ascii: " "),
                  initial.end + 1 >= bytes.count || !bytes[initial.end + 1].isLetterLike,
                  !word.isNumber, !initial.isNumber, word.zone == .text, word.end - word.start >= 3, document.isCapitalised(word), !document.isAllCaps(word) else { continue }
            // Not "Hosp No.", "Vitamin D.", "Hepatitis B.", and not the start of a longer name ("Anna K. Smith").
            guard !Lexicon.englishWords.contains(word, in: document), !Lexicon.eponyms.contains(word, in: document), !word.isIn(.stopwords),
                  !word.isIn(.countries), !word.isIn(.titles), !Self.hasInnerCapital(word, in: document) else { continue }
            if let next = document.firstTokenIndex(from: initial.end + 1), tokens[next].start <= initial.end + 2, document.isCapitalised(tokens[next]) { continue }
            matches.append(Match(word.start..<(initial.end + 1), "name"))
        }
        return matches
    }

    /// Words that give someone a name: "chose the name Grace", "the names Ríona and Róisín", "named Hasini", "called Bub".
    static let namingWords = WordList(vocabulary: .namingWords, ["name", "names", "named", "called", "nicknamed", "renamed", "christened", "baptised", "baptized", "call", "calls"])
    /// What people call someone instead of a name ("the children call her Nana", "calls him Boss"): after "call him" no name.
    static let formsOfAddress: WordList = ["sir", "madam", "boss", "doc", "doctor", "mate", "buddy", "champ", "chief", "son", "love", "dear", "darling",
                                           "honey", "sweetheart", "baby", "babe", "kid", "lad", "lass", "pal", "man", "bro", "sis", "auntie", "aunty",
                                           "uncle", "nana", "nan", "gran", "granny", "grandma", "grandpa", "papa", "mama", "mum", "mom", "dad", "daddy",
                                           "mummy", "mommy", "pop", "pops", "captain", "skipper", "coach", "teacher", "nurse", "names", "that", "this"]

    /// A person's name followed by their initials in brackets, credentials between perhaps: "Faith Obi (FO)", "April Moua, RN (AM)".
    /// (Not an abbreviation's definition, "Glasgow Coma Scale (GCS)": the words must read as a name — one the name lexicons know,
    /// none an eponym or an ordinary word that is not also a name.)
    private func namesBeforeTheirInitials(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        // (The initials are capitals: only words in capitals are walked.)
        for position in document.allCapsWords where position >= 2 && tokens[position].zone == .text {
            let token = tokens[position]
            guard (2...3).contains(token.end - token.start), bytes[token.start - 1] == UInt8(ascii: "("), token.end < bytes.count,
                  bytes[token.end] == UInt8(ascii: ")"), bytes[token.range].allSatisfy(\.isUpper) else { continue }
            var index = position - 1
            // Credentials between: ", RN", ", MD, FRCP".
            while index >= 1, document.isAllCaps(tokens[index]), document.hasPrefix(", ", at: tokens[index - 1].end), tokens[index - 1].end + 2 == tokens[index].start { index -= 1 }
            guard tokens[index].end + 2 == token.start || index < position - 1 else { continue }
            var words: [Token] = []
            for letter in bytes[token.range].reversed() {
                guard index >= 0, bytes[tokens[index].start] == letter, !tokens[index].isNumber, !document.isAllCaps(tokens[index]),
                      words.isEmpty || tokens[index].end + 1 == words.last!.start && bytes[tokens[index].end] == UInt8(ascii: " ") else { words = []; break }
                words.append(tokens[index])
                index -= 1
            }
            guard words.count == token.end - token.start,
                  words.contains(where: { Lexicon.firstNames.contains($0, in: document) || Lexicon.firstNamesWithWords.contains($0, in: document) }),
                  words.allSatisfy({ !Lexicon.eponyms.contains($0, in: document)
                      && !$0.isIn(.facilityWords) && !$0.isIn(.genericWords)
                      && (!Lexicon.englishWords.contains($0, in: document) && !$0.isIn(.stopwords)
                          || Lexicon.firstNames.contains($0, in: document) || Lexicon.firstNamesWithWords.contains($0, in: document)
                          || Lexicon.surnames.contains($0, in: document)) }) else { continue }
            matches.append(Match(words.last!.start..<words.first!.end, "name"))
        }
        return matches
    }

    /// A name after words that give it, and a second one after "and": "the parents had chosen the names Ríona (Twin I) and Róisín".
    /// (Not "called the GP", "called 999", "named after", "a condition called Kawasaki disease".)
    private func namesGiven(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        func name(at index: Int, after word: Token, strict: Bool) -> Token? {
            guard index < tokens.count else { return nil }
            let token = tokens[index]
            guard !token.isNumber, token.zone == .text, document.isCapitalised(token), !document.isAllCaps(token), token.start - word.end <= 2,
                  document.onlySpaces(word.end..<token.start, allowing: [UInt8(ascii: "\""), UInt8(ascii: "'")]),
                  !token.isIn(.stopwords), !token.isIn(.titles), !Lexicon.eponyms.contains(token, in: document),
                  !PersonNames.isEponymUse(tokens, at: index, in: document), !token.isIn(.countries) else { return nil }
            // After "called" or "named", a thing may be named too ("a drug called Keppra"): only a name the lexicons know.
            if strict, !Lexicon.firstNames.contains(token, in: document), !Lexicon.firstNamesWithWords.contains(token, in: document),
               !Lexicon.surnames.contains(token, in: document) { return nil }
            // A longer capitalised run is a thing's name ("called Early Warning Score").
            if index + 1 < tokens.count, tokens[index + 1].start == token.end + 1, document.isCapitalised(tokens[index + 1]), !tokens[index + 1].isNumber { return nil }
            // A quoted term ("once called \"Ondine's curse\""): the quote must close right after the name.
            if token.start > word.end + 1, [UInt8(ascii: "\""), UInt8(ascii: "'")].contains(bytes[token.start - 1]),
               token.end >= bytes.count || bytes[token.end] != bytes[token.start - 1] { return nil }
            return token
        }
        guard document.mentions(.namingWords) else { return [] }
        for position in tokens.indices.dropLast() where bytes[tokens[position].start].isLower || bytes[tokens[position].start] == UInt8(ascii: "N") || bytes[tokens[position].start] == UInt8(ascii: "C") {
            let word = tokens[position]
            guard !word.isNumber, word.isIn(.namingWords) else { continue }
            let lower = document.lowercased(word.range)
            // "everyone calls him Bear", "the crew called her Bigga": a name after "call him" or "her", a word or not (not "call him
            // Dad", "calls her Mum").
            if lower.hasPrefix("call"), position + 2 < tokens.count, ["him", "her"].contains(document.lowercased(tokens[position + 1].range)),
               tokens[position + 1].start == word.end + 1 {
                if let called = name(at: position + 2, after: tokens[position + 1], strict: false), !Self.formsOfAddress.contains(called, in: document),
                   !called.isIn(.kinship), !called.isIn(.patientWords) {
                    matches.append(Match(called.range, "name"))
                }
                continue
            }
            if lower == "call" || lower == "calls" { continue }
            // "the name(s) X" needs "the" before it; "named", "called" stand alone.
            if lower == "name" || lower == "names" {
                guard position >= 1, document.lowercased(tokens[position - 1].range) == "the" else { continue }
            }
            guard let first = name(at: position + 1, after: word, strict: lower != "name" && lower != "names") else { continue }
            matches.append(Match(first.range, "given name"))
            // "… and Róisín", after a bracket: the second name given.
            var index = position + 2
            if index < tokens.count, bytes[first.end...].starts(with: " (".utf8), let close = bytes[first.end...].prefix(40).firstIndex(of: UInt8(ascii: ")")) {
                while index < tokens.count, tokens[index].start < close { index += 1 }
            }
            if lower == "names", index + 1 < tokens.count, document.bytes[tokens[index].range].elementsEqual("and".utf8),
               let second = name(at: index + 1, after: tokens[index], strict: false) {
                matches.append(Match(second.range, "given name"))
            }
        }
        return matches
    }

    /// "*Naja naja*", "_Daboia russelii_": a capitalised word in italics, then a word in lowercase that closes them.
    static func isGenusInItalics(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard range.lowerBound >= 1, bytes[range.lowerBound - 1] == UInt8(ascii: "*") || bytes[range.lowerBound - 1] == UInt8(ascii: "_"),
              range.upperBound + 2 < bytes.count, bytes[range.upperBound] == UInt8(ascii: " "), bytes[range.upperBound + 1].isLower else { return false }
        var end = range.upperBound + 1
        while end < bytes.count, bytes[end].isLower { end += 1 }
        return end < bytes.count && bytes[end] == bytes[range.lowerBound - 1]
    }

    /// Doctors' and nurses' grades a chat's speaker writes after a given name: "15/03/2024, 02:11 - Tom F1: anyone free?".
    static let chatGrades: Set<String> = ["f1", "f2", "fy1", "fy2", "sho", "spr", "reg", "st1", "st2", "st3", "st4", "st5", "st6", "ct1", "ct2", "ct3",
                                          "pgy1", "pgy2", "pgy3", "pgy-1", "pgy-2", "pgy-3", "r1", "r2", "r3", "pg1", "pg2", "pg3", "ho", "mo", "rmo",
                                          "jmo", "hmo", "cons", "rn", "hca", "sn", "cn", "np"]

    /// Whether a grade from `chatGrades` and a colon follow an offset: " F1:", " SpR:".
    static func chatGradeFollows(_ offset: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        guard offset + 3 < bytes.count, bytes[offset] == UInt8(ascii: " "),
              let colon = bytes[(offset + 1)..<min(bytes.count, offset + 8)].firstIndex(of: UInt8(ascii: ":")) else { return false }
        return chatGrades.contains(String(decoding: bytes[(offset + 1)..<colon].map(\.lowercased), as: UTF8.self))
    }

    /// Words of address and roles a chat's speaker adds to a name: "anita mam OBG", "kamla didi".
    static let chatRoleWords: WordList = ["mam", "maam", "madam", "sir", "didi", "bhai", "ji", "bhaiya", "sister", "dr", "doc", "nurse", "rn", "sr"]

    /// The speakers of a timestamped chat written as handles or in lowercase: "[18:24] dr.faith.oyelowo: start 6 vials",
    /// "03:03 grace.tallchief (EM R3): …", "03:07 pete k (RN): 2x 14g in" — a handle of words joined by dots or underscores, one of
    /// them a given name or surname the lexicons know, or a given name and an initial in lowercase.
    private func chatHandles(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (index, lineStart) in document.source.lineStarts.enumerated() where document.zones[index] == .text {
            guard let start = document.chatSpeakerStart(onLineAt: lineStart, bareTime: true), start < bytes.count else { continue }
            // "[02:14] Fitz: ignore the CGM", "[02:09] Fitz (endo fellow): thanks", "[10:02] Heather: …": one capitalised word that
            // speaks is a person, unless it is a role, a department, a relative or a word ("[22:14] ED attending:", "[09:00] Mum:").
            // (After a bare time, a known given name only: "- 21:00 Antivenom: one vial" is a topic.)
            if bytes[start].isUpper {
                let bracketed = start >= 2 && bytes[start - 2] == UInt8(ascii: "]")
                if let token = document.token(startingAt: start),
                   bracketed || Lexicon.firstNames.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document), !token.isNumber, document.isCapitalised(token), !document.isAllCaps(token), token.end - token.start >= 3,
                   token.end < bytes.count, bytes[token.end] == UInt8(ascii: ":") || document.hasPrefix(" (", at: token.end) || Self.chatGradeFollows(token.end, in: document),
                   !token.isIn(.titles), !token.isIn(.kinship), !token.isIn(.stopwords), !token.isIn(.patientWords), !Self.chatRoleWords.contains(token, in: document),
                   !Lexicon.abbreviations.contains(token, in: document), !LocationRule.isSpecialty(token, in: document),
                   !Lexicon.englishWords.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document) {
                    matches.append(Match(token.range, "name"))
                }
                continue
            }
            guard bytes[start].isLower else { continue }
            var end = start
            while end < bytes.count, end - start < 40, bytes[end].isLower || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "_") { end += 1 }
            // "pete k (RN):": a given name, a space and an initial.
            if end < bytes.count, bytes[end] == UInt8(ascii: " "), !bytes[start..<end].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }),
               end + 2 < bytes.count, bytes[end + 1].isLower, bytes[end + 2] == UInt8(ascii: ":") || document.hasPrefix(" (", at: end + 2),
               Lexicon.firstNames.contains(bytes[start..<end]) {
                matches.append(Match(start..<(end + 2), "name"))
                continue
            }
            // "rohit PG2: …", "anita mam OBG: …": a word that is no English word, then the speaker's grade or role before the colon.
            if end < bytes.count, bytes[end] == UInt8(ascii: " "), end - start >= 3, !bytes[start..<end].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") }),
               let colon = bytes[end..<min(bytes.count, end + 16)].firstIndex(of: UInt8(ascii: ":")),
               bytes[(end + 1)..<colon].split(separator: UInt8(ascii: " ")).allSatisfy({ word in
                   word.allSatisfy { $0.isUpper || $0.isDigit } && word.contains(where: \.isUpper) || Self.chatRoleWords.contains(word)
               }),
               !Lexicon.englishWords.contains(bytes[start..<end]), !Lexicon.abbreviations.contains(bytes[start..<end]),
               !PersonNames.stopwords.contains(bytes[start..<end]), !Self.chatRoleWords.contains(bytes[start..<end]) {
                matches.append(Match(start..<end, "name"))
                continue
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: ":") || document.hasPrefix(" (", at: end) else { continue }
            let parts = bytes[start..<end].split(whereSeparator: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") })
            // (A given name that is also a word counts beside a word that is not one, or an initial: "grace.tallchief", "mark.b.anesthesia".)
            let named = parts.contains(where: { $0.count >= 3 && (Lexicon.firstNames.contains($0) || Lexicon.surnames.contains($0)) && !Lexicon.englishWords.contains($0) })
                || parts.contains(where: { Lexicon.firstNamesWithWords.contains($0) })
                    && parts.contains(where: { $0.count == 1 || $0.count >= 4 && !Lexicon.englishWords.contains($0) && !Lexicon.abbreviations.contains($0) })
            guard parts.count >= 2, bytes[end - 1].isLower, named else { continue }
            matches.append(Match(start..<end, "name"))
        }
        return matches
    }

    /// A name that gives the father's or husband's, in any case: "RAKESH s/o MAHESH CHAND", "muhammad bilal s/o ghulam rasool",
    /// "Shri P. MURUGAN s/o Perumal" — the words after "s/o", "d/o", "w/o" (up to three) must all be no English word ("w/o rash" and
    /// "s/o pneumonia" are "without" and "suggestive of"), and the words before it on the same line, within 48 bytes, are the person's.
    /// Without a word before, a word after must be a known name ("wheeze s/o bronchiolitis" is no parentage).
    private func parentageNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        func isWord(_ token: Token) -> Bool {
            !token.isNumber && token.zone == .text && token.end - token.start >= 2 && !Lexicon.englishWords.contains(token, in: document)
                && !Lexicon.abbreviations.contains(token, in: document) && !token.isIn(.stopwords)
                && !token.isIn(.titles)
        }
        for slash in document.offsets(of: [UInt8(ascii: "/")]) where slash >= 2 && slash + 3 < bytes.count {
            let kin = bytes[slash - 1] | 0x20, o = bytes[slash + 1] | 0x20
            guard bytes[slash - 2] == UInt8(ascii: " "), bytes[slash + 2] == UInt8(ascii: " "),
                  (kin == UInt8(ascii: "s") || kin == UInt8(ascii: "d") || kin == UInt8(ascii: "w")) && o == UInt8(ascii: "o"),
                  var after = document.firstTokenIndex(from: slash + 3), tokens[after].start == slash + 3, isWord(tokens[after]) else { continue }
            let first = after
            while after + 1 < tokens.count, after - first < 2, tokens[after + 1].start == tokens[after].end + 1, bytes[tokens[after].end] == UInt8(ascii: " "),
                  isWord(tokens[after + 1]) { after += 1 }
            var start = tokens[first].start
            var named = false
            if var before = document.lastTokenIndex(endingBy: slash - 2), tokens[before].end == slash - 2, isWord(tokens[before]) {
                start = tokens[before].start
                named = true
                // ("P. MURUGAN": an initial and its full stop, on the same written line.)
                while before >= 1, start - tokens[before - 1].end <= 2,
                      document.source.utf8[tokens[before - 1].end..<start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }),
                      tokens[before - 1].end - tokens[before - 1].start == 1 && bytes[tokens[before - 1].start].isUpper || isWord(tokens[before - 1]),
                      slash - tokens[before - 1].start < 48 {
                    before -= 1
                    start = tokens[before].start
                }
            }
            // ("wheeze s/o bronchiolitis": with no name before it, a word after "s/o" must be a name the lexicons know.)
            guard named || tokens[first...after].contains(where: { Lexicon.firstNames.contains($0, in: document) || Lexicon.surnames.contains($0, in: document) }),
                  !tokens[first...after].contains(where: { Lexicon.eponyms.contains($0, in: document) }) else { continue }
            matches.append(Match(start..<tokens[after].end, "name"))
        }
        return matches
    }

    /// The names a legend gives to initials: "JD = Jodi Desrosiers; AKW = Autumn Kerr-Whitstone; SO = Sunny Obiora" — capitalised words
    /// after "=" whose first letters (and those after a hyphen) spell the initials before it, whatever the words are.
    private func initialsLegend(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        for equals in ScanDocument.offsets(of: Array(" = ".utf8), in: bytes) {
            guard let before = document.lastTokenIndex(endingBy: equals), tokens[before].end == equals, tokens[before].zone == .text,
                  (2...4).contains(tokens[before].end - tokens[before].start), bytes[tokens[before].range].allSatisfy(\.isUpper),
                  var index = document.tokenIndex(startingAt: equals + 3) else { continue }
            var letters = bytes[tokens[before].range][...]
            let first = index
            while index < tokens.count, !letters.isEmpty, !tokens[index].isNumber, document.isCapitalised(tokens[index]),
                  index == first || tokens[index].start == tokens[index - 1].end + 1 {
                // A word and its parts after hyphens: "Kerr-Whitstone" gives K and W.
                for (offset, byte) in bytes[tokens[index].range].enumerated() where offset == 0 || bytes[tokens[index].start + offset - 1] == UInt8(ascii: "-") {
                    if byte == letters.first { letters = letters.dropFirst() }
                }
                index += 1
            }
            // (A glossary spells terms the same way: "BP = Blood Pressure" — a name has a word that is no English word.)
            guard letters.isEmpty, index - first >= 2 || tokens[first].end - tokens[first].start >= 3 && bytes[tokens[first].range].contains(UInt8(ascii: "-")),
                  tokens[first..<index].contains(where: { !Lexicon.englishWords.contains($0, in: document) && !Lexicon.abbreviations.contains($0, in: document) }) else { continue }
            matches.append(Match(tokens[first].start..<tokens[index - 1].end, "name"))
        }
        return matches
    }

    /// Words before a login name in an audit log, a form or a page's history: "opened by tjohnson", "user mgarzon", "Created by:
    /// mandrew", "Original author: jpatterson", "Editor: rrestevez", "bearbeitet von mreinholz", "Modifié par cmarchetti", "Editado por
    /// mvillasenor", "edytował: b.kowalczyk", "Révisions : mgagnon".
    static let userNameLabels = WordList(vocabulary: .userNameLabels, ["by", "user", "username", "login", "userid", "uid", "account", "author", "editor",
                                                                       "von", "par", "por", "edytował", "edytowała", "révisions", "revisions", "todo"])
    /// Words before a page's revision number, after which its editor is named: "rev 38 — jpatterson —", "rev 9 cvillamor".
    static let revisionWords: Set<String> = ["rev", "revision", "version", "rewizja", "révision", "versión", "versão", "versione"]

    /// Whether a token is one of `revisionWords` (its first byte tested before any string is made: every one starts with "r" or "v").
    static func isRevisionWord(_ token: Token, in document: ScanDocument) -> Bool {
        let first = document.bytes[token.start] | 0x20
        return (first == UInt8(ascii: "r") || first == UInt8(ascii: "v")) && revisionWords.contains(document.lowercased(token.range))
    }

    /// Login names made of an initial and a surname, or a surname and an initial: "tjohnson", "mgarzon", "vasquezholm.i", "b.kowalczyk",
    /// "JLeung", "MOkonkwo" — after a word that introduces a user, a page revision's number ("rev 38 — jpatterson") or at the start of an
    /// HTML comment ("<!-- rkavanagh: please ask …"), when the rest of the login is a name the lexicons know.
    private func userNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches = Self.usersInAccessLogs(in: document)
        // (Most files have none of the three contexts: a label, a revision's number, a comment.)
        guard document.mentions(.userNameLabels) || !document.htmlComments.isEmpty
                || document.numbers.contains(where: { $0 >= 1 && Self.isRevisionWord(tokens[$0 - 1], in: document) }) else { return matches }
        for position in tokens.indices.dropFirst() {
            let token = tokens[position]
            // ("Published by <span title=\"…\">sbrennan</span>": the label before an HTML tag.)
            var label = tokens[position - 1]
            var tagged = false
            if bytes[token.start - 1] == UInt8(ascii: ">"), let open = bytes[max(0, token.start - 80)..<token.start].lastIndex(of: UInt8(ascii: "<")),
               let before = document.lastTokenIndex(endingBy: open), document.onlySpaces(tokens[before].end..<open, allowing: [UInt8(ascii: ":")]) {
                label = tokens[before]
                tagged = true
            }
            guard !token.isNumber, token.zone == .text, token.start - label.end <= 12 || tagged else { continue }
            // (The context first, a bit test or a byte for most tokens: a label, a revision's number, or an HTML comment's opening.)
            let mayBeLabelled = !label.isNumber && label.isIn(.userNameLabels)
            let mayBeRevision = label.isNumber && position >= 2 && Self.isRevisionWord(tokens[position - 2], in: document)
            let mayOpenComment = token.start >= 5 && bytes[token.start - 5] == UInt8(ascii: "<") && document.has("<!-- ", at: token.start - 5)
            guard mayBeLabelled || mayBeRevision || mayOpenComment, bytes[token.range].allSatisfy(\.isASCIILetter) else { continue }
            // A login in lowercase, "b.kowalczyk" (an initial, a full stop, a surname) or in camel case, "JLeung", "MOkonkwo".
            let capitals = bytes[token.range].prefix(while: \.isUpper).count
            let camel = (2...3).contains(capitals) && token.end - token.start >= capitals + 3 && bytes[(token.start + capitals)..<token.end].allSatisfy(\.isLower)
            let dotted = token.end - token.start == 1 && bytes[token.start].isLower && position + 1 < tokens.count && document.has(".", at: token.end)
                && tokens[position + 1].start == token.end + 1 && bytes[tokens[position + 1].range].allSatisfy(\.isLower) && tokens[position + 1].end - tokens[position + 1].start >= 4
            guard bytes[token.start].isLower && token.end - token.start >= 5 || camel || dotted else { continue }
            // (A label of two to ten bytes just before, with only a colon, "=" or spaces between; a revision's number and a dash; a
            // comment's author before a colon or a bracket.)
            let labelled = mayBeLabelled && label.end - label.start <= 10
                && (document.onlySpaces(label.end..<token.start, allowing: [UInt8(ascii: ":"), UInt8(ascii: "=")]) || tagged)
            // (Not after a colon, where the change is described: "Rewizja 2: tabela".)
            let revision = mayBeRevision && document.onlySpaces(label.end..<token.start, allowing: [UInt8(ascii: "-"), 0xE2, 0x80, 0x93, 0x94])
            let commentOpening = mayOpenComment
                && (document.has(":", at: dotted ? tokens[position + 1].end : token.end) || document.has(" (", at: dotted ? tokens[position + 1].end : token.end))
            guard labelled || revision || commentOpening else { continue }
            if dotted {
                let surname = tokens[position + 1]
                guard Lexicon.surnames.contains(surname, in: document) || PersonNames.isKnownSurname(surname, in: document) else { continue }
                matches.append(Match(token.start..<surname.end, "login name"))
                continue
            }
            // Not a word ("by hand", "user interface") nor a given name the lowercase rules read ("by krista").
            if Lexicon.englishWords.contains(token, in: document) { continue }
            let rest = bytes[(token.start + (camel ? capitals - 1 : 1))..<token.end]
            var end = token.end
            // "vasquezholm.i": a surname, a full stop and an initial.
            let dottedInitial = !camel && end + 2 <= bytes.count && bytes[end] == UInt8(ascii: ".") && bytes[end + 1].isLower && (end + 2 == bytes.count || !bytes[end + 2].isASCIILetter)
            if dottedInitial { end += 2 }
            // ("user=rmayfield" in a log: an initial and a surname that is no word, after a key and "=".)
            let known = Lexicon.surnames.contains(rest) || !camel && Lexicon.firstNames.contains(rest) && rest.count >= 5
                || labelled && rest.count >= 6 && bytes[label.end] == UInt8(ascii: "=") && !Lexicon.englishWords.contains(rest) && !Lexicon.englishWords.contains(bytes[token.range])
                || dottedInitial && (Lexicon.surnames.contains(bytes[token.range]) || PersonNames.isKnownSurname(token, in: document))
            guard known else { continue }
            matches.append(Match(token.start..<end, "login name"))
        }
        return matches
    }

    /// Logins in an access log, "by" a user "from" an address: "viewed 2025-04-14T15:07 by mhenare from 10.60.8.121", "| uploaded by |
    /// keane.orla from 10.33.118.9 |" — a word in lowercase (five letters or more, or two joined by a full stop) that is no English word.
    static func usersInAccessLogs(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes, tokens = document.tokens
        var matches: [Match] = []
        // (Read back from each number after "from": a file has few numbers, and most have no "from" before them.)
        for number in document.numbers where number >= 3 {
            let from = tokens[number - 1]
            guard from.end + 1 == tokens[number].start, bytes[from.end] == UInt8(ascii: " "), bytes[from.range].elementsEqual("from".utf8) else { continue }
            // The login: one word in lowercase, or two joined by a full stop ("keane.orla").
            let last = tokens[number - 2]
            guard last.end + 1 == from.start, bytes[last.end] == UInt8(ascii: " "), !last.isNumber, bytes[last.range].allSatisfy(\.isLower) else { continue }
            var first = number - 2
            if first >= 2, last.start >= 1, bytes[last.start - 1] == UInt8(ascii: "."), tokens[first - 1].end + 1 == last.start,
               !tokens[first - 1].isNumber, bytes[tokens[first - 1].range].allSatisfy(\.isLower) { first -= 1 }
            let user = tokens[first], by = tokens[first - 1]
            guard by.end - by.start == 2, bytes[by.range].elementsEqual("by".utf8), document.onlySpaces(by.end..<user.start, allowing: [UInt8(ascii: "|")]),
                  user.start - by.end <= 12, last.end - user.start >= 5, first < number - 2 || !Lexicon.englishWords.contains(user, in: document) else { continue }
            matches.append(Match(user.start..<last.end, "login name"))
        }
        return matches
    }

    /// DICOM person names: "GALLAGHER^BRIDGET^M".
    private func dicomNames(in document: ScanDocument) -> [Match] {
        var matches: [Match] = []
        var index = 0
        let bytes = document.bytes
        for caret in document.offsets(of: [UInt8(ascii: "^")]) where caret >= index {
            var start = caret
            while start > 0, bytes[start - 1].isLetterLike || bytes[start - 1] == UInt8(ascii: "^") || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
            var end = caret
            while end < bytes.count, bytes[end].isLetterLike || bytes[end] == UInt8(ascii: "^") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            // (Not a message type, "ORU^R01", nor a coded element's text and coding system, "…Serum or Plasma^LN", "Sepsis^I10".)
            let lastPart = bytes[start..<end].split(separator: UInt8(ascii: "^")).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
            if caret - start >= 2, end - caret >= 2, document.zone(at: start) == .text, !HeaderDumps.isPlaceholder(bytes[start..<end]),
               !(end < bytes.count && bytes[end].isDigit), !Self.codingSystems.contains(lastPart) {
                matches.append(Match(start..<end, "name"))
            }
            index = max(end, caret + 1)
        }
        return matches
    }

    /// The coding systems HL7 v2 names after a coded element's text: "2160-0^Creatinine^LN", "I50.9^Heart failure^I10".
    static let codingSystems: Set<String> = ["LN", "SCT", "SNM", "SNM3", "SNOMED", "I9", "I9C", "I10", "I10C", "ICD10", "ICD9", "CPT", "CPT4", "HCPCS", "NDC",
                                             "RXNORM", "UCUM", "L", "LOCAL", "HL7", "NCI", "ATC", "MDC", "DCM", "UMLS"]

    static let imagingSuffixes = ["graphy", "gram", "scopy", "itis", "osis", "ectomy", "otomy", "plasty", "pathy", "emia", "aemia", "oma"]
    static let slugTitles: [[UInt8]] = ["mr", "mrs", "ms", "miss", "dr"].map { Array($0.utf8) }

    /// Ranks before the person an eponym honours: "Sir Charles Bell".
    static let eponymRanks: Set<String> = ["sir", "dame", "professor", "prof"]
    /// Words that introduce the patient rather than a profession.
    static let patientIntroducers: Set<String> = ["patient", "pt", "client", "resident", "named", "called", "surnamed", "nicknamed"]
    /// Phrases of a sentence about who described or named something: "described in 1840 by the French surgeon …".
    static let describingPhrases = ["described by", "described in", "first described", "named after", "eponym"]

    /// Whether a name ending in an eponym's word follows a profession (not "Mr", "Dr" or a word for the patient) in a sentence
    /// about who described or named something: "described in 1840 by the French surgeon Jules Maisonneuve".
    static func describesEponym(_ last: Token, after introducer: Token, introducer word: String, in document: ScanDocument) -> Bool {
        guard Lexicon.eponyms.contains(last, in: document), !personalHonorifics.contains(word), !introducer.isIn(.nameFieldLabels),
              !patientIntroducers.contains(word) else { return false }
        let before = document.lowercased(max(0, introducer.start - 60)..<introducer.start)
        let sentence = before.range(of: ". ", options: .backwards).map { String(before[$0.upperBound...]) } ?? before
        return describingPhrases.contains { sentence.contains($0) }
    }

    /// Titles anyone may have, as against ranks and professions ("Sir", "surgeon").
    static let personalHonorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "mme", "mlle", "herr", "herrn", "frau", "señor", "senor", "sra",
                                                  "sr", "dona", "doña", "don", "sig", "signora", "signor", "dhr", "mevr", "mevrouw", "pani", "pan", "smt",
                                                  "shri", "mdm", "master", "madam", "dra", "dott"]

    /// Titles written in lowercase in Dutch, Polish, Italian, Spanish and Portuguese records.
    static let lowercaseTitlesAbroad: Set<String> = ["dr", "dra", "mevr", "dhr", "mevrouw", "meneer", "pani", "sig", "signora", "signor", "dona", "doña",
                                                     "dott", "sra", "lek", "mgr"]
    /// What may stand between a title and the name: a degree ("Dr. med.", "dr n. med.") or a feminine ending ("sig.ra", "dott.ssa").
    static let titleDegrees: Set<String> = ["med", "n", "hab", "dent", "vet", "rer", "nat", "phil", "jur"]
    static let titleEndings: Set<String> = ["ra", "na", "ssa"]

    /// Names in lowercase slugs and file names: "mrs-doyle", "case-of-mr-hartley", "mr_okafor_cxr.png".
    private func slugNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // Look back from each "-" or "_" (rare) for a title before it.
        // (Found with memchr; every title ends in "r" or "s": a table's "|---|" or "tag-29" is passed over at once.)
        for separatorIndex in document.offsets(ofAny: [UInt8(ascii: "-"), UInt8(ascii: "_")])
        where separatorIndex >= 2 && (bytes[separatorIndex - 1] == UInt8(ascii: "r") || bytes[separatorIndex - 1] == UInt8(ascii: "s")) {
            for title in Self.slugTitles where separatorIndex >= title.count {
                let index = separatorIndex - title.count
                guard index == 0 || bytes[index - 1] == UInt8(ascii: "-") || bytes[index - 1] == UInt8(ascii: "_") || bytes[index - 1].isSpace || bytes[index - 1] == UInt8(ascii: "/"),
                      index + title.count + 2 < bytes.count, bytes[index..<separatorIndex].elementsEqual(title) else { continue }
                var stop = index + title.count + 1
                while stop < bytes.count, bytes[stop].isLower { stop += 1 }
                // "mr-enterography", "ms-relapse", "dr-screening": MR imaging, multiple sclerosis, diabetic retinopathy.
                let word = bytes[(index + title.count + 1)..<stop]
                if title.count == 2, Lexicon.englishWords.contains(word) && !Lexicon.surnames.contains(word) || Self.imagingSuffixes.contains(where: { word.count > $0.count && word.reversed().starts(with: $0.utf8.reversed()) }) { continue }
                if stop - (index + title.count + 1) >= 2, document.zone(at: index) == .text { matches.append(Match(index..<stop, "name")) }
            }
        }
        return matches
    }

    /// What introduces a name written in quotes: an online name ("the display name \"moth.girl.wlv\"", "the handle
    /// \"jarrahK_ldn\"") or a nickname ("known to her only as \"Sable\"").
    static let quotedNameIntroducers: [[UInt8]] = ["display name", "username", "user name", "screen name", "handle", "gamertag",
                                                  "profile name", "account", "known as", "only as", "at home as", "to everyone as", "to friends as", "to the family as", "alias",
                                                  "goes by", "calls herself", "calls himself", "prefers", "she prefers", "he prefers", "likes to be called",
                                                  "prefers to be called", "call him", "call her", "calls him", "calls her", "on the block as", "on the street as",
                                                  "on the streets as", "nickname", "nicknamed", "alias:", "aka", "a.k.a.", "a.k.a", "popularly called",
                                                  "affectionately called", "everyone called", "locally as"].map { Array($0.utf8) }

    /// Names in quotes after a word that introduces them, and the speakers of a chat log with times ("**fee 14:02**: …").
    private func quotedNames(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // Only a star, a straight quote or the lead byte of a curly one can start what is looked for: find those first.
        let starts = document.offsets(ofAny: [0x2A, 0x22, 0xE2])
        var next = 0
        var index = 0
        while next < starts.count {
            if starts[next] < index { next += 1; continue }
            index = starts[next]
            next += 1
            let byte = bytes[index]
            // "**fee 14:02**": a word in bold, then a time, then the end of the bold.
            if byte == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*"), let speaker = document.token(startingAt: index + 2),
               !speaker.isNumber, speaker.zone == .text, speaker.end + 8 <= bytes.count, bytes[speaker.end] == UInt8(ascii: " ") {
                var time = speaker.end + 1
                let hourStart = time
                while time < bytes.count, bytes[time].isDigit, time - hourStart < 2 { time += 1 }
                if time > hourStart, time + 5 <= bytes.count, bytes[time] == UInt8(ascii: ":"), bytes[time + 1].isDigit, bytes[time + 2].isDigit,
                   bytes[time + 3] == UInt8(ascii: "*"), bytes[time + 4] == UInt8(ascii: "*"),
                   !speaker.isIn(.patientWords), !speaker.isIn(.titles),
                   !speaker.isIn(.kinship), !speaker.isIn(.stopwords),
                   !["me", "you", "mam", "nan", "gran"].contains(document.lowercased(speaker.range)) {
                    matches.append(Match(speaker.range, "name"))
                }
                index += 2
                continue
            }
            // An opening quote: straight, or a curly one (E2 80 9C).
            let quoteLength = byte == UInt8(ascii: "\"") ? 1 : byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C ? 3 : 0
            guard quoteLength > 0 else { index += 1; continue }
            defer { index += quoteLength }
            var before = index - 1
            while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
            guard before >= 1, Self.quotedNameIntroducers.contains(where: { phrase in
                let start = before + 1 - phrase.count
                return start >= 0 && zip(bytes[start...before], phrase).allSatisfy { $0.lowercased == $1 } && (start == 0 || !bytes[start - 1].isLetterLike)
            }) else { continue }
            let contentStart = index + quoteLength
            var end = contentStart
            while end < bytes.count, end - contentStart <= 40, bytes[end] != UInt8(ascii: "\""), bytes[end] != 0xE2, !bytes[end].isLineBreak { end += 1 }
            guard end < bytes.count, end > contentStart, end - contentStart <= 40,
                  bytes[end] == UInt8(ascii: "\"") || end + 2 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80 && bytes[end + 2] == 0x9D else { continue }
            let content = bytes[contentStart..<end]
            let words = content.split(separator: UInt8(ascii: " "))
            // One word, or two capitalised ones: not a phrase in quotes ("known as \"the bends\"").
            guard content.contains(where: \.isASCIILetter), words.count == 1 || words.count == 2 && words.allSatisfy({ $0.first?.isUpper ?? false }),
                  document.zone(at: contentStart) == .text else { continue }
            // A single ordinary word in lowercase is a term ("known as \"spice\""), not a name.
            if words.count == 1, !content.contains(where: { $0.isUpper || $0.isDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }),
               Lexicon.englishWords.contains(content) { continue }
            matches.append(Match(contentStart..<end, "name"))
        }
        return matches
    }

    /// Whether a cell of a "Relative" column says only how someone is related: "Sister", "Great-aunt", "Cousins", "Maternal uncle".
    static func namesKinOnly(_ cell: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.firstTokenIndex(from: cell.lowerBound) else { return false }
        let words = document.tokens[first...].prefix { $0.start < cell.upperBound }
        return !words.isEmpty && words.allSatisfy { word in
            let parts = document.lowercased(word.range).split(separator: "-").map(String.init)
            return parts.allSatisfy { part in
                ["great", "grand", "maternal", "paternal", "half", "step", "first", "second", "older", "younger", "elder", "twin"].contains(part)
                    || PersonNames.kinship.contains(part) || part.hasSuffix("s") && PersonNames.kinship.contains(String(part.dropLast()))
            }
        }
    }

    /// Makers whose names are surnames too ("Bajaj", "McKinley"), and the models that follow them.
    static let makersWithModels: Set<String> = ["mckinley", "bajaj"]
    static let modelNames: Set<String> = ["boxer", "pulsar", "platina", "discover", "avenger", "chetak"]

    /// Whether a name is a maker that is also a surname, before its model: a code with a digit ("McKinley T34") or a known model
    /// name ("Bajaj Boxer"); the match may hold the model's letter ("McKinley T").
    static func namesMakerBeforeModel(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.tokenIndex(startingAt: range.lowerBound), makersWithModels.contains(document.lowercased(document.tokens[first].range)),
              first + 1 < document.tokens.count else { return false }
        let model = document.tokens[first + 1]
        guard model.start == document.tokens[first].end + 1 else { return false }
        return modelNames.contains(document.lowercased(model.range)) || model.end < document.bytes.count && document.bytes[model.end].isDigit
    }

    /// Whether a cell holds one to three capitalised words, each of which may be a name (`NameIntroductions.mayBeName`), and nothing
    /// else: "Nusrat", "Tasnim Akter" (not "Patient A", "Mother", "Mrs F", "68M").
    static func isNameLikeCell(_ cell: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.firstTokenIndex(from: cell.lowerBound), document.tokens[first].start == cell.lowerBound else { return false }
        let words = document.tokens[first...].prefix { $0.start < cell.upperBound }
        guard (1...3).contains(words.count), words.last!.end == cell.upperBound,
              zip(words, words.dropFirst()).allSatisfy({ $1.start == $0.end + 1 && document.bytes[$0.end] == UInt8(ascii: " ") }) else { return false }
        return words.allSatisfy { NameIntroductions.mayBeName($0, in: document) && !document.isAllCaps($0) }
    }

    /// Whether a cell of a "Name" column names a thing rather than a person: a capitalised word followed by a
    /// common lowercase noun ("Buruli ulcer", "Delhi belly, Montezuma's revenge"), as no person's name is written.
    static func namesATerm(_ cell: Range<Int>, in document: ScanDocument) -> Bool {
        guard let first = document.firstTokenIndex(from: cell.lowerBound) else { return false }
        let tokens = document.tokens
        var position = first
        while position + 1 < tokens.count, tokens[position + 1].end <= cell.upperBound {
            let word = tokens[position], next = tokens[position + 1]
            if !word.isNumber, !next.isNumber, document.isCapitalised(word), next.start == word.end + 1, document.bytes[word.end] == UInt8(ascii: " "),
               document.bytes[next.start].isLower, Lexicon.englishWords.contains(next, in: document),
               !next.isIn(.nameParticles), !next.isIn(.kinship) { return true }
            position += 1
        }
        return false
    }

    func matches(in document: ScanDocument) -> [Match] {
        document.sharedMatches(of: description.id) { findMatches(in: document) }
    }

    private func findMatches(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches = document.headerMatches(.name, "name in an image header") + dicomNames(in: document) + fhirNames(in: document) + userNames(in: document) + surnamesWithInitial(in: document) + namesGiven(in: document) + namesBeforeTheirInitials(in: document) + slugNames(in: document) + capitalsNames(in: document) + namesInContext(in: document) + quotedNames(in: document)
            + lowercaseNames(in: document) + chatHandles(in: document) + parentageNames(in: document) + initialsLegend(in: document)
            // ("Patient name: *held by authors*": ordinary words in lowercase say where the name is, not what it is.)
            + LabelledFields.values(of: .nameField, in: document).filter { !Self.isOrdinaryWords($0, in: document) }.map { Match($0, "name") }
            + (EastAsianScript.namesBeforeHonorifics(in: document) + EastAsianScript.namesAfterLabels(in: document)
                + EastAsianScript.romanisedNames(in: document) + EastAsianScript.namesWithJoinedHonorifics(in: document)
                + EastAsianScript.chatSpeakers(in: document) + CyrillicNames.names(in: document) + OtherScripts.names(in: document)
                + NameIntroductions.beforeAges(in: document) + NameIntroductions.petNames(in: document) + NameIntroductions.namesAfterOccupations(in: document) + NameIntroductions.initialledNamesBeforeRoles(in: document) + NameIntroductions.commentAddressees(in: document) + NameIntroductions.inBanners(in: document)
                + NameIntroductions.otherScriptNames(in: document)).map { Match($0, "name") }
            // "| Patient |" over "| Nusrat |": one to three words that may each be a name, in a column of patients.
            + TableColumns.cells(in: document, headers: TableColumns.patientHeaders).filter { Self.isNameLikeCell($0, in: document) }.map { Match($0, "name") }
            // A name starts with a capital: "child 1, 4 y" and "18 others" in a contacts column are not names.
            + TableColumns.cells(in: document, headers: TableColumns.nameHeaders).filter { (document.bytes[$0.lowerBound].isUpper || document.bytes[$0.lowerBound] >= 0xC3) && !Self.namesATerm($0, in: document)
                && !Self.namesKinOnly($0, in: document) }
                .map { Match($0, "name") }
        var claimedUntil = -1
        var referenceWords: Set<UInt64>?
        var germanLines: [Bool]?
        for (position, token) in tokens.enumerated() where !token.isNumber && token.start >= claimedUntil {
            let mayIntroduce = token.isIn(.introducers)
            let isTitle = mayIntroduce && token.isIn(.titles)
            // ("l'aide médicale à mourir": after an elided French article, a role's word is a noun of the sentence.)
            let introducesPerson = mayIntroduce && (isTitle || token.isIn(.patientWords))
                && !(position >= 1 && tokens[position - 1].end + 1 == token.start && tokens[position - 1].end - tokens[position - 1].start == 1
                     && document.bytes[tokens[position - 1].end] == UInt8(ascii: "'"))
            // Only capitalised words and words that introduce a person can start a name.
            guard introducesPerson || document.isCapitalised(token) else { continue }
            if token.zone == .reference { continue }
            // Names after a kinship word belong to privacy.relative.
            // (Not across a sentence: "… (spouse)\". Mr Strand was discharged".)
            if position >= 1, tokens[position - 1].isIn(.kinship),
               !document.bytes[tokens[position - 1].end..<token.start].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") }) { continue }

            // Context: a title or a word that introduces a person names whatever follows.
            if introducesPerson {
                // (Titles some languages write in lowercase — "dr. Jan-Willem De Clercq", "mevr. G. van der Sluijs", "sig.ra Barbato",
                // "dona Zezé", "pani Haliny" — introduce a capitalised word.)
                if isTitle, !document.isCapitalised(token), !token.isIn(.patientWords),
                   !(position + 1 < tokens.count && tokens[position + 1].start <= token.end + 6
                     && Self.lowercaseTitlesAbroad.contains(document.lowercased(token.range))
                     // ("sig. Take one capsule": the prescription's instruction; only "sig.ra", "sig.na" are titles.)
                     && (!document.bytes[token.range].elementsEqual("sig".utf8) || document.hasPrefix(".ra", at: token.end) || document.hasPrefix(".na", at: token.end))) { continue }
                // "MR Conditional", "MR Safe", "DR screening": capitals followed by an ordinary word are an abbreviation.
                // ("PC Lewis Abara", "DS Ferguson": a police rank before a name that is not an ordinary word.)
                if isTitle, document.isAllCaps(token), token.end - token.start == 2, position + 1 < tokens.count, !document.isAllCaps(tokens[position + 1]),
                   !document.isCapitalised(tokens[position + 1]) || Lexicon.englishWords.contains(tokens[position + 1], in: document)
                    || !["PC", "DC", "DS", "DI", "SN"].contains(document.text(token.range)) { continue }
                var next = position + 1
                // "sig.ra", "dott.ssa": the title's feminine ending; "Dr. med.", "dr n. med.", "Univ.-Prof. Dr.": degrees after it.
                while next + 1 < tokens.count, tokens[next].start - tokens[next - 1].end <= 2, tokens[next].start >= 1 {
                    let word = document.lowercased(tokens[next].range)
                    let degree = Self.titleDegrees.contains(word) && tokens[next].end < document.bytes.count && document.bytes[tokens[next].end] == UInt8(ascii: ".")
                    let ending = Self.titleEndings.contains(word) && document.bytes[tokens[next].start - 1] == UInt8(ascii: ".") && tokens[next].start - tokens[next - 1].end == 1
                    guard degree || ending else { break }
                    next += 1
                }
                if next != position + 1, !document.isCapitalised(tokens[next]) { continue }
                // "psychiatrist, Dott.ssa Francesca Lombardi", "Herrn Dr. med. Tobias Wimmer", "Herr Hofrat Pretterebner": the title
                // that follows introduces the name itself.
                // ("Mr Judge", "Mrs Foreman", "Mr Constable": a surname that is also a title, with no name after it.)
                if next < tokens.count, tokens[next].isIn(.titles), !isTitle || document.isCapitalised(tokens[next]) && next + 1 < tokens.count
                    && !tokens[next + 1].isNumber && tokens[next + 1].start <= tokens[next].end + 2
                    && (document.isCapitalised(tokens[next + 1]) || Self.titleDegrees.contains(document.lowercased(tokens[next + 1].range))) { continue }
                // "Mr." / "patient," / "patient:" — but not across a table cell or a line.
                // ("**DBS nurse:** Faith Obi": bold around the role.)
                let titleEnd = next == position + 1 ? token.end : min(tokens[next - 1].end + 1, tokens[next].start)
                guard next < tokens.count, tokens[next].start - titleEnd <= 3 || tokens[next].start - titleEnd <= 5 && document.bytes[titleEnd] == UInt8(ascii: ":")
                        && document.bytes[titleEnd + 1] == UInt8(ascii: "*"),
                      document.onlySpaces(titleEnd..<tokens[next].start, allowing: isTitle ? [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "_")]
                                                                              : [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "=")]) else { continue }
                // "I'm a nurse. Sudden confusion": a title written in full ends its sentence; only an abbreviation ("Dr.", "Prof.") has a
                // full stop before the name.
                if isTitle, next == position + 1, document.bytes[titleEnd..<tokens[next].start].contains(UInt8(ascii: ".")), token.end - token.start >= 5,
                   Lexicon.englishWords.contains(token, in: document) { continue }
                // "SR: SHOCK.": a word shouted in capitals after a role, not a surname.
                // ("DR FRANK OYELARAN": a name in capitals goes on.)
                if document.isAllCaps(tokens[next]), !tokens[next].isNumber, Lexicon.englishWords.contains(tokens[next], in: document),
                   !Lexicon.surnames.contains(tokens[next], in: document), !Lexicon.firstNames.contains(tokens[next], in: document),
                   !(next + 1 < tokens.count && tokens[next + 1].start == tokens[next].end + 1 && !tokens[next + 1].isNumber && document.isAllCaps(tokens[next + 1])) { continue }
                // A single initial after a title is privacy.initials' ("Mr K", "Mrs AB").
                if document.isAllCaps(tokens[next]), tokens[next].end - tokens[next].start <= 3, !(tokens[next].end < document.bytes.count && document.bytes[tokens[next].end] == UInt8(ascii: ".")) { continue }
                var run = PersonNames.nameRun(tokens, from: next, in: document, afterTitle: isTitle)
                // "scrub nurse rose kingsley", "pt zofia wiśniewska": a lowercase pair is a name when one word is not English.
                if run.isEmpty, next + 1 < tokens.count, !tokens[next].isNumber, !tokens[next + 1].isNumber,
                   // ("named by Weinstein in 1982": a lowercase word, then a capitalised one, is no lowercase pair.)
                   !document.isCapitalised(tokens[next + 1]),
                   tokens[next + 1].start - tokens[next].end == 1, document.bytes[tokens[next].end] == UInt8(ascii: " "),
                   !tokens[next].isIn(.stopwords), !tokens[next + 1].isIn(.stopwords),
                   // "the midwife performed McRoberts": a manoeuvre.
                   !Lexicon.eponyms.contains(tokens[next + 1], in: document),
                   PersonNames.hasAccentedLatin(tokens[next + 1], in: document) || PersonNames.hasAccentedLatin(tokens[next], in: document)
                    || Lexicon.surnames.contains(tokens[next + 1], in: document) || Lexicon.firstNames.contains(tokens[next], in: document) {
                    run = next..<(next + 2)
                }
                guard !run.isEmpty else { continue }
                // "Patient: Hogan, Martin", "pt Smith, J.": a surname, a comma, then a given name or an initial — a form's or a list's order.
                if run.count == 1, let given = Self.givenNameAfterComma(run.lowerBound, in: document) { run = run.lowerBound..<(given + 1) }
                let first = tokens[run.lowerBound], last = tokens[run.upperBound - 1]
                // "reported by neighbour, COHb 29%": a short word with a capital inside is a chemical or an acronym, not a name.
                if first.end - first.start <= 5, document.bytes[first.range].contains(where: \.isLower), Self.hasInnerCapital(first, in: document) { continue }
                // After a bold role ("**Nurse:** Hi there", "**DBS nurse:** Faith Obi"), a speaker's words or a full name.
                if tokens[next].start - titleEnd > 3, run.count < 2 || Lexicon.englishWords.contains(first, in: document) && !Lexicon.firstNames.contains(first, in: document)
                    && !Lexicon.firstNamesWithWords.contains(first, in: document) { continue }
                // "patient Education", "resident Doctor": only names, not other capitalised words.
                if !isTitle, run.count == 1, !Lexicon.firstNames.contains(first, in: document), !Lexicon.surnames.contains(first, in: document),
                   document.isAllCaps(first) || PersonNames.isEponymUse(tokens, at: run.lowerBound, in: document) { continue }
                // "ED Nurse Manager": a job title, not a nurse named Manager.
                if run.count == 1, Self.jobTitleEnds.contains(first, in: document) { continue }
                // "Patient Report Form", "Patient Safety Team": ordinary words after a word for the patient, none of them a name.
                if !isTitle, run.count >= 2, tokens[run].allSatisfy({ Lexicon.englishWords.contains($0, in: document) && !Lexicon.firstNames.contains($0, in: document)
                    && !Lexicon.firstNamesWithWords.contains($0, in: document) && !Lexicon.surnames.contains($0, in: document) }) { continue }
                // "Basic Specialist Trainee": a capitalised role before an ordinary word is a job title.
                if !isTitle, run.count == 1, document.isCapitalised(token), Lexicon.englishWords.contains(first, in: document),
                   !Lexicon.firstNames.contains(first, in: document), !Lexicon.surnames.contains(first, in: document) { continue }
                // "formerly called Wegener granulomatosis"
                if !isTitle, PersonNames.isEponymUse(tokens, at: run.upperBound - 1, in: document) { continue }
                if isTitle, run.count == 1, PersonNames.isCitation(after: first, in: document) { continue }
                // "Sister Mary Joseph nodule": an eponym after its title.
                if run.upperBound < tokens.count, tokens[run.upperBound].start == last.end + 1, PersonNames.eponymNounsAfterName.contains(tokens[run.upperBound], in: document) { continue }
                // "Sir Charles Bell described the syndrome in the 1820s" in a case about Bell's palsy, "described in 1840 by the
                // French surgeon Jules Maisonneuve" in one about a Maisonneuve fracture: the person behind an eponym, after a rank
                // or a profession (not after "Mr" or "Dr", which a patient or a colleague of that name has).
                let introducer = document.lowercased(token.range)
                if run.count >= 2, Self.eponymRanks.contains(introducer) || Self.describesEponym(last, after: token, introducer: introducer, in: document),
                   Self.documentUsesEponym(last, tokens: tokens, in: document, elsewhere: true) || PersonNames.isCitation(after: last, in: document) { continue }
                matches.append(Match(first.start..<last.end, "name"))
                claimedUntil = last.end
                // "security officers Lachlan Furze and Ngozi Eze": a second name joined by "and".
                if run.upperBound + 1 < tokens.count, document.bytes[tokens[run.upperBound].range].elementsEqual("and".utf8),
                   tokens[run.upperBound].start == last.end + 1, tokens[run.upperBound + 1].start == tokens[run.upperBound].end + 1,
                   !tokens[run.upperBound + 1].isIn(.titles) {
                    let second = PersonNames.nameRun(tokens, from: run.upperBound + 1, in: document)
                    if second.count >= 2 || !second.isEmpty && (Lexicon.firstNames.contains(tokens[second.lowerBound], in: document) || !Lexicon.englishWords.contains(tokens[second.lowerBound], in: document)),
                       !second.isEmpty, !tokens[second.lowerBound].isIn(.countries), !Lexicon.eponyms.contains(tokens[second.upperBound - 1], in: document),
                       !PersonNames.isEponymUse(tokens, at: second.upperBound - 1, in: document) {
                        matches.append(Match(tokens[second.lowerBound].start..<tokens[second.upperBound - 1].end, "name"))
                        claimedUntil = tokens[second.upperBound - 1].end
                    }
                }
                continue
            }
            guard document.isCapitalised(token), !document.isAllCaps(token) || token.end - token.start == 1,
                  !PersonNames.isRegistrarAbbreviation(token, in: document) else { continue }
            // "PaO", "IgA", "HbA": a capital inside a word marks a chemical or an acronym (but "McGinn", "O'Neill" are names).
            if Self.hasInnerCapital(token, in: document) { continue }
            if let given = Self.invertedEntry(at: position, in: document) {
                matches.append(Match(token.start..<tokens[given].end, "name"))
                claimedUntil = tokens[given].end
                continue
            }
            // "Marcus Oyelaran-Whyte, 27,": an eponym word that begins a name followed by an age.
            if Lexicon.eponyms.contains(token, in: document), let pair = namePair(at: position, tokens: tokens, document: document), pair.upperBound > token.end {
                matches.append(Match(pair, "name"))
                claimedUntil = pair.upperBound
                continue
            }
            // "Jordan Pickles", "PA Jordan Wu": a country that is a given name too, before a surname.
            if Self.isCountryGivenNameBeforeSurname(position, in: document) {
                let run = PersonNames.nameRun(tokens, from: position + 1, in: document)
                let end = run.isEmpty ? tokens[position + 1].end : tokens[run.upperBound - 1].end
                matches.append(Match(token.start..<end, "name"))
                claimedUntil = end
                continue
            }
            guard !token.isIn(.stopwords), !Lexicon.eponyms.contains(token, in: document), !PersonNames.isDashCompound(token, in: document),
                  !token.isIn(.countries), !token.isIn(.brands),
                  // "the Czech Republic", "Sri Lanka": part of a country or region's name.
                  !(position + 1 < tokens.count && tokens[position + 1].start == token.end + 1 && LocationRule.countries.contains(document.bytes[token.start..<tokens[position + 1].end])),
                  !(position >= 1 && tokens[position - 1].end + 1 == token.start && LocationRule.countries.contains(document.bytes[tokens[position - 1].start..<token.end])) else { continue }
            let isFirst = Lexicon.firstNames.contains(token, in: document)
            // German capitalises every noun: in a German line, a capitalised word alone is no name unless it is a given name ("der
            // akzessorischen Bahn", "Präexzitiertes Vorhofflimmern bei WPW-Syndrom"); "Herr Wimmer" and "Patient: …" are found above.
            // (After a preposition of place it may be a place, which is reported as well: "lebt in der Seniorenresidenz Am Rosengarten".)
            if !isFirst, document.mentions(.germanFunctionWords), !(position >= 1 && Self.placePrepositionsAbroad.contains(document.lowercased(tokens[position - 1].range))) {
                if germanLines == nil { germanLines = Self.germanLines(in: document) }
                if germanLines![document.line(at: token.start) - 1] { continue }
            }
            // "doença de Corino de Andrade", "síndrome de Guillain", "malattia di Kawasaki": a disease named after its describer.
            if Self.followsDiseaseOf(position, tokens: tokens, in: document) { continue }
            let isSurname = Lexicon.surnames.contains(token, in: document)
            guard isFirst || isSurname else {
                // Two name-like words together: "Adaeze Okonkwo", "Tāne Rāwiri".
                if let pair = namePair(at: position, tokens: tokens, document: document) {
                    matches.append(Match(pair, "name"))
                    claimedUntil = pair.upperBound
                }
                continue
            }
            if PersonNames.isEponymUse(tokens, at: position, in: document) || PersonNames.isCitation(after: token, in: document)
                || PersonNames.isListedWithEponym(tokens, at: position, in: document) || PersonNames.isAnatomicalEponym(tokens, at: position, in: document)
                || Self.isAllergenComponent(tokens, at: position, in: document) { continue }
            // "As Roberts and Schilsky note": a surname the references list cites.
            if !isFirst {
                if referenceWords == nil { referenceWords = PersonNames.referenceWords(in: document) }
                if PersonNames.isCitedAuthor(token, in: document, referenceWords: referenceWords!) { continue }
            }
            // "Seat León", "Fiat Argo": a make's model, not a name (but "Mercedes Lopez": a make that is also a given name).
            if position >= 1, tokens[position - 1].isIn(.brands), tokens[position - 1].end + 1 == token.start,
               !Lexicon.firstNames.contains(tokens[position - 1], in: document), !Lexicon.firstNamesWithWords.contains(tokens[position - 1], in: document) { continue }
            // "a Brisbane suburb", "Trinidad", "New Orleans", "his thesis in Stockholm": a city that is also a surname, on its own.
            if PersonNames.placeSurnames.contains(token, in: document),
               position + 1 >= tokens.count || !document.isCapitalised(tokens[position + 1]) || document.isAllCaps(tokens[position + 1]) || tokens[position + 1].start > token.end + 1 { continue }
            if position >= 1, tokens[position - 1].end + 1 == token.start, document.isCapitalised(tokens[position - 1]),
               tokens[position - 1].isIn(.placePrefixes), !tokens[position - 1].isIn(.titles) { continue }
            // "Léauté-Labrèze and colleagues in Bordeaux in 2008": where a research group worked, a city that is a surname too.
            if !isFirst, position >= 2, document.bytes[tokens[position - 1].range].elementsEqual("in".utf8), tokens[position - 1].end + 1 == token.start,
               Self.researchGroupWords.contains(tokens[position - 2], in: document),
               position + 1 >= tokens.count || tokens[position + 1].start > token.end + 1 || !document.isCapitalised(tokens[position + 1]) { continue }
            // "Lagos State", "Ontario Province": a region, not a person.
            if position + 1 < tokens.count, tokens[position + 1].isIn(.regionWords), document.isCapitalised(tokens[position + 1]) { continue }
            // A surname on its own at the start of a sentence is too often an ordinary capitalised word.
            if !isFirst, document.startsSentence(token) {
                let run = PersonNames.nameRun(tokens, from: position, in: document)
                guard run.count >= 2 else { continue }
            }
            var run = PersonNames.nameRun(tokens, from: position, in: document)
            if run.isEmpty { run = position..<(position + 1) }
            var start = tokens[run.lowerBound].start
            // A capitalised word just before a known name is part of it: "Priya Raman", "Nneka Okafor".
            var back = position - 1
            while back >= 0, back >= position - 2, !tokens[back].isNumber, document.isCapitalised(tokens[back]), !document.isAllCaps(tokens[back]),
                  tokens[back].end - tokens[back].start >= 2, document.onlySpaces(tokens[back].end..<tokens[back + 1].start), tokens[back + 1].start - tokens[back].end == 1,
                  !PersonNames.stopwords.contains(document.lowercased(tokens[back].range)), !PersonNames.titles.contains(document.lowercased(tokens[back].range)),
                  !PersonNames.patientWords.contains(document.lowercased(tokens[back].range)), !Lexicon.eponyms.contains(tokens[back], in: document),
                  tokens[back].start >= claimedUntil {
                start = tokens[back].start
                back -= 1
            }
            // Include a preceding initial: "J. Okonkwo", "Jane M. Doe" is handled by the run.
            if position >= 1, tokens[position - 1].end - tokens[position - 1].start == 1, document.isCapitalised(tokens[position - 1]),
               document.bytes[tokens[position - 1].end] == UInt8(ascii: "."), tokens[position - 1].end + 2 >= token.start {
                start = tokens[position - 1].start
            }
            let end = tokens[run.upperBound - 1].end
            if PersonNames.isCitation(after: tokens[run.upperBound - 1], in: document) { continue }
            // "the Brighton Collaboration", "the Mayo Foundation": an organisation named after a place or a person.
            if run.count >= 2, start == tokens[run.lowerBound].start, run.lowerBound >= 1, document.lowercased(tokens[run.lowerBound - 1].range) == "the",
               Lexicon.englishWords.contains(tokens[run.upperBound - 1], in: document), !Lexicon.surnames.contains(tokens[run.upperBound - 1], in: document) { continue }
            // "named after Dorothy Reed" in a text about Reed-Sternberg cells.
            if run.count >= 2, Self.documentUsesEponym(tokens[run.upperBound - 1], tokens: tokens, in: document) { continue }
            // "a score of 8 on Norton" in a text that names "the Norton scale" elsewhere: the eponym, written alone.
            if run.count == 1, start == token.start, Self.documentUsesEponym(token, tokens: tokens, in: document, elsewhere: true) { continue }
            // "Named after the hepatologist Hyman Zimmerman, Hy's law …": the person an eponym honours.
            if Self.followsEponymIntroduction(run.lowerBound, in: document) { continue }
            matches.append(Match(start..<end, "name"))
            claimedUntil = end
        }
        // "East Hastings Street", "Rowan Road": a street named after a person is privacy.location's.
        // ("Jessica Hill was admitted", "Dr Anna Lane", "Patient: Grace Hill": a surname that is a street's word, after a title or a
        // given name and not after a word of place, is the person's.)
        matches.removeAll { match in
            guard let lastIndex = document.lastTokenIndex(endingBy: match.end) else { return false }
            let last = tokens[lastIndex]
            if last.end == match.end, last.start > match.start, last.end - last.start >= 4, last.isIn(.streetSuffixes) {
                return !Self.isSurnameEndingLikeAStreet(match.range, last: lastIndex, in: document)
            }
            guard let next = document.token(startingAt: match.end + 1), next.end - next.start >= 4, document.isCapitalised(next),
                  document.bytes[match.end] == UInt8(ascii: " ") else { return false }
            return next.isIn(.streetSuffixes)
        }
        // "Montgomery v Lanarkshire Health Board [2015]", and "after Montgomery" in the same case: case law, not a person.
        matches.removeAll { PersonNames.namesCaseLawParty($0.range, in: document) }
        // "Consultant Forensic Psychiatrist", "Respiratory Physician": a job title under a signature, not a name. A name joined to
        // the title on the line under it ("Dr Siobhan Mulgrew⏎Consultant Geriatrician") keeps the name.
        matches = matches.compactMap { match in
            // "Consultant Diabetologist": the title's last word alone.
            if let only = document.tokenIndex(startingAt: match.start), tokens[only].end == match.end, Self.isJobTitleWord(tokens[only], in: document) { return nil }
            guard var last = document.lastTokenIndex(endingBy: match.end), tokens[last].end == match.end, tokens[last].start > match.start,
                  Self.jobTitleEnds.contains(tokens[last], in: document) else { return match }
            while last >= 0, tokens[last].start >= match.start, Self.jobTitleEnds.contains(tokens[last], in: document) || Lexicon.englishWords.contains(tokens[last], in: document)
                    && !Lexicon.firstNames.contains(tokens[last], in: document) && !Lexicon.surnames.contains(tokens[last], in: document) {
                last -= 1
            }
            // What is left must hold a known given name or surname ("Siobhan Mulgrew"), not another word of the title ("Reconstructive").
            guard last >= 0, tokens[last].start >= match.start,
                  tokens[...last].reversed().prefix(while: { $0.start >= match.start }).contains(where: {
                      Lexicon.firstNames.contains($0, in: document) || Lexicon.surnames.contains($0, in: document) }) else { return nil }
            return Match(match.start..<tokens[last].end, match.kind)
        }
        // "Columbia Suicide Severity Rating Scale", "the Dublin Regulation": a scale of three words or more or a law, named by its last word,
        // not a person — unless a title comes before it ("Mr John Sign", "Mrs Mary Test" are people).
        matches.removeAll { match in
            guard let first = document.tokenIndex(startingAt: match.start), let last = document.lastTokenIndex(endingBy: match.end),
                  tokens[last].end == match.end, last > first, document.isCapitalised(tokens[last]),
                  first == 0 || !tokens[first - 1].isIn(.titles) else { return false }
            return tokens[last].isIn(.eponymNouns) && last - first >= 2 || Self.lawAndProgrammeWords.contains(tokens[last], in: document)
        }
        // "Patient: <NAME>", "[SURNAME]": a template's placeholder; "| Patient | DNI 78104562 |": the label of a number, in capitals.
        matches.removeAll { Self.isPlaceholder($0.range, in: document)
            || document.bytes[$0.range].allSatisfy(\.isUpper) && IdentityNumberRule.labelWords.contains(document, $0.range) }
        // "the **gray** (Gy), after Louis Harold Gray", "**Dotter** — Charles Dotter": the person a term is named after.
        matches.removeAll { Self.explainsAnEponym($0.range, in: document) }
        // "| Campo | Valor |": a Spanish or Portuguese form's "Field | Value" header; "> Nurse: How long …": a question after a speaker's
        // role ("How" and "Do" are surnames too, so only there).
        matches.removeAll { match in
            let text = document.bytes[match.range]
            if text.elementsEqual("Campo".utf8), document.bytes[match.end...].prefix(14).split(separator: UInt8(ascii: "|")).map({ $0.trimmingWhitespace() })
                .first(where: { !$0.isEmpty }).map({ $0.elementsEqual("Valor".utf8) || $0.elementsEqual("Valores".utf8) }) == true { return true }
            return (text.elementsEqual("How".utf8) || text.elementsEqual("Do".utf8)) && match.start >= 2
                && document.bytes[match.start - 2] == UInt8(ascii: ":") && document.bytes[match.start - 1] == UInt8(ascii: " ")
                && document.token(startingAt: match.end + 1).map { !document.isCapitalised($0) } ?? false
        }
        // "*Rickettsia* honours Howard Taylor Ricketts": the person a genus or a term honours.
        matches.removeAll { match in
            document.lastTokenIndex(endingBy: match.start).map { previous in
                document.onlySpaces(tokens[previous].end..<match.start) && ["honours", "honors", "commemorates"].contains(document.lowercased(tokens[previous].range))
            } ?? false
        }
        // "**Lutheran** (Lu), **Diego** (Di), **Dombrock** (Do) and **Colton** (Co)": blood group systems, named after the patients or
        // families their antibodies were found in — a line that names three of them is a list of systems.
        matches.removeAll { Self.namesBloodGroupSystem($0.range, in: document) }
        // "a McKinley T34 pump", "a Bajaj Boxer motorcycle": a maker that is a surname too, before its model.
        matches.removeAll { Self.namesMakerBeforeModel($0.range, in: document) }
        // "the SPIKES protocol (Buckman)", "a frailty score (Rockwood)": the author of an instrument, a surname alone in brackets after it.
        matches.removeAll { Self.authorsAnInstrument($0.range, in: document) }
        // "Sister Mary Joseph and Virchow point to gastric cancer": an eponym that starts with a title or a kinship word.
        matches.removeAll { PersonNames.isInTitledEponym($0.range, in: document) }
        // "A. Splenic tuberculosis", "B. Melioidosis": the options of a quiz, lettered, not an initial and a surname.
        matches.removeAll { Self.isQuizOption($0.range, in: document) }
        // "Milan IVa", "Milan V/VI": a system's name and a category in Roman numerals.
        matches.removeAll { Self.namesACategory($0.range, in: document) }
        // "vit D. Zoledronic acid": a chemical; "Co. Kerry": a county; "(Lois group 1)": a group of a classification; "the MD Anderson
        // adaptation": a cancer centre.
        matches.removeAll { match in
            document.hasPrefix(" acid", at: match.end) || match.start >= 4 && document.has("Co. ", at: match.start - 4)
                || match.start >= 3 && document.has("MD ", at: match.start - 3) && document.bytes[match.range].elementsEqual("Anderson".utf8)
                || Self.namesAClassificationGroup(match.range, in: document) || Self.followsAPlaceWord(match.range, in: document)
        }
        // "David Bruce isolated *Micrococcus melitensis* … in 1887", "first described by … C. S. Krishnaswami in 1911": history —
        // a year before 1961, and no title or label before the name ("Mr Okafor reported a hysterectomy in 1958" is the patient's).
        // ("Hb Lepore", "Hb Bart's": a haemoglobin variant named after a family or a place.)
        matches.removeAll { match in
            let introduced = document.lastTokenIndex(endingBy: match.start).map { tokens[$0].isIn(.titles) || tokens[$0].isIn(.nameFieldLabels) } ?? false
            // ("isolated in 1954 by John Enders": "by" may introduce the name; the test carries its own verb and year.)
            return PersonNames.isDatedInHistoryBefore(match.range, in: document)
                || !introduced && (PersonNames.isInHistory(after: match.end, in: document, latest: 1960, words: 30)
                || PersonNames.hasHistoricalYear(after: match.end, in: document) && {
                    let before = document.lowercased(max(0, match.start - 60)..<match.start)
                    return PersonNames.authorshipPhrases.contains { before.contains($0) }
                }())
                || document.bytes[match.range].starts(with: "Hb ".utf8)
                // "(*Naja naja*)": a genus in italics before its species.
                || Self.isGenusInItalics(match.range, in: document)
                || match.start >= 3 && document.bytes[(match.start - 3)..<match.start].elementsEqual("Hb ".utf8)
        }
        // "| Scale |" over "| Norton |", "| Braden |": a column of instruments, named after people.
        if !matches.isEmpty, document.contains(byte: UInt8(ascii: "|")) {
            let instruments = TableColumns.cells(in: document, headers: Self.instrumentHeaders)
            // (One word alone in its cell, or one word in a cell that describes in lowercase, "| Corrected sodium (Katz) |": not "| Thabo
            // Mokoena |", a person's name in full.)
            if !instruments.isEmpty { matches.removeAll { match in instruments.contains { cell in
                guard cell.lowerBound <= match.start, match.end <= cell.upperBound else { return false }
                let words = document.bytes[cell].split(separator: UInt8(ascii: " "))
                return words.count == 1 || !document.bytes[match.range].contains(UInt8(ascii: " "))
                    && words.contains { $0.count >= 3 && $0.allSatisfy(\.isLower) }
            } } }
        }
        matches += Self.givenNamesListedAfter(matches, in: document)
        matches += Self.givenNamesListedBefore(matches, in: document)
        matches += Self.nicknamesBeforeFullNames(matches, in: document)
        matches += EastAsianScript.otherScriptForms(of: matches.map(\.range), in: document).filter { form in !matches.contains { $0.range.overlaps(form) } }
            .map { Match($0, "name") }
        // The case's credited authors, named in the body: "Correspondence to Dr Rhodri Vaughan", "**QUIST:** Outcome?".
        let found = matches + PersonNames.otherMentions(of: matches, kind: "name", in: document)
        // (The references are read for cited surnames only when there is something to clear.)
        let cited = found.isEmpty ? [] : PersonNames.citedSurnames(in: document)
        return found.filter { !document.namesCreditedAuthor($0.range) && !PersonNames.namesCitedAuthor($0.range, citedSurnames: cited, in: document)
            && !Self.isShortGrade($0.range, in: document) }
    }

    /// The token after "known as", "goes by" or "known to everyone as" (up to three lowercase words between "to" and "as": "known to
    /// his friends as", "known to the family as"), where the name someone is called by would be; nil when the words are none of these.
    static func calledByNameIndex(after position: Int, in document: ScanDocument) -> Int? {
        let tokens = document.tokens
        if document.hasPrefix("known as ", at: tokens[position].start) || document.hasPrefix("goes by ", at: tokens[position].start) { return position + 2 }
        guard document.hasPrefix("known to ", at: tokens[position].start) else { return nil }
        var index = position + 2
        while index < tokens.count, index <= position + 5, tokens[index - 1].end + 1 == tokens[index].start, !tokens[index].isNumber,
              document.bytes[tokens[index].start].isLower {
            if document.bytes[tokens[index].range].elementsEqual("as".utf8) { return index + 1 < tokens.count && index > position + 2 ? index + 1 : nil }
            index += 1
        }
        return nil
    }

    /// The name someone goes by, before their full name in brackets: "Gaz (Gareth Mason, 23, plasterer)", "Tama (Rocco Faleolo), 46" — a
    /// given name the lexicons know or no English word, before a full name found that starts with a given name (not "Cardiology (Anna Lee)").
    static func nicknamesBeforeFullNames(_ matches: [Match], in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Match] = []
        for match in matches where match.start >= 3 && document.has(" (", at: match.start - 2) {
            guard let first = document.tokenIndex(startingAt: match.start), first >= 1, first + 1 < tokens.count, tokens[first + 1].start < match.end,
                  Lexicon.firstNames.contains(tokens[first], in: document) else { continue }
            let nickname = tokens[first - 1]
            guard nickname.end + 2 == match.start, PersonNames.isNameWord(nickname, in: document), nickname.zone == .text,
                  Lexicon.firstNames.contains(nickname, in: document) || Lexicon.firstNamesWithWords.contains(nickname, in: document)
                    || !Lexicon.englishWords.contains(nickname, in: document) && !Lexicon.abbreviations.contains(nickname, in: document),
                  !nickname.isIn(.patientWords), !nickname.isIn(.kinship), !Lexicon.eponyms.contains(nickname, in: document),
                  nickname.start == 0 || !bytes[nickname.start - 1].isLetterLike,
                  !matches.contains(where: { $0.range.overlaps(nickname.range) }) else { continue }
            found.append(Match(nickname.range, "name"))
        }
        return found
    }

    /// Whether a country that is a given name too comes right before a word of a name that is no place's, body's or currency's
    /// word: "Jordan Pickles", "PA Jordan Wu", "PIKE, Jordan Lee" (not "Jordan Valley", "Georgia Tech", "Chad Basin").
    static func isCountryGivenNameBeforeSurname(_ position: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        // (The two bits first, for every capitalised word; each of these names is a country or a region's stopword.)
        guard tokens[position].isIn(.countries) || tokens[position].isIn(.stopwords), PersonNames.countryGivenNames.contains(tokens[position], in: document),
              position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        return next.start == tokens[position].end + 1 && document.bytes[tokens[position].end] == UInt8(ascii: " ")
            && PersonNames.isNameWord(next, in: document, minimumLength: 2) && !next.isIn(.regionWords) && !next.isIn(.streetSuffixes)
            && !Self.wordsAfterACountry.contains(next, in: document) && !Lexicon.abbreviations.contains(next, in: document)
    }

    /// Words for a research group, before "in" and the city it worked in: "colleagues in Bordeaux", "a group in Leiden".
    /// (Research wording only: "the home-care team in Kilbride" is where a patient is seen.)
    static let researchGroupWords: WordList = ["colleagues", "co-workers", "coworkers", "researchers", "investigators"]

    /// Table headers over a column of instruments, classifications and signs, named after their authors: "| Scale |", "| Score |".
    static let instrumentHeaders: WordList = ["scale", "scales", "score", "scores", "tool", "tools", "instrument", "instruments", "classification",
                                              "criteria", "test", "tests", "eponym", "eponyms", "manoeuvre", "maneuver"]

    /// Words that make a place, a body or a thing of a country before them: "Jordan Valley", "Georgia Tech", "Kenya Airways".
    static let wordsAfterACountry: WordList = ["valley", "river", "rift", "basin", "lake", "sea", "strait", "tech", "airways", "air", "pale", "time",
                                               "standard", "bank", "state", "university", "college", "national", "republic", "embassy", "consulate",
                                               "government", "ministry", "shilling", "shillings", "dinar", "dinars", "lari", "franc", "francs",
                                               // "the Kenya Bureau of Standards", "Kenya Red Cross", "Georgia Department of Public Health".
                                               "bureau", "red", "department", "police", "defence", "defense", "revenue", "medical", "health", "institute",
                                               "society", "association", "federation", "railways", "broadcasting", "wildlife", "army", "navy", "armed"]

    /// Whether a name found comes right after a word for a kind of place and "of": "the island of Flores", "the town of Vila Real", "the
    /// province of Limpopo" name a place (privacy.location's to judge), not a person.
    static func followsAPlaceWord(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        guard let of = document.lastTokenIndex(endingBy: range.lowerBound), of >= 2, tokens[of].end + 1 == range.lowerBound,
              document.bytes[tokens[of].range].elementsEqual("of".utf8), tokens[of - 1].end + 1 == tokens[of].start,
              // ("the state of Tomás Ibarra", "the port of Alice Mokoena": not those two, and "the" before the place's word.)
              document.lowercased(tokens[of - 2].range) == "the" else { return false }
        return placeKindWords.contains(document.lowercased(tokens[of - 1].range))
    }

    /// Whether a name found whose last word is a street's word ("Hill", "Lane", "Park") is a person's: that word is a common surname
    /// (`surnamesLikeStreetWords`), and a title or a word that introduces a person comes right before the name ("Dr Anna Lane",
    /// "Patient: Grace Hill"), or its first word is a given name with no number or word of place before it ("Jessica Hill was
    /// admitted"; not "lives at Rowan Hill", "on Grace Park").
    static func isSurnameEndingLikeAStreet(_ range: Range<Int>, last: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        guard Self.surnamesLikeStreetWords.contains(document.lowercased(tokens[last].range)),
              let first = document.tokenIndex(startingAt: range.lowerBound), first < last else { return false }
        let before = first >= 1 && document.onlySpaces(tokens[first - 1].end..<range.lowerBound, allowing: [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: ".")])
            ? tokens[first - 1] : nil
        if let before, !before.isNumber, before.isIn(.introducers) { return true }
        guard Lexicon.firstNames.contains(tokens[first], in: document) || Lexicon.firstNamesWithWords.contains(tokens[first], in: document) else { return false }
        guard let before else { return true }
        if before.isNumber { return false }
        // ("Handed over to Jessica Hill": after "to", "from", "of" or "the", a given name the lexicon knows is a person's.)
        let word = document.lowercased(before.range)
        return !(wordsBeforeStreetNames.contains(word) && !(["to", "from", "of", "the"].contains(word) && Lexicon.firstNames.contains(tokens[first], in: document)))
    }

    /// The given name or initial after a surname and a comma ("Hogan, Martin", "Smith, J."), capitalised and known as a given name,
    /// with nothing but the line's end, a full stop or a space before a capital, a number or a bracket after it; or nil.
    static func givenNameAfterComma(_ surname: Int, in document: ScanDocument) -> Int? {
        let tokens = document.tokens, bytes = document.bytes
        let given = surname + 1
        // (On one line as written: "Respectfully,⏎The" is a letter's close.)
        guard given < tokens.count, !tokens[given].isNumber, tokens[given].start == tokens[surname].end + 2,
              bytes[tokens[surname].end] == UInt8(ascii: ","), bytes[tokens[surname].end + 1] == UInt8(ascii: " "),
              !document.source.utf8[tokens[surname].end + 1].isLineBreak, document.isCapitalised(tokens[given]), !tokens[given].isIn(.stopwords) else { return nil }
        let isInitial = tokens[given].end - tokens[given].start == 1 && tokens[given].end < bytes.count && bytes[tokens[given].end] == UInt8(ascii: ".")
        guard isInitial || !document.isAllCaps(tokens[given]) && (Lexicon.firstNames.contains(tokens[given], in: document)
                || Lexicon.firstNamesWithWords.contains(tokens[given], in: document)) else { return nil }
        // (Then the end of the name: not "Smith, John Street".)
        if given + 1 < tokens.count, tokens[given + 1].start <= tokens[given].end + 2, !tokens[given + 1].isNumber,
           tokens[given + 1].isIn(.streetSuffixes) { return nil }
        return given
    }

    /// "Kennedy, John — MRN on file", "| Porter, Earl |", "Kennedy, John, 54,": a surname, a comma and a given name in full at the start of a
    /// line, a cell or a labelled value — a list's or a form's order, whatever the surname is besides (an eponym, a word). The given name's
    /// token, or nil for two places ("Madurai, India"), a list that goes on ("Parkland, Brooke and beyond") or a sentence's first word
    /// before a comma ("Later, Andrei's card", "So, John said").
    static func invertedEntry(at position: Int, in document: ScanDocument) -> Int? {
        let tokens = document.tokens, bytes = document.bytes
        let token = tokens[position]
        guard startsAnEntry(token.start, in: document), let given = givenNameAfterComma(position, in: document) else { return nil }
        let name = tokens[given]
        guard name.end - name.start >= 3 || Lexicon.firstNames.contains(name, in: document), !document.has(".", at: name.end),
              !token.isIn(.countries), !name.isIn(.countries),
              !Lexicon.eponyms.contains(name, in: document) || Lexicon.firstNamesWithWords.contains(name, in: document),
              !Lexicon.englishWords.contains(token, in: document) || Lexicon.surnameWords.contains(token, in: document), !token.isIn(.stopwords),
              token.end - token.start >= 3 || !shortSentenceWords.contains(document.lowercased(token.range)) else { return nil }
        // (After it only an age may follow a comma: "Kennedy, John, 54,", "…, aged 54".)
        let listGoesOn = [" and ", " or ", " & ", ", "].contains { document.hasPrefix($0, at: name.end) }
            && !document.hasPrefix(", aged ", at: name.end) && !(name.end + 2 < bytes.count && document.hasPrefix(", ", at: name.end) && bytes[name.end + 2].isDigit)
        return listGoesOn ? nil : given
    }

    /// Whether an offset starts a line as written (after its indent or a list's bullet), a table's cell or a value after a colon.
    static func startsAnEntry(_ offset: Int, in document: ScanDocument) -> Bool {
        let written = document.source.utf8
        var index = offset - 1
        while index >= 0, written[index] == UInt8(ascii: " ") || written[index] == UInt8(ascii: "\t") { index -= 1 }
        guard index >= 0 else { return true }
        let byte = written[index]
        if byte.isLineBreak || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ":") { return true }
        // ("- Kennedy, John", "* Porter, Earl": a list's bullet, a space after it, and only spaces before it on its line.)
        return (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")) && index < offset - 1 && document.startsWrittenLine(at: index, skipping: [UInt8(ascii: " ")])
    }

    /// Whether what follows a name's end says it is a person: a bracket ("Rose Harvey (nurse)"), a comma before a possessive, an age or
    /// "a" ("Sally Edwards, her GP"), or what a person does ("was admitted", "presented", "said") — not "Rose Bengal was applied".
    static func personFollows(_ end: Int, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        if end + 2 < bytes.count, bytes[end] == UInt8(ascii: ",") {
            return bytes[end + 1] == UInt8(ascii: " ") && (bytes[end + 2].isDigit || [" her ", " his ", " their ", " aged ", " a "].contains { document.hasPrefix($0, at: end + 1) })
        }
        // ("Heather Terry's daughter": a possessive joined to the name.)
        if end + 2 < bytes.count, bytes[end] == UInt8(ascii: "'") { return Self.personPhrases.contains { $0.hasPrefix("'") && document.hasPrefix($0, at: end) } }
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: " ") else { return false }
        return bytes[end + 1] == UInt8(ascii: "(") || Self.personPhrases.contains { document.hasPrefix($0, at: end + 1) }
    }

    /// What a person does, after a name: "was admitted", "presented", "said", "lives alone", "was her GP"; or whose something is: "Heather
    /// Terry's daughter".
    static let personPhrases = ["was admitted", "was seen", "was referred", "was reviewed", "was transferred", "was brought", "was born", "was discharged",
                                "is a ", "was a ", "presented", "said ", "says ", "told ", "died", "came ", "arrived", "attended", "reported ", "had a ", "has a ",
                                "lives ", "lived ", "was her ", "was his ", "is her ", "is his ", "works ", "worked ", "'s daughter", "'s son", "'s wife",
                                "'s husband", "'s mother", "'s father", "'s partner", "'s family"]

    /// Whether what comes right before a name says a person follows: "Seen by Martin Smith", "Contact: Martin Smith", "Referred to …",
    /// "Handed over to …", "spoke with …".
    static func personPrecedes(_ start: Int, in document: ScanDocument) -> Bool {
        personLeads.contains { start >= $0.utf8.count && document.hasPrefix($0, at: start - $0.utf8.count) }
    }

    /// What comes right before a person's name (`personPrecedes`), in lowercase (capitals match too).
    static let personLeads = ["seen by ", "referred by ", "referred to ", "contact: ", "contact ", "handed over to ", "spoke to ", "spoke with ",
                              "phoned ", "rang ", "reviewed by ", "examined by ", "visited by ", "accompanied by "]

    /// Words of one or two letters that start a sentence before a comma ("So, John said no", "OK, Maria"), unlike the short surnames
    /// of an inverted name ("Ng, Wei", "Li, Ming", "Do, Anh").
    static let shortSentenceWords: Set<String> = ["so", "ok", "oh", "no", "hi", "yes", "ah", "eh", "um", "er", "if", "as", "at", "by", "in", "on", "or",
                                                  "to", "up", "us", "we", "he", "it", "is", "my", "me", "of", "an", "a", "i", "o", "and", "but", "yet", "now"]

    /// Street words that are common surnames too: "Jessica Hill", "Anna Lane", "Ji-woo Park", "Tom Green".
    static let surnamesLikeStreetWords: Set<String> = ["hill", "lane", "park", "green", "grove"]
    /// Words before a street's name that make a name ending in a street's word the street's (`isSurnameEndingLikeAStreet`): "lives at
    /// Rowan Hill", "on Grace Park", "off Mary Lane". (Not `LocationRule.streetPrepositions`, the place rule's own, abroad too.)
    static let wordsBeforeStreetNames: Set<String> = ["at", "on", "in", "off", "along", "near", "from", "of", "to", "via", "into", "onto", "up", "down",
                                                 "past", "behind", "opposite", "beside", "the"]

    /// Kinds of place, in lowercase before "of": "the island of …", "the town of …".
    static let placeKindWords: Set<String> = ["island", "islands", "isle", "town", "towns", "city", "village", "villages", "province", "region",
                                              "county", "district", "municipality", "parish", "valley", "republic", "kingdom", "emirate",
                                              "archipelago", "peninsula", "canton", "prefecture", "oblast"]

    /// A given name joined by "and" before a name found that starts with a given name: "Tomasz and Anna Richter had declined vaccines"
    /// — no English word (one that is also a word, "Grace and Anna", is left alone), and no eponym ("Jakob", of Creutzfeldt-Jakob), title
    /// or country.
    static func givenNamesListedBefore(_ matches: [Match], in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Match] = []
        for match in matches {
            guard let and = document.lastTokenIndex(endingBy: match.start), and >= 1, tokens[and].end + 1 == match.start,
                  bytes[tokens[and].range].elementsEqual("and".utf8) else { continue }
            let name = tokens[and - 1]
            // Two given names side by side: the name found starts with one the lexicons know, and the word before "and" may be one
            // (a known name, or no English word, abbreviation, eponym, title or country: "Tomasz").
            guard name.end + 1 == tokens[and].start, bytes[name.end] == UInt8(ascii: " "), PersonNames.isNameWord(name, in: document),
                  let first = document.tokenIndex(startingAt: match.start), Lexicon.firstNames.contains(tokens[first], in: document),
                  Lexicon.firstNames.contains(name, in: document) || NameIntroductions.mayBeName(name, in: document), !Lexicon.englishWords.contains(name, in: document),
                  !Lexicon.eponyms.contains(name, in: document), name.zone == .text,
                  !matches.contains(where: { $0.range.overlaps(name.range) }) else { continue }
            found.append(Match(name.range, "name"))
        }
        return found
    }

    /// Given names listed after a name found: "Rowena, Sunny, Mai and everyone", "Maricel and Jean-Baptiste" — each a given name
    /// the lexicons know (one that is also a word too, or a hyphenated pair of them), alone (no capitalised word after it); and in a
    /// list of children with their ages, "Kyle (14) and Mason (11)", "Brian (7) and Shiku (4)", any name-like word with its age.
    static func givenNamesListedAfter(_ matches: [Match], kind: String = "name", in document: ScanDocument) -> [Match] {
        let tokens = document.tokens, bytes = document.bytes
        var found: [Match] = []
        func isGivenName(_ token: Token) -> Bool {
            if Lexicon.firstNames.contains(token, in: document) || Lexicon.firstNamesWithWords.contains(token, in: document) { return true }
            let parts = bytes[token.range].split(separator: UInt8(ascii: "-"))
            return parts.count == 2 && parts.allSatisfy { Lexicon.firstNames.contains($0) }
        }
        /// The end of an age in brackets after a name ("Kyle (14)", "Ruby (4 y)"), or nil: one to three digits, then perhaps a unit
        /// (not a year, "Okafor (2019)").
        func bracketedAgeEnd(after end: Int) -> Int? {
            guard document.has(" (", at: end), end + 3 < bytes.count, bytes[end + 2].isDigit,
                  let close = bytes[(end + 2)..<min(bytes.count, end + 14)].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            let digits = bytes[(end + 2)..<close].prefix(while: \.isDigit).count
            guard digits <= 3, bytes[(end + 2 + digits)..<close].allSatisfy({ $0.isLower || $0 == UInt8(ascii: " ") }) else { return nil }
            return close + 1
        }
        for match in matches {
            var previousEnd = match.end
            var aged = false
            if let end = bracketedAgeEnd(after: previousEnd) { previousEnd = end; aged = true }
            // (A name in Chinese characters or Hangul may come before the first token: there is no gap to read before it.)
            guard var index = document.firstTokenIndex(from: previousEnd), index >= 1 else { continue }
            if !aged { previousEnd = tokens[index - 1].end }
            while index + 1 < tokens.count {
                // ", Sunny", ", and Mai", " and Mai".
                let gap = bytes[previousEnd..<tokens[index].start]
                let isAnd = bytes[tokens[index].range].elementsEqual("and".utf8)
                guard gap.elementsEqual(", ".utf8) || gap.elementsEqual(" ".utf8) && isAnd else { break }
                let next = isAnd ? index + 1 : index
                guard next < tokens.count, next == index || tokens[next].start == tokens[index].end + 1 else { break }
                let name = tokens[next]
                // In a list of ages, the next name has its age too, and may be any word a name can be ("Mason", "Grace", "Shiku").
                let nameAge = aged ? bracketedAgeEnd(after: name.end) : nil
                guard !name.isNumber, document.isCapitalised(name), !document.isAllCaps(name),
                      isGivenName(name) || nameAge != nil && NameIntroductions.mayBeName(name, in: document) || nameAge != nil && Lexicon.englishWords.contains(name, in: document)
                        && !name.isIn(.patientWords) && !name.isIn(.kinship) && !name.isIn(.genericWords) && name.end - name.start >= 3,
                      !name.isIn(.stopwords), !Lexicon.eponyms.contains(name, in: document), !name.isIn(.countries),
                      nameAge != nil || next + 1 >= tokens.count || !(tokens[next + 1].start == name.end + 1 && document.isCapitalised(tokens[next + 1]) && !tokens[next + 1].isNumber)
                else { break }
                if !matches.contains(where: { $0.range.overlaps(name.range) }) { found.append(Match(name.range, kind)) }
                previousEnd = nameAge ?? name.end
                guard let following = document.firstTokenIndex(from: previousEnd) else { break }
                index = following
            }
        }
        return found
    }
}
