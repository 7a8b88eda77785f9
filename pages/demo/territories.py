"""The five seed territories and their projects (facts from ../shared/seeds/, own sentences).

Where a seed does not state a fact (a CUP, an amount, dates), the field stays empty: the demo
never invents administrative data.
"""

import datetime

DISPOSITIVI = [
    (
        "educativa-domiciliare",
        "Educativa domiciliare",
        "Un educatore affianca la famiglia a casa, nella vita di ogni giorno.",
    ),
    (
        "gruppi-genitori-bambini",
        "Gruppi con genitori e bambini",
        "Incontri di gruppo per i genitori e, in parallelo, per i bambini.",
    ),
    (
        "partenariato-scuola-servizi",
        "Partenariato scuola–servizi",
        "Scuola, famiglia e servizi costruiscono insieme il progetto del bambino.",
    ),
    (
        "vicinanza-solidale",
        "Vicinanza solidale",
        "Una famiglia d'appoggio del territorio sostiene la famiglia nei tempi e nei bisogni quotidiani.",
    ),
    ("centri-socio-educativi", "Centri socio-educativi", "Spazi educativi pomeridiani per bambini e ragazzi."),
    (
        "interventi-specialistici",
        "Interventi specialistici",
        "Sostegno psicologico e sanitario in raccordo con l'Ausl.",
    ),
    ("sostegno-economico", "Sostegno economico", "Contributi per i bisogni essenziali della famiglia."),
]

