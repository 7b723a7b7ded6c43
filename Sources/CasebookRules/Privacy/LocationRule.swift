/// `privacy.location`: street addresses, towns and suburbs of residence, and named facilities and wards.
struct LocationRule: TextRule {
    let description = RuleDescription(
        id: "privacy.location",
        summary: "Address, town of residence or named facility",
        rationale: "Where a patient lives or was treated narrows a case to a few people (HIPAA Safe Harbor §164.514(b)(2)(i)(B)); place-named rules and diseases (Ottawa ankle rules, Lyme disease) are not places.",
        defaultSeverity: .error,
        hint: "Say \"a rural town\", \"a district general hospital\" or \"the medical ward\" instead of the name.",
        passing: [
            "Fallsammlung Hautklinik — Melanom Stadium III (Lehrfall); Stadium IIA.",
            "The University of Pennsylvania Smell Identification Test was abnormal. The syndrome was described by Edward Lambert and Lee Eaton at the Mayo Clinic in the 1950s.",
            "Score everyone and address modifiable bleeding risks.\n4. **Offer early rhythm control** to suitable patients. Networks use private address ranges defined in RFC 1918 — 10.0.0.0/8. The **Bernese ankle rules** (from Bern); the **Palliative Performance Scale** (PPS, from Victoria Hospice in Canada); Palliative Performance Scale (Victoria Hospice) 40%. Raised cardiac markers, no Q waves or loss of R-wave progression. Grades of whiplash-associated disorders (WAD 0–IV, 1995). VigiBase, the WHO database maintained in Uppsala.",
            "Did the trials address a clearly focused question? Looking at CareLink tonight. A trial from Cairo; the joint BPS and Royal College of Psychiatrists guidance.",
            "A farmer of Tartu County. She removed the ticks.",
            "A spontaneous report from a Colombian clinic pharmacist; a Kenyan county hospital.",
            "Mayaro fever, an alphavirus named after a county in Trinidad; Carrión disease, named after the medical student Daniel Carrión and the town of La Oroya.",
            "The **King's College criteria**, from King's College Hospital, London; the **Manchester scoring system**, from Manchester, UK; MELD, derived at the Mayo Clinic. UK guidance from the Commission on Human Medicines (2012); as set out by the Society of Forensic Toxicologists. The ADR 2023 edition and the 65th edition of the IATA DGR applied. Programmes weigh the donor's travel and residence history and the season, and screen for HTLV-1/2.",
            "The unit moved to the 4th floor in 2019; on the 3rd floor, the gym. A ward in Sweden is an avdelning.",
            "Guidance from the International Society of Paediatric Oncology; a definition from the European Working Group.",
            "*Converted from Word. Exported from Confluence (space OPHTEACH).*",
            "OBX-8 the abnormal flag from Table 0078; the address (PID-11). ICD-11 codes are taken from the Mortality and Morbidity Statistics.",
            "Care under the Medicare hospice benefit; admitted to a VA Community Living Center.",
            "Hantaviruses (Hantaan, Puumala, Dobrava-Belgrade, Seoul) cause haemorrhagic fever; Ockelbo disease after cases around Ockelbo.",
            "| Day 0 | Surgery, back to ward 16:40 |\n\nTranscript from the Zoom recording, edited for length. Call him back: Cell 0300 555 8142.",
            "The coved type 1 Brugada ST morphology in lead V2.",
            "A week of respite in a hospice in Aotearoa New Zealand.",
            "Checked the tube location. Ondansetron given; the Nexplanon location by palpation; an adductor canal block 2-3 hours before. Her MS Specialist Nurse messaged via the portal. Transferred to M/S overnight, then the M/S Step-down.",
            "Moved from Major Trauma ED to the Acute Medicine AMU, then Paediatric Emergency ED and Old Main ED.",
            "Tourniquets have saved many lives: in the study of Kragh et al. (2009) survival was better. **To:** Cochlear Implant Clinic. Farms along the Danube and the Black Sea coast; a photo from the Gardaí; crush syndrome in the Kimberley.",
            "A 39-year-old woman in São Paulo state had a leak; a 50-year-old man in Limpopo province.",
            "At the Crown Court; the World Medical Association; seen by Speech-Language Pathology.",
            "Letterhead: Klinik für Neurologie · Abteilung II.",
            "A Sri Lankan case: bitten in the central hills of Sri Lanka; meningitis from South-East Asia; evidence from Isbister and colleagues.",
            "The Fire Brigade attended; a nerve blockade on Blockade day.",
            "Retrieved by the Royal Flying Doctor Service; the National Ambulance Service; the Community Mental Health Service; a health service.",
            "She works for the NHS and worked at home; he works with Parkinson disease; employed by a Sydney firm.",
            "Timeline:\n\n| Time | Place | Event |\n|---|---|---|\n| 03:10 | Endoscopy | six bands |\n| 04:00 | Home | well |",
            "RV/LV ratio 1.2; MS Contin 30 mg; SS-A antibodies positive; the RV: LV ratio.",
            "First isolated in the West Nile district, Uganda (1937); a rural district; the health district; Te Whatu Ora district offices.",
            "A letter to Dr Okoro, Attorney General; the Surgeon General, Vivek Murthy, General; then, Medical General.",
            "Older teaching often referred to the Liverpool Care Pathway.",
            "Her uncle interpreted in Nuer. Transfer to a PCI-capable centre; Māori children in New Zealand; the boy in Dickens.",
            "Norovirus was first identified in an outbreak at a school in Norwalk, Ohio, in 1968.",
            "Chagas disease is common in the north of Minas Gerais; the south of France; north of the river.",
            "She bought it at the market; the Parkinson mill; a launch party; the Monday market.",
            "A letter to the Attorney General, then to General Surgery; the Edinburgh Postnatal Depression Scale was 14; admitted at Acute General.",
            "The Ottawa ankle rules and the Glasgow Coma Scale; Lyme disease; Norwalk virus.",
            "She was transferred to the intensive care unit of a tertiary hospital.",
            "Seen in the Emergency Department, then the General Medical Ward.",
            "She presented to the.\nConfirmed by imaging. Cardiac monitoring\n2. Fluids.",
            "She lives alone in Europe; her home is in the UK; she was born in Parkinson disease units; the room was warm.",
            "Site: left forearm. Location: right lower lobe, 3 cm. Address: see the referral letter.",
            "Shocks from T-wave oversensing; a defibrillator outside Zone IV; a slip in Malayalam and English.",
            "St John's wort induces CYP3A4; St. Vitus' dance; the Ottawa rules, from Stiell's group; referred to the Ministry of Manpower.",
            "Nasendoscopy at the hospital shows a mass in the fossa of Rosenmüller; the ED at 14:30; in British Columbia.",
            "St James's University Hospital grade 4; detained under Section 2 of the Mental Health Act 1983; CK 1,840 U/L. Hospital number on file.",
            "The American College of Cardiology and the Irish Hospice Foundation agree. A Facility Manager; the Hospital Board.",
            "Hodgkin lymphoma, Ann Arbor stage IIB; a Chiari malformation; grown on Ashdown agar; a Bakri balloon; the Otago Exercise Programme; a MoCA of 24.",
            "A conference in Toronto; flights to Bangkok; spoke to Grace about Bend.",
            "Complete heart block; AV Block II; a 2 cm tent of skin; at the shelter, 211 people.\n\n| Drug | Patient/wife account |\n|---|---|\n| Bisoprolol | yes |",
            "Guidance from the Royal College of Surgeons; the Royal Navy; a call to the Royal Flying Doctor Service; vestibular rehab and sports rehab.",
            "Chart:\n\n| Heure | Note |\n|---|---|\n| 08:00 | stable |",
            "Text.\n\n## Hospital\n\nAdmitted to the ward.\n> Dear Rheumatology Fast-Track Clinic,\n\nNotified the Public Health Unit by phone. Referred by a Lesotho district hospital. Barmah Forest virus and Murray Valley encephalitis; Rift Valley fever; the Sick Bay; Hodgkin Falls; first seen in the Bitterroot Valley.",
            "我们现在打车去医院。他去医院看病。各省市区县都有。",
            "Pain at Rest and at McBurney's point; seen at ICU, at the IBD MDT, at Nephrology OPD and at Level I; at Christmas and at Iftar; at the World Congress of Cardiology. Health and Safety at Work Regulations. Fractures at T12; the ward at Day 5. At Crown Court.",
            "specialty: Plastic and Reconstructive Surgery\n\nBuruli ulcer is named after the Buruli district; Behçet disease is common along the old Silk Road.",
            "다시 운동을 시작했습니다. 연구 결과, 도시 지역 활동.",
            "# Station 7 — syncope\n\nAn OSCE station for finals.\n\n# Orthogeriatric Journal Club — Thursday\n\nFever unmasks a Brugada pattern. SCN5A variants are found in about 20% of Brugada cases; testing is for the family.",
            "Hb Bart's, after the London teaching hospital; reports from ΕΚΕΑ-linked units; in Cyprus the Orthodox Church asks for a certificate; Mizrahi Jews of Iraqi origin in the Bekaa.",
            "| **Flinders Island spotted fever** (*R. honei*) | south-east Australia |",
            "Discussed at Haem MDT and Neuro MDT; seen in Paeds ED, then the Gynae MDT and Resus ED. She teaches at a Quran school and a Royal college.",
            "Seen in the Hepatology clinic, then the Follow-up clinic and the Colposcopy clinic; Paediatric ED; the Antenatal clinic; Second-look surgery.",
            "Moved to a Small Rural ED; the prehospital service.",
            "MS Contin 30 mg on the ship; the MS Society on board; RV Dysfunction on the boat; a 2:1 block 2 and tent 4; the M/F Ratio; F/V Loop; tissue in block A3; the caption, block C4.",
            "A letter to Dr Lee, Internal Medicine; cc: Dr Shah, Consultant Radiologist; Drs Patel, Okafor and Lee; Dr Okoro, Head of Department; Dr Patel, MD; Dr Shah, Royal College of Physicians; Dr Lee, Pediatric Endocrinology.",
            "The UK's National Institute for Health and Care Excellence; the International Club of Ascites; the **Barcelona Clinic Liver Cancer** (BCLC) staging system; MELD, designed at the Mayo Clinic; FIPS, developed in Freiburg.",
            "The GAHS, derived in Glasgow; typhus first described in Mumbai; the scale of Teasdale and Jennett in Glasgow; a conference in Toronto; the Glasgow Coma Scale in Glasgow Coma Scale terms. A patient's OXA-48, first identified in Istanbul; data from patients of the WHO collaborating centres in Atlanta, London and Tokyo.",
            "- **Chiba** needle — Chiba University in Japan.",
            "The European Academy of Otology and Neurotology; ACOG Practice Bulletin 226; c.1388G>A (p.Arg463His, Kaiping); Hb Constant Spring, after a district of Kingston, Jamaica.",
            "A Cobb angle of 42°; rotated 15° to 30°; a 90° flexion; grade 3/14; at 71 14 days; BP 128/84; temperature 38.5 °C; the N 95 mask; path ///tmp.",
            "He stayed in bed 3 days; a room 2 hours away; back in bed 14:30; consultant called to theatre 2; a 4-bed room 2 doors down.",
            "Keep her in bed 3/7; bed 2 more days; room 4 to 5 days later.",
            "The Ave Maria; Ave, Caesar; the ROAD trial (RD); in Dr Lee (Leeds, 2019).",
            "Referred to the Central General, then to West General; the Surgeon General, the Attorney General; the General Medical Council.",
            "Letters:\n\n> Portugal, 12 March 2024\n\nMonday, 12 March. Parkinson, 1817. Results were sent to the lab; he returned from a family trip to Auckland; a sample was sent to Atlanta for confirmatory testing; she flew back to Manila; the award from the Lister Memorial; a clip applier (Ethicon Surgical); | Anaesthesia | Volatile General |; travelling to the Lake District; switched from povidone-iodine to CHG; due to OSAH.",
            "It progressed to LVH; referred to the CAH clinic; moved to PICU, then to HDU; at NICU; seen at ENT; a CHSLD; back to ENGLISH.",
            "The Surgeon General in Washington; he went to the General in March.",
        ],
        failing: [
            "He lived alone in a house in ⟦Palmetto, Florida⟧; a truck left the road west of ⟦Miles, Queensland⟧.",
            "She moved from ⟦Bath⟧ 3 years ago.",
            "She lives in ⟦Glenwood, 4001⟧; he went home to ⟦Maryvale⟧ (85033, which the postcode rule reports), then to ⟦Kellyville 2155⟧; a trial in Leeds 2019; from ⟦Bendigo⟧ 45 km away.",
            "The ambulatory unit of ⟦Clinique des Calanques⟧; the endoscopy unit of ⟦CHR Val-de-Meuse⟧.",
            "A technician on the ⟦Skerryvore Bravo⟧ platform; the ⟦Nordkapp Sigma⟧ production platform; alongside the ⟦Gullfjell A⟧ platform. Run on the Illumina platform, a Beta platform and the Type A platform.",
            "Record:\n\n    Village      : ⟦Kabiyet⟧\n    Sommaradress: ⟦Sandösund⟧\n    Employer: self-employed\n    Ward: Medical",
            "A 58-year-old in ⟦Busan⟧ sent ECGs; a woman with CKD in ⟦Riyadh⟧. Referred to the ⟦Hôpital Saint-Irénée⟧ in ⟦Lyon⟧.",
            "cc: Dr Rosalind Chee, ⟦Desert Bloom Family Medicine⟧. Removed by T. Okafor, ⟦Mountains Funeral Services⟧; NOK Rashida Begum (wife), ⟦Sylhet⟧.",
            "PCP: Dr Felicia Nwosu, ⟦Pediatric Partners of Middle Georgia⟧; Hausarzt: Dr. T. Nowak, ⟦Praxis am Bismarckplatz⟧; Dr Lakshmi Varadarajan, ⟦Genesis Pediatric Endocrinology⟧.",
            "Service de neurologie, ⟦Hôpital de la Rivière-Magog⟧; a back-pain man in AKM ⟦rum 7⟧.",
            "Record:\nBosted: ⟦Fjellsiden sykehjem⟧\nOsakond: ⟦Kirurgiaosakond⟧",
            "He was dialysed on the Nefrológiai Osztály, ⟦II. emelet⟧.\nThe remains: Hollister Township, ⟦Tamarack County⟧. The investigator came.",
            "Her appendicectomy was done at ⟦Derriford⟧; the cath lab at ⟦UPMC Harrisburg⟧; a line cook at ⟦The Copper Kettle on Ossington⟧; seen at ⟦Kisii Teaching and Referral⟧ on Monday.",
            "The discharge letter went to a terrace house, ⟦Johor Bahru 81100⟧. A cohort from the north, Leeds 2019.",
            "She lived on the ⟦Arigna Wing⟧; the East Wing, the Surgical Wing and the Medical Wing were full.",
            "A student at ⟦Kingsbridge College⟧ of Nursing was seen; she agreed to surgery at ⟦Derriford⟧; Mr Jones at ⟦Salford Royal⟧ too.",
            "Named after her grandmother, she lives in ⟦Mossley⟧.",
            "She was moved to the medium care unit on ⟦afdeling C3⟧; he went to the infectious diseases ward (⟦Enfermaria 4B⟧); the acute geriatric unit (UGA, ⟦5ª planta⟧).",
            "She went to ⟦Neonatalavdelning 32⟧, then to the neonatal unit (Unité néonatale, ⟦3e étage⟧) and to ⟦afdeling Traumatologie 4 Oost⟧.",
            "She came from ⟦Manchester Royal Infirmary⟧ by ambulance; the Manchester score was 3.",
            "Emergency Medicine M&M — ⟦Mercy Harbor⟧ ED. Told to attend ⟦Ashworth Royal⟧ ED; the nurse at ⟦Cedar Butte⟧ ED.",
            "Adresas: ⟦Liepų g. 12-4, LT-44123 Kaunas⟧\n\nLakcím: ⟦2621 Verőce, Fenyves utca 18⟧.",
            "Implanted at the ⟦West of Scotland Paediatric Implant Centre⟧ in 2019.",
            "Re: the late Mrs Holloway, late of ⟦Kilmarnock⟧, who died in hospital.",
            "He dialyses at ⟦Penobscot Shores Dialysis⟧; referred to ⟦Gloucestershire Coroner's Court⟧.",
            "At the ⟦Ospedale dell'Angelo-Terraglio⟧; followed by the ⟦Hôpital cardiologique Rive-Gauche⟧ team.",
            "Header:\n\n    (0008,0080) InstitutionName  LO  [⟦Grand River Regional Health⟧]\n    (0010, 1040) PatientAddress  LO: '⟦12 WILLOWBANK CRES^CAMBRIDGE^ON⟧'",
            "A 30-year-old woman in ⟦Kangasala⟧ was seen.",
            "Record:\n\n    \"city\": \"⟦Kettering⟧\", \"state\": \"OH\"\n    <city>⟦Kirchzarten⟧</city>\n\nRandomised at ⟦CHU Rochefort-sur-Loire⟧; seen at ⟦CESFAM Pueblo Nuevo⟧.",
            "Allocated to ⟦Block C-14⟧, ⟦shelter 211⟧; later at ⟦Houseblock 3⟧, ⟦landing 2⟧, ⟦cell 14⟧; taken to ⟦Hospital Regional de Cusco⟧.\n\n| No. | Quartier / village |\n|---|---|\n| 1 | ⟦Koira-Tegui⟧ |",
            "She was transferred to ⟦Hamilton General⟧ neurosurgery; at ⟦Royal Jubilee⟧ the pair were registered; a letter from ⟦Rolleston Family Doctors⟧.",
            "He is away on the boat for ten days at a time, out of ⟦Kaikohe⟧; her sister drove up from ⟦Bishop's Castle⟧.",
            "Bitten at a building site, ⟦Narangba⟧.\n\n| Role | Base |\n|---|---|\n| cabin crew | ⟦Alcorcón⟧ |",
            "Notes for a 4-year-old boy from ⟦Kangasala⟧ with severe OSA, which is common in Down syndrome.",
            "She lives in student housing on ⟦Hengelosestraat⟧; he crashed on ⟦Silkeborgvej⟧.",
            "Absent from ⟦Halcyon Logistics Ltd⟧ since March; the forklift belongs to ⟦Brandt Logistik GmbH⟧.",
            "Departed for ⟦Coonamble Health Service⟧ (61 km); treated at ⟦King Fahad Medical Complex⟧; bloods at ⟦Kungälvs vårdcentral⟧.",
            "He drives for ⟦Heartland Cold Freight⟧; she was employed by ⟦Honu Reef Divers⟧; he works as a ferry engineer for ⟦Marstrandsfärjan⟧.",
            "Series:\n\n| # | Home | School | Age |\n|---|---|---|---|\n| 1 | ⟦Al Malaz⟧ | ⟦École Saint-Eugène⟧ | 7 |\n\nExposures:\n\n| Site | Date |\n|---|---|\n| ⟦Bramblewood Elementary, Grade 1 classroom⟧ | day 3 |",
            "Feed:\nMSH|^~\\&|RIS|⟦NSMC⟧|EHR|⟦NSMC⟧|20231208T1614||ORU^R01|MSG0048812|P|2.5.1\nPV1|1|I|⟦WARD 6C⟧^⟦BED 14⟧|||||||VAS\nPV1|1|E|ED^BAY12",
            "A farmer from ⟦Mandya district⟧, Karnataka; her parents in ⟦Jeypore, Koraput district⟧, Odisha; P.S. Rampur, ⟦district Barabanki⟧; ⟦Dist. Satara⟧.",
            "Location: block room, ⟦Kōwhai Surgical⟧. A physician at the regional hospital, ⟦Kuskwim Delta Regional⟧, 90 miles away; notes from ⟦Glenfinn General⟧.",
            "He worked for ⟦Midstate Cold Storage LLC⟧ and then ⟦Umgeni Valley Freight (Pty) Ltd⟧.",
            "From the log of the bulk carrier ⟦MV Pacific Tamaraw⟧; serving in ⟦HMS Vindictive⟧; signal FM ⟦HMS VINDICTIVE⟧.",
            "Her other niece, Marthese, in ⟦Melbourne⟧, is kept informed. At the ⟦Estcourt emergency unit⟧: Na 118.",
            "Please contact her daughter in ⟦Toronto⟧, who is helping with costs.",
            "Found 300 m above the car park, north of ⟦Llanwrtyd⟧; the district health office in ⟦Jelebu⟧ was told; he worked at ⟦Doornkop No. 3 Shaft⟧.",
            "The men had drunk at ⟦Kebuko market⟧; he packed fruit at the ⟦Seaview cool stores⟧.",
            "At ⟦Sassoon General, Pune⟧, he was intubated. At ⟦Wellington Regional⟧ ED: HR 104. She delivered at the ⟦Royal Infirmary of Edinburgh⟧ on a Monday. They drank at a funeral in ⟦Nyamache⟧.",
            "She lives at ⟦14 Rowan Street, Ballarat⟧; he lives at ⟦1432 Mahalefele Road, Dube, Soweto⟧ 1804.",
            "He lives in ⟦Bendigo⟧ and was flown to ⟦St. Michael's Hospital⟧.",
            "Transferred from ⟦Riverside Medical Centre⟧ to ⟦Ward 7B⟧.",
            "He stepped down to the open unit (⟦3 East⟧); the receiving unit was CVICU ⟦4 West⟧ and then ⟦4 North 22⟧, not 3 West African countries.\nWard: SAU ⟦bay 2⟧",
            "Post to ⟦PO Box 4471⟧; flat at ⟦Unit 3, 22 Byron Road⟧.",
            "Lives at ⟦Gärtnerstraße 17⟧; moved to ⟦14 rue Francis de Pressensé⟧; treated at ⟦University Hospital Geelong⟧.",
            "Admitted to ⟦Ward D5⟧ and then ⟦Room 12⟧; she lives with her son in ⟦Hellesdon⟧; the team at ⟦Ospedale Maggiore⟧.",
            "Home to her apartment in ⟦Shaker Heights⟧; flown to the trauma centre in ⟦Sioux City⟧.",
            "In a flat at ⟦Calle Feria 45⟧, from ⟦Rural Route 2, Box 18⟧; ⟦P.O. Box 4417⟧; ⟦12 rue des Lilas⟧; ⟦ul. Miodowa 14⟧.",
            "Address: ⟦1406 E 3rd Ave, Suite 5, Vancouver BC V5L 2K9⟧\n| Address | ⟦12 Heol Goffa, Llanelli SA15 3EX⟧ |\nHome: ⟦Pasadena, CA 91104⟧",
            "His address (⟦Apt 1102, 45 Seongsu-ro 7-gil, Seoul 04780⟧) was on the form; 住所 ⟦〒606-8267 京都市左京区北白川西町 8-3⟧. Next.",
            "Re: the patient, CHI 0301302846, ⟦4 Clashmore, Stoer⟧ IV27 4JQ; referred to ⟦Ramula dispensary⟧ and the IBD clinic.",
            "Mrs B on ⟦2 North⟧; admitted to the ⟦4 West⟧ endocrine unit; ⟦Klinikum am Schlossberg⟧; pupils of ⟦Kenepuru Intermediate⟧.",
            "Film from ⟦St Canice's Ward⟧; wounds in ⟦St. Paul's OR 4⟧; wrist film, ⟦Dell Children's ED⟧; she came to the ED at ⟦Harborview⟧.",
            "Contact: sister Tara, ⟦Kamloops⟧, 250-555-0191; a community pharmacy in ⟦Marrickville⟧; her GP in ⟦Ōtara⟧; the ⟦ward 57⟧ team.",
            "CT, ⟦Resus 2, Morriston⟧; VT on arrival at the ⟦Pronto-Socorro do InCor⟧; ⟦Rua Augusta, 1520, apto 42, Consolação⟧.",
            "She fell at ⟦Hollybank House⟧ and went back to ⟦Hollybank⟧.\n  - file: ⟦hollybank⟧-fall-left-femur.png\nSeen at the ⟦University Hospital of Wales⟧ and the ⟦Children's Hospital of Western Ontario⟧; the Hospital of the future.\nStaff: three in the ⟦Waratah wing⟧.\n| Case | Room |\n|---|---|\n| 1 | ⟦Waratah 14⟧ |\n| 2 | ICU |\n\nFound behind ⟦1180 N. Halsted St⟧ (60642). He was felling in ⟦Kinleith Forest⟧; the trailer at ⟦Cadgwith Cove⟧; he works on ⟦Warrigal Downs⟧ station.",
            "At ⟦Central West Base Hospital⟧ his temperature was 30.8 °C; then the ⟦Royal Victoria Infirmary⟧ and ⟦Singapore General Hospital⟧.\nSeen in the ED. The ⟦North West Regional Hospital⟧. He was seen at ⟦Kingsway Hospital⟧. Then home.",
            "She came to the Children's Emergency Unit, ⟦Morriston⟧ at noon; the Intensive Care Unit, Level 2.\nFollow-up at ⟦Dingwall Community Hospital⟧ clinic.",
            "| Referred from | ⟦PHC Pennalurpet⟧, slip dated on file |\n| Sub-centre | ⟦HSC Bhawanipur⟧ |\n\nSeen at the PHC, ASHA present; TT at PHC. Td booster due.",
            "Scene:\n\n| eScene.17 Incident City | ⟦Rawlins⟧ (nearest) |\n\nHome City ........ ⟦Wamsutter⟧\n\nCity: see above",
            "Address:\n\n⟦Yamachiche (QC)⟧ G0X 3L0",
            "Seen at ⟦常熟市第二人民医院⟧; the pharmacy ⟦새봄온누리약국⟧ (Saebom).\n\n| 住所 | ⟦〒167-0035 東京都杉並区今川5丁目18-7⟧ |\n\n⟦臺中市北屯區崇德路三段218號⟧, ⟦苏州市常熟市⟧.",
            "| 11/5 | sister's flat, ⟦고양시 일산동구⟧ | interview |",
            "He works at the ⟦Ketley Bank⟧ depot, met her at the ⟦Coolac⟧ turn-off, then bed 14 on ⟦Sahya⟧ ward; a study in ⟦Barabanki⟧ block. Not the Wenckebach block, a Medtronic factory, the Parkinson show or the March market.",
            "Form:\n\n> العنوان: ⟦شارع الملك فهد ١٢، حي العليا⟧   الهاتف: —\n> पता: ⟦ग्राम चन्दनपुरा, पोस्ट सरैया⟧\n> ที่อยู่: ⟦88 หมู่ 4 ต.ไร่น้อย⟧",
            "Draft:\n\nAmber came through the ⟦Kirkgate⟧ ED on a Sunday.\n\n    caption: \"Pre-op OPG, ⟦Morfa⟧ ED Sun 14/1.\"\n\nImplanted on the ⟦Wensum⟧ cath lab list; reviewed at the ⟦Shannonside⟧ eye clinic. Sione, 14, year 10 at ⟦Ōtara college⟧.",
            "She arrived at the emergency department of the ⟦Hôpital régional des Ormonts⟧ at 07:30.",
            "Transfer: ⟦Kinbrook Community Hospital⟧ → ⟦Mercy Hospital⟧; ⟦Kinbrook Community Hospital⟧ — ⟦Mercy Hospital⟧.",
            "The transfer to ⟦Nordkyst universitetssykehus⟧ took an hour.",
            "Position log:\n\nThe plotter read ⟦55°41.2′N 166°08.7′W⟧; the pick-up was at ⟦17°52′S 125°33′E⟧, the last fix ⟦3°07′24″S 37°21′41″E⟧, the GPS ⟦60°37'N 162°12'W⟧.",
            "Log:\n\nPos ⟦71 14N 019 48E⟧ ETA 30 h. Fix ⟦N 13.3105 E 12.6117⟧; the shire's fix ⟦−14.2831, 132.6604⟧; lat ⟦67°33.1′N⟧ only. Site ⟦///gravel.lantern.fjord⟧.",
            "Record.\n\nResidence: ⟦Lutonyi village⟧, ⟦Kamukuywa location⟧; the tumour location was apical; the Hickman location.",
            "Місце події: ⟦вул. Каштанова, 27⟧ (обвал). Home at ⟦Οδός Κνωσού 45⟧; Δ/νση διαμονής: ⟦Πλατεία Αγ. Νικολάου 3, Πόθια 852 00⟧",
            "Voyage:\n\nThe skipper set course for ⟦Hammerfest⟧; she was tested for Lyme disease and screened for Chagas.",
            "At sea:\n\nThe crew of the ⟦F/V Aleutian Dawn⟧ hauled gear; the cruise ship ⟦MS Nordic Serenade⟧; the diving vessel ⟦DSV Havbris Senior⟧; the trawler ⟦M/Tr Havstjerna⟧.",
            "In camp:\n\nShe lives in ⟦caravan 8-12-044⟧ and was taken from ⟦cabin 8142⟧ to ⟦cell 3/14⟧; home to ⟦block C-14⟧, then ⟦bloc C-14⟧.",
            "Referral:\n\n> Κέντρο ⟦Υγείας Μοιρών⟧ — the letter; ⟦Νοσοκομείο Ηρακλείου⟧ next.",
            "Travel:\n\nIn the spring he flew home to ⟦Gorakhpur⟧ with his brother; then home to ⟦Halls Creek⟧, where his aunt lives.",
            "He came to Canada from ⟦Pécs⟧ in 1957; the plan was made with his cardiologist in ⟦Chicago⟧.",
            "Frau Wegner lebt in der ⟦Seniorenresidenz Am Rosengarten⟧; her son mora em ⟦Capão Redondo⟧.",
            "Her Barthel index (⟦Rosehill Care Home⟧) was 45/100; the refugees were hosted in ⟦Castlebar⟧.",
            "She lives on ⟦rue Saint-Denis⟧ near the park; letters go to ⟦1147, avenue de l'Épée⟧.",
            "Swimming at a beach in the district of ⟦Belém Novo⟧; a Chiba needle biopsy at ⟦Chiba University Hospital⟧.",
            "She was admitted to the paediatric intensive care unit, ⟦Cubículo 6⟧, on CPAP.",
            "> Postal address: ⟦P.O. Box 1145, Mogoditshane⟧ · Physical: ⟦Plot 20913, Block 9, Gaborone⟧",
            "She has a Chiba needle — ⟦Chiba University Hospital⟧, where she lives, placed it; her brother has it too (c.1388G>A, he lives in ⟦Bacolod⟧).",
            "She was moved to ⟦room 214⟧ (ICU 2 ⟦bed 14⟧), then to the adolescent unit (piso 4, ⟦habitación 412⟧) and ⟦Ward 6⟧, ⟦bed 6B-04⟧.\n\n| 15.03 | ⟦cot 3⟧ | TR |",
            "The neighbour, Oumar Sarr of ⟦Pikine⟧, was traced; so was Dr John Smith from ⟦Leeds⟧.",
            "He joined through his manning agency, ⟦Visayan Crew Management Inc⟧.",
            "She was moved from ⟦room 212⟧ to ⟦room 214⟧.",
            "She lived for fifty years on ⟦Culebra Rd⟧; he was crossing ⟦International Blvd⟧ at ⟦23rd Ave⟧; fils Bernard Lefèvre (⟦Rouen⟧), niece Catrìona Beaton (⟦Glasgow⟧).",
            "Vue à l'⟦Hôpital Sainte-Justine⟧, puis dell'⟦Ospedale Civile di Camaiore⟧; conveyed to ⟦West Coast General⟧; | MRN (⟦Mayo West General⟧) |; on arrival to the ⟦Kirkgate General⟧ emergency department.",
            "Letters:\n\n> ⟦Sevilla⟧, 2 de febrero de 2024\n\n> ⟦Malatya⟧, 14.02.2024\n\n> ⟦Québec⟧, le 15 mars 2023\n\nAfter extrication he was flown by STARS to ⟦Saskatoon⟧; she was airlifted to ⟦Nairobi⟧.",
            "CT at ⟦JOOTRH⟧, 20 hours after onset; transferred to ⟦CGTRH⟧; arrives ⟦ANMC⟧; on arrival to ⟦CBH⟧ ED. Mme Python, domiciliée ⟦chemin des Mésanges⟧ 9.",
            "He was brought under escort to the emergency department at ⟦Coast General⟧ in ⟦Mombasa⟧ with six stab wounds.",
        ]
    )

