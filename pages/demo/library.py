"""Guidelines, training items, news and topics of the demo portal (own sentences)."""

GUIDELINES = {
    "integral": {
        "slug": "linee-di-indirizzo-nazionali",
        "title": "Linee di indirizzo nazionali: l'intervento con bambini e famiglie in situazione di vulnerabilità",
        "intro": "Promozione della genitorialità positiva: il documento approvato in Conferenza Unificata che "
        "orienta il lavoro dei servizi con le famiglie vulnerabili.",
        "body": [
            ("heading", "Premessa", "h2"),
            (
                "paragraph",
                "<p>Le Linee di indirizzo nascono dalla sperimentazione di P.I.P.P.I. avviata nel 2010 "
                "dal Ministero del Lavoro e delle Politiche Sociali con l'Università di Padova.</p>",
            ),
            ("heading", "I principi", "h2"),
            (
                "paragraph",
                "<p>Il bambino al centro, la famiglia come risorsa, la comunità corresponsabile della "
                "crescita dei bambini.</p>",
            ),
            ("heading", "La valutazione partecipata", "h3"),
            (
                "paragraph",
                "<p>Il Mondo del Bambino guarda a tre lati: i bisogni del bambino, le risposte dei "
                "genitori, i fattori familiari e ambientali.</p>",
            ),
            ("heading", "I dispositivi di intervento", "h2"),
            (
                "paragraph",
                "<p>Educativa domiciliare, gruppi con genitori e bambini, partenariato tra scuola e "
                "servizi, vicinanza solidale.</p>",
            ),
            ("heading", "L'équipe multidisciplinare", "h2"),
            (
                "paragraph",
                "<p>Assistente sociale, educatore, psicologo e gli altri professionisti lavorano con la "
                "famiglia su un unico progetto.</p>",
            ),
        ],
    },
    "synthetic": {
        "slug": "linee-di-indirizzo-sintesi",
        "title": "Linee di indirizzo nazionali – versione sintetica",
        "intro": "I punti essenziali delle Linee di indirizzo in poche pagine.",
        "body": [
            ("heading", "In breve", "h2"),
            (
                "paragraph",
                "<p>Prevenire l'allontanamento dei bambini sostenendo i genitori, con un progetto "
                "costruito insieme alla famiglia.</p>",
            ),
            ("heading", "Che cosa cambia per i servizi", "h2"),
            ("paragraph", "<p>Lavoro in équipe, tempi definiti, valutazione lungo tutto il percorso.</p>"),
        ],
    },
}

# title, summary, roles, topic, format, language, minutes, operators_only
TRAINING = [
    (
        "Introduzione al metodo P.I.P.P.I.",
        "Le basi del programma per chi entra in un'équipe.",
        ["social-worker", "educator", "psychologist"],
        "method",
        "slides",
        "it",
        90,
        False,
    ),
    (
        "Il Mondo del Bambino: guida all'uso",
        "Come usare il triangolo nella valutazione con la famiglia.",
        ["social-worker", "psychologist"],
        "child-world",
        "pdf",
        "it",
        45,
        False,
    ),
    (
        "Condurre un gruppo di genitori",
        "Preparare e condurre i cinque-sette incontri di un ciclo.",
        ["educator", "psychologist"],
        "dispositivi",
        "recording",
        "it",
        120,
        True,
    ),
    (
        "Gruppi paralleli per i bambini",
        "Attività per i bambini mentre i genitori sono in gruppo.",
        ["educator"],
        "dispositivi",
        "pdf",
        "it",
        30,
        False,
    ),
    (
        "La vicinanza solidale",
        "Trovare, formare e accompagnare le famiglie d'appoggio.",
        ["social-worker", "referent"],
        "dispositivi",
        "slides",
        "it",
        60,
        False,
    ),
    (
        "Scuola e servizi insieme",
        "Il partenariato con gli insegnanti nel progetto del bambino.",
        ["teacher", "social-worker"],
        "dispositivi",
        "video",
        "it",
        40,
        False,
    ),
    (
        "RPMonline passo per passo",
        "Rilevare, progettare e monitorare con lo strumento online.",
        ["social-worker", "educator", "psychologist", "coach"],
        "rpmonline",
        "recording",
        "it",
        75,
        True,
    ),
    (
        "Il ruolo del coach",
        "Accompagnare le équipe nella fedeltà al metodo.",
        ["coach"],
        "teamwork",
        "slides",
        "it",
        60,
        True,
    ),
    (
        "Lavorare in équipe multidisciplinare",
        "Ruoli, riunioni e decisioni condivise.",
        ["social-worker", "educator", "psychologist"],
        "teamwork",
        "pdf",
        "it",
        35,
        False,
    ),
    (
        "Valutare gli esiti",
        "Pre e post-implementazione: che cosa misurare.",
        ["referent", "coach"],
        "evaluation",
        "slides",
        "it",
        50,
        True,
    ),
    (
        "Working with families who speak another language",
        "Interpreters, cultural mediators and plain language.",
        ["social-worker", "educator"],
        "method",
        "video",
        "en",
        25,
        False,
    ),
    (
        "Il referente territoriale",
        "Governance, monitoraggio e rendicontazione del progetto.",
        ["referent"],
        "evaluation",
        "pdf",
        "it",
        40,
        True,
    ),
]

TOPICS = [
    ("genitorialita", "Genitorialità", "Sostenere i genitori nel loro ruolo educativo."),
    ("infanzia-adolescenza", "Infanzia e adolescenza", "Bambini e ragazzi al centro degli interventi."),
    ("pnrr", "PNRR", "I progetti finanziati dal Piano Nazionale di Ripresa e Resilienza."),
    ("formazione-operatori", "Formazione degli operatori", "Materiali e percorsi per le équipe."),
]

NEWS = [
    (
        "sds-area-pratese",
        "al-via-i-gruppi-per-genitori",
        "Al via i gruppi per genitori nell'area pratese",
        "Partono i primi cicli di incontri per genitori, con un gruppo per i bambini negli stessi orari.",
        ["genitorialita"],
    ),
    (
        "valli-reno-lavino-samoggia",
        "equipe-multidimensionali",
        "Nuove équipe multidimensionali nell'Unione",
        "L'Unione e ASC InSieme costituiscono équipe stabili per accompagnare le famiglie.",
        ["pnrr"],
    ),
    (
        "ambito-5-milano",
        "pool-integrato",
        "Nasce il Pool Integrato Multidisciplinare dell'Ambito 5",
        "Un gruppo di professionisti pubblici e privati a regia distrettuale per gli otto comuni.",
        ["pnrr", "formazione-operatori"],
    ),
]