TERRITORIES = [
    {
        "slug": "valli-reno-lavino-samoggia",
        "name": "Unione dei Comuni Valli del Reno, Lavino e Samoggia",
        "short_name": "Unione Reno Lavino Samoggia",
        "kind": "unione",
        "region": "emilia-romagna",
        "lead_body": "Unione dei Comuni Valli del Reno, Lavino e Samoggia",
        "population": None,
        "description": "Cinque comuni della Città Metropolitana di Bologna; il servizio sociale è gestito con "
        "l'azienda speciale ASC InSieme.",
        "comuni": [
            ("Casalecchio di Reno", "037011"),
            ("Monte San Pietro", "037042"),
            ("Sasso Marconi", "037057"),
            ("Valsamoggia", "037061"),
            ("Zola Predosa", "037060"),
        ],
        "agency_intro": "Il progetto P.I.P.P.I. dei cinque comuni dell'Unione, con il servizio sociale territoriale "
        "e ASC InSieme.",
        "project": {
            "slug": "progetto-pnrr-1-1-1",
            "title": (
                "Sostegno alle capacità genitoriali e prevenzione della vulnerabilità delle famiglie e dei bambini"
            ),
            "summary": "L'Unione rafforza l'azione preventiva verso le famiglie con figli minori in situazione di "
            "fragilità, con équipe multidimensionali stabili e progetti costruiti insieme alle famiglie.",
            "implementing_body": "Unione dei Comuni Valli del Reno, Lavino e Samoggia",
            "implementing_body_kind": "unione",
            "amount": "211000.00",
            "partners": [("ASC InSieme", "Azienda speciale consortile per i servizi sociali")],
            "dispositivi": [
                "educativa-domiciliare",
                "gruppi-genitori-bambini",
                "partenariato-scuola-servizi",
                "vicinanza-solidale",
            ],
            "context_analysis": "<p>Dopo il lungo periodo di pandemia il servizio sociale territoriale ha rilevato "
            "un aggravarsi della vulnerabilità dei nuclei già seguiti e nuove fragilità legate alle nuove povertà: "
            "ritiro sociale, povertà educativa e culturale, violenza intrafamiliare e assistita.</p>",
            "objectives": "<ul><li>sostenere le famiglie vulnerabili nel ruolo educativo, rafforzando le "
            "competenze genitoriali;</li><li>permettere ai bambini di crescere bene nel loro ambiente familiare;"
            "</li><li>coinvolgere le risorse della comunità.</li></ul>",
            "method": "<p>Équipe multidimensionali stabili, azioni di supporto domiciliare ai genitori e una "
            "connessione più forte tra sistema sociale, sanitario ed educativo.</p>",
        },
    },
    {
        "slug": "comune-di-bologna",
        "name": "Comune di Bologna",
        "short_name": "Bologna",
        "kind": "comune",
        "region": "emilia-romagna",
        "lead_body": "Comune di Bologna – Servizi sociali",
        "population": None,
        "description": "Una delle dieci città della prima sperimentazione di P.I.P.P.I. nel 2010, con l'Ausl, "
        "le scuole e il terzo settore.",
        "comuni": [("Bologna", "037006")],
        "agency_intro": "Bologna accompagna i bambini e le famiglie in situazione di vulnerabilità secondo le "
        "Linee di indirizzo nazionali.",
        "service": True,
    },
    {
        "slug": "progetto-comunale-2023-2024",
        "name": "Comune – progetto comunale P.I.P.P.I. 2023–2024",
        "short_name": "Progetto comunale",
        "kind": "comune",
        "region": "",
        "lead_body": "",
        "population": None,
        "description": "Una scheda di progetto comunale: obiettivi, descrizione e cronoprogramma in tre periodi "
        "di 18 mesi.",
        "comuni": [],
        "agency_intro": "La scheda del progetto comunale finanziato dal PNRR.",
        "project": {
            "slug": "progetto-pnrr-pippi",
            "title": "Programma P.I.P.P.I. – progetto comunale",
            "summary": "Aumentare la sicurezza dei bambini e migliorare la qualità del loro sviluppo, riducendo "
            "il rischio di allontanamento dal nucleo familiare d'origine.",
            "implementing_body": "Comune",
            "implementing_body_kind": "comune",
            "amount": None,
            "start_date": datetime.date(2023, 1, 1),
            "end_date": datetime.date(2024, 6, 30),
            "periods": "Tre periodi di intervento di 18 mesi ciascuno (cronoprogramma del Ministero)",
            "dispositivi": ["educativa-domiciliare", "gruppi-genitori-bambini"],
            "objectives": "<ul><li>ridurre al minimo indispensabile i tempi di allontanamento dei bambini già "
            "allontanati;</li><li>favorire responsabilità e consapevolezza del ruolo genitoriale;</li><li>ricorrere "
            "all'allontanamento solo come extrema ratio;</li><li>migliorare le pratiche di presa in carico.</li></ul>",
        },
    },
    {
        "slug": "ambito-5-milano",
        "name": "Ambito 5 (otto comuni a est di Milano)",
        "short_name": "Ambito 5",
        "kind": "ats",
        "region": "lombardia",
        "lead_body": "Ufficio di Piano dell'Ambito 5",
        "population": 83321,
        "description": "Otto comuni, 83.321 abitanti al 1° gennaio 2021; a Settala i minori sono il 18,32% dei "
        "residenti, la media dell'ambito è 16,98%.",
        "comuni": [("Settala", "")],
        "agency_intro": "L'Ambito 5 costruisce un Pool Integrato Multidisciplinare a regia distrettuale.",
        "project": {
            "slug": "azione-pnrr-1-1-1",
            "title": "Azione PNRR 1.1.1: sostegno alle capacità genitoriali",
            "summary": "Aumentare il potenziale generativo dei servizi dell'ambito che lavorano con le famiglie "
            "vulnerabili, con un Pool Integrato Multidisciplinare e poli operativi sperimentali.",
            "implementing_body": "Ambito Territoriale 5",
            "implementing_body_kind": "ats",
            "amount": None,
            "dispositivi": [
                "gruppi-genitori-bambini",
                "partenariato-scuola-servizi",
                "educativa-domiciliare",
                "vicinanza-solidale",
            ],
            "method": "<p>Interventi interdisciplinari su tre pilastri: il diritto a una vita dignitosa, "
            "l'attenzione alle competenze del contesto familiare, la cura del contesto. Ruoli: il referente "
            "territoriale, due coach, le équipe multidisciplinari.</p>",
            "governance": [
                (
                    "Cabina di Regia Istituzionale (livello di garanzia)",
                    "Referente dell'ambito territoriale, ruoli istituzionali dell'Ufficio di Piano e del RTI",
                    "Garantisce le condizioni necessarie all'efficacia del progetto sperimentale",
                ),
                (
                    "Coordinamento per lo Sviluppo della Sperimentazione (livello gestionale)",
                    "Referenti dei servizi Minori e Famiglie dei comuni e coach",
                    "Sviluppa e sistematizza prassi comuni all'ambito per sostenere le famiglie vulnerabili",
                ),
                (
                    "Poli Operativi Sperimentali (livello operativo)",
                    "Operatori dell'équipe multidisciplinare di ambito e delle micro-équipe",
                    "Interviene applicando il programma nelle progettazioni personalizzate",
                ),
            ],
            "expected_results": "<ol><li>competenze per l'esercizio responsabile dei ruoli di bambini e "
            "familiari;</li><li>meno interventi di protezione e tutela;</li><li>coinvolgimento attivo della "
            "comunità;</li><li>famiglie esperte a supporto delle famiglie vulnerabili;</li><li>più esperienze di "
            "accoglienza e prossimità;</li><li>accordi e protocolli tra servizi, enti e istituzioni;</li><li>prassi "
            "di lavoro consolidate per un sistema unico Minori e Famiglie.</li></ol>",
        },
    },
    {
        "slug": "sds-area-pratese",
        "name": "Società della Salute Area Pratese",
        "short_name": "SdS Area Pratese",
        "kind": "sds",
        "region": "toscana",
        "lead_body": "Società della Salute Area Pratese",
        "population": None,
        "description": "La Società della Salute dei sette comuni dell'area pratese.",
        "comuni": [
            ("Prato", "100005"),
            ("Cantagallo", "100001"),
            ("Carmignano", "100002"),
            ("Montemurlo", "100003"),
            ("Poggio a Caiano", "100004"),
            ("Vaiano", "100006"),
            ("Vernio", "100007"),
        ],
        "email": "f.spighetti@comune.prato.it",
        "phone": "0574 1836496",
        "agency_intro": "Il progetto P.I.P.P.I. dell'area pratese: due implementazioni base e una avanzata.",
        "project": {
            "slug": "progetto-pnrr-pippi",
            "title": "P.I.P.P.I. nell'area pratese",
            "summary": "Rafforzare i servizi sociali per sostenere la capacità genitoriale, i bambini e le famiglie "
            "in condizione di fragilità e vulnerabilità, per ridurre o evitare il rischio di allontanamento.",
            "implementing_body": "Società della Salute Area Pratese",
            "implementing_body_kind": "sds",
            "amount": "211500.00",
            "implementations": [("base", 2, 10), ("advanced", 1, 20)],
            "dispositivi": [
                "gruppi-genitori-bambini",
                "vicinanza-solidale",
                "partenariato-scuola-servizi",
                "educativa-domiciliare",
            ],
            "method": "<p>Pre-implementazione, implementazione e post-implementazione con le professionalità della "
            "Società della Salute; rafforzamento delle équipe per i gruppi di sostegno alla genitorialità, i "
            "percorsi di conoscenza per le famiglie d'appoggio e il lavoro in équipe multidisciplinare.</p>",
            "contact_email": "f.spighetti@comune.prato.it",
            "contact_phone": "0574 1836496",
        },
    },
]