    static let streetSuffixes = WordList(vocabulary: .streetSuffixes, [
        "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "court", "ct", "crescent", "cres",
        "close", "cl", "way", "place", "pl", "boulevard", "blvd", "terrace", "tce", "parade", "pde", "highway", "hwy", "grove",
        "gardens", "square", "sq", "row", "walk", "mews", "hill", "rise", "view", "circuit", "cct", "esplanade", "parkway",
        "pkwy", "trail", "loop", "green", "park", "vale", "wynd", "path", "quay", "wharf", "heights", "point", "line",
    ])
    /// The abbreviated street suffixes, which may take a full stop ("Halsted St.").
    static let abbreviatedSuffixes: Set<String> = ["st", "rd", "ave", "av", "ln", "dr", "ct", "cl", "pl", "blvd", "tce", "pde", "hwy", "sq", "cres", "cct", "pkwy"]
    /// Those that end a street name before a comma or a line end ("Ntlazane St, Mfuleni"); not those that are
    /// clinical abbreviations too ("serum Cl,", "a repeat CT,", "AV,") or rare ("Sq", "Cct", "Pkwy").
    static let suffixesEndingAName = abbreviatedSuffixes.subtracting(["av", "ct", "cl", "sq", "cct", "pkwy"])
    /// Those that are no other word or abbreviation in a case, capitalised, and end a street's name wherever they stand: "on
    /// Culebra Rd in San Antonio", "crossing International Blvd at 23rd Ave" (not "St", "Dr", "Pl" or "Ln": "St Mary's", "Dr Lee").
    static let suffixesAlwaysEndingAName: Set<String> = ["rd", "ave", "blvd", "hwy", "pkwy", "tce", "pde", "cres"]
    static let facilityWords = WordList(vocabulary: .facilityWords, [
        "hospital", "infirmary", "clinic", "hospice", "surgery", "practice", "sanatorium", "polyclinic", "dispensary",
        "prison", "school", "academy", "college", "university", "church", "mosque", "temple", "synagogue", "gurdwara",
        "centre", "center", "home", "village", "lodge", "house", "manor", "hall", "station", "barracks", "camp", "hostel",
        "shelter", "factory", "mine", "farm", "plant", "warehouse", "restaurant", "hotel", "mall", "stadium", "maternity", "institute", "unit", "pavilion", "primary", "elementary", "kindergarten",
        "preschool", "daycare", "pharmacy", "drugs", "chemist", "chemists", "drugstore", "store", "secondary", "dispensary", "intermediate",
        "phc", "chc", "residence", "inn", "tavern", "creamery", "dairy", "depot", "plaza", "therapies",
        "fc", "afc", "club", "facility", "rfc", "rufc", "rlfc",
        // Greek, Ukrainian and Russian: "Κέντρο Υγείας", "Γενικό Νοσοκομείο", "Міська лікарня", "Поликлиника".
        "κέντρο", "νοσοκομείο", "κλινική", "ιατρείο", "лікарня", "центр", "поліклініка", "клініка", "амбулаторія", "больница", "поликлиника", "клиника",
        // "Coonamble Health Service", "King Fahad Medical Complex".
        "service", "complex",
        // Turkish: "Tortum Yolu Eğitim ve Araştırma Hastanesi", "Kadıköy Aile Sağlığı Merkezi"; a Lithuanian or Czech clinic after its
        // name, "Smiltynės klinika".
        "hastanesi", "merkezi", "klinika",
        // "Rolleston Family Doctors", "SpineCare Physiotherapy & Rehab", "Little Pearls Nursery".
        "doctors", "rehab", "nursery",
    ] + kindsNeedingAProperNameList)
    /// Facility kinds that are also services and institutions named by ordinary words ("Crown Court", "Speech-Language Pathology"):
    /// a place only with a proper name before them ("Penobscot Shores Dialysis", "Lakeshore Urology Associates", "Gloucestershire
    /// Coroner's Court", "Umhlanga Orthopaedic Day Theatre", "Mekdim Mothers' Association", "Harbour Imaging").
    static let kindsNeedingAProperNameList = ["dialysis", "associates", "court", "theatre", "theater", "association", "pathology",
                                              "imaging", "radiology", "laboratory", "laboratories", "diagnostics", "specialists", "church"]
    static let kindsNeedingAProperName = WordList(kindsNeedingAProperNameList)
    /// Words of the names of surgical specialties: "Plastic and Reconstructive Surgery", "Oral and Maxillofacial Surgery".
    static let surgicalSpecialtyWords: WordList = ["plastic", "reconstructive", "general", "cardiac", "cardiothoracic", "thoracic", "vascular", "orthopaedic",
                                                   "orthopedic", "dental", "oral", "maxillofacial", "paediatric", "pediatric", "colorectal", "hand", "spinal",
                                                   "upper", "lower", "gi", "breast", "endocrine", "transplant", "bariatric", "cosmetic", "aesthetic", "minor",
                                                   "robotic", "facial", "craniofacial", "hepatobiliary", "pancreatic", "oesophagogastric", "trauma", "burns",
                                                   "ophthalmic", "foot", "ankle", "urological", "gynaecological", "fetal", "neonatal", "day", "emergency"]
    /// The last words of the names of bodies, meetings and studies: "the International Society of …", "the European Working Group".
    static let bodyWords: WordList = ["commission", "society", "council", "committee", "association", "federation", "academy", "conference", "congress",
                                      "symposium", "consortium", "collaboration", "collaborative", "network", "group", "study", "trial", "initiative",
                                      "programme", "program", "project", "foundation", "league", "alliance", "union", "board", "panel",
                                      "registry", "survey", "agency", "institutes", "taskforce", "task", "working"]
    /// Capitalised words that describe a facility's kind rather than name it.
    static let genericWords = WordList(vocabulary: .genericWords, [
        // "Cochlear Implant Clinic": the device a clinic serves.
        "cochlear", "implant",
        "emergency", "department", "general", "teaching", "district", "regional", "community", "children", "childrens",
        // A team's specialty, shortened: "(Med Onc, chair)", "Surg Onc".
        "onc",
        // A meeting, not a place: "Guidance from the International Conference on Malignant Lymphomas".
        "conference", "congress", "symposium",
        // A body, not a place: "guidance from the Commission on Human Medicines", "from the Society of Forensic Toxicologists".
        "commission", "society", "council", "committee", "association", "federation", "academy",
        // Greek: "(of) health", "general", "university", "regional".
        "υγείας", "γενικό", "πανεπιστημιακό", "περιφερειακό",
        // Te reo Māori names of services: "Oranga Tamariki" (the ministry for children), "Tamariki Ora" (well-child checks).
        "oranga", "tamariki",
        // "a Quran school", "the Bible college": what is taught there.
        "quran", "koran", "quranic", "bible",
        "university", "royal", "private", "public", "specialist", "tertiary", "rural", "local", "major", "trauma", "cancer",
        "eye", "dental", "maternity", "women", "womens", "psychiatric", "mental", "health", "rehabilitation", "primary",
        "secondary", "day", "walk-in", "medical", "surgical", "nursing", "care", "residential", "aged", "state", "county",
        "city", "national", "military", "veterans", "memorial", "the", "a", "an", "our", "their", "her", "his", "this", "that",
        "intensive", "coronary", "high", "dependency", "unit", "acute", "assessment", "outpatient", "inpatient", "ambulatory",
        "sexual", "family", "fertility", "sleep", "pain", "diabetes", "heart", "stroke", "renal", "kidney", "liver", "lung",
        "respiratory", "cardiac", "cardiothoracic", "burns", "spinal", "injuries", "paediatric", "pediatric", "neonatal",
        "baby", "birth", "birthing", "obstetric", "hearing", "vision", "skin", "foot", "wound", "travel", "vaccination",
        "hiv", "gum", "tb", "chest", "fracture", "minor", "urgent", "out-of-hours", "telehealth", "virtual", "mobile", "field",
        "special", "secure", "forensic", "boarding", "high-security", "nearest", "nearby", "same", "another", "other", "both",
        "each", "new", "old", "main", "central", "north", "south", "east", "west", "hub", "satellite", "regional", "base",
        "accident", "casualty", "poison", "poisons", "information", "screening", "research", "clinical", "in", "of", "and",
        "for", "at", "to", "on", "its", "with", "from", "by", "sexual", "retirement", "group", "sheltered", "supported",
        "zone", "zones", "level", "area", "phase", "capital", "ministry",
        // Insurers and payers before a kind of care: "the Medicare hospice benefit", "a VA Community Living Center".
        "medicare", "medicaid", "va", "living",
        // Specialties and services that name a clinic's kind: "Rheumatology Fast-Track Clinic".
        "rheumatology", "cardiology", "neurology", "oncology", "haematology", "hematology", "dermatology", "gastroenterology", "endocrinology",
        "nephrology", "urology", "orthopaedic", "orthopaedics", "orthopedic", "ophthalmology", "gynaecology", "gynecology", "obstetrics", "paediatrics",
        "pediatrics", "psychiatry", "geriatric", "geriatrics", "palliative", "respiratory", "vascular", "plastic", "plastics", "fast-track", "rapid-access",
        "one-stop", "memory", "falls", "continence", "stoma", "lipid", "anticoagulation", "warfarin", "fracture", "antenatal", "postnatal", "infection", "control",
        "oral", "maxillofacial", "colorectal", "thoracic", "bariatric", "transplant", "hepatobiliary", "breast", "endocrine", "neurosurgery",
        "neurosurgical", "musculoskeletal", "infectious", "diseases", "tropical", "genitourinary", "immunology", "allergy",
        "audiology", "physiotherapy", "occupational", "podiatry", "optometry", "orthodontic", "orthodontics", "restorative", "periodontal", "otolaryngology",
    ])
    static let residencePhrases = [
        "lives in", "living in", "lived in", "resident of", "resides in", "residing in", "moved to", "moved from", "grew up in",
        "native of", "home in", "lives at", "living at", "lived at", "address:", "address is", "who is from", "comes from",
        "is from", "was from", "came from", "works in", "working in", "works at", "worked at", "born in", "farm near",
        "village of", "town of", "suburb of", "township of", "district of", "neighbourhood of", "neighborhood of", "parish of", "municipality of", "near the town of", "lives near", "home town", "hometown",
        "resident at", "discharged to", "admitted to", "transferred to", "transferred from", "flown to", "taken to", "seen at",
        "attended", "presented to", "referred to", "referred from", "returned to", "brought to", "property outside", "farm outside",
        "just outside", "outside", "on the outskirts of", "from", "near",
        // "flew home to Gorakhpur", "then home to Halls Creek".
        "home to",
        // German, Spanish, Portuguese and Italian: "lebt in der Seniorenresidenz Am Rosengarten", "vive en el barrio San Blas",
        // "mora em Capão Redondo", "abita a Sesto San Giovanni".
        "lebt in der", "lebt im", "lebt in", "wohnt in der", "wohnt im", "wohnt in", "wohnhaft in", "vive en el", "vive en la", "vive en",
        "reside en", "residente en", "mora em", "mora no", "mora na", "reside em", "residente em", "vive a", "abita a", "residente a",
    ]
    /// Countries, continents, states and provinces, and the names of peoples and languages: a country of
    /// origin or travel, a state or a mother tongue does not identify a patient, and none is a person's name.
    static let countries = WordList(vocabulary: .countries, [
        // Large rivers, seas and historic regions: "along the Danube", "the Black Sea coast", "South Bohemia".
        "danube", "black sea", "bohemia", "moravia", "kimberley", "sahel", "alps", "westfjords", "baffin island",
        // New Zealand in te reo Māori: "a hospice in Aotearoa New Zealand".
        "aotearoa",
        // Territories and provinces named as a region: "the east coast of Greenland", "a district of Khyber Pakhtunkhwa", "North Kivu".
        "greenland", "faroe islands", "khyber pakhtunkhwa", "kivu", "vanua levu", "viti levu", "ashanti",
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "bangladesh", "belarus",
        "belgium", "bolivia", "bosnia", "brazil", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
        "congo", "croatia", "cuba", "cyprus", "czechia", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia",
        "ethiopia", "fiji", "finland", "france", "gambia", "germany", "ghana", "greece", "guatemala", "guinea", "haiti",
        "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica",
        "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kuwait", "laos", "latvia", "lebanon", "liberia", "libya",
        "lithuania", "malawi", "malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "morocco", "mozambique", "myanmar",
        "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
        "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "scotland", "senegal",
        "serbia", "sierra", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
        "taiwan", "tanzania", "thailand", "tonga", "tunisia", "turkey", "uganda", "ukraine", "uruguay", "uzbekistan",
        "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe", "africa", "asia", "europe", "america", "oceania",
        "antarctica", "the uk", "the us", "the usa", "united kingdom", "united states", "new zealand", "south africa",
        "sri lanka", "saudi arabia", "south sudan", "papua new guinea", "hong kong", "northern ireland", "the philippines",
        "the netherlands", "the caribbean", "the middle east", "west africa", "east africa", "southeast asia", "south asia",
        "south-east asia", "south east asia", "north africa", "central asia", "east asia", "latin america", "central america", "south america",
        "sri lankan", "south african", "saudi arabian", "new zealander", "papua new guinean", "north korean", "south korean", "latin american",
        "central american", "south american", "north american", "east african", "west african", "southeast asian", "south-east asian",
        "south asian", "east asian", "middle eastern",
        // Labrador (of Newfoundland and Labrador), and the words for peoples and languages. (States, provinces and territories,
        // `statesAndProvinces`, are added at the end: a state is not an identifier.)
        "labrador",
        "dutch", "british", "english", "scottish", "welsh", "irish", "french", "german", "italian", "spanish", "portuguese", "greek",
        "turkish", "russian", "polish", "chinese", "japanese", "korean", "indian", "pakistani", "nigerian", "american", "canadian",
        "australian", "mexican", "brazilian", "swedish", "norwegian", "danish", "finnish", "swiss", "austrian", "belgian", "european",
        "african", "asian", "arab", "arabic", "hispanic", "latino", "scandinavian", "nordic", "caribbean", "filipino", "vietnamese",
        // ("of Icelandic descent", "a Bangladeshi family": peoples and languages, not places.)
        "icelandic", "trinidadian", "filipina", "malaysian", "sinhalese", "bangladeshi", "nepali", "nepalese", "keralite", "lebanese", "jordanian",
        "iranian", "ukrainian", "rohingya", "balinese", "javanese", "visayan", "khmer", "burmese", "tahitian", "tokelauan", "niuean",
        "papuan", "greenlandic", "faroese", "saami", "kreyòl", "barbadian", "bajan", "guyanese", "surinamese", "puerto rican",
        "latin", "latin america", "arabian", "arabian peninsula", "the gulf", "czech republic", "jewish", "sephardic", "ashkenazi",
        "maltese", "andean", "andes", "western ghats", "eastern ghats", "ghats", "italia", "germania", "deutschland", "españa", "espanha", "francia", "frança", "polska", "brasil",
        "méxico", "perú", "schweiz", "suisse", "svizzera", "österreich", "nederland", "belgique", "belgië", "berber", "amazigh", "mizrahi", "iraqi", "indonesian", "saudi", "bekaa", "makkah", "mecca", "arafat", "bedouin", "basque", "catalan", "cornish", "breton", "inuit", "navajo", "cherokee",
        "samoan", "tongan", "fijian", "maori", "māori", "pacific", "aboriginal", "indigenous", "armenian", "kurdish", "somali",
        "hmong", "roma", "turkish", "persian", "punjabi", "bengali", "tamil", "gujarati", "yoruba", "igbo", "hausa", "zulu", "xhosa",
        "han", "thai", "sierra leone", "malayalam", "hindi", "urdu", "telugu", "kannada", "marathi", "swahili", "afrikaans", "tagalog",
        "cebuano", "mandarin", "cantonese", "hokkien", "farsi", "dari", "pashto", "amharic", "tigrinya", "twi", "romanian", "punjab", "sindh", "tamil nadu", "kerala", "maharashtra", "karnataka", "uttar pradesh", "bihar", "west bengal", "gujarat", "rajasthan",
        "lesotho", "eswatini", "swaziland", "botswana", "burundi", "benin", "togo", "burkina faso", "gabon", "djibouti", "mauritania", "mauritius",
        "madagascar", "cape verde", "seychelles", "bhutan", "maldives", "brunei", "timor-leste", "vanuatu", "kiribati", "tuvalu", "nauru", "palau",
        "tajikistan", "kyrgyzstan", "turkmenistan", "azerbaijan", "luxembourg", "liechtenstein", "monaco", "andorra", "montenegro", "macedonia",
        "belize", "el salvador", "costa rica", "dominican republic", "puerto rico", "bahamas", "barbados", "trinidad and tobago", "grenada",
        "guyana", "suriname", "paraguay", "bahrain", "united arab emirates", "uae", "solomon islands", "cook islands", "new caledonia",
        "gauteng", "western cape", "eastern cape", "northern cape", "kwazulu-natal", "limpopo", "mpumalanga", "free state", "north west province",
        "andhra pradesh", "madhya pradesh", "telangana", "odisha", "assam", "goa", "minas gerais", "bahia", "paraná", "amazonas",
        "pernambuco", "ceará", "rio grande do sul", "santa catarina", "goiás", "rio de janeiro", "são paulo", "rift valley",
        // The peoples of Latin America and Africa: "a Colombian clinic pharmacist", "a Senegalese trial site" (not "Cuban", a surname too).
        "colombian", "peruvian", "chilean", "argentine", "argentinian", "venezuelan", "ecuadorian", "bolivian", "uruguayan", "paraguayan",
        "guatemalan", "honduran", "salvadoran", "nicaraguan", "panamanian", "costa rican", "dominican", "haitian", "jamaican",
        "moroccan", "algerian", "tunisian", "egyptian", "senegalese", "ivorian", "malian", "ghanaian", "kenyan", "ugandan", "tanzanian",
        "ethiopian", "rwandan", "zambian", "zimbabwean", "malawian", "mozambican", "angolan", "cameroonian", "congolese", "sudanese",
        "britain", "great britain", "philippine", "bali", "java", "sumatra", "borneo", "luzon", "mindanao", "visayas", "sabah", "sarawak",
    ] + statesAndProvinces.sorted())

    /// A few large cities that are also eponyms or common words; a postcode next to them is an address.
    static let cityNames = WordList(vocabulary: .cityNames, ["berlin", "paris", "london", "dublin", "sydney", "melbourne", "toronto", "vancouver", "amsterdam", "singapore", "zurich", "geneva"])

    /// Words that start the patterns of the main scan besides facility words.
    static let keywords = WordList(vocabulary: .keywords, ["box", "ward", "plot"])

    /// The digits of a number written in groups from an offset ("0300 555 8142": 11), up to the first letter or other mark.
    static func digitCount(from offset: Int, in document: ScanDocument) -> Int {
        var index = offset, digits = 0
        while index < document.bytes.count, document.bytes[index].isDigit || document.bytes[index] == UInt8(ascii: " ") || document.bytes[index] == UInt8(ascii: "-"),
              index - offset < 20 {
            if document.bytes[index].isDigit { digits += 1 }
            index += 1
        }
        return digits
    }

    /// Words before a number that counts a kind, a grade or a lead, not a house: "type 1 Brugada ST", "stage 2".
    static let kindWords: WordList = ["type", "types", "grade", "stage", "class", "lead", "leads", "phase", "tier", "category"]

    /// Words that begin place names: "Old Lyme", "New Plymouth", "Port Augusta".
    static let placePrefixes = WordList(vocabulary: .placePrefixes, ["den", "old", "new", "north", "south", "east", "west", "upper", "lower", "port", "mount", "mt", "saint", "st", "fort", "great", "little", "san", "santa", "los", "las", "el", "la", "le"])

    func matches(in document: ScanDocument) -> [Match] {
        let tokens = document.tokens
        var matches = document.headerMatches(.place, "place in an image header")
            // "\"city\": \"Kettering\"", "<city>Kirchzarten</city>", "\"line\": [\"88 Lakeshore Cres\"]" is a street by its number.
            + document.keyedValues(Self.addressKeys).filter { document.bytes[$0].contains(where: \.isLetterLike) }.map { Match($0, "place in a record") }
            // "Home City ........ Wamsutter", "| Incident City | Rawlins (nearest) |".
            + LabelledFields.values(of: .placeField, in: document).map { Match($0, "town in a form") }
        for (position, token) in tokens.enumerated() {
            // Every pattern below starts with a house number, a capitalised word, or "box"/"ward".
            guard token.isNumber || document.isCapitalised(token) || (token.end - token.start == 3 && document.bytes[token.start].lowercased == UInt8(ascii: "b")) else { continue }
            if token.zone == .reference { continue }
            let compound = !token.isNumber && Self.isCompoundFacility(at: position, tokens: tokens, in: document)
            let isKeyword = !token.isNumber && (token.isIn(.facilityWords) || token.isIn(.keywords) || compound)
            if !token.isNumber, !isKeyword { continue }
            let word = token.isNumber ? "" : document.lowercased(token.range)
            // Street addresses: "14 Rowan Street", "Unit 3, 22 Byron Road", "PO Box 4471".
            let yearAfterArticle = token.end - token.start == 4 && position >= 1 && Self.wordsBeforeAYear.contains(document, tokens[position - 1].range)
                && (1900...2099).contains(Int(document.text(token.range)) ?? 0)
            // "the coved type 1 Brugada ST morphology", "grade 2 Smith fracture": a number that counts a kind is no house number.
            let countsAKind = token.isNumber && position >= 1 && tokens[position - 1].end + 1 == token.start && Self.kindWords.contains(tokens[position - 1], in: document)
            if token.isNumber, token.end - token.start <= 5, !yearAfterArticle, !countsAKind, let end = streetEnd(after: position, tokens: tokens, document: document) {
                var start = token.start
                // "Unit 3, 22 …", "Flat 4/", "Apt 2B"
                if position >= 3, Self.unitWords.contains(tokens[position - 2], in: document) || ["level", "floor"].contains(document.lowercased(tokens[position - 2].range)),
                   tokens[position - 1].isNumber {
                    start = tokens[position - 2].start
                } else if position >= 2, Self.unitWords.contains(tokens[position - 1], in: document) {
                    start = tokens[position - 1].start
                }
                matches.append(Match(start..<townEnd(after: end, tokens: tokens, document: document), "street address"))
                continue
            }
            if word == "box", position >= 1, position + 1 < tokens.count, tokens[position + 1].isNumber {
                // "P.O. Box 2291–00518": Kenya's postal code after the box number and a dash.
                var end = tokens[position + 1].end
                let dash = end < document.bytes.count && document.bytes[end] == UInt8(ascii: "-") ? 1 : document.isDash(at: end) ? 3 : 0
                if dash > 0, position + 2 < tokens.count, tokens[position + 2].isNumber, tokens[position + 2].start == end + dash,
                   tokens[position + 2].end - tokens[position + 2].start == 5 { end = tokens[position + 2].end }
                // ("P.O. Box 1145, Mogoditshane": the town after it.)
                if ["po", "p.o"].contains(document.lowercased(tokens[position - 1].range)) {
                    matches.append(Match(tokens[position - 1].start..<townEnd(after: end, tokens: tokens, document: document), "postal address"))
                    continue
                }
                // "P.O. Box 4417"
                if position >= 2, document.lowercased(tokens[position - 2].range) == "p", document.lowercased(tokens[position - 1].range) == "o" {
                    matches.append(Match(tokens[position - 2].start..<townEnd(after: end, tokens: tokens, document: document), "postal address"))
                    continue
                }
            }
            // A plot's number, as addresses go in Botswana and much of southern and eastern Africa: "Plot 20913, Block 9, Gaborone".
            if word == "plot", document.isCapitalised(token), position + 1 < tokens.count, tokens[position + 1].isNumber,
               tokens[position + 1].end - tokens[position + 1].start >= 3, tokens[position + 1].start == token.end + 1 {
                var end = tokens[position + 1].end
                if document.hasPrefix(", Block ", at: end), let block = document.token(startingAt: end + 8), block.isNumber { end = block.end }
                matches.append(Match(token.start..<townEnd(after: end, tokens: tokens, document: document), "street address"))
                continue
            }
            // Wards and bays with their number: "Ward 7B", "Ward 12".
            if word == "ward", document.isCapitalised(token), position + 1 < tokens.count, tokens[position + 1].isNumber,
               document.onlySpaces(token.end..<tokens[position + 1].start) {
                var end = tokens[position + 1].end
                if end < document.bytes.count, document.bytes[end].isUpper, end + 1 >= document.bytes.count || !document.bytes[end + 1].isLetterLike { end += 1 }
                matches.append(Match(token.start..<end, "named ward"))
                continue
            }
            // Named facilities: "Riverside Medical Centre", "St. Michael's Hospital", "Eastfield University Hospital".
            // ("Dingwall Community Hospital clinic": a clinic after the hospital is not an eponym's noun.)
            if Self.facilityWords.contains(word) || compound, document.isCapitalised(token),
               !PersonNames.isEponymUse(tokens, at: position, in: document)
                || position + 1 < tokens.count && tokens[position + 1].isIn(.lowercaseFacilityKinds) && document.bytes[tokens[position + 1].start].isLower,
               let start = facilityStart(before: compound ? position - 1 : position, tokens: tokens, document: document)
                ?? (position + 1 < tokens.count && position >= 1 && document.isCapitalised(tokens[position + 1]) && tokens[position + 1].start == token.end + 1
                    && document.bytes[token.end] == UInt8(ascii: " ") && document.bytes[tokens[position - 1].end] == UInt8(ascii: " ")
                    && !tokens[position + 1].isIn(.genericWords) && !tokens[position + 1].isIn(.stopwords)
                    && document.isCapitalised(tokens[position - 1]) && !tokens[position - 1].isIn(.stopwords)
                    && tokens[position - 1].end + 1 == token.start ? tokens[position - 1].start : nil) {
                // "Crown Court", "World Medical Association", "Speech-Language Pathology": a kind named by ordinary words is not a place;
                // these kinds need a proper name before them ("Gloucestershire Coroner's Court").
                // "the joint BPS and Royal College of Psychiatrists guidance": a college of a profession is a learned body.
                // (Not "Kingsbridge College of Nursing", "Baylor College of Medicine": a proper name before it.)
                if word == "college", position + 2 < tokens.count, position >= 1, document.lowercased(tokens[position + 1].range) == "of",
                   Self.wordsAfterCollegeOf.contains(tokens[position + 2], in: document),
                   Lexicon.englishWords.contains(tokens[position - 1], in: document) || tokens[position - 1].isIn(.genericWords)
                    || tokens[position - 1].isIn(.countries) { continue }
                if Self.kindsNeedingAProperName.contains(token, in: document),
                   !tokens[..<position].reversed().prefix(while: { $0.start >= start }).contains(where: {
                       !$0.isNumber && document.isCapitalised($0) && !document.isAllCaps($0) && !Lexicon.englishWords.contains($0, in: document)
                           && !$0.isIn(.genericWords) && !$0.isIn(.countries)
                           // ("Speech-Language": ordinary words joined.)
                           && !document.bytes[$0.range].split(separator: UInt8(ascii: "-")).allSatisfy { Lexicon.englishWords.contains($0) }
                   }) { continue }
                // "Plastic and Reconstructive Surgery", "Oral and Maxillofacial Surgery": a specialty, not a GP's surgery.
                if word == "surgery", tokens[..<position].reversed().prefix(while: { $0.start >= start }).allSatisfy({
                    Self.surgicalSpecialtyWords.contains($0, in: document) || document.bytes[$0.range].elementsEqual("and".utf8) }) { continue }
                // "Orthogeriatric Journal Club": a meeting, not a club's premises.
                if word == "club", position >= 1, document.lowercased(tokens[position - 1].range) == "journal" { continue }
                // "Melanom Stadium III", "Stadium IIA": German and Dutch for a cancer's stage, not a sports ground.
                if word == "stadium", let next = document.token(startingAt: token.end + 1), next.isIn(.romanMonths) || next.isNumber
                    || document.isAllCaps(next) && next.end - next.start <= 4 && document.bytes[next.start] == UInt8(ascii: "I") { continue }
                var end = token.end
                // "University Hospital Geelong", "National Cancer Centre Singapore": a place after the kind word.
                if position + 1 < tokens.count, document.isCapitalised(tokens[position + 1]), tokens[position + 1].start == token.end + 1,
                   !tokens[position + 1].isIn(.genericWords), !tokens[position + 1].isIn(.stopwords) {
                    end = tokens[position + 1].end
                }
                // "… Hospital, Bendigo" / "Keats Ward"
                if position + 1 < tokens.count, ["ward", "unit", "wing"].contains(document.lowercased(tokens[position + 1].range)), document.isCapitalised(tokens[position + 1]) {
                    end = tokens[position + 1].end
                }
                // "Ard na Gréine Nursing Home, Ballinrobe, Co. Mayo": the town after the facility; "… Medical Center in Sioux City".
                end = townEnd(after: end, tokens: tokens, document: document, strict: true)
                if let inWord = document.tokenIndex(startingAt: end + 1),
                   document.bytes[tokens[inWord].range].elementsEqual("in".utf8) || document.bytes[tokens[inWord].range].elementsEqual("at".utf8),
                   inWord + 1 < tokens.count, tokens[inWord + 1].start == tokens[inWord].end + 1, document.isCapitalised(tokens[inWord + 1]), !tokens[inWord + 1].isNumber,
                   !Self.isCommonPlaceWord(tokens[inWord + 1], in: document), !Lexicon.firstNames.contains(tokens[inWord + 1], in: document) {
                    var last = inWord + 1
                    if last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, document.isCapitalised(tokens[last + 1]),
                       !Self.isCommonPlaceWord(tokens[last + 1], in: document) || tokens[last + 1].isIn(.placeEndings) { last += 1 }
                    end = tokens[last].end
                }
                matches.append(Match(start..<end, "named facility"))
                continue
            }
            // "Children's Emergency Unit, Morriston": a service named only by its kind, then its town.
            if Self.facilityWords.contains(word), document.isCapitalised(token), !PersonNames.isEponymUse(tokens, at: position, in: document) {
                let end = townEnd(after: token.end, tokens: tokens, document: document, strict: true)
                if end > token.end, let town = document.firstTokenIndex(from: token.end + 1) {
                    matches.append(Match(tokens[town].start..<end, "place"))
                    continue
                }
            }
            // "University Hospital of Wales", "Children's Hospital of Western Ontario": a facility named by what follows "of".
            if Self.facilityWords.contains(word), document.isCapitalised(token), position + 2 < tokens.count,
               document.bytes[tokens[position + 1].range].elementsEqual("of".utf8), tokens[position + 1].start == token.end + 1,
               tokens[position + 2].start == tokens[position + 1].end + 1, !tokens[position + 2].isNumber, document.isCapitalised(tokens[position + 2]),
               !Self.isCommonPlaceWord(tokens[position + 2], in: document) || tokens[position + 2].isIn(.countries)
                || Self.compassWords.contains(tokens[position + 2], in: document)
                // "Royal Infirmary of Edinburgh" (not the Edinburgh Postnatal Depression Scale).
                || Lexicon.eponyms.contains(tokens[position + 2], in: document) && !document.isAllCaps(tokens[position + 2])
                    && !PersonNames.isEponymUse(tokens, at: position + 2, in: document) {
                var last = position + 2
                while last + 1 < tokens.count, last - position < 5, tokens[last + 1].start == tokens[last].end + 1, !tokens[last + 1].isNumber,
                      document.isCapitalised(tokens[last + 1]), !tokens[last + 1].isIn(.eponymNouns) {
                    last += 1
                }
                var first = position
                while first >= 1, position - first < 4, document.isCapitalised(tokens[first - 1]) || document.bytes[tokens[first - 1].range].elementsEqual("s".utf8),
                      !tokens[first - 1].isNumber, tokens[first].start - tokens[first - 1].end <= 1, !document.startsSentence(tokens[first]) {
                    first -= 1
                }
                if document.bytes[tokens[first].range].elementsEqual("s".utf8) { first += 1 }
                matches.append(Match(tokens[first].start..<tokens[last].end, "named facility"))
                continue
            }
            // A named ward: "Keats Ward", "Nightingale Ward".
            if word == "ward", document.isCapitalised(token), position >= 1, document.isCapitalised(tokens[position - 1]),
               !Self.genericWords.contains(document.lowercased(tokens[position - 1].range)), !document.startsSentence(tokens[position - 1]) || position >= 2,
               document.onlySpaces(tokens[position - 1].end..<token.start) {
                matches.append(Match(tokens[position - 1].start..<token.end, "named ward"))
                continue
            }
        }
        matches += residences(in: document, tokens: tokens)
        matches += streetNames(in: document, tokens: tokens)
        matches += continentalStreets(in: document, tokens: tokens)
        matches += roomsAndTownsInContext(in: document, tokens: tokens)
        matches += addressLines(in: document, tokens: tokens)
        matches += japaneseAddresses(in: document, tokens: tokens)
        matches += EastAsianScript.facilities(in: document).map { Match($0, "named facility") }
        matches += OtherScripts.addresses(in: document).map { Match($0, "address") }
        matches += (document.eastAsianAddresses + EastAsianScript.koreanAddresses(in: document)).map { Match($0, "street address") }
        matches += coordinates(in: document)
        // Wards named by floor and wing: "on 2 North", "the 4 West endocrine unit".
        for position in document.numbers where position + 1 < tokens.count && tokens[position].end - tokens[position].start <= 2 && tokens[position].zone == .text {
            let wing = tokens[position + 1]
            guard wing.start == tokens[position].end + 1, document.isCapitalised(wing), ["North", "South", "East", "West"].contains(document.text(wing.range)),
                  position >= 1, ["on", "the", "to", "in"].contains(document.lowercased(tokens[position - 1].range)) else { continue }
            matches.append(Match(tokens[position].start..<wing.end, "named ward"))
        }
        matches += unitAddresses(in: document, tokens: tokens)
        matches += departmentsAndSaints(in: document, tokens: tokens)
        // Cells of a column headed "Room", "Ward", "Address" … that name a place: "| Waratah 14 |".
        // Under "Site" or "Place" (an exposure venue or a department), only a name of two capitalised words or more:
        // "| Bramblewood Elementary, Grade 1 classroom |", not "| Endoscopy |".
        let placeColumns = TableColumns.cells(in: document, headers: Self.placeHeaders, eitherHalf: true).map { ($0, false) }
            + TableColumns.cells(in: document, headers: Self.venueHeaders).map { ($0, true) }
        for (range, needsTwoWords) in placeColumns {
            guard let first = document.firstTokenIndex(from: range.lowerBound) else { continue }
            let words = tokens[first...].prefix { $0.start < range.upperBound }
            let named = words.contains { token in
                !token.isNumber && document.isCapitalised(token) && !document.isAllCaps(token) && !token.isIn(.genericWords)
                    && !token.isIn(.roomWords) && !token.isIn(.stopwords) && !token.isIn(.countries)
                    && !Lexicon.englishWords.contains(token, in: document)
            }
            if named, !needsTwoWords || zip(words, words.dropFirst()).contains(where: { document.isCapitalised($0) && document.isCapitalised($1) && $1.start == $0.end + 1 }) {
                matches.append(Match(range, "place"))
            }
        }
        matches += namedLandscapes(in: document, tokens: tokens)
        matches += placesBeforePhones(in: document, tokens: tokens)
        matches += placesBeforePostcodes(in: document, tokens: tokens)
        matches += lowercaseFacilities(in: document, tokens: tokens)
        matches += hospitalsByShortName(in: document, tokens: tokens)
        matches += ships(in: document, tokens: tokens)
        matches += workplaces(in: document, tokens: tokens)
        matches += placesAfterAt(in: document, tokens: tokens)
        matches += namedWings(in: document, tokens: tokens)
        matches += placesBeforeSiteNouns(in: document, tokens: tokens)
        matches += hospitalsByDepartment(in: document, tokens: tokens)
        matches += districts(in: document, tokens: tokens)
        matches += gazetteerTowns(in: document, tokens: tokens)
        matches += floorsAndWards(in: document, tokens: tokens)
        matches += roomsInLowercase(in: document, tokens: tokens)
        matches += affiliationsAfterNames(in: document, tokens: tokens, places: matches.map(\.range))
        matches += citiesNearPeople(in: document, tokens: tokens)
        matches += citiesOfTransfer(in: document, tokens: tokens)
        matches += datelines(in: document, tokens: tokens)
        matches += hospitalAcronyms(in: document, tokens: tokens)
        matches += townTags(in: document)
        matches += offshoreInstallations(in: document, tokens: tokens)
        // HL7 messages: the facilities, the authority that assigned the patient's number, the address and the ward.
        for component in document.hl7Components where Self.hl7Places.contains(component.key) {
            let text = document.bytes[component.range]
            // (Not "ED^BAY12" or "…^^^HC^…": a department or a two-letter code.)
            // (Nor "SSA", "SS": a national authority of a repeated identifier, "…~987-65-4325^^^SSA^SS".)
            if text.count <= 2 || component.key == "PID-3.4" && ["SSA", "USSSA", "CMS", "IRS", "DVA", "SSS"].contains(String(decoding: text, as: UTF8.self))
                || component.key.hasPrefix("PV1-") && Self.departmentAbbreviations.contains(text.map(\.lowercased)[...]) { continue }
            matches.append(Match(component.range, "place in an HL7 message"))
        }
        // Where a score or a criterion comes from: "the **King's College criteria**, from King's College Hospital, London", "the
        // Manchester scoring system, from Manchester, UK" (the instrument, then "from" and its own first word), "MELD, derived at the
        // Mayo Clinic". (Not "triaged with the Manchester Triage System at Manchester Royal Infirmary": a patient's hospital.)
        // (With the matches that overlap such a place: "Hospital, London" inside "King's College Hospital, London".)
        let origins = matches.filter { match in
            let before = document.lowercased(max(0, match.start - 60)..<match.start)
            if ["derived at the ", "derived at ", "devised at the ", "devised at ", "validated at the ", "validated at ", "designed at the ", "designed at ",
                "developed at the ", "developed at "].contains(where: { before.hasSuffix($0) }) { return true }
            if Self.isInBracketsAfterAnInstrument(before), !Self.isPatientsOwnScore(before),
               !document.lowercased(match.range).split(separator: " ").contains(where: { ["ward", "room", "bed", "bay", "home", "unit"].contains($0) }) { return true }
            // "described by Edward Lambert and Lee Eaton at the Mayo Clinic in the 1950s": where a disease was described, in history.
            // (A person's name after "described by", and a year up to 1960: not "described by the social worker in Kilrush as damp since
            // 1978".)
            let written = document.text(max(0, match.start - 60)..<match.start)
            if let by = written.range(of: "described by "), written[by.upperBound...].first?.isUppercase == true,
               PersonNames.hasHistoricalYear(after: match.end, in: document, latest: 1960) { return true }
            guard before.hasSuffix("from ") || before.hasSuffix("from the ") else { return false }
            // The place's first word or two ("Manchester", "King's College") before an instrument's word.
            let words = document.lowercased(match.range).split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
            let names = [words.first, words.count >= 2 ? words[0] + " " + words[1] : nil].compactMap { $0 }.filter { $0.count >= 3 }
            return names.contains { name in Self.instrumentWords.contains { before.includes(name + " " + $0) } }
        }.map(\.range)
        if !origins.isEmpty { matches.removeAll { match in origins.contains { $0.overlaps(match.range) } } }
        // "Mental Health Act", "Protection from Harassment Act": the name of a law or a scale, not a place.
        matches.removeAll { match in
            // ("ACOG Practice Bulletin 226": the word before a number that ends it.)
            if var lastIndex = document.lastTokenIndex(endingBy: match.end), tokens[lastIndex].end == match.end {
                if tokens[lastIndex].isNumber, lastIndex >= 1, tokens[lastIndex - 1].start > match.start { lastIndex -= 1 }
                let last = tokens[lastIndex]
                if last.start > match.start, Self.notPlaceFollowers.contains(last, in: document), document.isCapitalised(last) { return true }
            }
            guard let nextIndex = document.tokenIndex(startingAt: match.end + 1) else { return false }
            let next = tokens[nextIndex]
            if Self.notPlaceFollowers.contains(next, in: document) && document.isCapitalised(next) { return true }
            // "Liverpool Care Pathway": one more capitalised word before it.
            guard nextIndex + 1 < tokens.count, document.isCapitalised(next), !next.isNumber, tokens[nextIndex + 1].start == next.end + 1 else { return false }
            return Self.notPlaceFollowers.contains(tokens[nextIndex + 1], in: document) && document.isCapitalised(tokens[nextIndex + 1])
        }
        // "He lives with his wife in Rhiwbina … He went back to Rhiwbina": every other mention of a place found.
        matches.removeAll { PersonNames.namesCaseLawParty($0.range, in: document) || Self.namesWhatATermIsNamedAfter($0.range, in: document)
            || Self.explainsATermNamedAfterIt($0.range, in: document) || Self.namesAVariant($0.range, in: document) }
        // A service is a place when a town or a region names it ("Coonamble Health Service", "Northern Region Gender Dysphoria
        // Service"), not a national or an emergency service ("National Ambulance Service", "Royal Flying Doctor Service",
        // "Community Mental Health Service").
        matches.removeAll { match in
            guard let last = document.lastTokenIndex(endingBy: match.end), tokens[last].end == match.end, last >= 1, tokens[last - 1].start >= match.start,
                  document.bytes[tokens[last].range].map(\.lowercased).elementsEqual("service".utf8),
                  let first = document.firstTokenIndex(from: match.start) else { return false }
            return Self.serviceQualifiers.contains(tokens[first], in: document) || Self.emergencyServices.contains(tokens[last - 1], in: document)
        }
        // "the central hills of Sri Lanka", "from South-East Asia": a country or a region of several words, or a word of one.
        matches.removeAll { match in
            guard let first = document.firstTokenIndex(from: match.start), tokens[first].start == match.start else { return false }
            return (max(0, first - 2)...first).contains { start in
                (Self.countryNameEnd(at: start, in: document) ?? -1) >= match.end
            }
        }
        // "the UK's National Institute for Health and Care Excellence", "the International Club of Ascites": a national or an
        // international body, not a place; "the Barcelona Clinic Liver Cancer (BCLC) staging system": a term that goes on past the
        // place's name to its own acronym.
        matches.removeAll { match in
            guard let first = document.firstTokenIndex(from: match.start), tokens[first].start == match.start,
                  let last = document.lastTokenIndex(endingBy: match.end) else { return false }
            let firstWord = document.lowercased(tokens[first].range)
            if document.hasPrefix("'s ", at: tokens[first].end) || document.hasPrefix("’s ", at: tokens[first].end),
               Self.countries.contains(firstWord) || ["uk", "us", "usa", "eu"].contains(firstWord) { return true }
            // ("European Academy of Otology and Neurotology": the body's field after "of", inside the place found.)
            let body = first + 1 < last && firstWord == "the" ? first + 1 : first
            if Self.internationalWords.contains(tokens[body], in: document),
               // (Not "the National Institute of Child Health" in Karachi: a national institute of that name is often a hospital.)
               document.hasPrefix(" of ", at: match.end) || document.lowercased(tokens[body].range) != "national" && body + 2 < last && (body + 2..<last).contains(where: { document.bytes[tokens[$0].range].elementsEqual("of".utf8) }),
               // ("the American University of Beirut Medical Center": a university or a place of care.)
               !tokens[body...last].contains(where: { Self.careFacilityWords.contains($0, in: document) || Self.careAndStudyWords.contains($0, in: document) }) { return true }
            return Self.goesOnToItsAcronym(first, last, in: document)
        }
        // "address (PID-11)", "PV1-3": an HL7 segment's field, named in teaching text about messages.
        matches.removeAll { Self.isHL7FieldReference(document.bytes[$0.range]) }
        matches += citiesAfterPlaces(in: document, tokens: tokens, places: matches.map(\.range))
        // A postcode right after a place that the postcode rule leaves, as part of the place: "Glenwood, 4001".
        let postcodes = PostalCodeRule().matches(in: document).map(\.range)
        for index in matches.indices {
            let end = Self.postcodeEnd(after: matches[index].end, in: document)
            if end > matches[index].end, !postcodes.contains(where: { $0.overlaps(matches[index].end..<end) }) { matches[index].end = end }
        }
        return matches + PersonNames.otherMentions(of: matches, kind: "place", in: document)
    }

