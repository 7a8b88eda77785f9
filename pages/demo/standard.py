"""Standard pages of the demo portal: the footer's pages and a page about the territories.

Each entry: slug, footer role, and per language a title, an introduction and body blocks
(("heading", text) or ("paragraph", html)). Facts about the territories come from
../shared/seeds/; the sentences are the portal's own.
"""

ACCESSIBILITY_REVIEWED = "2026-09-15"

PAGES = [
    {
        "slug": "dichiarazione-di-accessibilita",
        "footer_role": "accessibility",
        "last_reviewed": ACCESSIBILITY_REVIEWED,
        "it": {
            "title": "Dichiarazione di accessibilità",
            "intro": "Il portale P.I.P.P.I. si impegna a rendere il proprio sito accessibile, conformemente alla "
            "Legge 4/2004 e al d.lgs. 106/2018 che recepisce la direttiva (UE) 2016/2102.",
            "body": [
                ("heading", "Stato di conformità"),
                (
                    "paragraph",
                    "<p>Il sito è progettato per essere conforme ai requisiti della norma EN 301 549 "
                    "e alle WCAG 2.1 livello AA. Ogni pagina è verificata con strumenti automatici (axe-core) a "
                    "ogni modifica del codice.</p>",
                ),
                ("heading", "Meccanismo di feedback"),
                (
                    "paragraph",
                    "<p>Se incontri un contenuto non accessibile, scrivi alla redazione dalla pagina "
                    "Contatti: risponderemo entro 30 giorni. In caso di risposta insoddisfacente o mancata risposta "
                    "puoi rivolgerti al Difensore civico per il digitale presso AgID.</p>",
                ),
                ("heading", "Procedura di attuazione"),
                (
                    "paragraph",
                    "<p>La dichiarazione è compilata sul modulo di AgID (form.agid.gov.it) e "
                    "aggiornata ogni anno entro il 23 settembre.</p>",
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "intro": "The P.I.P.P.I. portal is committed to making its website accessible, in accordance with "
            "Italian Law 4/2004 and Legislative Decree 106/2018 implementing Directive (EU) 2016/2102.",
            "body": [
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    "<p>The site is designed to meet EN 301 549 and WCAG 2.1 level AA. Every page is "
                    "checked with automated tools (axe-core) whenever the code changes.</p>",
                ),
                ("heading", "Feedback"),
                (
                    "paragraph",
                    "<p>If you find content that is not accessible, write to the editorial team "
                    "through the Contacts page: we answer within 30 days. If the answer is unsatisfactory or "
                    "missing, you may turn to AgID's Digital Ombudsman.</p>",
                ),
            ],
        },
        "ar": {
            "title": "بيان إمكانية الوصول",
            "intro": "تلتزم بوابة \u2066P.I.P.P.I.\u2069 بجعل موقعها في متناول الجميع وفقاً للقانون الإيطالي 4/2004 "
            "والمرسوم التشريعي 106/2018 الذي ينفذ التوجيه الأوروبي 2016/2102.",
            "body": [
                ("heading", "حالة المطابقة"),
                ("paragraph", "<p>صُمم الموقع ليطابق المعيار EN 301 549 وإرشادات WCAG 2.1 بالمستوى AA.</p>"),
                ("heading", "الملاحظات"),
                (
                    "paragraph",
                    "<p>إذا وجدت محتوى يصعب الوصول إليه، اكتب إلى فريق التحرير عبر صفحة الاتصال: "
                    "سنرد خلال 30 يوماً.</p>",
                ),
            ],
        },
    },
    {
        "slug": "privacy",
        "footer_role": "privacy",
        "it": {
            "title": "Informativa sulla privacy",
            "intro": "Come il portale tratta i dati personali di chi lo visita, ai sensi del Regolamento (UE) "
            "2016/679 (GDPR).",
            "body": [
                ("heading", "Nessun dato sulle famiglie"),
                (
                    "paragraph",
                    "<p>Il portale non raccoglie né pubblica dati sulle singole famiglie seguite dai "
                    "servizi: nomi, fotografie, indirizzi e storie restano negli strumenti dei servizi sociali "
                    "(RPMonline). Sul portale compaiono solo dati aggregati.</p>",
                ),
                ("heading", "Cookie"),
                (
                    "paragraph",
                    "<p>Il sito usa solo cookie tecnici, impostati sul proprio dominio: la lingua "
                    "scelta e, per gli operatori che accedono, la sessione di lavoro. Non ci sono cookie di "
                    "profilazione né di terze parti, per questo non serve un banner di consenso.</p>",
                ),
                ("heading", "Area riservata delle équipe"),
                (
                    "paragraph",
                    "<p>Le équipe condividono nell'area riservata solo documenti di lavoro: protocolli, verbali, "
                    "materiali formativi e modelli. L'area non contiene dati sulle singole famiglie.</p>",
                ),
                ("heading", "Dati degli operatori"),
                (
                    "paragraph",
                    "<p>Per gli operatori registrati il portale conserva nome utente, indirizzo "
                    "e-mail e gruppo di lavoro, al solo fine di dare accesso alle aree riservate.</p>",
                ),
            ],
        },
        "en": {
            "title": "Privacy notice",
            "intro": "How the portal handles the personal data of its visitors, under Regulation (EU) 2016/679 (GDPR).",
            "body": [
                ("heading", "No data about families"),
                (
                    "paragraph",
                    "<p>The portal neither collects nor publishes data about the individual families "
                    "supported by the services. Only aggregate figures appear here.</p>",
                ),
                ("heading", "The teams' restricted area"),
                (
                    "paragraph",
                    "<p>Teams share only working documents in the restricted area: protocols, minutes, training "
                    "material and templates. It holds no data about individual families.</p>",
                ),
                ("heading", "Cookies"),
                (
                    "paragraph",
                    "<p>The site uses only technical cookies set on its own domain: your language and, "
                    "for operators who log in, the working session. There are no profiling or third-party "
                    "cookies, so no consent banner is needed.</p>",
                ),
            ],
        },
        "ar": {
            "title": "إشعار الخصوصية",
            "intro": "كيف تتعامل البوابة مع البيانات الشخصية لزوارها وفقاً للائحة الأوروبية العامة لحماية البيانات.",
            "body": [
                ("heading", "لا بيانات عن الأسر"),
                (
                    "paragraph",
                    "<p>لا تجمع البوابة ولا تنشر أي بيانات عن الأسر التي ترافقها الخدمات. "
                    "لا تظهر هنا إلا أرقام إجمالية.</p>",
                ),
                ("heading", "ملفات تعريف الارتباط"),
                (
                    "paragraph",
                    "<p>يستخدم الموقع ملفات تعريف ارتباط تقنية فقط: اللغة المختارة وجلسة العمل "
                    "للعاملين. لا توجد ملفات تتبع أو ملفات لأطراف ثالثة.</p>",
                ),
            ],
        },
    },
    {
        "slug": "note-legali",
        "footer_role": "legal",
        "it": {
            "title": "Note legali",
            "intro": "Condizioni d'uso dei contenuti pubblicati sul portale.",
            "body": [
                ("heading", "Licenza dei contenuti"),
                (
                    "paragraph",
                    "<p>Salvo dove diversamente indicato, i contenuti del portale sono pubblicati con "
                    'licenza <a href="https://creativecommons.org/licenses/by/4.0/deed.it">Creative Commons '
                    "Attribuzione 4.0 Internazionale (CC BY 4.0)</a>: puoi riprodurli e adattarli citando la "
                    "fonte.</p>",
                ),
                ("heading", "Loghi ed emblemi"),
                (
                    "paragraph",
                    "<p>L'emblema dell'Unione europea e i loghi istituzionali non rientrano nella "
                    "licenza e si usano secondo le regole dei rispettivi titolari.</p>",
                ),
            ],
        },
        "en": {
            "title": "Legal notes",
            "intro": "Terms of use of the content published on the portal.",
            "body": [
                ("heading", "Content licence"),
                (
                    "paragraph",
                    "<p>Unless stated otherwise, the portal's content is published under the "
                    '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 '
                    "International licence (CC BY 4.0)</a>.</p>",
                ),
            ],
        },
        "ar": {
            "title": "ملاحظات قانونية",
            "intro": "شروط استخدام المحتوى المنشور على البوابة.",
            "body": [
                ("heading", "ترخيص المحتوى"),
                (
                    "paragraph",
                    "<p>ما لم يُذكر خلاف ذلك، يُنشر محتوى البوابة بموجب ترخيص "
                    '<a href="https://creativecommons.org/licenses/by/4.0/deed.ar">المشاع الإبداعي نسب المصنف '
                    "4.0 الدولي</a>.</p>",
                ),
            ],
        },
    },
    {
        "slug": "contatti",
        "footer_role": "contacts",
        "it": {
            "title": "Contatti",
            "intro": "A chi rivolgersi per informazioni sui progetti P.I.P.P.I. dei territori.",
            "body": [
                ("heading", "Società della Salute Area Pratese"),
                ("paragraph", "<p>Referente del progetto: f.spighetti@comune.prato.it – tel. 0574 1836496</p>"),
                ("heading", "Redazione del portale"),
                (
                    "paragraph",
                    "<p>Per segnalare un errore o un contenuto non accessibile scrivi alla "
                    "redazione dell'ente che ha pubblicato la pagina.</p>",
                ),
            ],
        },
        "en": {
            "title": "Contacts",
            "intro": "Whom to ask about the P.I.P.P.I. projects in each territory.",
            "body": [
                ("heading", "Società della Salute Area Pratese"),
                ("paragraph", "<p>Project contact: f.spighetti@comune.prato.it – tel. +39 0574 1836496</p>"),
            ],
        },
        "ar": {
            "title": "اتصل بنا",
            "intro": "لمن تتوجه للاستفسار عن مشاريع \u2066P.I.P.P.I.\u2069 في كل منطقة.",
            "body": [
                ("heading", "Società della Salute Area Pratese"),
                ("paragraph", "<p>f.spighetti@comune.prato.it – 0574 1836496</p>"),
            ],
        },
    },
    {
        "slug": "il-programma",
        "footer_role": "about",
        "show_in_menus": True,
        "it": {
            "title": "Il programma P.I.P.P.I.",
            "intro": "Il Programma di Intervento per la Prevenzione dell'Istituzionalizzazione accompagna le "
            "famiglie in situazione di vulnerabilità perché i bambini non siano allontanati da casa.",
            "body": [
                ("heading", "Da dove nasce"),
                (
                    "paragraph",
                    "<p>P.I.P.P.I. è nato nel 2010–2011 dalla collaborazione tra il Ministero del "
                    "Lavoro e delle Politiche Sociali, il Laboratorio LabRIEF dell'Università di Padova e dieci "
                    "città italiane. Le Linee di indirizzo nazionali sono state approvate in Conferenza Unificata "
                    "il 21 dicembre 2017.</p>",
                ),
                ("heading", "I dispositivi"),
                (
                    "paragraph",
                    "<ul><li>educativa domiciliare</li><li>gruppi con genitori e bambini</li>"
                    "<li>partenariato scuola–servizi</li><li>vicinanza solidale (famiglie d'appoggio)</li></ul>",
                ),
                ("heading", "Il finanziamento PNRR"),
                (
                    "paragraph",
                    "<p>Con il PNRR (Missione 5, Componente 2, sub-investimento 1.1.1, Avviso 1/2022) "
                    "gli ambiti sociali realizzano implementazioni di livello base e avanzato, ciascuna con circa "
                    "10 famiglie e 2 coach.</p>",
                ),
            ],
        },
        "en": {
            "title": "The P.I.P.P.I. programme",
            "intro": "The Programme of Intervention for the Prevention of Institutionalisation supports families "
            "in vulnerable situations so that children are not removed from home.",
            "body": [
                ("heading", "Where it comes from"),
                (
                    "paragraph",
                    "<p>P.I.P.P.I. started in 2010–2011 as a collaboration between the Ministry of "
                    "Labour and Social Policies, the LabRIEF laboratory of the University of Padua and ten Italian "
                    "cities. The national guidelines were approved on 21 December 2017.</p>",
                ),
                ("heading", "The four strands of support"),
                (
                    "paragraph",
                    "<ul><li>home-based educational support</li><li>groups for parents and "
                    "children</li><li>school–services partnership</li><li>neighbourhood support (support "
                    "families)</li></ul>",
                ),
            ],
        },
        "ar": {
            "title": "برنامج \u2066P.I.P.P.I.\u2069",
            "intro": "برنامج التدخل للوقاية من الإيداع في المؤسسات يرافق الأسر في الظروف الهشة حتى لا يُبعد "
            "الأطفال عن بيوتهم.",
            "body": [
                ("heading", "أشكال الدعم الأربعة"),
                (
                    "paragraph",
                    "<ul><li>الدعم التربوي في المنزل</li><li>مجموعات للآباء والأطفال</li>"
                    "<li>الشراكة بين المدرسة والخدمات</li><li>دعم الجيرة (الأسر الداعمة)</li></ul>",
                ),
            ],
        },
    },
]