    /// Parts of a document or a course, numbered: "from Table 0078", "from Figure 3", "from Appendix 2".
    static let documentParts: WordList = ["table", "figure", "fig", "appendix", "section", "chapter", "page", "panel", "step", "part", "annex",
                                          "supplement", "item", "question", "module", "phase", "version", "lesson", "slide", "video", "exhibit", "case"]

    /// Whether bytes name a field of an HL7 v2 segment: "PID-11", "PV1-3", "OBX-5.1" — three capitals or two and a digit, a hyphen,
    /// the field's number and perhaps a component's.
    static func isHL7FieldReference(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 5, text.count <= 9, case let segment = text.prefix(3), segment.first!.isUpper, segment.allSatisfy({ $0.isUpper || $0.isDigit }),
              text[text.startIndex + 3] == UInt8(ascii: "-") else { return false }
        let field = text.dropFirst(4)
        return field.first?.isDigit == true && field.allSatisfy { $0.isDigit || $0 == UInt8(ascii: ".") }
            && HL7Segments.segmentNames.contains(String(decoding: segment, as: UTF8.self))
    }

    static let compassPoints: WordList = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]
    static let languageVerbs: WordList = ["interpreted", "interpreting", "spoke", "speaks", "speaking", "fluent", "written", "translated", "answered",
                                          "replied", "counselled", "consented", "explained", "sang", "prayed", "texted", "wrote", "writes"]
    /// Prefixes of ships' names that mean nothing else in case text ("MS Contin", "RV/LV" and "SS" do: `sharedShipPrefixes`).
    static let shipPrefixes = WordList(vocabulary: .shipPrefixes, ["mv", "hms", "hmas", "hmnzs", "hmcs", "uss", "usns", "fv", "rms", "rfa"])
    static let mineWords: WordList = ["shaft", "pit", "colliery", "mine", "level"]
    /// What a hospital's short name ends with: "Sassoon General", "Wellington Regional", "Surrey Memorial".
    static let shortNameEndings = WordList(vocabulary: .shortNameEndings, ["general", "regional", "memorial", "base", "district", "surgical", "private"])
    /// What "Royal" names besides hospitals.
    static let royalNonHospitals: WordList = ["college", "colleges", "society", "navy", "marines", "marine", "mail", "commission", "air", "flying",
                                              "australasian", "australian", "british", "canadian", "dutch", "danish", "norwegian", "swedish", "thai",
                                              "institution", "statistical", "pharmaceutical", "veterinary", "mint", "engineers", "army", "artillery",
                                              "signals", "logistic", "regiment", "guard", "guards", "household", "highness", "warrant", "charter", "assent",
                                              "jelly", "blue", "icing", "flush", "ascot", "opera", "ballet", "albert", "botanic", "botanical", "horticultural",
                                              "geographical", "humane", "life", "lifeboat", "free", "united"]
    /// Specialties and departments written after a hospital's short name: "Hamilton General neurosurgery".
    static let specialtiesAfterHospital: WordList = ["neurosurgery", "neurology", "cardiology", "cardiothoracics", "orthopaedics", "orthopedics", "trauma",
                                                     "oncology", "haematology", "hematology", "radiology", "maternity", "paediatrics", "pediatrics",
                                                     "theatres", "theatre", "dialysis", "psychiatry", "obstetrics", "burns", "rehab", "rehabilitation"]
    /// Offices whose holders are "General": "Attorney General", "Surgeon General", "Major General".
    static let officeWords: WordList = ["attorney", "surgeon", "governor", "secretary", "inspector", "solicitor", "auditor", "registrar",
                                        "postmaster", "consul", "director", "major", "lieutenant", "brigadier", "adjutant", "procurator", "accountant"]

    /// A hospital named by its place and a word of its kind, after "at", "to", "from" or a comma and before a
    /// pause or a department: "At Sassoon General, Pune, …", "At Wellington Regional ED", "transferred to Surrey Memorial.",
    /// "the regional hospital, Kuskwim Delta Regional,", "block room, Kōwhai Surgical."
    private func hospitalsByShortName(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.capitalisedWords where position >= 1 && bytes[tokens[position].start].isUpper {
            let ending = tokens[position]
            guard !ending.isNumber, ending.zone == .text, ending.isIn(.shortNameEndings), document.isCapitalised(ending),
                  !document.isAllCaps(ending) else { continue }
            // The name: one to three capitalised words ("Kuskwim Delta Regional"), a compass point or "Central" among them only beside a
            // word that names ("West Coast General", "Fife Central General").
            func isNameWord(_ token: Token) -> Bool {
                !token.isNumber && document.isCapitalised(token) && !document.isAllCaps(token) && !token.isIn(.genericWords)
                    && !Self.officeWords.contains(token, in: document) && !token.isIn(.stopwords) && !token.isIn(.countries)
            }
            func isPlaceWord(_ token: Token) -> Bool {
                !token.isNumber && document.isCapitalised(token) && !document.isAllCaps(token)
                    && (Self.compassPoints.contains(token, in: document) || document.lowercased(token.range) == "central")
            }
            var first = position
            var naming = false
            while first >= 1, position - first < 3, tokens[first - 1].end + 1 == tokens[first].start, bytes[tokens[first - 1].end] == UInt8(ascii: " ") {
                if isNameWord(tokens[first - 1]) { naming = true } else if !isPlaceWord(tokens[first - 1]) { break }
                first -= 1
            }
            guard naming else { continue }
            while first < position, !isNameWord(tokens[first]), !Self.compassPoints.contains(tokens[first], in: document) { first += 1 }
            let name = tokens[first]
            // Before it: "at", "to" or "from", and "the" ("On arrival to the Kirkgate General emergency department"); a comma, as in "…,
            // Glenfinn General." and "the regional hospital, Kuskwim Delta Regional,"; a bracket or a table's cell ("| MRN (Mayo West
            // General) |").
            var before = first - 1
            if before >= 1, document.lowercased(tokens[before].range) == "the", tokens[before].end + 1 == name.start { before -= 1 }
            let preposition = before >= 0 ? tokens[before] : nil
            let afterPreposition = preposition.map { $0.end + 1 == tokens[before + 1].start && ["at", "to", "from"].contains(document.lowercased($0.range)) } ?? false
            let afterComma = name.start >= 2 && [UInt8(ascii: ","), UInt8(ascii: "|")].contains(bytes[name.start - 2]) && bytes[name.start - 1] == UInt8(ascii: " ")
            let afterBracket = name.start >= 1 && bytes[name.start - 1] == UInt8(ascii: "(")
            // (After a bracket, a table's bar or "the", only a hospital's ending and a word no English one: not "(Ethicon Surgical)",
            // "| Volatile General |", "the Lake District", "the Forward Operating Base".)
            // (After "the", not a memorial: "an award from the Lister Memorial", "a plaque at the Anzac Memorial".)
            let endingWord = document.lowercased(ending.range)
            let hospitalEnding = ["general", "regional", "memorial"].contains(endingWord)
                && (position - first >= 2 || tokens[first...position - 1].contains { !Lexicon.englishWords.contains($0, in: document) && !Self.compassPoints.contains($0, in: document) })
            let afterThe = before + 1 < first
            guard afterPreposition && (!afterThe || hospitalEnding && endingWord != "memorial") || afterComma && (bytes[name.start - 2] == UInt8(ascii: ",") || hospitalEnding)
                    || afterBracket && hospitalEnding else { continue }
            let after = ending.end < bytes.count ? bytes[ending.end] : UInt8(ascii: ".")
            let department = position + 1 < tokens.count && tokens[position + 1].start == ending.end + 1
                && (tokens[position + 1].isIn(.departmentAbbreviations) && document.isAllCaps(tokens[position + 1])
                    || ["emergency", "icu", "hdu"].contains(document.lowercased(tokens[position + 1].range))
                    // "transferred to Hamilton General neurosurgery": a specialty in lowercase after it.
                    || bytes[tokens[position + 1].start].isLower && Self.specialtiesAfterHospital.contains(tokens[position + 1], in: document))
            let cellEnds = document.has(" |", at: ending.end)
            // ("at Coast General in Mombasa": its town after it.)
            let townAfter = document.has(" in ", at: ending.end) && position + 2 < tokens.count && tokens[position + 2].start == ending.end + 4
                && document.isCapitalised(tokens[position + 2]) && !tokens[position + 2].isNumber && !document.isAllCaps(tokens[position + 2])
            guard [UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")")].contains(after) || after.isLineBreak || department
                    || cellEnds || townAfter else { continue }
            matches.append(Match(name.start..<townEnd(after: ending.end, tokens: tokens, document: document, strict: true), "named facility"))
        }
        // "At Royal Jubilee the pair were registered", "transferred to Royal Brisbane in 2015", "**Caller:** Royal Jubilee.": a hospital
        // called "Royal" and its place (not "the Royal College of Surgeons", "Royal Navy", "Royal Flying Doctor Service").
        for position in document.capitalisedWords where position >= 1 && position + 1 < tokens.count && bytes[tokens[position].start] == UInt8(ascii: "R") && tokens[position].end - tokens[position].start == 5 {
            let royal = tokens[position], name = tokens[position + 1]
            guard royal.zone == .text, bytes[royal.range].elementsEqual("Royal".utf8), name.start == royal.end + 1, !name.isNumber, document.isCapitalised(name),
                  !document.isAllCaps(name), !name.isIn(.genericWords), !Self.royalNonHospitals.contains(name, in: document),
                  !name.isIn(.facilityWords), !name.isIn(.stopwords), !name.isIn(.countries) else { continue }
            let before = tokens[position - 1]
            let afterPreposition = before.end + 1 == royal.start && ["at", "to", "from", "in"].contains(document.lowercased(before.range))
            let afterPunctuation = royal.start >= 2 && bytes[royal.start - 1] == UInt8(ascii: " ") && [UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "*")].contains(bytes[royal.start - 2])
            // Or first on its line as written.
            guard afterPreposition || afterPunctuation
                    || document.startsWrittenLine(at: royal.start, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*")]) else { continue }
            // A longer name goes on in capitals ("Royal Brisbane and Women's Hospital" is found whole elsewhere); a department may follow.
            if position + 2 < tokens.count, tokens[position + 2].start == name.end + 1, document.isCapitalised(tokens[position + 2]),
               !(tokens[position + 2].isIn(.departmentAbbreviations) && document.isAllCaps(tokens[position + 2])) { continue }
            matches.append(Match(royal.start..<name.end, "named facility"))
        }
        return matches
    }

    /// The HL7 components that name a place: the facilities (MSH-4, MSH-6), the authority that numbered the patient (PID-3.4),
    /// the patient's and the next of kin's street and town (PID-11, NK1-4) and the ward (PV1-3).
    // (With the facility of the assigned and the prior location, PV1-3.4 and PV1-6.4, and the servicing facility, PV1-39.)
    static let hl7Places: Set<String> = ["MSH-4.1", "MSH-6.1", "PID-3.4", "PID-11.1", "PID-11.3", "PV1-3.1", "PV1-3.4", "PV1-6.4", "PV1-39.1", "NK1-4.1", "NK1-4.3"]

    /// The lowercase words of districts and counties in Indian, Kenyan and other addresses.
    static let districtWords = WordList(vocabulary: .districtWords, ["district", "tehsil", "taluk", "taluka", "mandal", "sub-county", "subcounty", "county", "dist", "tal",
                                                                     // Kenya's locations and sub-locations: "Lutonyi village, Kamukuywa location".
                                                                     "location", "sub-location", "sublocation"])

    /// A district named with its word: "Mandya district", "Jeypore, Koraput district", "district Barabanki", "Dist. Satara".
    private func districts(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        func isPlaceName(_ token: Token) -> Bool {
            !token.isNumber && token.zone == .text && document.isCapitalised(token) && !document.isAllCaps(token)
                && !Lexicon.englishWords.contains(token, in: document) && !token.isIn(.countries)
                && !token.isIn(.genericWords) && !token.isIn(.stopwords)
                && !Self.compassWords.contains(token, in: document)
                // ("Named after the Buruli district": the place a disease is named after.)
                && !Lexicon.eponyms.contains(token, in: document)
        }
        guard document.mentions(.districtWords) else { return [] }
        for position in tokens.indices where !tokens[position].isNumber && tokens[position].isIn(.districtWords) {
            let word = tokens[position]
            // Kenya's "location" only after a comma in an address, its name first: "Lutonyi village, Kamukuywa location" (not "the
            // Nexplanon location", "the tube location. Ondansetron …").
            let isLocation = ["location", "sub-location", "sublocation"].contains(document.lowercased(word.range))
            if isLocation, position < 2 || !bytes[tokens[position - 2].end..<tokens[position - 1].start].elementsEqual(", ".utf8) { continue }
            // "Mandya district": the name, then the word in lowercase.
            // (Not "the West Nile district" or "Te Whatu Ora district": one word names it, not the end of a longer name.)
            if bytes[word.start].isLower, position >= 1, isPlaceName(tokens[position - 1]), tokens[position - 1].end + 1 == word.start,
               bytes[tokens[position - 1].end] == UInt8(ascii: " "),
               !(position >= 2 && document.isCapitalised(tokens[position - 2]) && tokens[position - 2].end + 1 == tokens[position - 1].start) {
                var start = tokens[position - 1].start
                // "Jeypore, Koraput district": the town before it.
                if position >= 2, isPlaceName(tokens[position - 2]), bytes[tokens[position - 2].end..<start].elementsEqual(", ".utf8) { start = tokens[position - 2].start }
                matches.append(Match(start..<word.end, "district"))
                continue
            }
            // "district Barabanki", "Dist. Satara", "Tal. Koregaon": the word first.
            let gap = position + 1 < tokens.count ? bytes[word.end..<tokens[position + 1].start] : []
            if !isLocation, position + 1 < tokens.count, isPlaceName(tokens[position + 1]), gap.elementsEqual(" ".utf8) && bytes[word.start].isLower || gap.elementsEqual(". ".utf8),
               !(position >= 1 && isPlaceName(tokens[position - 1]) && tokens[position - 1].end + 1 == word.start) {
                matches.append(Match(word.start..<tokens[position + 1].end, "district"))
            }
        }
        return matches
    }

    /// A ship by its prefix: "MV Pacific Tamaraw", "HMS Vindictive", "HMNZS Te Kaha" (or in capitals: "HMS VINDICTIVE").
    private func ships(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        /// The last of up to three capitalised words of a ship's name from `first` (any words: "Pacific Tamaraw", "Queen Elizabeth").
        func nameEnd(from first: Int) -> Int {
            var last = first
            while last + 1 < tokens.count, last - first < 2, tokens[last + 1].start == tokens[last].end + 1, !tokens[last + 1].isNumber,
                  document.isCapitalised(tokens[last + 1]), !["The", "A", "An", "And", "Of", "On", "In"].contains(document.text(tokens[last + 1].range)) { last += 1 }
            return last
        }
        /// Whether the words after a prefix that means other things too name a ship: in a sentence about a ship, two words or more or
        /// one that is no English word, none of them a drug, a charity or a service (not "MS Society", "MS Specialist Nurse", "F/V Loop").
        func isShipName(_ words: ClosedRange<Int>, prefix: Token) -> Bool {
            (words.count >= 2 || !Lexicon.englishWords.contains(tokens[words.lowerBound], in: document))
                && !words.contains { Self.notShipNames.contains(tokens[$0], in: document) }
                && document.sentenceMentions(Self.vesselWords, around: prefix.range, wholeWords: true)
        }
        for position in document.capitalisedWords where position + 1 < tokens.count && bytes[tokens[position].start].isUpper && tokens[position].zone == .text {
            let prefix = tokens[position]
            guard document.isAllCaps(prefix), tokens[position + 1].start == prefix.end + 1, bytes[prefix.end] == UInt8(ascii: " "), !tokens[position + 1].isNumber,
                  document.isCapitalised(tokens[position + 1]) else { continue }
            // "MS Nordic Serenade", "DSV Havbris Senior": prefixes that mean other things too ("MS Contin", "MS Society") name a ship only
            // in a sentence about one.
            let end = nameEnd(from: position + 1)
            guard prefix.isIn(.shipPrefixes) || Self.sharedShipPrefixes.contains(document.text(prefix.range)) && isShipName(position + 1...end, prefix: prefix)
            else { continue }
            matches.append(Match(prefix.start..<tokens[end].end, "named vessel"))
        }
        // "F/V Aleutian Dawn", "M/V Kota Bahagia", "M/Tr Havstjerna": a prefix written with a slash.
        for position in document.capitalisedWords where position + 2 < tokens.count && tokens[position].end - tokens[position].start == 1 {
            let first = tokens[position], second = tokens[position + 1], name = tokens[position + 2]
            guard first.end < bytes.count, bytes[first.end] == UInt8(ascii: "/"), second.start == first.end + 1, !second.isNumber, second.end - second.start <= 2,
                  bytes[second.start].isUpper, name.start == second.end + 1, bytes[second.end] == UInt8(ascii: " "), !name.isNumber, document.isCapitalised(name),
                  Self.slashedShipPrefixes.contains(document.lowercased(first.start..<second.end)), first.zone == .text,
                  first.start == 0 || !bytes[first.start - 1].isAlphanumeric else { continue }
            // ("M/S Unit B": med-surg; "S/V": a stroke volume. Only a fishing vessel, a trawler or a yacht needs no ship in the sentence.)
            let end = nameEnd(from: position + 2)
            let prefix = document.lowercased(first.start..<second.end)
            guard Self.unambiguousSlashedShipPrefixes.contains(prefix) && (end > position + 2 || !Lexicon.englishWords.contains(name, in: document))
                    || isShipName(position + 2...end, prefix: first) else { continue }
            matches.append(Match(first.start..<tokens[end].end, "named vessel"))
        }
        return matches
    }

    /// Ships' prefixes written with a slash: fishing, motor and sailing vessels, trawlers, tankers and yachts.
    static let slashedShipPrefixes: Set<String> = ["f/v", "m/v", "m/s", "m/tr", "m/t", "m/y", "s/y", "s/v"]
    /// Those that need no ship in the sentence: fishing vessels, trawlers and yachts ("M/S" is med-surg too, "S/V" a stroke volume).
    static let unambiguousSlashedShipPrefixes: Set<String> = ["f/v", "m/tr", "m/y", "s/y"]
    /// Ships' prefixes that are other things too: motor ship ("MS", multiple sclerosis), diving and platform support vessels, tankers.
    static let sharedShipPrefixes: Set<String> = ["MS", "DSV", "PSV", "AHTS", "FPSO"]
    /// What follows "MS" in a medical text: a drug, a charity, a service.
    static let notShipNames: WordList = ["contin", "society", "trust", "nurse", "clinic", "centre", "center", "service", "team", "unit", "register",
                                         "registry", "foundation", "association", "day", "week", "research", "action", "ireland", "australia", "canada",
                                         "specialist"]
    /// Words of a sentence about a ship.
    static let vesselWords: [[UInt8]] = ["ship", "vessel", "boat", "ferry", "trawler", "cruise", "aboard", "on board", "skipper",
                                         "deck", "wheelhouse", "harbour", "harbor", "port", "at sea", "sailing", "moored", "berth"].map { Array($0.utf8) }

    /// Company suffixes, written with a capital: "Halcyon Logistics Ltd", "Midstate Cold Storage LLC", "Brandt Logistik GmbH".
    static let companySuffixes = WordList(vocabulary: .companySuffixes, ["ltd", "llc", "limited", "inc", "plc", "gmbh", "llp", "oy", "aps", "spa", "srl", "corp"])

    /// Nouns in lowercase after a place's name that make it a particular site: "the Ketley Bank depot", "a Tuas shipyard", "the
    /// Coolac turn-off", "the Tumut show", "the Spanish Town market".
    static let siteNouns = WordList(vocabulary: .siteNouns, ["block", "depot", "shipyard", "dockyard", "turn-off", "turnoff", "showground", "showgrounds", "show", "market",
                                      "roundabout", "interchange", "quarry", "sawmill", "abattoir", "warehouse", "factory", "campus", "crossroads",
                                      // "bed 14 on Sahya ward"; "in Barabanki block".
                                      "ward"])

    /// A place's name of one or two capitalised words, one of them no common word, before a site noun (`siteNouns`), after "the",
    /// "a", "at" or "on"; and "in Barabanki block" (a district's block).
    private func placesBeforeSiteNouns(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        guard document.mentions(.siteNouns) else { return [] }
        for position in tokens.indices.dropFirst(2) where tokens[position].isIn(.siteNouns) && bytes[tokens[position].start].isLower && tokens[position].zone == .text {
            let noun = tokens[position]
            let isBlock = bytes[noun.range].elementsEqual("block".utf8)
            var first = position - 1
            guard tokens[first].end + 1 == noun.start, document.isCapitalised(tokens[first]), !tokens[first].isNumber else { continue }
            if first >= 1, tokens[first - 1].end + 1 == tokens[first].start, document.isCapitalised(tokens[first - 1]), !tokens[first - 1].isNumber,
               !tokens[first - 1].isIn(.stopwords) { first -= 1 }
            let words = tokens[first..<position]
            guard first >= 1, tokens[first - 1].end + 1 == tokens[first].start,
                  isBlock ? document.lowercased(tokens[first - 1].range) == "in"
                          : ["the", "a", "at", "on"].contains(document.lowercased(tokens[first - 1].range)),
                  words.allSatisfy({ !document.isAllCaps($0) && !$0.isIn(.countries) && !$0.isIn(.brands) && !Lexicon.eponyms.contains($0, in: document)
                                     && !$0.isIn(.monthWords) && !$0.isIn(.weekdays) }),
                  words.contains(where: { !Self.isCommonPlaceWord($0, in: document) && !Lexicon.firstNames.contains($0, in: document) }) else { continue }
            matches.append(Match(tokens[first].start..<tokens[position - 1].end, "named place"))
        }
        return matches
    }

    /// Departments in capitals besides `departmentAbbreviations`, which follow a hospital's short name: "Morfa PED", "the Kirkgate MDT".
    static let moreDepartmentAbbreviations: Set<String> = ["PED", "MAU", "AMU", "SAU", "MDT", "OPD", "EPAU"]
    /// Units after a place's short name, in lowercase: "the Wensum cath lab", "Liffeyside cornea clinic", "the Partry surgery".
    static let departmentNouns: WordList = ["clinic", "lab", "surgery", "walk-in", "casualty", "theatres", "practice", "campus", "hospital"]
    /// Specialties as the ward says them, before a department: "Haem MDT", "Paeds ED", "the Gynae MDT", "Resus ED".
    static let specialtyShortForms: WordList = ["gynae", "gyn", "obs", "paeds", "peds", "haem", "heme", "onc", "neuro", "resus", "ortho", "orthos",
                                                "cardio", "cardiac", "resp", "renal", "gastro", "derm", "derms", "psych", "rheum", "uro", "vasc",
                                                "plastics", "trauma", "surg", "surgical", "med", "medical", "geri", "geris", "rehab", "endo", "ophth",
                                                "optom", "neph", "hep", "hepato", "maxfax", "colorectal", "breast", "stroke", "lung", "skin", "bone"]

    /// Whether any of `departmentNouns` starts with a byte, by the byte: tested before the list is probed.
    static let departmentNounStarts: [Bool] = {
        var starts = [Bool](repeating: false, count: 256)
        for word in departmentNouns.words { if let first = word.first { starts[Int(first)] = true } }
        return starts
    }()
    /// Endings of the words for a specialty or a procedure: "Hepatology", "Colposcopy", "Psychiatry", "Paediatrics".
    static let specialtyEndings = ["ology", "ologie", "scopy", "iatry", "iatric", "iatrics", "ics", "graphy"]
    /// Endings of other words for a service or a treatment before a department: "Antenatal clinic", "Orthoptic clinic", "Warfarin
    /// clinic", "Dialysis clinic" (which some place names share, so only `hospitalsByDepartment` reads them).
    static let serviceEndings = ["ic", "al", "ar", "ive", "ion", "ery", "ing", "ment", "ine", "in", "ia", "is", "ity"]

    static func isSpecialty(_ token: Token, in document: ScanDocument) -> Bool {
        let word = document.lowercased(token.range)
        return specialtyEndings.contains { word.hasSuffix($0) }
    }

    static func hasServiceEnding(_ token: Token, in document: ScanDocument) -> Bool {
        let word = document.lowercased(token.range)
        return serviceEndings.contains { word.hasSuffix($0) } || specialtyEndings.contains { word.hasSuffix($0) }
    }

    /// Words that qualify a department rather than name a hospital: "Major Trauma ED", "Adult Majors ED", "Paediatric Acute ED",
    /// "a Small Rural ED", "the Busy Urban ED".
    static let departmentQualifiers: WordList = ["major", "majors", "minor", "minors", "trauma", "adult", "adults", "acute", "urgent", "main",
                                                 "old", "new", "front", "back", "west", "east", "north", "south", "level", "floor", "ground", "upper", "lower",
                                                 "small", "large", "big", "busy", "quiet", "rural", "urban", "remote", "local", "nearest", "nearby", "peripheral",
                                                 "tertiary", "metropolitan", "metro", "inner-city", "country", "same", "other", "different", "another"]

    /// A hospital, practice or clinic by its short name before a department: "came through the Kirkgate ED", "Morfa ED",
    /// "Shannonside eye clinic", "the Wensum cath lab", "the Partry surgery". The name is one or two capitalised words, none of them
    /// a common word, a given name or surname, an abbreviation, an eponym (`isCommonPlaceWord`), a specialty's word or a compound ("Follow-up clinic", "Second-look surgery"); a
    /// lowercase department needs "the", "at", "to", "into" or "in" before the name, or the name to start a caption's phrase.
    /// Before a department's capitals, two capitalised words may be ordinary words ("Mercy Harbor ED").
    private func hospitalsByDepartment(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // (Most tokens follow no capitalised word: only the two tokens after each capitalised word are walked.)
        var afterCapitals: [Int] = []
        for capital in document.capitalisedWords {
            for next in (capital + 1)...(capital + 2) where next < tokens.count && next > (afterCapitals.last ?? 0) { afterCapitals.append(next) }
        }
        for position in afterCapitals where !tokens[position].isNumber && tokens[position].zone == .text {
            let unit = tokens[position]
            guard document.isCapitalised(tokens[position - 1]) || position >= 2 && document.isCapitalised(tokens[position - 2]) else { continue }
            let abbreviation = bytes[unit.start].isUpper && unit.end - unit.start <= 4 && document.isAllCaps(unit)
                && (unit.isIn(.departmentAbbreviations) || Self.moreDepartmentAbbreviations.contains(document.text(unit.range)))
            var nounStart = position
            // "eye clinic", "cornea clinic", "ENT clinic", "pacing clinic", "cath lab", "micro lab", "paediatric ED": one word between.
            if !abbreviation {
                guard bytes[unit.start].isLower, Self.departmentNounStarts[Int(bytes[unit.start])], Self.departmentNouns.contains(unit, in: document) else { continue }
                if position >= 2, tokens[position - 1].end + 1 == unit.start, !document.isCapitalised(tokens[position - 1]) || document.isAllCaps(tokens[position - 1]),
                   !tokens[position - 1].isNumber, !tokens[position - 1].isIn(.stopwords) {
                    nounStart = position - 1
                }
            } else if position >= 2, tokens[position - 1].end + 1 == unit.start, bytes[tokens[position - 1].start].isLower, !tokens[position - 1].isIn(.stopwords) {
                nounStart = position - 1
            }
            var first = nounStart - 1
            guard first >= 0, tokens[first].end + 1 == tokens[nounStart].start, bytes[tokens[first].end] == UInt8(ascii: " ") else { continue }
            if first >= 1, tokens[first - 1].end + 1 == tokens[first].start, bytes[tokens[first - 1].end] == UInt8(ascii: " "), document.isCapitalised(tokens[first - 1]),
               !document.isAllCaps(tokens[first - 1]), !tokens[first - 1].isNumber, !tokens[first - 1].isIn(.stopwords), !tokens[first - 1].isIn(.titles) { first -= 1 }
            let words = tokens[first..<nounStart]
            /// What every word of a hospital's short name is: capitalised, three letters or more, and no title, patient word, month,
            /// weekday, specialty's short form or abbreviation.
            func isNameWord(_ token: Token) -> Bool {
                !token.isNumber && document.isCapitalised(token) && !document.isAllCaps(token) && token.end - token.start >= 3
                    && !token.isIn(.titles) && !token.isIn(.patientWords) && !token.isIn(.monthWords) && !token.isIn(.weekdays)
                    && !Self.specialtyShortForms.contains(token, in: document) && !Lexicon.abbreviations.contains(token, in: document)
            }
            // "Mercy Harbor ED", "Cedar Butte ED", "Ashworth Royal ED": two capitalised words before a department's capitals name a
            // hospital even when they are ordinary words or a surname (not "Major Trauma ED", "Acute Medicine ED").
            // ("a Small Rural ED": a kind of department, after an indefinite article.)
            if abbreviation, words.count == 2, first == 0 || tokens[first - 1].end + 1 != tokens[first].start || !document.isCapitalised(tokens[first - 1])
                || tokens[first - 1].isNumber || tokens[first - 1].isIn(.stopwords),
               first == 0 || !["a", "an", "any", "every", "each"].contains(document.lowercased(tokens[first - 1].range)),
               words.contains(where: { !$0.isIn(.genericWords) }),
               words.allSatisfy({ isNameWord($0) && !$0.isIn(.stopwords) && !$0.isIn(.countries) && !Self.departmentQualifiers.contains($0, in: document)
                                  // (A short word's ending says little: "Cedar", "Royal" are no services like "Surgical".)
                                  && !(Self.hasServiceEnding($0, in: document) && $0.end - $0.start >= 6) && !Self.isSpecialty($0, in: document) }) {
                matches.append(Match(tokens[first].start..<tokens[nounStart - 1].end, "named facility"))
                continue
            }
            // Otherwise no common word, given name or surname either ("Okafor ED registrar": a person), and no compound.
            guard words.allSatisfy({ isNameWord($0) && !Self.isCommonPlaceWord($0, in: document) && !Lexicon.firstNames.contains($0, in: document)
                                     && !Lexicon.firstNamesWithWords.contains($0, in: document) && !Lexicon.surnames.contains($0, in: document)
                                     && !$0.isIn(.genericWords) && !Self.hasServiceEnding($0, in: document) && !bytes[$0.range].contains(UInt8(ascii: "-")) }) else { continue }
            if !abbreviation {
                let before = first >= 1 ? document.lowercased(tokens[first - 1].range) : ""
                let startsPhrase = tokens[first].start >= 2 && (bytes[tokens[first].start - 2] == UInt8(ascii: ",") || bytes[tokens[first].start - 2] == UInt8(ascii: "."))
                guard ["the", "at", "to", "into", "in"].contains(before) && first >= 1 && tokens[first - 1].end + 1 == tokens[first].start || startsPhrase else { continue }
            }
            matches.append(Match(tokens[first].start..<tokens[nounStart - 1].end, "named facility"))
        }
        return matches
    }

    /// Workplaces: a small company ("Midstate Cold Storage LLC", "Umgeni Valley Freight (Pty) Ltd") and a mine's
    /// shaft or pit by its number ("Doornkop No. 3 Shaft", "Goedgevonden No. 4 Shaft").
    private func workplaces(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.capitalisedWords where position >= 1 && tokens[position].zone == .text && bytes[tokens[position].start].isUpper
            && tokens[position].isIn(.companySuffixes) {
            var kind = position
            if position >= 2, bytes[tokens[position - 1].range].elementsEqual("Pty".utf8) { kind = position - 1 }
            var first = kind
            while first >= 1, kind - first < 5, !tokens[first - 1].isNumber, document.isCapitalised(tokens[first - 1]),
                  bytes[tokens[first - 1].end..<tokens[first].start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ",") }),
                  tokens[first].start - tokens[first - 1].end <= 2,
                  // ("Visayan Crew Management Inc.": a heading's word inside a firm's name.)
                  !tokens[first - 1].isIn(.stopwords) || document.bytes[tokens[first - 1].range].elementsEqual("Management".utf8) { first -= 1 }
            guard first < kind else { continue }
            matches.append(Match(tokens[first].start..<tokens[position].end, "named workplace"))
        }
        // "drives for Heartland Cold Freight", "employed by Honu Reef Divers", "works as a site engineer for Gulf Horizon
        // Contracting": an employer's name of two capitalised words or more, or one that is no English word.
        for position in document.mentions(.employmentWords) ? tokens.indices : 0..<0 where !tokens[position].isNumber && tokens[position].zone == .text
            && tokens[position].isIn(.employmentWords) {
            var next = position + 1
            // "works as a ferry engineer for …": up to five lowercase words between.
            if next < tokens.count, bytes[tokens[next].range].elementsEqual("as".utf8) {
                var scan = next + 1
                while scan < tokens.count, scan - next <= 6, !tokens[scan].isNumber, bytes[tokens[scan].start].isLower,
                      !Self.employerPrepositions.contains(tokens[scan], in: document) { scan += 1 }
                next = scan
            }
            guard next + 1 < tokens.count, Self.employerPrepositions.contains(tokens[next], in: document), bytes[tokens[next].start].isLower,
                  tokens[next + 1].start == tokens[next].end + 1 else { continue }
            var last = next + 1
            while last < tokens.count, last - next <= 5, !tokens[last].isNumber, document.isCapitalised(tokens[last]), !document.isAllCaps(tokens[last]) || tokens[last].end - tokens[last].start <= 3 && last > next + 1,
                  !tokens[last].isIn(.stopwords), !tokens[last].isIn(.countries),
                  last == next + 1 || tokens[last].start - tokens[last - 1].end == 1 || bytes[tokens[last - 1].end..<tokens[last].start].elementsEqual(" & ".utf8) { last += 1 }
            let count = last - next - 1
            guard count >= 2 || count == 1 && !Lexicon.englishWords.contains(tokens[next + 1], in: document) && !Lexicon.firstNames.contains(tokens[next + 1], in: document)
                    && !Lexicon.eponyms.contains(tokens[next + 1], in: document) && tokens[next + 1].end - tokens[next + 1].start >= 4 else { continue }
            matches.append(Match(tokens[next + 1].start..<tokens[last - 1].end, "named workplace"))
        }
        for position in document.capitalisedWords where position >= 3 && tokens[position - 1].isNumber && bytes[tokens[position].start].isUpper && tokens[position].zone == .text {
            let kind = tokens[position], label = tokens[position - 2], name = tokens[position - 3]
            guard Self.mineWords.contains(kind, in: document), document.isCapitalised(kind),
                  ["no", "number"].contains(document.lowercased(label.range)), document.isCapitalised(label), !name.isNumber, document.isCapitalised(name),
                  !name.isIn(.stopwords), kind.start - name.end <= 12 else { continue }
            matches.append(Match(name.start..<kind.end, "named workplace"))
        }
        return matches
    }

    /// A place named by capitalised words after "at", where the patient was seen, born, worked or stayed: "done six weeks later at
    /// Derriford", "the cath lab at UPMC Harrisburg", "a line cook at The Copper Kettle", "registered at OHSU", "nights at North
    /// Harbour Private". One word must be no English word, abbreviation or eponym ("at Rest", "at ICU", "at McBurney's point");
    /// two words or more may be English ("at Prairie Harvest Poultry"). Not in a title's capitals ("Safety at Work Regulations"),
    /// not a feast ("at Christmas", "at Iftar"), a meeting or a learned body ("at the World Congress", "at the Royal College of
    /// Physicians"), nor an institution where a score was derived, a sign named or guidelines agreed ("derived at the Mayo
    /// Clinic", "from a workshop held at the National Cancer Institute").
    private func placesAfterAt(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        var covered = 0
        for position in document.capitalisedWords where position >= 1 && tokens[position].start >= covered && tokens[position].zone == .text {
            // "at X" or "at the X", one space apart.
            var at = position - 1
            if bytes[tokens[at].range].elementsEqual("the".utf8), at >= 1, tokens[at - 1].end + 1 == tokens[at].start { at -= 1 }
            let atWord = tokens[at]
            guard atWord.end - atWord.start == 2, tokens[at + 1].start == atWord.end + 1, bytes[atWord.end] == UInt8(ascii: " "),
                  bytes[atWord.start + 1] == UInt8(ascii: "t"),
                  bytes[atWord.start] == UInt8(ascii: "a") || bytes[atWord.start] == UInt8(ascii: "A") && document.startsSentence(atWord) else { continue }
            // ("Looking at CareLink": a gaze, not a place.)
            if at >= 1, Self.wordsOfLooking.contains(tokens[at - 1], in: document) { continue }
            // ("Health and Safety at Work Regulations": a title's capitals go on before "at".)
            // (A name or letters before it are no title: "Mr Jones at Derriford", "ICU at Derriford".)
            if bytes[atWord.start] == UInt8(ascii: "a"), at >= 1, !tokens[at - 1].isNumber, document.isCapitalised(tokens[at - 1]), !document.isAllCaps(tokens[at - 1]),
               tokens[at - 1].end + 1 == atWord.start, !document.startsSentence(tokens[at - 1]), Lexicon.englishWords.contains(tokens[at - 1], in: document) { continue }
            let last = Self.capitalisedNameEnd(from: position, tokens: tokens, in: document)
            let first = tokens[position]
            let words = tokens[position...last].filter { !Self.connectorsInAName.contains($0, in: document) || document.isCapitalised($0) }
            guard !first.isIn(.titles), !first.isIn(.countries), !first.isIn(.weekdays), !first.isIn(.monthWords),
                  !Self.feasts.contains(first, in: document),
                  !words.contains(where: { Self.gatheringsAndLearnedBodies.contains($0, in: document) }),
                  !PersonNames.isEponymUse(tokens, at: position, in: document), !Lexicon.eponyms.contains(first, in: document) else { continue }
            // Letters, a Roman numeral, an ordinary word or a specialty's: "at the IBD MDT", "at Nephrology OPD", "at Level I", "at GMFCS III".
            func isOrdinaryOrLetters(_ token: Token) -> Bool {
                if Lexicon.englishWords.contains(token, in: document) || document.isAllCaps(token) && token.end - token.start <= 5 { return true }
                let word = document.lowercased(token.range)
                return word.hasSuffix("logy") || word.hasSuffix("iatrics")
                    || Lexicon.abbreviations.contains(token, in: document) || token.isIn(.abbreviations) || token.isIn(.departmentAbbreviations)
            }
            if words.count == 1 {
                // One word: no English word, abbreviation, given name or capitals ("at Home", "at ICU", "at OPEL", "at X-ray").
                guard first.end - first.start >= 3, !document.isAllCaps(first), !first.isIn(.kinship), !Lexicon.englishWords.contains(first, in: document),
                      !Lexicon.abbreviations.contains(first, in: document), !first.isIn(.genericWords), !first.isIn(.stopwords),
                      !(Lexicon.firstNames.contains(first, in: document) && !Lexicon.towns.contains(first, in: document)),
                      !bytes[first.range].split(separator: UInt8(ascii: "-")).allSatisfy({ $0.count <= 2 || Lexicon.englishWords.contains($0) }),
                      // (Not "at T2", "at L4": a letter and a number.)
                      !(first.end < bytes.count && bytes[first.end].isDigit) else { continue }
            } else if words.allSatisfy(isOrdinaryOrLetters), words.contains(where: { document.isAllCaps($0) }) {
                continue
            } else if words.allSatisfy({ Lexicon.englishWords.contains($0, in: document) }),
                      Self.kindsNeedingAProperName.contains(words[words.count - 1], in: document) || words[words.count - 1].isIn(.genericWords) {
                // "at Crown Court", "admitted at Acute General": a kind or a service named by ordinary words.
                continue
            }
            let range = first.start..<tokens[last].end
            guard !document.sentenceMentions(Self.wordsOfDerivation, around: range, wholeWords: true) else { continue }
            matches.append(Match(range, "named place"))
            covered = range.upperBound
        }
        return matches
    }

    /// The last token of a name of capitalised words that starts at a position: up to six words one space apart, with "&" or a
    /// small word (`connectorsInAName`) between them ("Pediatric Partners of Middle Georgia", "Red Cedar Allergy & Asthma"); a title,
    /// a weekday or a month ends it ("PHC on Monday").
    static func capitalisedNameEnd(from position: Int, tokens: [Token], in document: ScanDocument) -> Int {
        let bytes = document.bytes
        var last = position, count = 1
        var scan = position + 1
        while scan < tokens.count, count < 6 {
            let gap = bytes[tokens[scan - 1].end..<tokens[scan].start]
            guard gap.elementsEqual(" ".utf8) || gap.elementsEqual(" & ".utf8) else { break }
            let token = tokens[scan]
            if !token.isNumber, document.isCapitalised(token), !token.isIn(.titles), !token.isIn(.weekdays), !token.isIn(.monthWords) {
                last = scan; count += 1; scan += 1
            } else if !token.isNumber, connectorsInAName.contains(token, in: document), bytes[token.start].isLower, scan + 1 < tokens.count,
                      tokens[scan + 1].start == token.end + 1, !tokens[scan + 1].isNumber, document.isCapitalised(tokens[scan + 1]) {
                scan += 1
            } else {
                break
            }
        }
        return last
    }

    /// The practice, home, firm or town a person is from, after their name and a comma: "cc: Dr Rosalind Chee, Desert Bloom Family
    /// Medicine", "Removed by: T. Okafor, Mountains Funeral Services", "Surgeon: Dr. Kwabena Asante-Morrow, Foothills vascular
    /// service", "NOK Rashida Begum (wife), Sylhet". Not a department, a grade or a role in ordinary words ("Dr Lee, Internal
    /// Medicine", "Dr Shah, Consultant Radiologist", "Dr Okoro, Head of Department"), letters ("Dr Patel, MD"), nor another person
    /// ("Drs Patel, Okafor and Lee"), nor a region after a place that reads like a name ("Lipa City, Batangas"). A single word must be a
    /// town; a name of words must end in a practice's or a firm's word and have one word that is no department's, role's or person's.
    private func affiliationsAfterNames(in document: ScanDocument, tokens: [Token], places: [Range<Int>]) -> [Match] {
        guard document.contains(byte: UInt8(ascii: ",")) else { return [] }
        let people = (NameRule().matches(in: document) + RelativeRule().matches(in: document)).map(\.range)
            .filter { person in !places.contains { $0.overlaps(person) } }
        guard !people.isEmpty else { return [] }
        let bytes = document.bytes
        var matches: [Match] = []
        for person in people {
            var offset = person.upperBound
            // "Rashida Begum (wife), Sylhet": a role in brackets between.
            if document.has(" (", at: offset), let close = bytes[(offset + 2)..<min(bytes.count, offset + 40)].firstIndex(where: { $0 == UInt8(ascii: ")") || $0.isLineBreak }),
               bytes[close] == UInt8(ascii: ")") {
                offset = close + 1
            }
            // "Oumar Sarr of Pikine", "Dr Lee from Leeds", "granddaughter Iryna Melnyk in Torrent", "fils Bernard Lefèvre (Rouen)": a town
            // or a city the person is of, from or in.
            for word in [" of ", " from ", " in ", " ("] where document.hasPrefix(word, at: person.upperBound) {
                guard let position = document.tokenIndex(startingAt: person.upperBound + word.utf8.count), tokens[position].zone == .text,
                      !tokens[position].isNumber, document.isCapitalised(tokens[position]), !document.isAllCaps(tokens[position]) else { continue }
                let last = Self.capitalisedNameEnd(from: position, tokens: tokens, in: document)
                let town = tokens[position].start..<tokens[last].end
                guard word != " (" || document.has(")", at: town.upperBound), Lexicon.towns.contains(document.bytes[town]) || Lexicon.bigCities.contains(document.bytes[town])
                        || last == position && PersonNames.placeSurnames.contains(tokens[position], in: document), !Self.countries.contains(document.bytes[town]),
                      !people.contains(where: { $0.overlaps(town) }), !places.contains(where: { $0.overlaps(town) }),
                      !PersonNames.isEponymUse(tokens, at: last, in: document) else { continue }
                matches.append(Match(town, "place after a name"))
            }
            guard document.has(", ", at: offset), let position = document.tokenIndex(startingAt: offset + 2) else { continue }
            let first = tokens[position]
            guard !first.isNumber, first.zone == .text, document.isCapitalised(first), !first.isIn(.titles), !first.isIn(.stopwords), !first.isIn(.weekdays),
                  !first.isIn(.monthWords), !first.isIn(.kinship) else { continue }
            let last = Self.capitalisedNameEnd(from: position, tokens: tokens, in: document)
            let range = first.start..<tokens[last].end
            guard !people.contains(where: { $0.overlaps(range) }) else { continue }
            let words = tokens[position...last].filter { document.isCapitalised($0) }
            // A practice's word before the name ("Praxis am Bismarckplatz", "GMF Mile-End", "Cabinet médical des Goudes"): up to two
            // small words, then a capitalised one.
            if Self.practiceWordsBefore.contains(first, in: document) {
                var end = position, scan = position + 1
                while scan < tokens.count, scan - position <= 4, tokens[scan].start == tokens[scan - 1].end + 1, !tokens[scan].isNumber {
                    if document.isCapitalised(tokens[scan]) { end = scan } else if end > position { break }
                    scan += 1
                }
                if end > position { matches.append(Match(first.start..<tokens[end].end, "place after a name")) }
                continue
            }
            if words.count == 1 {
                guard !document.isAllCaps(first), Lexicon.towns.contains(first, in: document) else { continue }
                matches.append(Match(range, "place after a name"))
                continue
            }
            // A practice's, a firm's or a specialty's word after its first ("Pediatric Partners of Middle Georgia", "Genesis Pediatric
            // Endocrinology") — not a learned body's ("Dr Shah, Royal College of Physicians").
            guard words.dropFirst().contains(where: { Self.organisationEnds.contains($0, in: document) }) || Self.isSpecialty(words[words.count - 1], in: document),
                  !words.contains(where: { Self.bodyWords.contains($0, in: document) || Self.royalNonHospitals.contains($0, in: document) }),
                  // ("Airport Fire Service Manager": a role.)
                  !NameRule.jobTitleEnds.contains(words[words.count - 1], in: document), !InitialsRule.departmentStaff.contains(words[words.count - 1], in: document),
                  !first.isIn(.abbreviations), !Lexicon.abbreviations.contains(first, in: document) else { continue }
            // A word that names: no letters, eponym, department's, specialty's or role's word, and no given name or surname unless a
            // town's ("Desert", "Mountains", "Tāmaki").
            func names(_ token: Token) -> Bool {
                guard token.end - token.start >= 3, !document.isAllCaps(token), !Lexicon.eponyms.contains(token, in: document),
                      !Lexicon.abbreviations.contains(token, in: document), !token.isIn(.abbreviations), !token.isIn(.departmentAbbreviations),
                      !Self.isSpecialty(token, in: document), !NameRule.jobTitleEnds.contains(token, in: document),
                      !InitialsRule.departmentStaff.contains(token, in: document), !Self.departmentAndServiceWords.contains(token, in: document),
                      !token.isIn(.genericWords), !token.isIn(.countries) else { return false }
                return Lexicon.englishWords.contains(token, in: document) || Lexicon.towns.contains(token, in: document)
                    || !(Lexicon.firstNames.contains(token, in: document) || Lexicon.surnames.contains(token, in: document))
            }
            guard words.contains(where: names) else { continue }
            matches.append(Match(range, "place after a name"))
        }
        return matches
    }

    /// The words of a capitalised run from a position that name a city of the gazetteer or a large city (`Lexicon.towns`,
    /// `Lexicon.bigCities`): the index of its last word, the longest that does, or nil.
    static func cityEnd(from position: Int, tokens: [Token], in document: ScanDocument) -> Int? {
        let first = tokens[position]
        guard !first.isNumber, document.isCapitalised(first), !document.isAllCaps(first) else { return nil }
        let last = capitalisedNameEnd(from: position, tokens: tokens, in: document)
        return stride(from: last, through: position, by: -1).first { end in
            let name = document.bytes[first.start..<tokens[end].end]
            return (Lexicon.bigCities.contains(name) || Lexicon.towns.contains(name)) && !Self.countries.contains(name)
        }
    }

    /// The town or city after a place found, after a comma or "in": "Hôpital Saint-Irénée in Lyon", "Kitsilano in Vancouver",
    /// "a rented room in Aboabo, Kumasi", "Çankaya, Ankara", "Hospital Universitario de la Montaña, Medellín" — a city named
    /// alone is read as a place only in a patient's context, and a place found is one.
    private func citiesAfterPlaces(in document: ScanDocument, tokens: [Token], places: [Range<Int>]) -> [Match] {
        var matches: [Match] = []
        for place in places {
            let offset: Int
            if document.has(", ", at: place.upperBound) { offset = place.upperBound + 2 } else if document.has(" in ", at: place.upperBound) { offset = place.upperBound + 4 } else { continue }
            guard let position = document.tokenIndex(startingAt: offset), tokens[position].zone != .reference,
                  let last = Self.cityEnd(from: position, tokens: tokens, in: document) else { continue }
            let range = offset..<tokens[last].end
            guard !places.contains(where: { $0.overlaps(range) }), !PersonNames.isEponymUse(tokens, at: last, in: document) else { continue }
            matches.append(Match(range, "town"))
        }
        return matches
    }

    /// The words of a journey on which the care takes a patient to a city: "flown by fixed wing from Chinle to Flagstaff", "evacuated
    /// by air to Lima", "ambulance to Ottawa" (not a trip of the patient's own, "flew back to Manila", "returned to London", nor a sample
    /// "sent to Atlanta for confirmatory testing"; nor a holiday's or a trip's: `tripWords`).
    static let transferWords: WordList = ["flown", "airlifted", "evacuated", "medevac", "medevaced", "retrieved", "transferred", "transported",
                                          "conveyed", "driven", "brought", "moved", "ambulance", "helicopter", "repatriated", "diverted", "shipped"]
    /// A journey of the patient's own before the city, not the care's: "returned from a family trip to Auckland".
    static let tripWords: WordList = ["trip", "holiday", "holidays", "vacation", "pilgrimage", "tour", "visit", "honeymoon", "cruise"]

    /// A city of the gazetteer (`cityEnd`) after "to", with a word of a journey (`transferWords`) at most six words before it in the
    /// same clause: "he was flown by fixed wing from Chinle to Flagstaff", "after extrication, was flown by STARS to Saskatoon".
    private func citiesOfTransfer(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.capitalisedWords where position >= 2 {
            let to = tokens[position - 1]
            guard to.end + 1 == tokens[position].start, to.end - to.start == 2, bytes[to.start] == UInt8(ascii: "t"), bytes[to.start + 1] == UInt8(ascii: "o"),
                  tokens[position].zone == .text else { continue }
            var back = position - 2, journey = false
            while back >= 0, position - 1 - back <= 6, !bytes[tokens[back].end..<tokens[back + 1].start].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0.isLineBreak }) {
                if !tokens[back].isNumber, Self.tripWords.contains(tokens[back], in: document) { break }
                if !tokens[back].isNumber, Self.transferWords.contains(tokens[back], in: document) { journey = true; break }
                back -= 1
            }
            guard journey, let last = Self.cityEnd(from: position, tokens: tokens, in: document),
                  !PersonNames.isEponymUse(tokens, at: last, in: document) else { continue }
            matches.append(Match(tokens[position].start..<tokens[last].end, "town"))
        }
        return matches
    }

    /// A hospital's acronym after "at", "from" or "arrives", or "to" after a word of a journey or before a department: "CT at JOOTRH",
    /// "transferred to CGTRH", "arrives ANMC", "arrival to CBH ED" — three to six capitals that no word or abbreviation spells (so not
    /// "MTRH", which the abbreviations list, nor "CHUM"), ending as a hospital's do ("…H" for
    /// hospital, "…MC" or "…HS" for a medical centre or health service, "…HG" as in "UHG") or starting with "CH" (a children's
    /// hospital, a centre hospitalier); not a kind of place written first ("at CHSLD des Trois-Pignons" is found whole elsewhere).
    private func hospitalAcronyms(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.allCapsWords where position >= 1 {
            let token = tokens[position]
            let length = token.end - token.start
            guard (3...6).contains(length), !token.isNumber, token.zone == .text, bytes[token.range].allSatisfy(\.isUpper) else { continue }
            let last = bytes[token.end - 1], secondLast = bytes[token.end - 2]
            guard last == UInt8(ascii: "H") || secondLast == UInt8(ascii: "M") && last == UInt8(ascii: "C") || secondLast == UInt8(ascii: "H") && (last == UInt8(ascii: "G") || last == UInt8(ascii: "S"))
                    || bytes[token.start] == UInt8(ascii: "C") && bytes[token.start + 1] == UInt8(ascii: "H") else { continue }
            guard token.end == bytes.count || !bytes[token.end].isAlphanumeric && bytes[token.end] != UInt8(ascii: "-") && bytes[token.end] != UInt8(ascii: "/") else { continue }
            let before = tokens[position - 1]
            guard before.end + 1 == token.start, bytes[before.end] == UInt8(ascii: " "), !before.isNumber else { continue }
            let preposition = document.lowercased(before.range)
            // ("to" only after a word of a journey, "transferred to CGTRH": not "switched to CHG", "due to OSAH".)
            // (Or before a department: "arrival to CBH ED", "direct to ANMC PICU".)
            let department = position + 1 < tokens.count && tokens[position + 1].start == token.end + 1 && !tokens[position + 1].isNumber
                && (tokens[position + 1].isIn(.departmentAbbreviations) && document.isAllCaps(tokens[position + 1])
                    || ["ward", "emergency", "icu"].contains(document.lowercased(tokens[position + 1].range)))
            guard ["at", "from", "arrives", "arrived", "via"].contains(preposition)
                    || preposition == "to" && (department || position >= 2 && (Self.transferWords.contains(tokens[position - 2], in: document)
                        || ["admitted", "referred", "taken", "sent", "arrival"].contains(document.lowercased(tokens[position - 2].range)))) else { continue }
            guard !token.isIn(.abbreviations), !Lexicon.abbreviations.contains(token, in: document), !Lexicon.englishWords.contains(token, in: document),
                  !token.isIn(.facilityWordsBefore), !token.isIn(.countries), !token.isIn(.departmentAbbreviations) else { continue }
            matches.append(Match(token.range, "hospital's acronym"))
        }
        return matches
    }

    /// Words between a letter's place and its date: "Québec, le 15 mars 2023", "Hamburg, den 3. Mai", "Lugano, il 19 febbraio".
    static let datelineArticles: Set<String> = ["le", "den", "am", "il", "el", "em", "on", "the", "a"]

    /// The place a letter is written from, first on its line before a comma and the date: "> Sevilla, 2 de febrero de 2024", "Quimper,
    /// le 5 juin 2024", "> Malatya, 14.02.2024" — a town or city of the gazetteer, or a capitalised word that is no English one, no
    /// country and no given name (an eponym may be a town too, before a day and a month: "Lugano, 19 febbraio 2024").
    private func datelines(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.capitalisedWords where position + 2 < tokens.count {
            let first = tokens[position]
            // (The comma after the first word or two first: few capitalised words have one.)
            guard document.has(", ", at: first.end) || document.has(" ", at: first.end) && position + 1 < tokens.count && document.has(", ", at: tokens[position + 1].end),
                  !first.isNumber, first.zone == .text, !document.isAllCaps(first),
                  document.startsWrittenLine(at: first.start, skipping: [UInt8(ascii: " "), UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "_")]) else { continue }
            let last = Self.capitalisedNameEnd(from: position, tokens: tokens, in: document)
            guard document.has(", ", at: tokens[last].end), var day = document.tokenIndex(startingAt: tokens[last].end + 2) else { continue }
            if !tokens[day].isNumber, Self.datelineArticles.contains(document.lowercased(tokens[day].range)), day + 1 < tokens.count,
               tokens[day + 1].start == tokens[day].end + 1 { day += 1 }
            let number = tokens[day]
            guard number.isNumber, day + 1 < tokens.count else { continue }
            let after = tokens[day + 1]
            // A day and its month: "2 de febrero", "5 juin", "14.02.2024", "3. Mai", "2024-02-19".
            let length = number.end - number.start
            var month = day + 1
            if !after.isNumber, document.lowercased(after.range) == "de", month + 1 < tokens.count { month += 1 }
            // (A day, a month and a year in numbers, not "Troponin, 12.4 ng/L" or "Flucloxacillin, 5/7".)
            let separator = bytes[number.end]
            let numeric = after.isNumber && after.start == number.end + 1 && [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-")].contains(separator)
                && day + 2 < tokens.count && tokens[day + 2].isNumber && after.end < bytes.count && bytes[after.end] == separator && tokens[day + 2].start == after.end + 1
                && (length == 4 ? (1...2).contains(tokens[day + 2].end - tokens[day + 2].start)
                                : (1...2).contains(length) && [2, 4].contains(tokens[day + 2].end - tokens[day + 2].start))
            let dated = (1...2).contains(length) && !tokens[month].isNumber && tokens[month].start <= tokens[month - 1].end + 2
                    && (tokens[month].isIn(.monthWords) || tokens[month].isIn(.foreignMonths))
                || numeric
                || (1...2).contains(length) && document.has(". ", at: number.end) && !after.isNumber && (after.isIn(.monthWords) || after.isIn(.foreignMonths))
            guard dated else { continue }
            // A letter's date ends its line, perhaps with the date in another calendar in brackets: not "Omicron, 26 November 2021: the WHO …".
            let lineEnd = document.source.utf8[tokens[day].end...].firstIndex(where: \.isLineBreak) ?? bytes.count
            guard lineEnd - tokens[day].end <= 40, !bytes[tokens[day].end..<lineEnd].contains(UInt8(ascii: ":")) else { continue }
            let place = bytes[first.start..<tokens[last].end]
            let known = Lexicon.towns.contains(place) || Lexicon.bigCities.contains(place)
            // (A saint's title may start a known city, "San José"; a province that is a large city too is the city a letter is written
            // in: "Québec, le 15 mars 2023".)
            guard !Self.countries.contains(place) || Lexicon.bigCities.contains(place), !first.isIn(.weekdays), !first.isIn(.monthWords),
                  known || last == position && !first.isIn(.titles) && !first.isIn(.countries) && !Lexicon.englishWords.contains(first, in: document) && !Lexicon.firstNames.contains(first, in: document)
                    && !Lexicon.abbreviations.contains(first, in: document) else { continue }
            matches.append(Match(first.start..<tokens[last].end, "place of a letter"))
        }
        return matches
    }

    /// A large city after "in" in a sentence about a patient: "A 58-year-old in Busan", "a woman with CKD in Riyadh", "an adolescent
    /// girl with type 1 diabetes in Cork", "the receiving neonatal unit in Glasgow" — not where a score was derived or a disease
    /// described ("the GAHS, derived in Glasgow", "first described in Mumbai", "Teasdale and Jennett in Glasgow").
    private func citiesNearPeople(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for position in document.capitalisedWords where position >= 2 {
            let before = tokens[position - 1]
            guard before.end + 1 == tokens[position].start, before.end - before.start == 2, document.has("in ", at: before.start),
                  tokens[position].zone == .text, !document.isAllCaps(tokens[position]) else { continue }
            // ("in Glasgow Coma Scale": the whole run of capitalised words is the city.)
            let last = Self.capitalisedNameEnd(from: position, tokens: tokens, in: document)
            let city = document.bytes[tokens[position].start..<tokens[last].end]
            guard Lexicon.bigCities.contains(city), !Self.countries.contains(city),
                  !PersonNames.isEponymUse(tokens, at: last, in: document), !PersonNames.isCitation(after: tokens[last], in: document),
                  // ("an oxacillinase first identified in Istanbul": where a thing was found.)
                  !Self.wordsOfDiscovery.contains(tokens[position - 2], in: document),
                  // ("the WHO global database maintained in Uppsala": where a body keeps its records, not "his INR is maintained in Tullamore".)
                  !(position >= 3 && ["maintained", "hosted", "kept"].contains(document.lowercased(tokens[position - 2].range))
                    && Self.keepingBodies.contains(tokens[position - 3], in: document)) else { continue }
            // ("collaborating centres in Atlanta, London, Melbourne": a list of cities.)
            if document.has(", ", at: tokens[last].end), let next = document.tokenIndex(startingAt: tokens[last].end + 2),
               let nextLast = Self.cityEnd(from: next, tokens: tokens, in: document), Lexicon.bigCities.contains(document.bytes[tokens[next].start..<tokens[nextLast].end]) { continue }
            // A person or a unit of care earlier in the sentence (not "WHO", nor "who": a person elsewhere).
            var back = position - 2, person = false
            while back >= 0, position - back <= 14, !document.bytes[tokens[back].end..<tokens[back + 1].start].contains(where: { $0 == UInt8(ascii: ".") || $0.isLineBreak }) {
                let token = tokens[back]
                if document.isAllCaps(token) || document.bytes[token.range].elementsEqual("who".utf8) {
                    back -= 1
                    continue
                }
                if token.isIn(.people) || token.isIn(.residenceWords) || Self.peopleAndUnitsOfCare.contains(token, in: document)
                    || back == position - 2 && Self.doctorsInTown.contains(token, in: document)
                    || token.end - token.start >= 8 && document.hasPrefix("year-old", at: token.end - 8) {
                    person = true
                    break
                }
                back -= 1
            }
            guard person, !PersonNames.hasHistoricalYear(after: tokens[last].end, in: document) else { continue }
            matches.append(Match(tokens[position].start..<tokens[last].end, "city"))
        }
        return matches
    }

    /// An offshore installation, named with a letter or a designator word before "platform" or "rig": "the Skerryvore Bravo platform",
    /// "the Nordkapp Sigma production platform", "the Gullfjell A platform" (not "the Illumina platform", "a sequencing platform").
    private func offshoreInstallations(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        // (From the designator, a capital: most tokens are not.)
        for designator in document.capitalisedWords where designator >= 1 && designator + 1 < tokens.count {
            let mark = tokens[designator]
            guard mark.zone == .text, mark.end - mark.start == 1 && document.bytes[mark.start].isUpper || Self.designatorWords.contains(mark, in: document) else { continue }
            // ("Sigma production platform": a word of what it does between.)
            var kind = designator + 1
            if Self.installationKinds.contains(tokens[kind], in: document), !document.isCapitalised(tokens[kind]), kind + 1 < tokens.count { kind += 1 }
            guard tokens[kind].start == tokens[kind - 1].end + 1, Self.installationWords.contains(tokens[kind], in: document), !document.isCapitalised(tokens[kind]) else { continue }
            var first = designator
            while first >= 1, designator - first < 3, tokens[first - 1].end + 1 == tokens[first].start, !tokens[first - 1].isNumber,
                  document.isCapitalised(tokens[first - 1]), !document.isAllCaps(tokens[first - 1]), !tokens[first - 1].isIn(.stopwords) { first -= 1 }
            // ("the Type A platform": a kind, not a name.)
            guard first < designator, !Self.kindWords.contains(tokens[first], in: document) else { continue }
            matches.append(Match(tokens[first].start..<mark.end, "offshore installation"))
        }
        return matches
    }

    /// What an offshore installation is called after its name.
    static let installationWords: WordList = ["platform", "rig", "installation"]
    /// The letters of the NATO alphabet and of Greek that name the installations of an oil or gas field.
    static let designatorWords: WordList = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "kilo", "lima", "sierra",
                                            "tango", "beta", "gamma", "epsilon", "zeta", "eta", "theta", "kappa", "lambda", "sigma", "omega"]
    /// What an installation does: "production platform", "drilling rig".
    static let installationKinds: WordList = ["production", "drilling", "accommodation", "gas", "oil", "wellhead", "jack-up", "semi-submersible"]

    /// A town or a city as a tag of the front matter: "tags: [cholera, contact-tracing, kisumu]", "- saint-jerome", "gavle".
    private func townTags(in document: ScanDocument) -> [Match] {
        guard let frontMatter = document.frontMatter else { return [] }
        var matches: [Match] = []
        let separators: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]")]
        func isPadding(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }
        for line in frontMatter where document.zones[line - 1] == .text {
            let text = document.source.lineBytes(line)
            guard !text.isEmpty, document.isInTags(text.startIndex) else { continue }
            // The value: after "tags:" or a list item's "- ".
            var start = text.startIndex
            if let (_, colon) = ScanDocument.topLevelKey(of: text) { start = colon + 1 }
            for item in text[start...].split(whereSeparator: { separators.contains($0) }) {
                var trimmed = item.drop { $0 == UInt8(ascii: " ") }
                if trimmed.starts(with: "- ".utf8) { trimmed = trimmed.dropFirst(2) }
                var tag = trimmed.drop(while: isPadding)
                while let last = tag.last, isPadding(last) { tag = tag.dropLast() }
                guard tag.count >= 4, tag.allSatisfy({ $0.isLetterLike || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }) else { continue }
                let spaced = ArraySlice(tag.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 })
                // (Not "quebec", "kawasaki", "igra", "epworth": a province, an eponym or an abbreviation that is a town somewhere too.)
                if Lexicon.towns.contains(tag) || Lexicon.towns.contains(spaced) || Lexicon.bigCities.contains(tag) || Lexicon.bigCities.contains(spaced),
                   ![tag, spaced].contains(where: { Self.countries.contains($0) || Lexicon.eponyms.contains($0) || Lexicon.abbreviations.contains($0) }) {
                    matches.append(Match(tag.startIndex..<tag.endIndex, "town as a tag"))
                }
            }
        }
        return matches
    }

    /// The end of a postcode written right after a place, or `end` when none is: "Glenwood, 4001", "Toksook Bay, 99637", "Kota
    /// Bandung 40135", "Cainta, Rizal 1900", "maryvale (85033)", "Tefé, 69470-000" — three to six digits, perhaps with a hyphen and
    /// three or four more, perhaps after a region's name or code, ending there (not "Leeds 2019", a year; not "Ward 7, 14 beds",
    /// "Bendigo 45 km").
    static func postcodeEnd(after end: Int, in document: ScanDocument) -> Int {
        let bytes = document.bytes, tokens = document.tokens
        var at = end
        let bracket = document.has(" (", at: at)
        if bracket { at += 2 } else if document.has(", ", at: at) { at += 2 } else if document.has(" ", at: at) { at += 1 } else { return end }
        guard var index = document.tokenIndex(startingAt: at) else { return end }
        // A region's name or code between: "Rizal", "NH", "Nueva Ecija".
        var region = false
        if !bracket, !tokens[index].isNumber, document.isCapitalised(tokens[index]) {
            var last = index
            if last + 1 < tokens.count, !tokens[last + 1].isNumber, document.isCapitalised(tokens[last + 1]), tokens[last + 1].start == tokens[last].end + 1 { last += 1 }
            guard last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start == tokens[last].end + 1,
                  tokens[index...last].allSatisfy({ document.isAllCaps($0) && $0.end - $0.start <= 3 || $0.isIn(.countries) || !Lexicon.englishWords.contains($0, in: document) }) else { return end }
            index = last + 1
            region = true
        }
        let number = tokens[index]
        guard number.isNumber, (3...6).contains(number.end - number.start) else { return end }
        var stop = number.end
        // "69470-000", "13084-010": two groups joined by a hyphen.
        if document.has("-", at: stop), index + 1 < tokens.count, tokens[index + 1].isNumber, tokens[index + 1].start == stop + 1,
           (3...4).contains(tokens[index + 1].end - tokens[index + 1].start) { stop = tokens[index + 1].end }
        // (Not a year: "Leeds 2019", "Bath, 1998", "Toronto (2004)".)
        let value = Int(document.text(number.range)) ?? 0
        if stop == number.end, !region, (1900...2099).contains(value) { return end }
        // It ends there: not "45 km", "7 beds", "12:30", "3.5", "1,000".
        if stop < bytes.count {
            let next = bytes[stop]
            if next.isAlphanumeric || next == UInt8(ascii: ":") || next == UInt8(ascii: "/") || next == UInt8(ascii: "%") || next == UInt8(ascii: "-")
                || (next == UInt8(ascii: ".") || next == UInt8(ascii: ",")) && stop + 1 < bytes.count && bytes[stop + 1].isDigit { return end }
            if next == UInt8(ascii: " "), let after = document.token(startingAt: stop + 1), !after.isNumber, !document.isCapitalised(after) || Self.unitsAfterANumber.contains(after, in: document) { return end }
            if next == UInt8(ascii: " "), document.token(startingAt: stop + 1)?.isNumber ?? false { return end }
        }
        if bracket {
            guard stop < bytes.count, bytes[stop] == UInt8(ascii: ")") else { return end }
            return stop + 1
        }
        return stop
    }

    /// Capitalised units after a number, which make it no postcode: "Bendigo 120 Km", "Kerikeri 12 MB".
    static let unitsAfterANumber: WordList = ["km", "kg", "mb", "gb", "mg", "ml", "cm", "mm", "hrs", "hours", "mins", "days", "years"]

    /// The first words of the names of international bodies: "the International Club of Ascites", "the European Society of …".
    static let internationalWords: WordList = ["international", "european", "american", "world", "global", "national"]

    /// Whether the capitalised words of a place found, from `first` to `last`, go on with more capitalised words to an acronym in
    /// brackets made of all their initials: "Barcelona Clinic Liver Cancer (BCLC)". (Not "St Mary's Hospital (SMH)": no more words.)
    static func goesOnToItsAcronym(_ first: Int, _ last: Int, in document: ScanDocument) -> Bool {
        let tokens = document.tokens, bytes = document.bytes
        var end = last
        while end + 1 < tokens.count, end - first < 8, tokens[end + 1].start == tokens[end].end + 1, bytes[tokens[end].end] == UInt8(ascii: " "),
              !tokens[end + 1].isNumber, document.isCapitalised(tokens[end + 1]), !document.isAllCaps(tokens[end + 1]) { end += 1 }
        // ("the **Barcelona Clinic Liver Cancer** (BCLC)": emphasis may close before the bracket.)
        var after = tokens[end].end
        while after < bytes.count, bytes[after] == UInt8(ascii: "*") || bytes[after] == UInt8(ascii: "_") { after += 1 }
        guard end > last, document.has(" (", at: after), let acronym = document.token(startingAt: after + 2),
              document.isAllCaps(acronym), document.has(")", at: acronym.end) else { return false }
        let initials = tokens[first...end].map { bytes[$0.start] }
        return bytes[acronym.range].elementsEqual(initials)
    }

    /// Words of finding or first describing a thing, before where it was: "first identified in Istanbul", "described in Mumbai".
    static let wordsOfDiscovery = WordList(wordsOfOriginList + ["found", "reported", "named", "first", "held"])
    /// Words of where a thing comes from, before a town: "a score developed in Freiburg", "first isolated in Entebbe" (not "found in
    /// Kangasala": a patient may be found there).
    static let wordsOfOriginList = ["identified", "described", "discovered", "isolated", "derived", "developed", "validated", "devised", "designed",
                                    "published", "founded", "recognised", "recognized", "headquartered"]
    static let wordsOfOrigin = WordList(wordsOfOriginList)
    /// Bodies and stores that are kept somewhere: "the WHO global database maintained in Uppsala".
    static let keepingBodies: WordList = ["database", "registry", "register", "archive", "archives", "biobank", "secretariat", "repository"]

    /// People and units of care that place a patient in a city: "a haemodialysis patient in Campinas", "a Ukrainian refugee in
    /// Kraków", "our department in Munich".
    static let peopleAndUnitsOfCare: WordList = ["patient", "patients", "girl", "boy", "child", "infant", "baby", "toddler", "adolescent", "teenager",
                                                 "refugee", "worker", "student", "motorcyclist", "cyclist", "pedestrian",
                                                 "unit", "centre", "center", "department", "team", "coordinator", "clinic", "hospice", "hospital",
                                                 "haemodialysis", "hemodialysis", "dialysis", "admitted", "treated", "diagnosed", "seen"]
    /// A patient's own doctors, right before "in" and a city: "made with his cardiologist in Chicago" (not "the haematologist in Abuja
    /// wrote to a colleague in London": only the first city).
    static let doctorsInTown: WordList = ["cardiologist", "nephrologist", "oncologist", "neurologist", "endocrinologist", "haematologist",
                                          "hematologist", "paediatrician", "pediatrician", "physician", "gp"]

    /// The last word of a practice's, a firm's or a home's name in ordinary words: "Desert Bloom Family Medicine", "Mountains Funeral
    /// Services", "Riverside Partners" (not "Attorney General").
    static let organisationEnds: WordList = ["medicine", "medical", "services", "service", "practice", "clinic", "clinics", "partners", "group",
                                             "surgery", "centre", "center", "hospital", "health", "healthcare", "care", "associates", "home", "homes",
                                             "ltd", "llc", "inc", "trust", "pharmacy", "chemist", "chemists", "lodge", "house", "court", "manor",
                                             "doctors", "physicians", "practitioners", "clinicians", "hospice", "infirmary", "dispensary",
                                             "lab", "labs", "laboratories", "imaging", "radiology", "diagnostics", "dental", "optometry",
                                             "physiotherapy", "physio", "pediatrics", "paediatrics", "obstetrics", "orthopaedics", "orthopedics",
                                             "village", "villa", "gardens", "place", "residence", "retreat", "station", "base", "depot", "farm",
                                             "farms", "school", "academy", "college", "company", "co", "corporation", "logistics", "freight"]

    /// Words of a doctor's practice written before its name: "Praxis am Bismarckplatz", "GMF de Limoilou", "Cabinet médical de Clarens".
    static let practiceWordsBefore: WordList = ["praxis", "gmf", "cabinet", "gemeinschaftspraxis", "huisartsenpraktijk", "praktijk", "consultorio",
                                                "consultório", "ambulatorio", "studio", "lægerne", "legekontor", "vårdcentral", "vårdcentralen"]

    /// Words of a department, a service or a grade that an affiliation in ordinary words is made of: "Internal Medicine", "Head of
    /// Department", "Clinical Lead, Acute Care", "Senior Charge Nurse".
    static let departmentAndServiceWords: WordList = ["internal", "family", "general", "emergency", "medicine", "medical", "department", "dept", "surgery",
                                                      "surgical", "clinical", "head", "chief", "senior", "junior", "principal", "charge", "acute", "critical",
                                                      "intensive", "primary", "secondary", "community", "health", "care", "service", "services", "unit",
                                                      "team", "division", "section", "adult", "child", "children", "paediatric", "pediatric", "neonatal",
                                                      "rehabilitation", "rehab", "practice", "nursing", "mental", "public", "occupational", "palliative",
                                                      "sexual", "reproductive", "maternal", "women's", "emeritus", "honorary", "retired", "locum", "visiting",
                                                      "assistant", "associate", "deputy", "acting", "interim", "professor", "lecturer", "research", "trainee",
                                                      "lab", "laboratory", "pharmacy", "imaging", "diagnostic", "diagnostics", "theatre", "theatres", "ward",
                                                      "clinic", "outpatient", "outpatients", "inpatient", "inpatients", "day", "night", "on-call", "duty",
                                                      "infection", "prevention", "control", "safety", "quality", "governance", "education", "training",
                                                      "medicines", "support", "liaison", "transplant", "trauma", "orthopaedic", "orthopedic", "vascular",
                                                      "cardiac", "renal", "respiratory", "stroke", "diabetes", "cancer", "breast", "sleep", "pain", "spinal",
                                                      "sports", "dental", "oral", "eye", "ear", "nose", "throat", "skin", "foot", "hand", "plastic",
                                                      "plastics", "reconstructive", "cosmetic", "hepatobiliary", "upper", "lower", "gi", "colorectal",
                                                      "liver", "heart", "lung", "kidney", "bone", "joint", "blood", "transfusion", "tropical", "travel",
                                                      "specialty", "speciality", "specialties", "sciences", "science", "studies", "affairs", "operations",
                                                      "nurse", "attending", "physician", "house", "staff", "officer", "fellow", "student", "medic",
                                                      "adolescent", "geriatric", "elderly", "older", "addiction", "aviation", "hyperbaric", "wilderness",
                                                      "military", "forensic", "nuclear", "fetal", "perinatal", "genitourinary", "behavioural", "behavioral",
                                                      "developmental", "lifestyle", "integrative", "pulmonary", "functional", "population", "global",
                                                      "rural", "remote", "urgent", "wellness", "coordinator", "funeral"]

    /// A care home's or a hospital's wing named by a word: "Room 12 of the Arigna Wing", "Wattle Wing" (not "East Wing", "the Surgical
    /// Wing", nor "Ho Wing", a given name after a surname).
    private func namedWings(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        let bytes = document.bytes
        for position in document.capitalisedWords where position >= 1 && tokens[position].end - tokens[position].start == 4 && tokens[position].zone == .text {
            let wing = tokens[position], name = tokens[position - 1]
            guard bytes[wing.range].elementsEqual("Wing".utf8), !name.isNumber, name.end + 1 == wing.start, bytes[name.end] == UInt8(ascii: " "),
                  document.isCapitalised(name), !document.isAllCaps(name), name.end - name.start >= 3, !name.isIn(.genericWords), !name.isIn(.stopwords),
                  !name.isIn(.countries), !Self.compassWords.contains(name, in: document), !Self.surgicalSpecialtyWords.contains(name, in: document),
                  Lexicon.englishWords.contains(name, in: document) || !NameIntroductions.isKnownName(name, in: document) else { continue }
            matches.append(Match(name.start..<wing.end, "named wing"))
        }
        return matches
    }

    /// Words before "at" that make it no place: looking, aiming, laughing, or being good at something ("looking at CareLink", "good at
    /// Sudoku").
    static let wordsOfLooking: WordList = ["look", "looks", "looked", "looking", "glance", "glanced", "glancing", "stare", "stared", "staring", "aim", "aimed",
                                           "aiming", "point", "pointed", "pointing", "hint", "hinted", "hints", "laugh", "laughed", "good", "better", "bad"]
    /// Small words inside a place's name: "Children's Mercy Kansas City", "Kisii Teaching and Referral", "Centre de la Rive".
    static let connectorsInAName: WordList = ["of", "and", "de", "du", "des", "la", "le", "del", "di", "da", "do", "dos", "das", "van", "von", "on"]
    /// Feasts and fasts a writer is "at", or their first words: "at Christmas", "at Iftar", "at Rosh Hashanah".
    static let feasts: WordList = ["christmas", "easter", "thanksgiving", "diwali", "deepavali", "eid", "ramadan", "ramazan", "iftar", "suhoor", "sehri",
                                   "hanukkah", "passover", "pesach", "halloween", "navratri", "holi", "lent", "advent", "hogmanay", "yuletide",
                                   "tet", "songkran", "vesak", "purim", "rosh", "yom", "sukkot", "kwanzaa", "matariki", "waitangi", "anzac",
                                   "nowruz", "norooz", "nauruz", "onam", "pongal", "vaisakhi", "baisakhi"]
    /// Words of meetings, learned bodies, laws and offices a writer is "at" in general, not a patient's place: "at the World Congress",
    /// "at the Royal College of Physicians", "at the Department of Health", "Safety at Work Regulations".
    static let gatheringsAndLearnedBodies: WordList = ["congress", "conference", "meeting", "symposium", "summit", "workshop", "course", "session",
                                                       "assembly", "convention", "regulations", "act", "college", "society", "association",
                                                       "academy", "games", "olympics", "championship", "championships", "cup", "festival", "forum",
                                                       "lecture", "lectures", "rounds", "seminar", "consensus", "committee", "council", "board",
                                                       "department", "ministry", "affairs", "division",
                                                       // "at New Year", "at Year 10": a season or a school year.
                                                       "year"]
    /// Words of where a score, a sign or a guideline came from: an institution named as its source is no patient's place.
    static let wordsOfDerivation: [[UInt8]] = ["derived", "developed", "described", "named", "coined", "founded", "pioneered", "published",
                                               "trial", "trials", "study", "studies", "colleagues", "criteria", "guideline", "guidelines",
                                               "validated", "researchers", "investigators", "workshop", "consensus", "modified",
                                               "isolated", "discovered", "invented", "originated", "eponym", "eponymous"].map { Array($0.utf8) }

    /// First words of a kind of service, not a town's: "National …", "Community Mental Health Service".
    static let serviceQualifiers: WordList = ["national", "public", "mental", "community", "primary", "child", "children's", "school", "youth", "sexual",
                                              "occupational", "student", "university", "veterans", "veterans'", "indian", "rural", "remote", "state",
                                              "district", "county", "city", "municipal", "royal", "military", "army", "prison", "women's", "maternal", "oral"]
    /// Services that are not places: "… Ambulance Service", "… Flying Doctor Service".
    static let emergencyServices: WordList = ["ambulance", "doctor", "fire", "police", "probation", "coastguard", "rescue", "blood", "transfusion", "coroners", "coroner's"]

    /// Words of working for someone, before the employer's name: "drives for", "employed by", "works as a cook at".
    static let employmentWords = WordList(vocabulary: .employmentWords, ["works", "worked", "working", "drives", "drove", "driving", "employed", "employee", "volunteers", "volunteered",
                                            "contracted", "apprenticed", "apprentice", "labourer", "laborer"])
    static let employerPrepositions: WordList = ["for", "at", "by", "with", "of"]

    /// The places written before a postcode: "4 Clashmore, Stoer IV27 4JQ", "RD 3, Martinborough 5783",
    /// "Antipolo 1870", "Cloonbur, Co. Galway H91 X2K8", "Longreach QLD 4730".
    static let notPlaceFollowers: WordList = ["act", "acts", "bill", "regulations", "directive", "scale", "score", "criteria", "rule", "rules", "guidelines",
                                              "pathway", "protocol", "classification", "tool", "model",
                                              // "the University of Pennsylvania Smell Identification Test": an instrument.
                                              "test", "questionnaire", "inventory",
                                              // "Flinders Island spotted fever", "Rocky Mountain spotted fever".
                                              "spotted",
                                              // "ACOG Practice Bulletin 226", "the RCOG Green-top Guideline No. 37a": a body's publication.
                                              "bulletin", "guideline", "statement", "opinion", "advisory"]

    static let postcodeLabels = WordList(PostalCodeRule.labels.filter { !$0.contains(" ") } + ["code"])

    /// Particles between a facility's kind word and its name: "Klinikum am Schlossberg", "Hôpital de Cusco".
    static let particlesBeforeAName: WordList = ["am", "an", "im", "zum", "zur", "de", "di", "del", "da", "do", "des", "du", "dos", "das"]
    /// Particles that may stand inside a place's name before its postcode: "Vila Nova de Gaia 4400-123".
    static let placeNameParticles: WordList = ["de", "da", "do", "na", "van", "von", "le", "la"]
    /// Words before a number that make it a year, not a house number: "the 2019 …", "since 2021".
    static let wordsBeforeAYear: WordList = ["the", "in", "since", "by"]

    private func placesBeforePostcodes(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        func isPlaceWord(_ token: Token) -> Bool {
            if token.isNumber { return token.end - token.start <= 5 }
            if Self.postcodeLabels.contains(token, in: document) { return false }
            let particle = Self.placeNameParticles.contains(document, token.range)
            return (document.isCapitalised(token) || particle) && !token.isIn(.titles)
                && !(document.isAllCaps(token) && token.end - token.start >= 3 && token.isIn(.labelWords))
                && (particle || !token.isIn(.stopwords))
        }
        for postcode in PostalCodeRule().matches(in: document) where document.zone(at: postcode.start) == .text {
            guard var position = document.lastTokenIndex(endingBy: postcode.start) else { continue }
            var gapEnd = postcode.start
            // A state or province between the town and the code: "QLD", "SK", "MD".
            if !tokens[position].isNumber, document.isAllCaps(tokens[position]), (2...3).contains(tokens[position].end - tokens[position].start), position >= 1,
               !Self.postcodeLabels.contains(tokens[position], in: document) {
                gapEnd = tokens[position].start
                position -= 1
            }
            // ("Yamachiche (QC) G0X 3L0": the province in brackets.)
            let bracketed = gapEnd < postcode.start && gapEnd >= 1 && bytes[gapEnd - 1] == UInt8(ascii: "(") && document.hasPrefix(") ", at: tokens[position + 1].end)
            if bracketed { gapEnd -= 1 }
            guard bytes[tokens[position].end..<gapEnd].allSatisfy({ $0.isSpace || $0 == UInt8(ascii: ",") }), gapEnd - tokens[position].end <= 3 else { continue }
            // Up to three comma-separated segments of capitalised words or house numbers, on the same line.
            var start: Int?
            var words = 0
            var segments = 1
            while position >= 0 {
                let token = tokens[position]
                guard isPlaceWord(token), words < 5 else { break }
                start = token.start
                words += 1
                guard position >= 1 else { break }
                let gap = bytes[tokens[position - 1].end..<token.start]
                if gap.count > 3 || gap.contains(where: { $0.isLineBreak || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: ";") }) { break }
                if gap.contains(UInt8(ascii: ",")) {
                    segments += 1
                    words = 0
                    if segments > 3 { break }
                }
                position -= 1
            }
            guard let start, start < postcode.start else { continue }
            var end = postcode.start
            while end > start, bytes[end - 1].isSpace || bytes[end - 1] == UInt8(ascii: ",") { end -= 1 }
            matches.append(Match(start..<end, "address"))
        }
        return matches
    }

    static let lowercaseFacilityKinds = WordList(vocabulary: .lowercaseFacilityKinds, ["hospital", "dispensary", "clinic", "hospice", "pharmacy", "infirmary", "polyclinic",
                                                                                                 "sjukhus", "sykehus", "sairaala", "krankenhaus", "ziekenhuis", "spital", "wing",
                                                                                                 "vårdcentral", "vardcentral", "terveyskeskus", "legevakt", "sundhedshus",
                                                                                                 // Workplaces and places people gather: "Kebuko market", "Seaview cool stores".
                                                                                                 "market", "stores", "allotments", "launch", "quarry", "wharf", "jetty", "campground", "campsite",
                                                                                                 "saleyards", "abattoir", "sawmill", "mill", "depot", "township",
                                                                                                 // Services named by their place: "the Estcourt emergency unit", "the Toowong rheumatology rooms".
                                                                                                 "unit", "centre", "center", "rooms",
                                                                                                 // Schools and meeting grounds: "year 10 at Ōtara college", "Kaiti school", "Waiomio marae".
                                                                                                 "college", "school", "kindergarten", "kura", "marae"])
    static let facilityQualifiers: WordList = ["sub-county", "district", "county", "referral", "general", "mission", "community", "teaching", "regional", "rural", "health",
                                               "cool", "cold", "boat", "fish", "cattle", "fruit", "emergency", "medical", "dialysis", "renal", "rheumatology",
                                               "infusion", "maternity", "cancer", "outpatient", "day", "home-training", "mental"]

    /// Compound words for a hospital or a health centre in Nordic, Baltic and Central European languages, by their ending:
    /// "universitetssykehus", "länssjukhus", "keskushaigla". (Not "hospital": "prehospital" is a word.)
    static let facilityKindEndings = ["sykehus", "sjukhus", "sygehus", "sairaala", "haigla", "ligoninė", "kórház", "nemocnice",
                                      "vårdcentral", "legesenter", "lægehus", "terveyskeskus",
                                      // A clinic and a school: "Fyrisåns barnklinik", "Helsingin lastenklinikka", "Hervannan yhtenäiskoulu".
                                      "klinik", "klinikka", "koulu", "skola", "skole"].map { Array($0.utf8) }

    static func hasFacilityKindEnding(_ token: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes[token.range]
        return bytes.count >= 10 && Self.facilityKindEndings.contains { bytes.count > $0.count && bytes.reversed().starts(with: $0.reversed()) }
    }

    /// Words for a ward in Swedish, Norwegian, Danish and Dutch, Finnish, Czech and Portuguese, alone or ending a compound: "Neonatalavdelning
    /// 32", "medicinavdelning 4", "afdeling Traumatologie 4 Oost", "oddělení 3B", "afdeling C3", "Enfermaria 4B".
    static let wardEndings = ["avdelning", "avdeling", "afdeling", "osasto", "oddělení", "enfermaria"].map { Array($0.utf8) }
    /// Whether a byte ends one of `wardEndings` (by byte value), and the last five bytes of each as one number: a token's last byte
    /// and then its last five are compared with them before its ending is.
    static let endsAWardWord: [Bool] = (0..<256).map { byte in wardEndings.contains { $0.last == UInt8(byte) } }
    static let wardTails: [UInt64] = wardEndings.map { tail(endingAt: $0.count, in: $0) }
    /// The five bytes before `end`, as one number (the first of them highest).
    @inline(__always) static func tail(endingAt end: Int, in bytes: [UInt8]) -> UInt64 {
        var tail: UInt64 = 0
        for index in (end - 5)..<end { tail = tail << 8 | UInt64(bytes[index]) }
        return tail
    }
    /// Compass points in Dutch, Norwegian, Danish and Swedish after a ward's number: "4 Oost", "3 Vest".
    static let compassPointsAbroad: WordList = ["oost", "west", "noord", "zuid", "øst", "vest", "nord", "syd"]
    /// Floors as a ward's or a room's address writes them after a comma: "Neonatal Unit, 2nd floor", "Unité néonatale, 3e étage",
    /// "reparto Blu, 3° piano", "UTI Adulto 3º andar", "MIC-unit, 2de verdieping", "2e étage, ch. 214".
    static let floorWords: WordList = ["floor", "étage", "etage", "piso", "piano", "andar", "verdieping", "stock", "og", "etasje", "våning", "sal", "planta",
                                       // Turkish, Hungarian, Estonian, Lithuanian, Polish, Czech and Finnish: "6. kat", "2. emelet", "3. piętro".
                                       "kat", "emelet", "korrus", "aukštas", "piętro", "patro", "kerros"]
    static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th", "e", "er", "ème", "de", "ste", "°", "º", "ª", "."]

    /// A ward given by its number in a Nordic, Dutch or Czech record, and a floor written after a comma in a ward's or a room's address.
    /// A room, a bed or a cot written in lowercase with its number or code, in any language, where a place or a list puts
    /// it — after a bracket, a comma, a table's bar, a quote, a unit's letters ("ICU 2 bed 14") or a word of place: "moved to room
    /// 214", "(UCI 2, leito 14)", "| cot 3 |", "Ward 6, bed 6B-04", "Int. 3, rom 312", "piso 4, habitación 412". Not a count or
    /// a span after it ("bed 3 days", "room 2 hours later") nor a clock time ("bed 14:30").
    private func roomsInLowercase(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for number in document.numbers where number >= 1 && tokens[number].end - tokens[number].start <= 4 {
            let word = tokens[number - 1]
            guard !word.isNumber, word.zone == .text, bytes[word.start].isLower, tokens[number].start == word.end + 1,
                  bytes[word.end] == UInt8(ascii: " "), Self.lowercaseRoomWords.contains(document.lowercased(word.range)) else { continue }
            // Where it stands.
            var before = word.start - 1
            while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
            let placed: Bool
            if before < 0 || document.source.utf8[before].isLineBreak || [UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: "\""), UInt8(ascii: "[")].contains(bytes[before]) {
                placed = true
            } else if number >= 2, tokens[number - 2].end == before + 1 {
                let previous = tokens[number - 2]
                placed = Self.roomPrepositions.contains(document.lowercased(previous.range))
                    || !previous.isNumber && document.isAllCaps(previous) && (2...6).contains(previous.end - previous.start)
                    || previous.isNumber && number >= 3 && document.isAllCaps(tokens[number - 3]) && !tokens[number - 3].isNumber
                        && tokens[number - 3].end + 1 == previous.start
            } else {
                placed = false
            }
            guard placed else { continue }
            // The code: digits, capitals, and a hyphen between them ("14", "14B", "6B-04"), or one small letter ("12a").
            var end = tokens[number].end
            while end < bytes.count, end - tokens[number].start < 10 {
                if bytes[end].isDigit || bytes[end].isUpper { end += 1 }
                else if bytes[end] == UInt8(ascii: "-") && end + 1 < bytes.count && (bytes[end + 1].isDigit || bytes[end + 1].isUpper) { end += 1 }
                else if bytes[end].isLower && (end + 1 >= bytes.count || !bytes[end + 1].isLetterLike) && end == tokens[number].end { end += 1 }
                else { break }
            }
            // Not a clock time, a degree, days in shorthand ("bed 3/7") or a count of something after it ("bed 3 days", "bed 2 more days",
            // "bed 3 to 5 days"; not "room 212 to room 214").
            if end < bytes.count, bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: "%") || bytes[end] == 0xC2 || bytes[end] == UInt8(ascii: "/") { continue }
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), let after = document.tokenIndex(startingAt: end + 1), !tokens[after].isNumber {
                let word = document.lowercased(tokens[after].range)
                if Self.countedAfterRooms.contains(word) { continue }
                if ["to", "and", "or", "of", "more", "full", "consecutive", "further", "extra", "whole", "entire", "additional"].contains(word),
                   after + 1 < tokens.count, tokens[after + 1].isNumber || Self.countedAfterRooms.contains(document.lowercased(tokens[after + 1].range)) { continue }
            }
            if end < bytes.count, bytes[end].isLetterLike { continue }
            matches.append(Match(word.start..<end, "room or bed"))
        }
        return matches
    }

    /// Rooms, beds and cots in lowercase (`roomsInLowercase`), in English and in the languages of the cases: Spanish,
    /// Portuguese, French, German, Italian, Dutch, Polish, Romanian, Nordic languages, Icelandic, Persian and Baltic ones.
    /// (Not an operating theatre or a suite, where staff are sent: "consultant called to theatre 2", "IR suite 2".)
    static let lowercaseRoomWords: Set<String> = ["room", "bed", "cot", "cubicle", "bay", "bedroom", "side-room", "sideroom",
                                                  "incubator", "isolette", "habitación", "habitacion", "cuna", "quarto", "leito", "berço", "chambre", "lit",
                                                  "zimmer", "bett", "stanza", "letto", "kamer", "pokój", "pokoj", "łóżko", "salon", "pat", "sala",
                                                  "rom", "rum", "säng", "seng", "sänky", "huone", "herbergi", "rúm", "otagh", "palat", "lova"]
    /// Words of place before a room in lowercase: "moved to room 214", "en la habitación 4", "în salon 3", "i rom 312".
    static let roomPrepositions: Set<String> = ["in", "to", "into", "at", "from", "on", "en", "na", "no", "em", "în", "i", "í", "á", "dans", "la", "w", "im",
                                                "auf", "a", "al", "nel", "nella", "op", "på", "his", "her", "their", "same", "next", "shared", "single"]
    /// What a number after a room's word may count instead: "bed 3 days", "room 2 hours later", "cot 2 kg".
    static let countedAfterRooms: Set<String> = ["day", "days", "hour", "hours", "h", "hrs", "hr", "week", "weeks", "wk", "wks", "night", "nights", "month",
                                                 "months", "year", "years", "minute", "minutes", "min", "mins", "mg", "ml", "cm", "mm", "kg", "g", "times", "x",
                                                 "patients", "beds", "rooms", "people", "am", "pm", "degrees", "d", "m", "deg"]

    private func floorsAndWards(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in tokens.indices where !tokens[position].isNumber && tokens[position].zone == .text {
            let token = tokens[position]
            // (Only a token whose last five bytes end a ward word is compared with the words, from its end, without copying it.)
            guard token.end - token.start >= 6, Self.endsAWardWord[Int(bytes[token.end - 1])], Self.wardTails.contains(Self.tail(endingAt: token.end, in: bytes)),
                  Self.wardEndings.contains(where: { ending in
                      ending.count <= token.end - token.start && ending.indices.allSatisfy { ending[$0] == bytes[token.end - ending.count + $0].lowercased }
                  }) else { continue }
            // The ward's number, perhaps after its specialty: "4", "3B", "Traumatologie 4 Oost".
            var next = position + 1
            // ("C3": a letter before the number.)
            if next + 1 < tokens.count, !tokens[next].isNumber, tokens[next].end - tokens[next].start == 1, bytes[tokens[next].start].isUpper,
               tokens[next].start == tokens[next - 1].end + 1, tokens[next + 1].isNumber, tokens[next + 1].start == tokens[next].end {
                next += 1
            } else {
                if next < tokens.count, !tokens[next].isNumber, document.isCapitalised(tokens[next]), tokens[next].start == tokens[next - 1].end + 1 { next += 1 }
                guard next < tokens.count, tokens[next].start == tokens[next - 1].end + 1 else { continue }
            }
            guard tokens[next].isNumber, tokens[next].end - tokens[next].start <= 3 else { continue }
            var end = tokens[next].end
            // "3B", "4 Oost".
            if end < bytes.count, bytes[end].isUpper, end + 1 == bytes.count || !bytes[end + 1].isLetterLike { end += 1 }
            else if next + 1 < tokens.count, tokens[next + 1].start == end + 1, Self.compassPoints.contains(tokens[next + 1], in: document)
                        || Self.compassPointsAbroad.contains(tokens[next + 1], in: document) {
                end = tokens[next + 1].end
            }
            matches.append(Match(token.start..<end, "ward"))
        }
        // A unit named by its floor and wing, as North American hospitals name them: "7 West", "(3 East)", "CVICU 4 West", with its bed
        // ("4 North 22") — a number of one or two digits, a capitalised point of the compass, then no capitalised word ("3 West African
        // countries", "12 North Street": a region, a street).
        for number in document.numbers where tokens[number].zone == .text && tokens[number].end - tokens[number].start <= 2 && number + 1 < tokens.count {
            let wing = tokens[number + 1], start = tokens[number].start
            guard wing.start == tokens[number].end + 1, bytes[tokens[number].end] == UInt8(ascii: " "), !wing.isNumber, bytes[wing.start].isUpper,
                  wing.end - wing.start <= 5, Self.compassPoints.contains(wing, in: document),
                  start == 0 || !(bytes[start - 1].isLetterLike || bytes[start - 1] == UInt8(ascii: ".") || bytes[start - 1] == UInt8(ascii: ",") || bytes[start - 1] == UInt8(ascii: "-")) else { continue }
            var end = wing.end
            if number + 2 < tokens.count, tokens[number + 2].start == end + 1, bytes[end] == UInt8(ascii: " ") {
                let after = tokens[number + 2]
                if after.isNumber, after.end - after.start <= 3 { end = after.end }
                else if document.isCapitalised(after) { continue }
            } else if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "'") || bytes[end].isLetterLike {
                continue
            }
            matches.append(Match(start..<end, "hospital unit"))
        }
        // A floor in Roman numerals after a unit's name and a comma, as Hungarian and Polish addresses write it: "Nefrológiai Osztály,
        // II. emelet", "Klinika Kardiologii, III piętro".
        for position in document.allCapsWords where position >= 1 && position + 1 < tokens.count && tokens[position].zone == .text {
            let numeral = tokens[position], start = numeral.start
            guard numeral.end - numeral.start <= 4, bytes[numeral.range].allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }),
                  start >= 2, bytes[start - 2] == UInt8(ascii: ","), bytes[start - 1] == UInt8(ascii: " "), !tokens[position - 1].isNumber,
                  document.isCapitalised(tokens[position - 1]) || tokens[position - 1].isIn(.facilityWords),
                  case let word = tokens[position + 1], word.start - numeral.end <= 2, document.onlySpaces(numeral.end..<word.start, allowing: [UInt8(ascii: ".")]),
                  Self.floorWords.contains(word, in: document) else { continue }
            matches.append(Match(start..<word.end, "floor"))
        }
        // A floor: its word after an ordinal ("2nd floor", "3e étage", "3° piano") after a comma or a unit's name.
        for number in document.numbers where tokens[number].zone == .text && tokens[number].end - tokens[number].start <= 2 && number + 1 < tokens.count {
            // The floor's word right after the number, or after its ordinal ending: "3° piano", "2nd floor", "3e étage".
            var position = number + 1
            if !tokens[position].isNumber, tokens[position].start == tokens[number].end, tokens[position].end - tokens[position].start <= 3,
               Self.ordinalEndings.contains(document.lowercased(tokens[position].range)) {
                position += 1
            }
            guard position < tokens.count, tokens[position].start - tokens[number].end <= 4, !tokens[position].isNumber,
                  Self.floorWords.contains(tokens[position], in: document) else { continue }
            let token = tokens[position]
            let suffix = String(document.lowercased(tokens[number].end..<token.start).filter { $0 != " " })
            guard !suffix.isEmpty, Self.ordinalEndings.contains(suffix) || Self.ordinalEndings.contains(String(suffix.dropLast())) && suffix.last == "." else { continue }
            // After a comma and a unit's or a room's name, or before a comma and a room: "Unité néonatale, 3e étage", "2e étage, ch. 214".
            let start = tokens[number].start
            let afterUnit = start >= 3 && bytes[start - 2] == UInt8(ascii: ",") && bytes[start - 1] == UInt8(ascii: " ") && number >= 1 && !tokens[number - 1].isNumber
                || number >= 1 && document.isCapitalised(tokens[number - 1]) && tokens[number - 1].end + 1 == start && !document.startsSentence(tokens[number - 1])
            let beforeRoom = document.hasPrefix(", ch", at: token.end) || document.hasPrefix(", room", at: token.end) || document.hasPrefix(", bed", at: token.end)
            guard afterUnit || beforeRoom else { continue }
            matches.append(Match(start..<token.end, "floor"))
        }
        return matches
    }

    /// Facilities named in lowercase after their name: "Ramula dispensary", "Kanyagwal sub-county hospital".
    private func lowercaseFacilities(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for position in tokens.indices where position >= 1 && !tokens[position].isNumber && tokens[position].zone == .text {
            // (The name before the kind is capitalised, one word back or two: tested first, on the tokens' shapes.)
            guard document.isCapitalised(tokens[position - 1]) || position >= 2 && document.isCapitalised(tokens[position - 2]),
                  tokens[position].isIn(.lowercaseFacilityKinds) || Self.hasFacilityKindEnding(tokens[position], in: document),
                  document.bytes[tokens[position].start].isLower else { continue }
            var name = position - 1
            if Self.facilityQualifiers.contains(tokens[name], in: document), name >= 1 { name -= 1 }
            let token = tokens[name]
            // (Not "a PCI-capable centre": a compound with a lowercase part describes the service.)
            guard !token.isNumber, document.isCapitalised(token), !document.isAllCaps(token), !document.startsSentence(token), token.end - token.start >= 3,
                  !document.bytes[token.range].split(separator: UInt8(ascii: "-")).contains(where: { $0.first?.isLower ?? false }),
                  !Lexicon.englishWords.contains(token, in: document), !Lexicon.eponyms.contains(token, in: document), !token.isIn(.countries),
                  !token.isIn(.stopwords), !token.isIn(.genericWords),
                  // ("a London teaching hospital": one of a great city's many; "the Hepatology clinic": a specialty's.)
                  !token.isIn(.cityNames), !Self.isSpecialty(token, in: document),
                  document.onlySpaces(token.end..<tokens[name + 1].start) else { continue }
            matches.append(Match(token.start..<tokens[position].end, "named facility"))
        }
        return matches
    }

    /// Map coordinates: "52.0871 N, 104.1189 W", "-33.8688, 151.2093", "−14.2831, 132.6604", "52.0871°N"; in degrees and minutes,
    /// with seconds or without, "55°41.2′N 166°08.7′W", "3°07′24″S 37°21′41″E", "60°37'N" (one alone too: its marks and its
    /// hemisphere say what it is); as a ship's log writes them, "71 14N 019 48E"; with the hemisphere first, "N 13.3105 E 12.6117";
    /// and a what3words address, "///gravel.lantern.fjord".
    private func coordinates(in document: ScanDocument) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        /// The end of a run of one to `most` digits from `index`, then perhaps a full stop and more digits, or nil.
        func number(at index: Int, most: Int, decimals: Bool = true) -> Int? {
            var end = index
            while end < bytes.count, bytes[end].isDigit { end += 1 }
            guard end > index, end - index <= most else { return nil }
            if decimals, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "."), bytes[end + 1].isDigit {
                end += 1
                while end < bytes.count, bytes[end].isDigit { end += 1 }
            }
            return end
        }
        /// The end of a hemisphere's letter at `index` that ends a word, and whether it is north or south, or nil.
        func hemisphere(at index: Int) -> (end: Int, latitude: Bool)? {
            guard index < bytes.count, [UInt8(ascii: "N"), UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "W")].contains(bytes[index]),
                  index + 1 == bytes.count || !bytes[index + 1].isLetterLike else { return nil }
            return (index + 1, bytes[index] == UInt8(ascii: "N") || bytes[index] == UInt8(ascii: "S"))
        }
        /// A decimal number with at least three decimals from `index`, optionally signed ("-", "−"), then °, a space and a hemisphere letter.
        func coordinate(at index: Int) -> (end: Int, hemisphere: Bool)? {
            var end = index
            if end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 } else if document.has("−", at: end) { end += 3 }
            let digits = end
            while end < bytes.count, bytes[end].isDigit { end += 1 }
            guard end > digits, end - digits <= 3, end < bytes.count, bytes[end] == UInt8(ascii: ".") else { return nil }
            end += 1
            let decimals = end
            while end < bytes.count, bytes[end].isDigit { end += 1 }
            guard end - decimals >= 3 else { return nil }
            var after = end
            if bytes[after...].starts(with: [0xC2, 0xB0]) { after += 2 }
            if after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
            if let letter = hemisphere(at: after) {
                return (letter.end, true)
            }
            return (end, false)
        }
        /// Degrees, minutes and perhaps seconds with their marks, then the hemisphere: "55°41.2′N", "3°07′24″S", "60°37'N".
        func degreesAndMinutes(at index: Int) -> (end: Int, latitude: Bool)? {
            guard var end = number(at: index, most: 3, decimals: false), document.has("°", at: end) || document.has("º", at: end) else { return nil }
            end += 2
            if end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            guard let minutes = number(at: end, most: 2) else { return nil }
            end = minutes
            if document.has("′", at: end) || document.has("’", at: end) { end += 3 } else if end < bytes.count, bytes[end] == UInt8(ascii: "'") { end += 1 } else { return nil }
            // Seconds: "24″", "41\"", "41''".
            if let seconds = number(at: end + (end < bytes.count && bytes[end] == UInt8(ascii: " ") ? 1 : 0), most: 2) {
                if document.has("″", at: seconds) { end = seconds + 3 } else if document.has("''", at: seconds) { end = seconds + 2 }
                else if seconds < bytes.count, bytes[seconds] == UInt8(ascii: "\"") { end = seconds + 1 }
            }
            if end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            return hemisphere(at: end)
        }
        /// A ship's log position without marks: degrees, a space, two digits of minutes and the hemisphere ("71 14N", "019 48E").
        func logPosition(at index: Int) -> (end: Int, latitude: Bool)? {
            guard let degrees = number(at: index, most: 3, decimals: false), degrees - index >= 2, degrees < bytes.count, bytes[degrees] == UInt8(ascii: " "),
                  let minutes = number(at: degrees + 1, most: 2), minutes - degrees - 1 == 2 || bytes[degrees + 3] == UInt8(ascii: ".") else { return nil }
            return hemisphere(at: minutes)
        }
        /// Whether a number's range has a full stop and three digits or more after it.
        func hasThreeDecimals(_ range: Range<Int>) -> Bool {
            bytes[range].firstIndex(of: UInt8(ascii: ".")).map { range.upperBound - $0 - 1 >= 3 } ?? false
        }
        /// The start of the second of a pair after `end`: a comma, a slash or spaces between.
        func secondStart(after end: Int) -> Int {
            var next = end
            if next < bytes.count, bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: "/") { next += 1 }
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            if next < bytes.count, bytes[next] == UInt8(ascii: "/") {
                next += 1
                while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            }
            return next
        }
        // A coordinate starts with a number, or a minus sign just before one: only those places are looked at.
        var scannedUntil = 0
        for number in document.numbers {
            let start = document.tokens[number].start
            let signed = start >= 1 && bytes[start - 1] == UInt8(ascii: "-") ? start - 1 : document.has("−", at: start - 3) ? start - 3 : start
            for index in signed...start where index >= scannedUntil && (index == signed || index == start) {
                guard index == 0 || !bytes[index - 1].isAlphanumeric && bytes[index - 1] != UInt8(ascii: ".") else { continue }
                let marked = index == start ? degreesAndMinutes(at: index) : nil
                if index == start, document.zone(at: index) == .text, let first = marked ?? logPosition(at: index).flatMap({ $0.latitude ? $0 : nil }) {
                    let next = secondStart(after: first.end)
                    if let second = marked != nil ? degreesAndMinutes(at: next) : logPosition(at: next), second.latitude != first.latitude {
                        matches.append(Match(index..<second.end, "map coordinates"))
                        scannedUntil = second.end
                        continue
                    }
                    // One alone in degrees and minutes (not a log's numbers: "71 14N" needs its pair).
                    if marked != nil {
                        matches.append(Match(index..<first.end, "map coordinates"))
                        scannedUntil = first.end
                        continue
                    }
                }
                guard let first = coordinate(at: index) else { continue }
                let next = secondStart(after: first.end)
                if next > first.end, let second = coordinate(at: next), first.hemisphere == second.hemisphere, document.zone(at: index) == .text {
                    matches.append(Match(index..<second.end, "map coordinates"))
                    scannedUntil = second.end
                    continue
                }
                scannedUntil = first.end
            }
        }
        // "N 13.3105 E 12.6117", "S 33.8688, E 151.2093": the hemisphere first.
        for position in document.capitalisedWords where document.tokens[position].end - document.tokens[position].start == 1 {
            let letter = document.tokens[position]
            guard bytes[letter.start] == UInt8(ascii: "N") || bytes[letter.start] == UInt8(ascii: "S"), letter.start == 0 || !bytes[letter.start - 1].isAlphanumeric,
                  document.has(" ", at: letter.end), let latitude = number(at: letter.end + 1, most: 2), hasThreeDecimals(letter.end + 1..<latitude) else { continue }
            let next = secondStart(after: latitude)
            guard next < bytes.count, bytes[next] == UInt8(ascii: "E") || bytes[next] == UInt8(ascii: "W"), document.has(" ", at: next + 1),
                  let longitude = number(at: next + 2, most: 3), hasThreeDecimals(next + 2..<longitude),
                  longitude == bytes.count || !bytes[longitude].isAlphanumeric, document.zone(at: letter.start) == .text else { continue }
            matches.append(Match(letter.start..<longitude, "map coordinates"))
        }
        // "///gravel.lantern.fjord": three words joined by full stops after three slashes.
        for slashes in document.offsets(of: Array("///".utf8)) where document.zone(at: slashes) == .text {
            var end = slashes + 3, words = 0
            while words < 3 {
                let wordStart = end
                while end < bytes.count, bytes[end].isLower { end += 1 }
                guard end > wordStart else { break }
                words += 1
                if words < 3 { guard end < bytes.count, bytes[end] == UInt8(ascii: ".") else { break }; end += 1 }
            }
            if words == 3, end == bytes.count || !bytes[end].isAlphanumeric { matches.append(Match(slashes..<end, "what3words address")) }
        }
        return matches
    }

    static let unitWords: WordList = ["flat", "apt", "apartment", "unit", "suite"]

    /// "flat 14B, Prestige Meadows, Koramangala 4th Block, Bengaluru": a flat or unit number, then places.
    private func unitAddresses(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for position in tokens.indices where position + 2 < tokens.count && !tokens[position].isNumber && tokens[position].zone == .text {
            guard tokens[position + 1].isNumber, tokens[position + 1].start == tokens[position].end + 1,
                  Self.unitWords.contains(tokens[position], in: document) else { continue }
            var end = tokens[position + 1].end
            if tokens[position + 2].start == end, tokens[position + 2].end - tokens[position + 2].start == 1 { end = tokens[position + 2].end }
            let town = townEnd(after: end, tokens: tokens, document: document)
            if town > end { matches.append(Match(tokens[position].start..<town, "street address")) }
        }
        return matches
    }

    /// Japanese block addresses: "3-14-2 Higashi-Nakano, Nakano-ku, Tokyo".
    private func japaneseAddresses(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.numbers where position + 3 < tokens.count && tokens[position].zone == .text {
            let first = tokens[position], second = tokens[position + 1]
            guard first.start == 0 || !bytes[first.start - 1].isAlphanumeric && bytes[first.start - 1] != UInt8(ascii: "-"),
                  second.isNumber, second.start == first.end + 1, bytes[first.end] == UInt8(ascii: "-") else { continue }
            var last = position + 1
            if tokens[last + 1].isNumber, tokens[last + 1].start == tokens[last].end + 1, bytes[tokens[last].end] == UInt8(ascii: "-") { last += 1 }
            guard last - position == 2, last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, bytes[tokens[last].end] == UInt8(ascii: " "),
                  document.isCapitalised(tokens[last + 1]), !tokens[last + 1].isNumber,
                  (first.end - first.start) <= 2, (second.end - second.start) <= 3 else { continue }
            matches.append(Match(first.start..<townEnd(after: tokens[last + 1].end, tokens: tokens, document: document), "street address"))
        }
        return matches
    }

    /// Words that label an address written out after them.
    static let addressLabels = WordList(vocabulary: .addressLabels, ["address", "addr", "residence", "boende", "adresse", "adres", "dirección", "direccion", "endereço",
                                          "indirizzo", "anschrift", "wohnort", "domicile", "domicilio",
                                          // Estonian, Lithuanian, Latvian, Hungarian, Romanian, Swedish, Norwegian, Danish, Finnish, Czech, Polish,
                                          // Ukrainian: "Elukoht: Pärna tn 14-3", "Adresas: Liepų g. 12-4", "Lakcím: 2621 Verőce", "Domiciliu: sat …".
                                          "elukoht", "aadress", "adresas", "adrese", "lakcím", "lakóhely", "domiciliu", "adresa", "adress", "sommaradress",
                                          "bostadsadress", "adr", "bopæl", "osoite", "kotiosoite", "bydliště", "zamieszkania", "адреса", "адрес",
                                          // "Проживає: м. Стрий, вул. Шевченка 4": lives (Ukrainian, Russian).
                                          "проживає", "проживает"])
    /// The words of an instrument named after the place that made it: "King's College criteria", "Manchester scoring system".
    static let instrumentWords = ["criteria", "score", "scoring", "system", "classification", "rule", "rules", "scale", "staging", "model", "index"]

    /// US states, Canadian provinces and territories, and Australian states and territories, lowercased.
    static let statesAndProvinces: Set<String> = ["alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
        "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
        "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
        "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "ontario", "quebec", "québec", "alberta", "manitoba", "saskatchewan", "british columbia", "nova scotia", "new brunswick",
        "newfoundland", "prince edward island", "yukon", "nunavut", "northwest territories", "queensland", "tasmania", "victoria",
        "new south wales", "western australia", "south australia", "northern territory"]

    /// Whether a word is followed by a comma and a state's or a province's name: "Palmetto, Florida", "Miles, Queensland".
    static func isFollowedByAState(_ word: Token, in document: ScanDocument) -> Bool {
        guard document.has(", ", at: word.end), let first = document.tokenIndex(startingAt: word.end + 2) else { return false }
        let tokens = document.tokens
        var last = first
        while true {
            if statesAndProvinces.contains(document.lowercased(tokens[first].start..<tokens[last].end)) { return true }
            guard last - first < 2, last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, document.isCapitalised(tokens[last + 1]) else { return false }
            last += 1
        }
    }

    /// Whether the instrument before the brackets is the patient's own score: "Her NEWS2 score (Ward 12, …)", "his Rockwood score (from …)".
    static func isPatientsOwnScore(_ before: String) -> Bool {
        guard let open = before.lastIndex(of: "(") else { return false }
        let words = before[..<open].split(separator: " ").suffix(5).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        return words.contains { ["her", "his", "their", "patient's", "patient’s"].contains($0) }
    }

    /// Whether a place opens the brackets right after an instrument's name (the text before it given lowercase): where the instrument
    /// comes from, "the **Bernese ankle rules** (from Bern)", "Palliative Performance Scale (PPS, from Victoria Hospice in Canada)",
    /// "Palliative Performance Scale (Victoria Hospice) 40%" — not a patient's place, which a sentence about the patient holds ("her
    /// Waterlow score rose on Ward 4").
    static func isInBracketsAfterAnInstrument(_ before: String) -> Bool {
        var text = Substring(before)
        // ("(PPS, from Victoria Hospice": the facility's first word, when the match is its last.)
        if text.last == " ", let space = text.dropLast().lastIndex(where: { $0 == " " || $0 == "(" }), case let word = text[text.index(after: space)...].dropLast(),
           word.count >= 3, word.allSatisfy(\.isLetter), word != "from", word != "the" {
            text = text[...space]
        }
        for lead in ["from the ", "from "] where text.hasSuffix(lead) {
            text = text.dropLast(lead.count)
            break
        }
        // The instrument's acronym first: "(PPS, from …".
        if text.hasSuffix(", ") {
            let acronym = text.dropLast(2).reversed().prefix { $0 != "(" }
            guard (2...12).contains(acronym.count), acronym.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return false }
            text = text.dropLast(2 + acronym.count)
        }
        guard text.hasSuffix("(") else { return false }
        text = text.dropLast()
        while let last = text.last, last == " " || last == "*" || last == "_" { text = text.dropLast() }
        return instrumentWords.contains { word in
            text.hasSuffix(word) && (text.count == word.count || !text.dropLast(word.count).last!.isLetter)
        }
    }

    /// Words after "address" or "residence" that make another noun or a verb of it: "residence history", "a residence permit", "to
    /// address the risk" (not "address for correspondence is …", "Address recorded by EMS: …").
    static let notAddressesAfterTheLabel: WordList = ["history", "histories", "permit", "permits", "status", "the", "this", "these", "that",
                                                      "those", "it", "them", "concerns", "issues", "any", "all", "such", "both", "each", "their",
                                                      "his", "her", "our", "its", "how", "what", "why", "whether", "questions", "gaps", "needs",
                                                      // "Did the trials address a clearly focused question?" (not "Our address is⏎No. 14, …",
                                                      // "Address and phone 14 Elm St, …").
                                                      "a", "an"]
    /// Words that label an address only before a colon: "Home: Pasadena, CA 91104", "Postal: PO Box 214, …".
    static let addressColonLabels = WordList(vocabulary: .addressColonLabels, ["home", "postal", "site", "location", "lives"])
    static let cjkAddressLabels: [[UInt8]] = ["住所", "地址", "주소"].map { Array($0.utf8) }

    /// An address written out after its label, to the end of the line, cell, bracket or sentence:
    /// "Address: 1406 E 3rd Ave, Suite 5, Vancouver BC V5L 2K9", "| Address | 12 Heol Goffa, Llanelli SA15 3EX |",
    /// "his address (Apt 1102, 45 Seongsu-ro 7-gil, Seoul 04780)", "boende Karlavägen 62, lgh 1102, 114 55 Stockholm",
    /// "住所 〒606-8267 京都市左京区北白川西町 8-3". It must hold a digit: "Site: left forearm" is not an address.
    private func addressLines(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        func value(after end: Int, colonRequired: Bool, inSentence: Bool = false) {
            var index = end
            // "**Location:** 4 West …": emphasis around the label.
            while index < bytes.count, bytes[index].isSpace || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_") { index += 1 }
            var opener: UInt8 = 0
            if index < bytes.count, [UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "|"), UInt8(ascii: "-")].contains(bytes[index]) {
                opener = bytes[index]
                index += 1
            } else if bytes[index...].starts(with: [0xEF, 0xBC, 0x9A]) {  // full-width colon
                opener = UInt8(ascii: ":")
                index += 3
            }
            if colonRequired, opener != UInt8(ascii: ":") { return }
            while index < bytes.count, bytes[index].isSpace || bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_") { index += 1 }
            // ("the donor's travel and residence history and the season …", "to address the risk": the label's word in a sentence, an
            // English word after it in lowercase — not a street's word, "adres ul. Miodowa 5".)
            if opener == 0, index < bytes.count, bytes[index].isLower, let word = document.token(startingAt: index), !word.isNumber,
               Self.notAddressesAfterTheLabel.contains(word, in: document) { return }
            // ("and address modifiable bleeding risks. 4. …", "use private address ranges defined in RFC 1918": a lowercase label in a
            // sentence with two lowercase English words after it is a verb or a noun's modifier — not "address is No. 14", "address
            // flat 3, …", "address no 41 hantana road".)
            if opener == 0, inSentence, Self.startsWithTwoEnglishWords(at: index, in: document) { return }
            let start = index
            var stop = index
            while stop < bytes.count, stop - start < 160 {
                let byte = bytes[stop]
                if byte.isLineBreak || byte == UInt8(ascii: "|") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: ")"), opener == UInt8(ascii: "(") { break }
                if byte == 0xC2, stop + 1 < bytes.count, bytes[stop + 1] == 0xB7 { break }  // "·"
                // A full stop that ends the sentence (not "No. 14" or "P.O. Box").
                if byte == UInt8(ascii: "."), stop + 2 < bytes.count, bytes[stop + 1] == UInt8(ascii: " "), bytes[stop + 2].isUpper {
                    var word = stop
                    while word > start, bytes[word - 1].isLetterLike { word -= 1 }
                    if stop - word >= 4 || stop - word == 0 && stop > start && bytes[stop - 1].isDigit
                        || stop > word && bytes[word..<stop].allSatisfy(\.isLower) { break }
                }
                if byte == UInt8(ascii: "."), stop + 1 == bytes.count || bytes[stop + 1].isLineBreak { break }
                stop += 1
            }
            while stop > start, bytes[stop - 1].isSpace || bytes[stop - 1] == UInt8(ascii: ",") || bytes[stop - 1] == UInt8(ascii: ".") { stop -= 1 }
            // A place name (a capital, a capital of two bytes — Cyrillic, Greek, accented Latin — or CJK) beside the number.
            guard stop - start >= 5, bytes[start..<stop].contains(where: \.isDigit),
                  bytes[start..<stop].contains(where: { $0.isUpper || $0 >= 0xE0 })
                    || bytes.withUnsafeBufferPointer({ buffer in (start..<stop).contains { buffer[$0] >= 0xC3 && buffer[$0] <= 0xDF && ScanDocument.startsWithCapital(buffer, at: $0) } }),
                  document.zone(at: start) == .text,
                  bytes[start].isAlphanumeric || bytes[start] >= 0xE0 else { return }
            matches.append(Match(start..<stop, "address"))
        }
        for token in tokens where !token.isNumber && token.zone == .text {
            if token.isIn(.addressLabels) {
                // ("The ADR 2023 edition", "an ADR report": the dangerous-goods agreement, an adverse drug reaction; "adr." and "Adr:" are
                // an address's.)
                // ("ADR: STORGATAN 5, …" with its colon is an address.)
                if token.end - token.start == 3, document.isAllCaps(token), document.lowercased(token.range) == "adr",
                   !(token.end < document.bytes.count && (document.bytes[token.end] == UInt8(ascii: ":") || document.bytes[token.end] == UInt8(ascii: "."))) { continue }
                value(after: token.end, colonRequired: false, inSentence: !document.isCapitalised(token) && !DateRule.startsLine(at: token.start, in: document))
            } else if token.isIn(.addressColonLabels),
                      // "Lives: alone at …", "- home: 14 …" (not "Tourniquets have saved many lives: in the study of …").
                      document.isCapitalised(token) || DateRule.startsLine(at: token.start, in: document) {
                value(after: token.end, colonRequired: true)
            }
        }
        for label in Self.cjkAddressLabels where document.hasWideCharacters {
            for found in document.offsets(of: label) {
                value(after: found + label.count, colonRequired: false)
            }
        }
        return matches
    }

    /// Whether the two words from an offset on are lowercase English words of four letters or more, neither a street's, a room's
    /// nor a function word: "modifiable bleeding", "ranges defined" (not "is No.", "flat 3", "care of", "for correspondence").
    static func startsWithTwoEnglishWords(at offset: Int, in document: ScanDocument) -> Bool {
        guard let first = document.tokenIndex(startingAt: offset), first + 1 < document.tokens.count else { return false }
        let words = [document.tokens[first], document.tokens[first + 1]]
        return words[1].start - words[0].end == 1 && document.bytes[words[0].end] == UInt8(ascii: " ")
            && words.allSatisfy { word in !word.isNumber && word.end - word.start >= 4 && !document.isCapitalised(word) && !word.isIn(.stopwords)
                && Lexicon.englishWords.contains(word, in: document) && !word.isIn(.streetSuffixes) && !word.isIn(.roomWords)
                && !word.isIn(.campRoomWords) && !["were", "care", "flat"].contains(document.lowercased(word.range)) }
    }

    /// Facility kinds written in two words: "Maple Grove Assisted Living", "Harbor Ridge Behavioral Health".
    static let compoundFacilities: [(first: String, second: String)] = [("assisted", "living"), ("behavioral", "health"), ("behavioural", "health"),
                                                                         ("mental", "health"), ("medical", "group"), ("care", "home"), ("nursing", "home"),
                                                                         ("aged", "care"), ("health", "team"), ("health", "centre"), ("health", "center"),
                                                                         ("senior", "living"), ("retirement", "village"), ("care", "centre")]

    static func isCompoundFacility(at position: Int, tokens: [Token], in document: ScanDocument) -> Bool {
        guard position >= 1, document.isCapitalised(tokens[position]), document.isCapitalised(tokens[position - 1]),
              tokens[position - 1].end + 1 == tokens[position].start else { return false }
        let second = document.lowercased(tokens[position].range)
        guard compoundFacilities.contains(where: { $0.second == second }) else { return false }
        let first = document.lowercased(tokens[position - 1].range)
        return compoundFacilities.contains { $0 == (first, second) }
    }

    /// Shelters, tents and cells of camps and prisons, which may follow a comma in lowercase: "Block C-14, shelter 211", "landing 2, cell 14".
    static let campRoomWords = WordList(vocabulary: .campRoomWords, ["shelter", "tent", "barrack", "barak", "landing", "houseblock", "hut", "otryad", "cell",
                                                                     "cabin", "caravan"])
    static let roomWords = WordList(vocabulary: .roomWords, ["ward", "room", "bed", "bay", "cell", "station", "suite", "cubicle", "side-room", "sideroom", "unit", "resus", "wad", "cot",
                                                               // Swedish, Estonian and Polish: "AKM rum 7", "Kirurgiaosakond, palat 214", "sala 12".
                                                               "rum", "palat", "sala", "pokój",
                                                               // "Ocmulgee Dialysis Center, Chair 14", "Bedroom 3, Kingswood house".
                                                               "chair", "bedroom",
                                                               // Spanish cubicles and a school's hall: "Cubículo 6", "Hall 3" (not "POD 2", a postoperative day).
                                                               "cubículo", "cubiculo", "hall"])
    /// Last words of multi-word place names.
    static let placeEndings = WordList(vocabulary: .placeEndings, ["heights", "island", "islands", "city", "park", "hill", "hills", "bay", "beach", "valley", "springs",
                                         "falls", "creek", "point", "harbour", "harbor", "town", "village", "junction", "vale", "green",
                                         "end", "cross", "bridge", "field", "fields", "wood", "woods", "lakes", "lake", "river", "mount", "ridge"])
    static let residenceWords = WordList(vocabulary: .residenceWords, ["flown", "transferred", "taken", "driven", "brought", "retrieved","lives", "lived", "living", "live", "home", "house", "flat", "apartment", "bungalow", "farm",
                                           "village", "town", "suburb", "edge", "moved", "resides", "resided", "property", "cottage",
                                           "caravan", "estate", "hometown", "born", "grew", "raised", "settled", "rents", "owns",
                                           "work", "works", "worked", "working", "employed", "lawn", "garden", "yard", "driver", "shop", "store", "business",
                                           "parked", "found", "collapsed", "crashed", "referred", "physician", "gp", "doctor", "hiking", "fishing",
                                           "stay", "stays", "staying", "stayed", "went", "registered", "practitioner", "taking", "aged",
                                           "reached", "referral", "son", "daughter", "sister", "brother", "mother", "father", "wife", "husband",
                                           "relatives", "family", "arrived", "resettled", "emigrated", "immigrated", "relocated", "registered",
                                           // Events held where the patient lives or was: "a funeral in Nyamache", "arrested in Ngqeleni".
                                           "funeral", "wedding", "gathering", "arrested", "burial", "semi-final", "tournament",
                                           // More of the family: "her other niece, Marthese, in Melbourne".
                                           "niece", "nephew", "aunt", "uncle", "cousin", "grandson", "granddaughter", "grandmother", "grandfather",
                                           "grandparents", "mum", "mom", "dad", "stepson", "stepdaughter", "fiancé", "fiancée"])
    /// Services named by the town they are in: "a community pharmacy in Marrickville", "her GP in Ōtara".
    static let servicesInTown: WordList = ["pharmacy", "chemist", "clinic", "practice", "surgery", "school", "hospital", "hospice", "gp", "dispensary", "centre", "center", "garage", "depot",
                                           "office", "station", "court", "council", "branch", "church", "parish"]
    /// Facility words written before the name: "Ospedale Maggiore", "Hôpital Édouard-Herriot", "EHPAD Les Glycines".
    static let facilityWordsBefore = WordList(vocabulary: .facilityWordsBefore, ["camp", "ospedale", "hôpital", "hopital", "clinique", "klinik", "klinikum", "krankenhaus", "pronto-socorro", "policlínica", "posto",
                                                "ziekenhuis", "huisartsenpraktijk", "praktijk", "policlinico", "spital", "sykehus",
                                                "sjukhus", "sairaala", "szpital", "nemocnice", "ehpad", "residencia", "hospital",
                                                // "CHU Rochefort-sur-Loire", "CESFAM Pueblo Nuevo", "UBS Vila Nova".
                                                "chu", "chru", "chr", "cesfam", "ubs", "upa",
                                                // A Welsh GP surgery: "Meddygfa Teifi".
                                                "meddygfa",
                                                // Greek: "Κέντρο Υγείας Μοιρών" (the health centre of Moires), "Νοσοκομείο Ηρακλείου".
                                                "υγείας", "νοσοκομείο",
                                                // Health centres of South Asia, Malaysia and camps: "PHC Pennalurpet", "HSC Bhawanipur", "BHU Chak 41",
                                                // "KK Gombak", "PKD Gombak", "DTC Balukhali".
                                                "phc", "chc", "uphc", "hsc", "bhu", "rhc", "dhq", "thq", "uhc", "kk", "pkd", "dtc",
                                                "centro", "casa", "lar", "maison", "clinica", "clínica", "piekarnia", "hotel", "colegio",
                                                "escuela", "école", "ecole", "lycée", "lycee", "gymnasium", "scuola", "universidad", "villa", "rsa", "residenza"])
    /// Street words written before the name: "Calle Feria 45", "Via Mazzini 8", "ul. Miodowa 14", "Rua Augusta, 1508".
    static let streetWordsFirst = WordList(vocabulary: .streetWordsFirst, ["calle", "via", "viale", "rua", "avenida", "rue", "strada", "ul", "ulica", "plaza", "piazza",
                                             "carrer", "travessa", "largo", "praça", "praca", "paseo", "camino", "chemin", "boulevard",
                                             // Ukrainian and Russian "вул. Каштанова, 27", "ул. Ленина 5"; Greek "Οδός Κνωσού 45".
                                             "вул", "ул", "οδός", "οδος"])

    /// Whether the text is about an OSCE (an objective structured clinical examination), whose stations are no wards.
    static func isOSCE(_ document: ScanDocument) -> Bool {
        !document.offsets(of: Array("OSCE".utf8)).isEmpty || !document.offsets(of: Array("osce".utf8)).isEmpty
    }

    /// "Ward D5", "Room 12", "Station 4 West"; towns after "in"/"at"/"of" in a sentence about where someone
    /// lives ("lives with her son in Hellesdon", "on the edge of Ditton"); foreign facilities and streets
    /// written word-first; rural routes.
    private func roomsAndTownsInContext(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        var isOSCE: Bool?
        for (position, token) in tokens.enumerated() where !token.isNumber && position + 1 < tokens.count {
            let next = tokens[position + 1]
            // Every pattern here has a capitalised word either in this token or the next.
            guard document.isCapitalised(next) || next.isNumber || document.isCapitalised(token) || bytes[token.start] == UInt8(ascii: "u") else { continue }
            // Rooms, beds, wards and cells with a number or code ("Ward 7B"; "ICU bed 6", "Kisumu ward 8" after a capitalised word).
            // ("Block C-14, shelter 211", "Houseblock 3, landing 2, cell 14": a camp's or a prison's blocks, shelters and cells.)
            let campWord = token.isIn(.campRoomWords)
            let lettered = next.end - next.start <= 2 && document.isAllCaps(next) && next.end + 1 < bytes.count
                && (bytes[next.end].isDigit || (bytes[next.end] == UInt8(ascii: "-") || bytes[next.end] == UInt8(ascii: "/")) && bytes[next.end + 1].isDigit)
            // "cabin 8142", "caravan 8-12-044", "cell 3/14", "bloc C-14": a camp's, a ship's or a prison's number in lowercase text when it
            // is long or compound (not "tent 4", "block 2:1").
            // (Not a pathology block, "block A3": a letter joined to its number.)
            let distinctive = lettered && !next.isNumber && !bytes[next.end].isDigit || next.isNumber && (next.end - next.start >= 3 || next.end + 1 < bytes.count
                && (bytes[next.end] == UInt8(ascii: "-") || bytes[next.end] == UInt8(ascii: "/")) && bytes[next.end + 1].isDigit)
            // ("an adductor canal block 2-3 hours before": a range, not a block's letter and number.)
            let isBlock = lettered && !next.isNumber && (token.end - token.start == 4 || token.end - token.start == 5)
                && (document.lowercased(token.range) == "block" || document.lowercased(token.range) == "bloc")
            // ("SICU bed 12" at the start of a table's cell, "Ward: SAU bay 2": a unit's letters may start the sentence.)
            if document.isCapitalised(token) || position >= 1 && document.isCapitalised(tokens[position - 1]) && tokens[position - 1].end + 1 == token.start
                && (!document.startsSentence(tokens[position - 1]) || document.isAllCaps(tokens[position - 1]) && (2...5).contains(tokens[position - 1].end - tokens[position - 1].start))
                || document.bytes[token.range].elementsEqual("ward".utf8) || campWord && token.start >= 2 && bytes[token.start - 2] == UInt8(ascii: ",")
                || (campWord || isBlock) && distinctive,
               token.isIn(.roomWords) || campWord || lettered && isBlock, next.start == token.end + 1,
               next.isNumber || lettered {
                var end = next.end
                if let digits = document.token(startingAt: next.end), digits.isNumber { end = digits.end }
                else if lettered, let digits = document.token(startingAt: next.end + 1), digits.isNumber { end = digits.end }
                // "caravan 8-12-044", "cell 3/14": the groups of a compound number.
                while (campWord || isBlock) && distinctive, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "/"),
                      let digits = document.token(startingAt: end + 1), digits.isNumber { end = digits.end }
                if let side = document.token(startingAt: end + 1), ["west", "east", "north", "south"].contains(document.lowercased(side.range)) { end = side.end }
                guard token.zone != .reference else { continue }
                // "back to ward 16:40": a clock time after the word, not a ward's number; "Cell 0300 555 8142": a mobile's label.
                if next.isNumber, next.end + 1 < bytes.count, bytes[next.end] == UInt8(ascii: ":"), bytes[next.end + 1].isDigit { continue }
                if next.isNumber, document.lowercased(token.range) == "cell", Self.digitCount(from: next.start, in: document) >= 7 { continue }
                // "(WAD 0–IV, 1995)": the grades of whiplash-associated disorders, a range, not the Malay word for a ward.
                if next.isNumber, document.isAllCaps(token), document.lowercased(token.range) == "wad",
                   let grade = document.token(startingAt: next.end + (document.has("–", at: next.end) ? 3 : 1)), grade.isIn(.romanMonths), document.isAllCaps(grade),
                   document.has("–", at: next.end) || document.has("-", at: next.end) { continue }
                // "# Station 7 — syncope" in an OSCE circuit: an exam station, not a ward. (The text is searched once, at the first.)
                if document.lowercased(token.range) == "station" {
                    if isOSCE == nil { isOSCE = Self.isOSCE(document) }
                    if isOSCE == true { continue }
                }
                // "Resus 2, Morriston": the hospital's town after the room.
                matches.append(Match(token.start..<townEnd(after: end, tokens: tokens, document: document, strict: true), "room or ward"))
                continue
            }
            // "Rural Route 2, Box 18"
            if token.end - token.start == 5, bytes[token.start] | 0x20 == UInt8(ascii: "r"), document.lowercased(token.range) == "rural", document.lowercased(next.range) == "route", position + 2 < tokens.count, tokens[position + 2].isNumber {
                var end = tokens[position + 2].end
                if position + 4 < tokens.count, document.lowercased(tokens[position + 3].range) == "box", tokens[position + 4].isNumber { end = tokens[position + 4].end }
                matches.append(Match(token.start..<townEnd(after: end, tokens: tokens, document: document), "rural address"))
                continue
            }
            // Foreign facilities and streets written with the kind word first.
            // ("Klinikum am Schlossberg": a particle may come first.)
            let particleFirst = next.end - next.start <= 3 && !next.isNumber && Self.particlesBeforeAName.contains(document, next.range)
                && position + 2 < tokens.count && tokens[position + 2].start == next.end + 1
                && (document.isCapitalised(tokens[position + 2])
                    // "Hôpital de la Rivière-Magog": an article after the particle.
                    || token.isIn(.facilityWordsBefore) && ["la", "le", "les"].contains(document.lowercased(tokens[position + 2].range)) && position + 3 < tokens.count
                        && tokens[position + 3].start == tokens[position + 2].end + 1 && document.isCapitalised(tokens[position + 3]))
                // "Ospedale dell'Angelo": an elided particle before the name.
                || !next.isNumber && next.end - next.start <= 4 && bytes[next.start].isLower && Self.elidedBeforeCapital(next, in: document)
                // "Hôpital cardiologique Rive-Gauche": a foreign adjective after a kind word written first, then the name (not a preposition:
                // "Klinik für Neurologie" is a department).
                || !next.isNumber && bytes[next.start].isLower && next.end - next.start >= 6 && token.isIn(.facilityWordsBefore)
                    && !token.isIn(.facilityWords)
                    && !Lexicon.englishWords.contains(next, in: document) && !next.isIn(.stopwords)
                    && position + 2 < tokens.count && tokens[position + 2].start == next.end + 1
                    && (document.isCapitalised(tokens[position + 2]) && !Lexicon.englishWords.contains(tokens[position + 2], in: document)
                        // "Hôpital régional des Ormonts", "Hospital comarcal de Vinaròs": a particle between the adjective and the name.
                        // ("Hôpital régional du Fjord": after the particle, a word that is also English names the place too.)
                        || ["des", "de", "du", "del", "di", "da", "do"].contains(document.lowercased(tokens[position + 2].range)) && position + 3 < tokens.count
                            && tokens[position + 3].start == tokens[position + 2].end + 1 && document.isCapitalised(tokens[position + 3])
                            && !tokens[position + 3].isIn(.stopwords))
            // ("ul. Miodowa", "вул. Каштанова", "ул. Ленина": a street's abbreviation in lowercase.)
            // (The list's bit first: the comparisons are for one word in many thousands.)
            let streetAbbreviation = token.isIn(.streetWordsFirst) && (document.bytes[token.range].elementsEqual("ul".utf8)
                || document.bytes[token.range].elementsEqual("вул".utf8) || document.bytes[token.range].elementsEqual("ул".utf8))
            if document.isCapitalised(token) || document.isAllCaps(token) || streetAbbreviation, next.start <= token.end + 2,
               !bytes[token.end..<next.start].contains(where: \.isLineBreak),
               // (Nor "Mercy Hospital; Kinbrook …": a semicolon ends the name.)
               !bytes[token.end..<next.start].contains(UInt8(ascii: ";")),
               // "ul. Miodowa", not "… Hospital. Seen in the ward": a full stop only after an abbreviation.
               !bytes[token.end..<next.start].contains(UInt8(ascii: ".")) || token.end - token.start <= 3 || streetAbbreviation,
               // ("PHC Bikramganj", not "PHC, ASHA" or "PHC. Td": an abbreviation right before the name.)
               // (`isAllCaps` is true for a word without ASCII letters: "вул".)
               !document.isAllCaps(token) || streetAbbreviation || next.start == token.end + 1,
               // "the Hospital Board": a body of the hospital, not "Hospital Sultanah Aminah".
               // ("Hospital Regional de Cusco", "Hospital Municipal de Tefé": a particle and a place after the adjective.)
               !(Lexicon.englishWords.contains(next, in: document) && token.isIn(.facilityWords)
                 && (position + 2 >= tokens.count || !document.isCapitalised(tokens[position + 2]) && !Self.placeParticles.contains(tokens[position + 2], in: document)
                     || tokens[position + 2].start > next.end + 1)),
               document.isCapitalised(next) || particleFirst,
               // ("Hospital No. MVGH-2022-044318", "Hospital Number": a record's label.)
               !["no", "nr", "number", "id", "ref", "record", "records", "registration", "card"].contains(document.lowercased(next.range)),
               token.isIn(.facilityWordsBefore) || token.isIn(.streetWordsFirst) {
                var last = position + 1
                while last + 1 < tokens.count, tokens[last + 1].start <= tokens[last].end + 1, document.isCapitalised(tokens[last + 1])
                        || ["de", "do", "da", "des", "du", "di", "del", "dei", "degli", "della", "delle", "dos", "das", "la", "le", "les", "van", "von", "am", "an", "im", "zum", "zur"].contains(document.lowercased(tokens[last + 1].range)) {
                    last += 1
                }
                var end = tokens[last].end
                // A house number after a street: "Calle Feria 45", "Rua Augusta, 1508".
                if token.isIn(.streetWordsFirst), last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start - end <= 2 {
                    // "Rua Augusta, 1520, apto 42, Consolação": the flat and the district after the number.
                    end = townEnd(after: tokens[last + 1].end, tokens: tokens, document: document)
                } else if token.isIn(.streetWordsFirst) {
                    continue
                }
                guard token.zone != .reference, !PersonNames.isEponymUse(tokens, at: last, in: document) else { continue }
                matches.append(Match(token.start..<end, "named place"))
                continue
            }
            // A town after "in"/"at"/"of"/"near" when the sentence is about where someone lives.
            guard document.isCapitalised(next), next.start == token.end + 1 else { continue }
            let word = bytes[token.range]
            // "Shaker Heights", "Thursday Island": two capitalised words make a place name even when the first is an ordinary word.
            // ("San Jacinto", "Port Augusta": a place prefix, then the name.)
            let twoWordName = position + 2 < tokens.count && tokens[position + 2].start == next.end + 1 && document.isCapitalised(tokens[position + 2])
                && (tokens[position + 2].isIn(.placeEndings)
                    || next.isIn(.placePrefixes) && !Self.isCommonPlaceWord(tokens[position + 2], in: document))
            // A city that names a scale or a rule ("Toronto", "Glasgow") is a place in a case that never uses the term: "her daughter
            // in Toronto" (not "a school in Norwalk, Ohio" in a case about the Norwalk agent).
            // (The costly half of the test — the whole file searched for the term, a year in the sentence — runs last, below.)
            guard word.elementsEqual("in".utf8) || word.elementsEqual("at".utf8) || word.elementsEqual("of".utf8) || word.elementsEqual("near".utf8) else { continue }
            // "raised cardiac markers, no Q waves or loss of R-wave progression": a letter and a hyphen make a term.
            if next.end - next.start > 2, bytes[next.start + 1] == UInt8(ascii: "-"), bytes[next.start + 2].isLower { continue }
            // ("a house in Palmetto, Florida", "west of Miles, Queensland": an ordinary word is a town's name before its state.)
            let placeEponym = !twoWordName && Self.isCommonPlaceWord(next, in: document)
                && !(Self.isFollowedByAState(next, in: document) && !Lexicon.eponyms.contains(next, in: document))
            guard !placeEponym || Lexicon.eponyms.contains(next, in: document) && !document.isAllCaps(next) && !Lexicon.englishWords.contains(next, in: document)
                && !next.isIn(.stopwords) && !next.isIn(.countries) else { continue }
            var back = position - 1
            var residence = word.elementsEqual("in".utf8) && position >= 1 && Self.servicesInTown.contains(tokens[position - 1], in: document)
                // "north of Llanwrtyd", "10 km south of Kaikohe": a place found from another.
                || word.elementsEqual("of".utf8) && position >= 1 && Self.compassPoints.contains(tokens[position - 1], in: document)
                    // (not a state or a region: "the north of Minas Gerais")
                    && !(position + 2 < tokens.count && Self.countries.contains(document.bytes[next.start..<tokens[position + 2].end]))
                // "Dorothy May Holloway, late of Banksia Grove": where someone lived, in a coroner's words.
                || word.elementsEqual("of".utf8) && position >= 1 && document.bytes[tokens[position - 1].range].elementsEqual("late".utf8)
                // "a 30-year-old woman in Munich": a person introduced by age, and where they are.
                || word.elementsEqual("in".utf8) && position >= 1 && tokens[position - 1].isIn(.people)
                    && tokens[position - 1].start >= 9 && document.hasPrefix("year-old ", at: tokens[position - 1].start - 9)
            while back >= 0, position - back <= 8, !(bytes[tokens[back].end..<tokens[back + 1].start].contains { $0 == UInt8(ascii: ".") || $0.isLineBreak }) {
                if tokens[back].isIn(.residenceWords) { residence = true; break }
                back -= 1
            }
            // "interpreted in Nuer", "spoke in Tagalog": a language, not a place.
            if word.elementsEqual("in".utf8), position >= 1, Self.languageVerbs.contains(tokens[position - 1], in: document) { continue }
            guard residence, next.zone != .reference, !PersonNames.isCitation(after: next, in: document) else { continue }
            // (nor the history of a term: "an outbreak at a school in Norwalk, Ohio, in 1968")
            if placeEponym, PersonNames.isEponymUse(tokens, at: position + 1, in: document) || NameRule.documentUsesEponym(next, tokens: tokens, in: document)
                || PersonNames.hasHistoricalYear(after: next.end, in: document) { continue }
            var last = position + 1
            while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, document.isCapitalised(tokens[last + 1]),
                  !Self.isCommonPlaceWord(tokens[last + 1], in: document) || tokens[last + 1].isIn(.placeEndings) {
                last += 1
            }
            // "in São Paulo state", "in Limpopo province": a state or a region, not a town.
            // (A county or a district is small enough to identify: "in Kerry county" stays.)
            if last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end + 1, Self.largeRegionWords.contains(tokens[last + 1], in: document) { continue }
            matches.append(Match(next.start..<townEnd(after: tokens[last].end, tokens: tokens, document: document), "place of residence"))
        }
        return matches
    }

    /// Prepositions before a town that the gazetteer knows: "out of Lochinver", "travelling from Al Ain", "a panel beater in Athlone".
    static let townPrepositions: WordList = ["in", "at", "from", "to", "near", "of", "outside", "via", "into", "around", "towards", "toward", "for", "nach", "en", "à", "em", "bei", "aus"]
    /// Lowercase words inside a town's name: "Port of Spain", "Cernusco sul Naviglio", "Stratford-upon-Avon" is one token.
    static let townConnectors: WordList = ["of", "de", "del", "di", "da", "do", "sul", "sur", "en", "la", "le", "les", "on", "upon", "am", "an", "im", "der", "den", "s"]

    /// A town or village named after a preposition, with no word about living there, when the whole capitalised
    /// name is a place of the gazetteer (`Lexicon.towns`, GeoNames places under a million people, without
    /// the names that are also words, given names, surnames, eponyms or regions): "from Kangasala", "out of Lochinver".
    /// (Not "Ann Arbor stage", "Chiari malformation": a name before an eponym's noun; not a longer name,
    /// "the Otago Exercise Programme", whose first word alone is a place.)
    private func gazetteerTowns(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        // (The town is capitalised: only the tokens before a capitalised word are walked.)
        for position in document.capitalisedWords.lazy.filter({ $0 >= 1 }).map({ $0 - 1 }) {
            let token = tokens[position], first = tokens[position + 1]
            guard !first.isNumber, token.zone == .text, document.isCapitalised(first), !document.isAllCaps(first),
                  // (Not "MoCA", "OvCa": a short word with a capital inside is an abbreviation.)
                  first.end - first.start > 5 || !bytes[(first.start + 1)..<first.end].contains(where: \.isUpper) else { continue }
            // After a preposition ("from Kangasala"), a comma ("building site, Narangba"), or alone in a table cell ("| Alcorcón |").
            let gap = bytes[token.end..<first.start]
            let afterPreposition = first.start == token.end + 1 && bytes[token.end] == UInt8(ascii: " ") && Self.townPrepositions.contains(token, in: document)
            // ("a score developed in Freiburg": where it comes from.)
            if afterPreposition, position >= 1, Self.wordsOfOrigin.contains(tokens[position - 1], in: document) { continue }
            // ("the WHO global database maintained in Uppsala": where a body keeps its records.)
            if afterPreposition, position >= 2, ["maintained", "hosted", "kept"].contains(document.lowercased(tokens[position - 1].range)),
               Self.keepingBodies.contains(tokens[position - 2], in: document) { continue }
            let afterComma = gap.elementsEqual(", ".utf8)
            let inCell = gap.last == UInt8(ascii: " ") && gap.dropLast().last == UInt8(ascii: "|")
            guard afterPreposition || afterComma || inCell else { continue }
            // The whole run of capitalised words (and the small words inside a name) on this line.
            var last = position + 1
            while last + 1 < tokens.count, last - position < 5, tokens[last + 1].start - tokens[last].end == 1,
                  bytes[tokens[last].end] == UInt8(ascii: " ") || bytes[tokens[last].end] == UInt8(ascii: "'"),
                  !tokens[last + 1].isNumber,
                  document.isCapitalised(tokens[last + 1]) && !document.isAllCaps(tokens[last + 1]) || Self.townConnectors.contains(tokens[last + 1], in: document) && !document.isCapitalised(tokens[last + 1]) {
                last += 1
            }
            while last > position + 1, !document.isCapitalised(tokens[last]) { last -= 1 }
            // (Not "the study of Kragh et al. (2009)", "the work of Grollman and colleagues": an author cited.)
            // (Not "Puumala", "Ockelbo": a town that names a virus or a disease, added to the eponyms after the gazetteer was made.)
            guard Lexicon.towns.contains(bytes[first.start..<tokens[last].end]), last > position + 1 || !Lexicon.eponyms.contains(first, in: document),
                  !PersonNames.isEponymUse(tokens, at: last, in: document), !PersonNames.isCitation(after: tokens[last], in: document) else { continue }
            // A comma or a cell holds a name alone: "…, Narangba." or "| Alcorcón |", not "…, Kaplan criteria were …".
            if !afterPreposition {
                var after = tokens[last].end
                while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                guard after == bytes.count || bytes[after].isLineBreak || bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: ".")
                        || bytes[after] == UInt8(ascii: "|") || bytes[after] == UInt8(ascii: ";") || bytes[after] == UInt8(ascii: ")")
                        || bytes[after].isDigit || inCell == false && document.token(startingAt: after).map({ document.isAllCaps($0) && $0.end - $0.start <= 3 }) == true else { continue }
                if inCell, after < bytes.count, bytes[after] != UInt8(ascii: "|") || Self.isHeaderRow(endingAfter: after, in: document) { continue }
            }
            // "…, Taman Molek, Johor Bahru 81100.": the postcode after the town of an address (not a year: "…, Leeds 2019").
            var end = tokens[last].end
            if afterComma, last + 1 < tokens.count, tokens[last + 1].isNumber, tokens[last + 1].start == end + 1, bytes[end] == UInt8(ascii: " "),
               (4...6).contains(tokens[last + 1].end - tokens[last + 1].start), !(1900...2099).contains(Int(document.text(tokens[last + 1].range)) ?? 0),
               tokens[last + 1].end == bytes.count || !bytes[tokens[last + 1].end].isAlphanumeric && bytes[tokens[last + 1].end] != UInt8(ascii: "/")
                && bytes[tokens[last + 1].end] != UInt8(ascii: "-") && !(bytes[tokens[last + 1].end] == UInt8(ascii: ".") && tokens[last + 1].end + 1 < bytes.count
                    && bytes[tokens[last + 1].end + 1].isDigit) {
                end = tokens[last + 1].end
            }
            matches.append(Match(first.start..<end, "town"))
        }
        return matches
    }

    /// Whether a place is what a term is named after, earlier in its sentence: "an alphavirus named after a county in Trinidad",
    /// "named after the medical student Daniel Carrión and the town of La Oroya" — with no word of someone's home or of a person
    /// between ("named after her grandmother, she lives in Mossley" keeps Mossley).
    static func namesWhatATermIsNamedAfter(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < 120, !bytes[start - 1].isLineBreak, !(bytes[start - 1] == UInt8(ascii: " ") && start >= 2 && bytes[start - 2] == UInt8(ascii: ".")) { start -= 1 }
        let before = document.lowercased(start..<range.lowerBound)
        guard let named = before.range(of: "named after ") ?? before.range(of: "named for ") else { return false }
        let between = before[named.upperBound...].split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !between.contains { ["lives", "live", "lived", "living", "resident", "resides", "home", "moved", "she", "he", "her", "his", "their",
                                    "patient", "family", "born"].contains($0) }
    }

    /// Whether a place explains the term just before it that bears its first word, after a dash, a bracket or a colon: "**Chiba**
    /// needle — Chiba University in Japan" — a glossary's origin of a term, not a place where someone was. (Not "GCS 14, then Glasgow
    /// Royal Infirmary": nothing joins the term to the place; nor a place of care, below.)
    static func explainsATermNamedAfterIt(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let tokens = document.tokens
        guard let first = document.tokenIndex(startingAt: range.lowerBound), let noun = document.lastTokenIndex(endingBy: range.lowerBound), noun >= 1,
              tokens[noun].start > range.lowerBound - 12,
              // (Not a place of care: "Chiba needle — Chiba University Hospital, where she lives", "Ottawa rules: Ottawa Civic Hospital".)
              let last = document.lastTokenIndex(endingBy: range.upperBound), first <= last,
              !tokens[first...last].contains(where: { careFacilityWords.contains($0, in: document) || $0.isIn(.facilityWords) && !document.lowercased($0.range).hasPrefix("univers") })
        else { return false }
        let gap = document.bytes[tokens[noun].end..<range.lowerBound]
        guard !gap.contains(where: \.isLineBreak),
              gap.contains(UInt8(ascii: "(")) || gap.contains(UInt8(ascii: ":")) || gap.indices.contains(where: { document.isDash(at: $0) })
                || gap.contains(UInt8(ascii: "-")) && gap.contains(UInt8(ascii: " ")) else { return false }
        let word = document.lowercased(tokens[noun].range)
        guard PersonNames.eponymNouns.contains(word) || PersonNames.kitAndAssessmentNouns.contains(word) else { return false }
        // The term's name: the word before its noun, or two ("Ottawa ankle rules").
        return (max(0, noun - 2)..<noun).contains { document.bytes[tokens[$0].range].elementsEqual(document.bytes[tokens[first].range]) }
    }

    /// Whether a place names a variant, after its change in HGVS notation in brackets: "c.1388G>A (p.Arg463His, Kaiping)",
    /// "(c.1376G>T, Canton)" — G6PD and haemoglobin variants are named after where they were found.
    static func namesAVariant(_ range: Range<Int>, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        // One word, right after ", " and closing the brackets: not "(c.1388G>A, he lives in Bacolod)", "(c.1388G>A, tested at Groote
        // Schuur Hospital)".
        guard document.hasPrefix(")", at: range.upperBound) || document.hasPrefix(";", at: range.upperBound), document.hasPrefix(", ", at: range.lowerBound - 2),
              let only = document.tokenIndex(startingAt: range.lowerBound), document.tokens[only].end == range.upperBound else { return false }
        var index = range.lowerBound
        while index > 0, range.lowerBound - index < 40, bytes[index - 1] != UInt8(ascii: "("), !bytes[index - 1].isLineBreak { index -= 1 }
        guard index > 0, bytes[index - 1] == UInt8(ascii: "("), index + 2 < range.lowerBound else { return false }
        return bytes[index...].starts(with: "p.".utf8) || bytes[index...].starts(with: "c.".utf8)
    }

    /// Whether the line holding an offset is a table's header row: the next line is its delimiter row (`|---|---|`).
    static func isHeaderRow(endingAfter offset: Int, in document: ScanDocument) -> Bool {
        TableColumns.isSeparatorRow(document.source.lineBytes(document.line(at: offset) + 1).drop { $0 == UInt8(ascii: " ") })
    }

    /// Keys of structured addresses (JSON members, XML elements), lowercased with "_" left out.
    static let addressKeys: Set<String> = ["city", "town", "suburb", "locality", "village", "municipality", "streetaddress", "addressline", "street",
                                           "homeaddress", "residence", "ciudad", "ville", "stadt", "strasse", "cidade", "comuna", "colonia", "barrio"]

    /// Particles inside a facility's or a place's name: "Hospital Regional de Cusco".
    static let placeParticles: WordList = ["de", "del", "di", "da", "do", "des", "du", "dos", "das", "della"]

    /// Words after a state's or a province's name: "São Paulo state", "Limpopo province".
    static let largeRegionWords: WordList = ["state", "province", "region", "territory", "prefecture", "oblast", "canton"]

    /// Departments written in capitals: "ED", "A&E" is two tokens and left to "emergency department".
    static let departmentAbbreviations = WordList(vocabulary: .departmentAbbreviations, ["ed", "er", "or", "icu", "nicu", "picu", "ccu", "hdu", "scbu", "ae"])
    /// What follows "St John's" when it is a plant, a dance or a fire, not a hospital.
    static let saintTerms: WordList = ["wort", "dance", "fire", "day", "eve"]

    /// Hospitals known by a saint or a possessive: "St Canice's Ward", "St. Paul's OR 4", "Dell Children's ED";
    /// and a hospital named after its emergency department: "came to the ED at Harborview".
    private func departmentsAndSaints(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (position, token) in tokens.enumerated() where !token.isNumber && position + 2 < tokens.count {
            let length = token.end - token.start
            // Every pattern starts with a capital ("St", "ED") or is "department".
            guard bytes[token.start].isUpper || length == 10, token.zone == .text else { continue }
            // "St Canice's", "Saint Vincent's": a saint's name with a possessive, then anything but a lowercase word.
            if bytes[token.start] == UInt8(ascii: "S"), length == 2 && bytes[token.start + 1] | 0x20 == UInt8(ascii: "t") || length == 5 && document.lowercased(token.range) == "saint" {
                let name = tokens[position + 1]
                guard document.isCapitalised(name), !name.isNumber, name.start - token.end <= 2, document.onlySpaces(token.end..<name.start, allowing: [UInt8(ascii: ".")]),
                      document.hasPrefix("'s", at: name.end) || document.hasPrefix("’s", at: name.end) else { continue }
                let possessiveEnd = name.end + (bytes[name.end] == UInt8(ascii: "'") ? 2 : 4)
                guard possessiveEnd == bytes.count || !bytes[possessiveEnd].isLetterLike else { continue }
                var after = possessiveEnd
                while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
                if after < bytes.count, bytes[after].isLower { continue }
                if let next = document.token(startingAt: after), Self.saintTerms.contains(next, in: document) { continue }
                var end = possessiveEnd
                // "St Canice's Ward", "St. Paul's OR 4", "St Luke's Hospice".
                if let next = document.tokenIndex(startingAt: after), after - possessiveEnd <= 1, !tokens[next].isNumber,
                   tokens[next].isIn(.roomWords) || tokens[next].isIn(.departmentAbbreviations) || tokens[next].isIn(.facilityWords) {
                    end = tokens[next].end
                    if next + 1 < tokens.count, tokens[next + 1].isNumber, tokens[next + 1].start == end + 1 { end = tokens[next + 1].end }
                }
                // "St James's University Hospital grade 4": a classification named after the hospital.
                var following = document.firstTokenIndex(from: end)
                while let index = following, index < tokens.count, tokens[index].start <= end + 1 && document.isCapitalised(tokens[index]) && !tokens[index].isNumber {
                    end = tokens[index].end
                    following = index + 1
                }
                if let index = following, index < tokens.count, PersonNames.eponymNounsAfterName.contains(tokens[index], in: document) || document.lowercased(tokens[index].range) == "grade" { continue }
                matches.append(Match(token.start..<end, "named facility"))
                continue
            }
            // "Dell Children's ED": a department after a possessive name.
            if length <= 4, document.isAllCaps(token), token.isIn(.departmentAbbreviations), position >= 2, tokens[position - 1].end + 1 == token.start,
               document.bytes[tokens[position - 1].range].elementsEqual("s".utf8), tokens[position - 1].start >= 1,
               bytes[tokens[position - 1].start - 1] == UInt8(ascii: "'") || bytes[tokens[position - 1].start - 1] == 0x99,
               let start = facilityStart(before: position, tokens: tokens, document: document) {
                var end = token.end
                if tokens[position + 1].isNumber, tokens[position + 1].start == end + 1 { end = tokens[position + 1].end }
                matches.append(Match(start..<end, "named facility"))
                continue
            }
            // "the ED at Harborview", "the emergency department of Groote Schuur".
            if length <= 4 && document.isAllCaps(token) && token.isIn(.departmentAbbreviations)
                || length == 10 && document.lowercased(token.range) == "department" && position >= 1 && document.lowercased(tokens[position - 1].range) == "emergency" {
                let preposition = tokens[position + 1], place = tokens[position + 2]
                guard ["at", "of"].contains(document.lowercased(preposition.range)), preposition.start == token.end + 1, place.start == preposition.end + 1,
                      document.isCapitalised(place), !place.isNumber, !Self.isCommonPlaceWord(place, in: document), !Lexicon.firstNames.contains(place, in: document) else { continue }
                var last = position + 2
                while last + 1 < tokens.count, last - position < 4, tokens[last + 1].start == tokens[last].end + 1, document.isCapitalised(tokens[last + 1]), !tokens[last + 1].isNumber {
                    last += 1
                }
                matches.append(Match(place.start..<tokens[last].end, "named facility"))
            }
        }
        return matches
    }

    /// Words of direction that begin a region's name: "Western Ontario", "Greater Manchester".
    static let compassWords: WordList = ["western", "eastern", "northern", "southern", "north", "south", "east", "west", "central", "greater", "upper", "lower"]

    /// Headers of table columns whose cells say where someone lives or lay.
    static let placeHeaders: WordList = ["room", "bed", "ward", "location", "address", "home address", "residence", "suburb", "town", "home town", "village", "lives in", "unit", "facility",
                                         // "| Home | Al Malaz |", "| École | Municipalité |", "| Domicilio | Alcorcón |".
                                         "home", "hometown", "city", "municipality", "municipalité", "municipio", "locality", "district", "neighbourhood",
                                         "neighborhood", "barrio", "bairro", "domicilio", "morada", "wohnort", "woonplaats", "bosted", "ort", "localité",
                                         "school", "école", "escuela", "escola", "workplace", "employer", "empresa", "place of work", "village of origin", "care home",
                                         // Camps and settlements: "| Shelter | B-12/207 |", "| Quartier / village | Koira-Tegui |".
                                         "shelter", "block", "tent", "quartier", "colonia", "aldea", "kebele", "barangay", "settlement", "camp",
                                         // Swedish, Spanish, Portuguese, Korean and Hebrew: "| Bor i |", "| Ciudad |", "| 주소 |", "| כתובת |".
                                         "bor i", "bostadsort", "hemort", "kommun", "ciudad", "localidad", "población", "cidade", "주소", "거주지", "כתובת",
                                         // "| adresse |" (French), "| Dirección |", "| Endereço |", "| Anschrift |"; an outbreak line list's "| community |".
                                         "adresse", "dirección", "direccion", "endereço", "endereco", "adres", "anschrift", "community"]
    /// Columns of venues or departments: `placeHeaders` for names of two words or more.
    static let venueHeaders: WordList = ["site", "place", "venue", "where", "setting", "exposure site", "exposure location", "hospital", "clinic", "practice"]

    /// Last words that make a place of an unfamiliar word anywhere in the text: "Kinleith Forest", "Cadgwith Cove",
    /// "Warrigal Downs". Fewer than `placeEndings`, which need a sentence about where someone lives.
    static let landscapeEndings = WordList(vocabulary: .landscapeEndings, ["forest", "cove", "downs", "park", "creek", "bay", "beach", "valley", "springs", "falls", "harbour", "harbor", "island", "heights", "hills", "gully", "gorge"])

    /// "felling in Kinleith Forest", "the trailer at Cadgwith Cove" — but not "Barmah Forest virus" or "Murray Valley encephalitis".
    private func namedLandscapes(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for position in document.capitalisedWords where position >= 1 && tokens[position].end - tokens[position].start >= 3 && bytes[tokens[position].start].isUpper {
            let ending = tokens[position], name = tokens[position - 1]
            guard !ending.isNumber, ending.isIn(.landscapeEndings), !name.isNumber, name.end + 1 == ending.start,
                  bytes[name.end] == UInt8(ascii: " "), ending.zone == .text, document.isCapitalised(name), !Self.isCommonPlaceWord(name, in: document),
                  !name.isIn(.landscapeEndings) else { continue }
            if let next = document.token(startingAt: ending.end + 1), next.isIn(.eponymNouns) || Self.notPlaceFollowers.contains(next, in: document) { continue }
            // "first described in the Bitterroot Valley": a region, not a property or an address.
            if position >= 2, document.lowercased(tokens[position - 2].range) == "the" { continue }
            matches.append(Match(name.start..<ending.end, "named place"))
        }
        return matches
    }

    /// A town between a name and a telephone number, as in a contact line: "sister Tara Bearpaw, Kamloops, 250-555-0191".
    private func placesBeforePhones(in document: ScanDocument, tokens: [Token]) -> [Match] {
        let bytes = document.bytes
        var matches: [Match] = []
        for (position, token) in document.capitalisedWords.lazy.map({ ($0, tokens[$0]) }) where position >= 1 && token.start >= 2 && bytes[token.start - 2] == UInt8(ascii: ",") {
            guard !token.isNumber, bytes[token.start - 1] == UInt8(ascii: " "), token.zone == .text, document.isCapitalised(token),
                  !Self.isCommonPlaceWord(token, in: document), !Lexicon.firstNames.contains(token, in: document) else { continue }
            var last = position
            while last + 1 < tokens.count, last - position < 2, tokens[last + 1].start == tokens[last].end + 1, document.isCapitalised(tokens[last + 1]), !tokens[last + 1].isNumber {
                last += 1
            }
            let end = tokens[last].end
            guard end + 3 < bytes.count, bytes[end] == UInt8(ascii: ","), bytes[end + 1] == UInt8(ascii: " ") else { continue }
            // The number: at least seven digits in the next sixteen bytes, starting with a digit, "+" or "(".
            let first = bytes[end + 2]
            guard first.isDigit || first == UInt8(ascii: "+") || first == UInt8(ascii: "(") else { continue }
            let run = bytes[(end + 2)..<min(end + 18, bytes.count)].prefix { $0.isDigit || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }
            guard run.filter(\.isDigit).count >= 7 else { continue }
            matches.append(Match(token.start..<end, "place of residence"))
        }
        return matches
    }

    /// Lochs, rivers and seas: a landscape, not an address ("the south side of Loch Ness").
    static let naturalFeatures: WordList = ["loch", "lough", "river", "sea", "ocean", "glen", "strait", "gulf", "firth"]
    /// Video and messaging services: "a transcript from the Zoom recording", "a photo from WhatsApp".
    static let platforms: Set<String> = ["zoom", "teams", "skype", "whatsapp", "facetime", "webex", "telegram", "messenger", "instagram", "facebook",
                                         "twitter", "tiktok", "youtube", "snapchat", "viber", "wechat", "signal",
                                         // Software a text was written or kept in: "Converted from Word", "Exported from Confluence".
                                         "word", "excel", "powerpoint", "confluence", "sharepoint", "drupal", "wordpress", "joomla", "mediawiki",
                                         "dokuwiki", "typo3", "plone", "notion", "onenote", "evernote", "epic", "cerner", "emis", "systmone", "redcap"]

    /// Capitalised words after "in"/"at" that are not places: ordinary words, eponyms, countries, acronyms.
    static func isCommonPlaceWord(_ token: Token, in document: ScanDocument) -> Bool {
        if token.isIn(.stopwords) || token.isIn(.genericWords) || token.isIn(.countries) {
            return true
        }
        if Lexicon.eponyms.contains(token, in: document) || document.isAllCaps(token) || naturalFeatures.contains(token, in: document) { return true }
        if Lexicon.englishWords.contains(token, in: document), !token.isIn(.cityNames) { return true }
        return NameRule.hasInnerCapital(token, in: document)
    }

    /// Street words joined to the name, written before the house number: "Gärtnerstraße 17",
    /// "Van Woustraat 118-2", "Brauerstrasse 40", "rue Francis de Pressensé 14".
    static let joinedStreetEndings = ["straße", "strasse", "str.", "straat", "gasse", "weg", "platz", "allee", "laan", "gracht", "vej", "gatan", "gade", "veien", "kade", "damm"]
    static let joinedStreetEndingBytes = joinedStreetEndings.map { Array($0.utf8) }

    /// Whether a word ends in a joined street ending after `stem` bytes or more ("Gärtnerstraße", "Hengelosestraat"), compared
    /// over bytes without building a string. Without a house number "-weg" is left out: it ends ordinary words too.
    static func hasJoinedStreetEnding(_ token: Token, in document: ScanDocument, stem: Int, allowingWeg: Bool = true) -> Bool {
        for ending in joinedStreetEndingBytes where ending.count + stem <= token.end - token.start && (allowingWeg || !ending.elementsEqual("weg".utf8)) {
            let base = token.end - ending.count
            var index = 0
            while index < ending.count, document.bytes[base + index].lowercased == ending[index] { index += 1 }
            if index == ending.count { return true }
        }
        return false
    }
    static let streetWordsBeforeName = WordList(vocabulary: .streetWordsBeforeName, ["rue", "avenue", "boulevard", "via", "viale", "calle", "avenida", "rua", "piazza", "plaza", "chemin", "allée", "impasse", "quai", "place", "route"])

    /// Words before a street's name: "on Hengelosestraat", "in der Brauerstraße", "på Silkeborgvej".
    static let streetPrepositions = WordList(vocabulary: .streetPrepositions, ["on", "in", "at", "along", "off", "near", "from", "op", "aan", "auf", "an", "der", "i", "på", "ved", "w", "na"])

    private func continentalStreets(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for (position, token) in tokens.enumerated() where !token.isNumber {
            // Only words followed by a house number, or the French/Italian/Spanish street words, can start these.
            let followedByNumber = position + 1 < tokens.count && tokens[position + 1].isNumber && tokens[position + 1].start == token.end + 1
            // "on Hengelosestraat": a joined street name after a preposition, without its number.
            let numberlessStreet = !followedByNumber && document.isCapitalised(token) && position >= 1 && tokens[position - 1].isIn(.streetPrepositions)
                && tokens[position - 1].end + 1 == token.start && Self.hasJoinedStreetEnding(token, in: document, stem: 4, allowingWeg: false)
            guard followedByNumber || numberlessStreet || token.isIn(.streetWordsBeforeName) else { continue }
            guard token.zone != .reference else { continue }
            let word = document.lowercased(token.range)
            if followedByNumber, Self.hasJoinedStreetEnding(token, in: document, stem: 3), document.isCapitalised(token) || position >= 1,
               position + 1 < tokens.count, tokens[position + 1].isNumber, tokens[position + 1].start - token.end == 1,
               document.bytes[token.end] == UInt8(ascii: " ") {
                var start = token.start
                if position >= 1, document.isCapitalised(tokens[position - 1]), tokens[position - 1].end + 1 == token.start { start = tokens[position - 1].start }
                var end = tokens[position + 1].end
                if end + 1 < document.bytes.count, document.bytes[end] == UInt8(ascii: "-"), document.bytes[end + 1].isDigit,
                   let unit = document.token(startingAt: end + 1) { end = unit.end }
                matches.append(Match(start..<end, "street address"))
            } else if numberlessStreet, !Lexicon.englishWords.contains(token, in: document) {
                // "lives in student housing on Hengelosestraat", "at Silkeborgvej": a joined street name without its number.
                matches.append(Match(token.range, "street"))
            } else if token.isIn(.streetWordsBeforeName), !document.isCapitalised(token) || word == "rue" || word == "via", position >= 1,
                      // "14 rue Francis de Pressensé"; "1147, avenue de l'Épée" as Quebec writes it; without a number after "on" or "at", in
                      // lowercase ("lives on rue Saint-Denis", "on avenue de l'Épée").
                      tokens[position - 1].isNumber && (tokens[position - 1].end + 1 == token.start || document.has(", ", at: tokens[position - 1].end) && tokens[position - 1].end + 2 == token.start)
                        || !document.isCapitalised(token) && word != "place" && word != "route" && Self.wordsBeforeAStreet.contains(document.lowercased(tokens[position - 1].range))
                            && tokens[position - 1].end + 1 == token.start,
                      position + 1 < tokens.count, Self.startsStreetName(tokens[position + 1], in: document)
                        || (position + 2 < tokens.count && ["de", "des", "du", "la", "le", "di", "del", "da", "dos", "das"].contains(document.lowercased(tokens[position + 1].range)) && Self.startsStreetName(tokens[position + 2], in: document)) {
                var last = position + 1
                while last + 1 < tokens.count, tokens[last + 1].start - tokens[last].end == 1, Self.startsStreetName(tokens[last + 1], in: document) || ["de", "du", "des", "la", "le", "di", "del"].contains(document.lowercased(tokens[last + 1].range)) {
                    last += 1
                }
                let start = tokens[position - 1].isNumber ? tokens[position - 1].start : token.start
                matches.append(Match(start..<townEnd(after: tokens[last].end, tokens: tokens, document: document), "street address"))
            }
        }
        return matches
    }

    /// What a street written in lowercase without its number may follow: "lives on rue Saint-Denis", and in a letter, "domiciliée chemin
    /// des Mésanges 9", "wohnhaft Am Lindenhof".
    static let wordsBeforeAStreet: Set<String> = ["on", "at", "sur", "au", "domicilié", "domiciliée", "domicilie", "domiciliee", "demeurant",
                                                  "résidant", "résidente", "domiciliato", "domiciliata", "residente", "wohnhaft", "woonachtig"]

    /// Whether a word may start or go on with a street's name after its street word: a capitalised word, or "l'" or "d'" before one
    /// ("l'Épée", "d'Youville"; the article is a word of its own, `ScanDocument.isElision`).
    static func startsStreetName(_ word: Token, in document: ScanDocument) -> Bool {
        if document.isCapitalised(word) { return true }
        return word.end - word.start == 1 && (document.bytes[word.start] == UInt8(ascii: "l") || document.bytes[word.start] == UInt8(ascii: "d"))
            && elidedBeforeCapital(word, in: document)
    }

    /// Whether a word is elided before a capitalised one, after an apostrophe: "l'Épée", "dell’Angelo".
    static func elidedBeforeCapital(_ word: Token, in document: ScanDocument) -> Bool {
        let bytes = document.bytes
        let apostrophe = document.has("'", at: word.end) ? 1 : document.has("’", at: word.end) ? 3 : 0
        let next = word.end + apostrophe
        guard apostrophe > 0, next < bytes.count else { return false }
        return bytes[next].isUpper || bytes.withUnsafeBufferPointer { ScanDocument.startsWithCapital($0, at: next) }
    }

    /// Street suffixes written in full, which end a street's name without a number before it: "Alvarado Road".
    static let fullStreetSuffixes: Set<String> = ["street", "road", "avenue", "lane", "drive", "crescent", "boulevard", "terrace", "parade", "highway", "close"]

    /// "Alvarado Road and Pine Street", "East 14th Avenue", "Co. Wicklow", "HMP Eastmoor".
    private func streetNames(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for (position, token) in document.capitalisedWords.lazy.map({ ($0, tokens[$0]) }) where position >= 1 {
            guard token.isIn(.streetSuffixes) || (token.end - token.start <= 6 && (document.bytes[token.start] == UInt8(ascii: "C") || document.bytes[token.start] == UInt8(ascii: "H"))) else { continue }
            guard token.zone != .reference else { continue }
            let word = document.lowercased(token.range)
            let previous = tokens[position - 1]
            guard document.onlySpaces(previous.end..<token.start), token.start - previous.end == 1 else { continue }
            // "Ntlazane St, Mfuleni": an abbreviated suffix that ends the name (not "St Mary's").
            let endsName = token.end >= document.bytes.count || [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(document.bytes[token.end])
                || document.bytes[token.end].isLineBreak
            let abbreviatedEnd = endsName && Self.suffixesEndingAName.contains(word)
                && !document.isAllCaps(token) && !document.isAllCaps(previous)   // not "ICD DR,"
            // ("Gounod's Ave Maria": a capitalised word after it goes on with something else.)
            let alwaysEnds = Self.suffixesAlwaysEndingAName.contains(word) && !document.isAllCaps(token)
                && !(position + 1 < tokens.count && tokens[position + 1].start == token.end + 1 && document.isCapitalised(tokens[position + 1]) && !tokens[position + 1].isNumber)
            if Self.fullStreetSuffixes.contains(word) || abbreviatedEnd || alwaysEnds, document.isCapitalised(token) {
                let previousWord = document.lowercased(previous.range)
                // "14th Avenue": an ordinal before the suffix.
                if ["st", "nd", "rd", "th"].contains(previousWord), position >= 2, tokens[position - 2].isNumber, tokens[position - 2].end == previous.start {
                    var start = tokens[position - 2].start
                    if position >= 3, ["east", "west", "north", "south"].contains(document.lowercased(tokens[position - 3].range)) { start = tokens[position - 3].start }
                    matches.append(Match(start..<townEnd(after: token.end, tokens: tokens, document: document), "street name"))
                    continue
                }
                guard !previous.isNumber, document.isCapitalised(previous), !Self.genericWords.contains(previousWord) || ["east", "west", "north", "south"].contains(previousWord),
                      !PersonNames.stopwords.contains(previousWord),
                      // "along the old Silk Road": a route of history, not an address.
                      !(previousWord == "silk" && ["road", "route"].contains(word)) else { continue }
                var start = previous.start
                if position >= 2, document.isCapitalised(tokens[position - 2]), !tokens[position - 2].isNumber, tokens[position - 2].end + 1 == previous.start,
                   !PersonNames.stopwords.contains(document.lowercased(tokens[position - 2].range)),
                   !Self.genericWords.contains(document.lowercased(tokens[position - 2].range)) {
                    start = tokens[position - 2].start
                }
                matches.append(Match(start..<townEnd(after: token.end, tokens: tokens, document: document), "street name"))
            } else if word == "county", document.isCapitalised(token), position >= 2, tokens[position - 1].end + 1 == token.start,
                      document.isCapitalised(tokens[position - 1]), !tokens[position - 1].isNumber, !tokens[position - 1].isIn(.stopwords),
                      !Lexicon.englishWords.contains(tokens[position - 1], in: document), tokens[position - 1].start >= 2,
                      document.bytes[(tokens[position - 1].start - 2)..<tokens[position - 1].start].elementsEqual(", ".utf8),
                      document.isCapitalised(tokens[position - 2]), !tokens[position - 2].isNumber {
                // "Hollister Township, Tamarack County.": a US county after the township or town of an address.
                matches.append(Match(tokens[position - 1].start..<token.end, "county"))
            } else if ["co", "county"].contains(word), document.isCapitalised(token), position + 1 < tokens.count, document.isCapitalised(tokens[position + 1]),
                      tokens[position + 1].start - token.end <= 2,
                      // ("of Tartu County. She removed": "County" ends a sentence; only "Co." has a full stop before the county's name.)
                      word == "co" || document.bytes[token.end] != UInt8(ascii: ".") {
                // The towns written before it: "Ardnagappary, Gortahork, Co. Donegal".
                var start = token.start
                var back = position - 1
                while back >= 0, position - back <= 4, !tokens[back].isNumber, document.isCapitalised(tokens[back]),
                      document.bytes[tokens[back].end..<start].elementsEqual(", ".utf8), !tokens[back].isIn(.stopwords),
                      !Lexicon.englishWords.contains(tokens[back], in: document) {
                    start = tokens[back].start
                    back -= 1
                }
                matches.append(Match(start..<tokens[position + 1].end, "county"))
            } else if ["hmp", "hmyoi", "hmp/yoi"].contains(word), position + 1 < tokens.count, document.isCapitalised(tokens[position + 1]) {
                matches.append(Match(token.start..<tokens[position + 1].end, "named facility"))
            }
        }
        return matches
    }


    /// The end of "Rowan Street" after a house number, or nil.
    private func streetEnd(after position: Int, tokens: [Token], document: ScanDocument) -> Int? {
        var next = position + 1
        // "12A Rowan Street": a letter joined to the number.
        if next < tokens.count, tokens[next].start == tokens[position].end, tokens[next].end - tokens[next].start == 1 { next += 1 }
        var names = 0
        while next < tokens.count, names <= 4 {
            let token = tokens[next]
            // "1180 N. Halsted St": a compass point with a full stop before the name.
            let afterCompass = names == 1 && tokens[next - 1].end - tokens[next - 1].start == 1 && document.bytes[tokens[next - 1].end] == UInt8(ascii: ".")
                && [UInt8(ascii: "N"), UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "W")].contains(document.bytes[tokens[next - 1].start])
            guard !token.isNumber, document.isCapitalised(token),
                  document.onlySpaces(tokens[next - 1].end..<token.start, allowing: afterCompass ? [UInt8(ascii: ","), UInt8(ascii: ".")] : [UInt8(ascii: ",")]),
                  token.start - tokens[next - 1].end <= 2 else { return nil }
            let word = document.lowercased(token.range)
            if names >= 1, Self.streetSuffixes.contains(word), !(afterCompass && names == 1) {
                var end = token.end
                if end < document.bytes.count, document.bytes[end] == UInt8(ascii: "."), Self.abbreviatedSuffixes.contains(word) { end += 1 }
                return end
            }
            names += 1
            next += 1
        }
        return nil
    }

    /// Extends an address over the places that follow it: ", Ernakulam, Kochi", ", Nakano-ku, Tokyo" (up to three
    /// comma-separated segments of capitalised words, each of at most three words).
    /// In `strict` mode (after a facility, where a comma may go on with anything) the first place must
    /// not be an English word, a title or a known first name.
    private func townEnd(after end: Int, tokens: [Token], document: ScanDocument, strict: Bool = false) -> Int {
        var end = end
        for segment in 0..<3 {
            guard let next = document.firstTokenIndex(from: end), tokens[next].start - end <= 2,
                  document.bytes[end..<tokens[next].start].contains(UInt8(ascii: ",")),
                  document.isCapitalised(tokens[next]) || ["app", "appt", "apt", "apto", "lgh"].contains(document.lowercased(tokens[next].range)), !tokens[next].isNumber,
                  !tokens[next].isIn(.stopwords) || tokens[next].isIn(.countries) else { break }
            // "…, Apt 3B, Hagerstown": a unit between the street and the town.
            if ["apt", "apto", "unit", "flat", "suite", "apartment", "app", "appt", "lgh", "wohnung", "piso"].contains(document.lowercased(tokens[next].range)),
               next + 1 < tokens.count, tokens[next + 1].isNumber, tokens[next + 1].start - tokens[next].end <= 3 {
                end = tokens[next + 1].end
                if next + 2 < tokens.count, tokens[next + 2].start == end, tokens[next + 2].end - tokens[next + 2].start == 1 { end = tokens[next + 2].end }
                continue
            }
            if strict, segment == 0, Lexicon.englishWords.contains(tokens[next], in: document) || tokens[next].isIn(.titles)
                || Lexicon.firstNames.contains(tokens[next], in: document) || tokens[next].isIn(.genericWords) { break }
            var last = next
            while last + 1 < tokens.count, document.isCapitalised(tokens[last + 1]), !tokens[last + 1].isNumber,
                  document.onlySpaces(tokens[last].end..<tokens[last + 1].start), last - next < 2 {
                last += 1
            }
            end = tokens[last].end
        }
        return end
    }

    /// The start of a facility's name before its kind word, when at least one name word is not generic.
    private func facilityStart(before position: Int, tokens: [Token], document: ScanDocument) -> Int? {
        var start: Int?
        var index = position - 1
        var named = false
        // "Central West Base Hospital": a region's compass words name a facility with another capitalised word.
        var compassWords = 0, capitalised = 0
        // "Royal Victoria Infirmary", "Singapore General Hospital": a state or city that is also a country word names a
        // hospital (not a people's: "American College", "Irish Hospice").
        // ("Maine Medical Center", "Iowa Methodist Medical Centre": a medical centre is a hospital.)
        let namesByPlace = Self.careFacilityWords.contains(tokens[position], in: document)
            || position >= 1 && ["center", "centre"].contains(document.lowercased(tokens[position].range))
                && ["medical", "health", "cancer", "heart", "trauma", "children's"].contains(document.lowercased(tokens[position - 1].range))
        // Whether an "of", "and" or "the" lies between the word and the kind word ("University Hospital of Wales and the Children's Hospital").
        var joined = false
        while index >= 0, position - index <= 5 {
            let token = tokens[index]
            let gapEnd = tokens[index + 1].start
            guard document.onlySpaces(token.end..<gapEnd, allowing: [UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "&")]),
                  gapEnd - token.end <= 4 else { break }
            // "St. Michael's" but not "GCS 15. Secondary": a full stop only after an abbreviation.
            if document.bytes[token.end..<gapEnd].contains(UInt8(ascii: ".")), token.isNumber || token.end - token.start > 3
                // "… the ED. The North West Regional Hospital": a sentence that starts after the abbreviation.
                || tokens[index + 1].isIn(.stopwords) { break }
            // "1,840 U/L. Hospital number": a unit, not an initial.
            if token.start >= 1, document.bytes[token.start - 1] == UInt8(ascii: "/") { break }
            let word = document.lowercased(token.range)
            if word == "s", index >= 1 { index -= 1; continue }  // "Michael's"
            guard document.isCapitalised(token) || token.isNumber || ["of", "and", "the", "&"].contains(word) else { break }
            // "Royal Victoria Infirmary and Singapore General Hospital": two facilities, not one name.
            if word == "and", index >= 1, tokens[index - 1].isIn(.facilityWords), document.isCapitalised(tokens[index - 1]) { break }
            // "Notified the Public Health Unit", "Dear Rheumatology Clinic": a verb or a greeting that starts the sentence.
            if document.startsSentence(token), word.hasSuffix("ed") && Lexicon.englishWords.contains(token, in: document) || word == "dear" { break }
            // "DEVICE CLINIC", "POISON CENTER": a heading in capitals names a service, not a place.
            if !Self.genericWords.contains(word), !token.isNumber, !PersonNames.stopwords.contains(word),
               !(document.isAllCaps(token) && Lexicon.englishWords.contains(token, in: document)), !token.isIn(.countries) { named = true }
            if word == "st" || word == "saint" { named = true }
            // "West of Scotland Paediatric Implant Centre": a region named by a compass point and a country.
            if token.isIn(.countries), index >= 2, document.bytes[tokens[index - 1].range].elementsEqual("of".utf8),
               Self.compassWords.contains(tokens[index - 2], in: document) { named = true }
            if ["of", "and", "the"].contains(word) { joined = true }
            if !joined, namesByPlace, token.isIn(.countries), !document.isAllCaps(token), !Self.isPeopleWord(word) { named = true }
            if !joined, Self.compassWords.contains(token, in: document) { compassWords += 1 }
            if !joined, document.isCapitalised(token), !token.isNumber { capitalised += 1 }
            start = token.start
            index -= 1
        }
        if compassWords > 0, capitalised >= 2 { named = true }
        // Starting "of", "and", "the" or a capitalised preposition ("At Central West Base Hospital") belong to the sentence,
        // not the name ("Our Lady's Hospital" keeps its "Our").
        guard named, var first = start else { return nil }
        while let token = document.token(startingAt: first), token.isIn(.stopwords), document.lowercased(token.range) != "our",
              let next = document.firstTokenIndex(from: first + 1).map({ tokens[$0] }) {
            first = next.start
        }
        return first
    }

    /// The facilities where patients are cared for, which a state or city may name ("Royal Victoria Infirmary").
    static let careFacilityWords: WordList = ["hospital", "infirmary", "clinic", "hospice", "polyclinic", "dispensary", "sanatorium"]
    /// More words of a place of care or of study, inside a body's name: "the American University of Beirut Medical Center".
    static let careAndStudyWords: WordList = ["medical", "center", "centre", "health", "university"]

    /// The word for a people or a language, not a place: "American", "Irish", "Chinese", "Arabic", "Punjabi", "Dutch".
    static func isPeopleWord(_ word: String) -> Bool {
        ["an", "ish", "ese", "ic", "i", "ch", "ek", "ai", "no"].contains { word.hasSuffix($0) }
    }

    /// The end of a country, state or region of two or three words that starts at a token: "Sri Lanka", "South-East Asia",
    /// "New South Wales".
    static func countryNameEnd(at position: Int, in document: ScanDocument) -> Int? {
        let tokens = document.tokens
        var last = position
        var end: Int?
        while last + 1 < tokens.count, last - position < 2, tokens[last + 1].start == tokens[last].end + 1, document.bytes[tokens[last].end] == UInt8(ascii: " ") {
            last += 1
            if countries.contains(document, tokens[position].start..<tokens[last].end) { end = tokens[last].end }
        }
        return end
    }

    /// The words after "College of" that make a college of a profession, a learned body, not a place: "Royal College of
    /// Psychiatrists", "American College of Physicians", "American College of Chest Physicians".
    static let wordsAfterCollegeOf: WordList = ["physicians", "surgeons", "psychiatrists", "nursing", "midwives", "radiologists", "anaesthetists",
                                                  "anesthesiologists", "obstetricians", "paediatrics", "pediatrics", "pathologists", "ophthalmologists",
                                                  "general", "emergency", "cardiology", "chest", "rheumatology", "occupational", "speech", "podiatry",
                                                  "paramedics", "optometrists", "dentists", "medicine", "physicians'", "surgeons'", "veterinary"]

    /// Words of research whose evidence comes from a place: "a trial from Cairo", "a cohort from Pune" (not "her results from
    /// Tamworth were faxed": where she was seen).
    static let evidenceWords: WordList = ["trial", "trials", "study", "studies", "cohort", "cohorts", "evidence", "guidance", "guidelines", "registry",
                                          "survey", "surveys"]

    /// Verbs of a person's moving home: "came to Canada from Pécs", "emigrated from Cork".
    static let migrationVerbs: WordList = ["came", "moved", "emigrated", "immigrated", "migrated", "fled", "arrived", "relocated", "returned"]

    /// Whether a verb of moving home comes within the four words before an offset (before "from").
    static func followsMigration(before offset: Int, in document: ScanDocument) -> Bool {
        guard let last = document.lastTokenIndex(endingBy: offset + 1) else { return false }
        return (max(0, last - 3)...last).contains { document.tokens[$0].start >= offset - 40 && migrationVerbs.contains(document.tokens[$0], in: document) }
    }

    /// "lives in Bendigo", "moved to Ballarat", "from Wester Ross".
    private func residences(in document: ScanDocument, tokens: [Token]) -> [Match] {
        var matches: [Match] = []
        for (label, end) in document.labels(.residence) {
            guard let first = document.firstTokenIndex(from: end), tokens[first].start - end <= 3,
                  document.onlySpaces(end..<tokens[first].start, allowing: [UInt8(ascii: ":")]), document.zone(at: end) != .reference else { continue }
            // "a trial from Cairo", "a cohort from Pune": where evidence came from, not where someone lives.
            if label == "from", let before = document.lastTokenIndex(endingBy: end - 4), tokens[before].end + 1 == end - 4,
               Self.evidenceWords.contains(tokens[before], in: document) { continue }
            // "(Hb Constant Spring) after a district of Kingston, Jamaica": which district, not whose.
            if label == "district of", let before = document.lastTokenIndex(endingBy: end - label.utf8.count),
               ["a", "an"].contains(document.lowercased(tokens[before].range)) { continue }
            var position = first
            if document.lowercased(tokens[position].range) == "the", position + 1 < tokens.count {
                guard tokens[position + 1].start - tokens[position].end == 1, document.bytes[tokens[position].end] == UInt8(ascii: " ") else { continue }
                position += 1
            }
            guard !tokens[position].isNumber, document.isCapitalised(tokens[position]), !document.isAllCaps(tokens[position]) || tokens[position].end - tokens[position].start > 3 else { continue }
            // "from ΕΚΕΑ-linked units", "from Gulf-based labs": an adjective made of a name.
            if ["-linked", "-based", "-led", "-run", "-funded"].contains(where: { document.lowercased(tokens[position].range).hasSuffix($0) }) { continue }
            // "from Stiell's group": a person's work, not a place.
            if document.hasPrefix("'s ", at: tokens[position].end) || document.hasPrefix("’s ", at: tokens[position].end) { continue }
            let word = document.lowercased(tokens[position].range)
            // "IgA", "ACTH-dependent": an acronym is not a place name.
            if document.bytes[(tokens[position].start + 1)..<tokens[position].end].enumerated().contains(where: { offset, byte in
                byte.isUpper && document.bytes[tokens[position].start + offset] != UInt8(ascii: "'") && document.bytes[tokens[position].start + offset] != UInt8(ascii: "-")
                    && !(offset == 1 && document.lowercased(tokens[position].start..<(tokens[position].start + 2)) == "mc")
            }) { continue }
            if Self.countries.contains(word) || Self.countryNameEnd(at: position, in: document) != nil { continue }
            // "evidence from Isbister and colleagues": an author. (Not a year of a person's life: "He came to Canada from Pécs in 1957".)
            if PersonNames.isCitation(after: tokens[position], in: document),
               !(label == "from" && document.hasPrefix(" in 1", at: tokens[position].end) && Self.followsMigration(before: end - 5, in: document)) { continue }
            if Self.placePrefixes.contains(word), position + 1 < tokens.count, document.isCapitalised(tokens[position + 1]), tokens[position + 1].start - tokens[position].end == 1,
               !tokens[position + 1].isIn(.countries), !Self.countries.contains(document.lowercased(tokens[position].start..<tokens[position + 1].end)) {
                matches.append(Match(tokens[position].start..<townEnd(after: tokens[position + 1].end, tokens: tokens, document: document), "place of residence"))
                continue
            }
            // "from Charles Bonnet to Lewy bodies" in a text about Charles Bonnet syndrome.
            // (The second word only when it belongs to the name: not "from Kangasala with OSA" in a text about "a child with Down syndrome".)
            if NameRule.documentUsesEponym(tokens[position], tokens: tokens, in: document, elsewhere: true)
                || position + 1 < tokens.count && tokens[position + 1].start == tokens[position].end + 1 && document.isCapitalised(tokens[position + 1])
                    && NameRule.documentUsesEponym(tokens[position + 1], tokens: tokens, in: document, elsewhere: true) { continue }
            // "from T-wave oversensing", "X-ray": a letter and a hyphen make a term.
            if let hyphen = word.firstIndex(of: "-"), word.distance(from: word.startIndex, to: hyphen) <= 2 { continue }
            guard word.count > 2, !Self.naturalFeatures.contains(word), !Self.platforms.contains(word), !PersonNames.stopwords.contains(word), !Self.genericWords.contains(word), !Lexicon.eponyms.contains(word) || ["glasgow", "ottawa", "boston", "toronto", "sydney", "oxford", "cambridge", "manchester", "edinburgh", "newcastle", "seattle", "philadelphia", "vancouver", "atlanta", "geneva", "helsinki", "montreal", "bristol", "milwaukee", "minnesota", "denver"].contains(word) else { continue }
            // "from Table 0078", "from Figure 3": a part of a document and its number; "from the Mortality and Morbidity Statistics": the
            // title of a work (ordinary words joined by "and").
            // (A part of a document by name only: "She moved from Bath 3 years ago" is a town.)
            if Lexicon.englishWords.contains(tokens[position], in: document), position + 1 < tokens.count, tokens[position + 1].start == tokens[position].end + 1,
               tokens[position + 1].isNumber && Self.documentParts.contains(tokens[position], in: document)
                || document.lowercased(tokens[position + 1].range) == "and" && position + 2 < tokens.count
                && document.isCapitalised(tokens[position + 2]) && Lexicon.englishWords.contains(tokens[position + 2], in: document) { continue }
            var last = position
            while last + 1 < tokens.count, last - position < 3, !tokens[last + 1].isNumber, document.isCapitalised(tokens[last + 1]),
                  document.onlySpaces(tokens[last].end..<tokens[last + 1].start, allowing: [UInt8(ascii: ",")]), tokens[last + 1].start - tokens[last].end <= 2,
                  !Self.genericWords.contains(document.lowercased(tokens[last + 1].range)) || Self.facilityWords.contains(document.lowercased(tokens[last + 1].range)) {
                last += 1
            }
            // "Guidance from the International Society of …", "a definition from the European Working Group": the first words of a body's name.
            if let next = document.token(startingAt: tokens[last].end + 1), document.bytes[tokens[last].end] == UInt8(ascii: " "), document.isCapitalised(next),
               Self.bodyWords.contains(next, in: document) { continue }
            matches.append(Match(tokens[position].start..<townEnd(after: tokens[last].end, tokens: tokens, document: document), "place of residence"))
        }
        return matches
    }
}
