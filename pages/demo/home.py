"""Home page texts of the demo portal, per language (the portal's own words, not the seeds')."""

HOME = {
    "it": {
        "title": "P.I.P.P.I. — Famiglie al centro",
        "intro": (
            "Il portale dei progetti P.I.P.P.I. finanziati dal PNRR: come i servizi sociali dei territori "
            "accompagnano le famiglie in situazione di vulnerabilità perché i bambini possano crescere a casa loro."
        ),
        "citizens_title": "Progetti nei territori",
        "citizens_text": (
            "Che cosa fa ogni ambito sociale, chi lo realizza, con quali risorse del PNRR e con quali risultati."
        ),
        "families_title": "Gruppi per genitori e bambini",
        "families_text": (
            "Trova un gruppo vicino a te, nella tua lingua, e aggiungi gli incontri al calendario del telefono."
        ),
        "operators_title": "Linee guida e formazione",
        "operators_text": (
            "Le Linee di indirizzo nazionali, i materiali formativi e gli strumenti per le équipe multidisciplinari."
        ),
    },
    "en": {
        "title": "P.I.P.P.I. — Families at the centre",
        "intro": (
            "The portal of the P.I.P.P.I. projects funded by Italy's Recovery Plan (PNRR): how local social "
            "services support families in vulnerable situations so that children can grow up at home."
        ),
        "citizens_title": "Projects in the territories",
        "citizens_text": "What each social district does, who runs it, with which PNRR funds and what results.",
        "families_title": "Groups for parents and children",
        "families_text": "Find a group near you, in your language, and add its meetings to your phone's calendar.",
        "operators_title": "Guidelines and training",
        "operators_text": "The national guidelines, training materials and tools for multidisciplinary teams.",
    },
    "ar": {
        "title": "\u2066P.I.P.P.I.\u2069 — الأسرة في المركز",
        "intro": (
            "بوابة مشاريع \u2066P.I.P.P.I.\u2069 الممولة من خطة التعافي والصمود الإيطالية (PNRR): كيف ترافق الخدمات "
            "الاجتماعية المحلية الأسر التي تمر بظروف هشة حتى يكبر الأطفال في بيوتهم."
        ),
        "citizens_title": "المشاريع في المناطق",
        "citizens_text": "ماذا تفعل كل منطقة اجتماعية، ومن ينفذ المشروع، وبأي موارد وما هي النتائج.",
        "families_title": "مجموعات للآباء والأطفال",
        "families_text": "ابحث عن مجموعة قريبة منك وبلغتك، وأضف مواعيد اللقاءات إلى تقويم هاتفك.",
        "operators_title": "الإرشادات والتدريب",
        "operators_text": "الإرشادات الوطنية ومواد التدريب وأدوات فرق العمل متعددة التخصصات.",
    },
    "ro": {
        "title": "P.I.P.P.I. — Familiile în centru",
        "intro": (
            "Portalul proiectelor P.I.P.P.I. finanțate prin Planul Național de Redresare și Reziliență al Italiei "
            "(PNRR): cum ajută serviciile sociale locale familiile care trec prin perioade grele, "
            "pentru ca și copiii lor să poată crește acasă, în familie."
        ),
        "citizens_title": "Proiectele din fiecare zonă",
        "citizens_text": (
            "Ce face fiecare district social, cine se ocupă de proiect, cu ce fonduri din PNRR și ce rezultate are."
        ),
        "families_title": "Grupuri pentru părinți și copii",
        "families_text": (
            "Găsiți un grup lângă casă, în limba dumneavoastră, și adăugați întâlnirile în calendarul telefonului."
        ),
        "operators_title": "Ghiduri și formare",
        "operators_text": (
            "Ghidurile naționale, materialele de formare și instrumentele pentru echipele multidisciplinare."
        ),
    },
    "sq": {
        "title": "P.I.P.P.I. — Familjet në qendër",
        "intro": (
            "Portali i projekteve P.I.P.P.I. të financuara nga Plani Kombëtar i Rimëkëmbjes dhe Qëndrueshmërisë "
            "i Italisë (PNRR): si i mbështesin shërbimet sociale vendore familjet që kalojnë vështirësi, "
            "që fëmijët të rriten në shtëpinë e tyre."
        ),
        "citizens_title": "Projektet në çdo zonë",
        "citizens_text": (
            "Çfarë bën çdo rreth social, kush e zbaton projektin, me cilat fonde të PNRR-së dhe me çfarë rezultatesh."
        ),
        "families_title": "Grupe për prindër dhe fëmijë",
        "families_text": "Gjeni një grup pranë jush, në gjuhën tuaj, dhe shtoni takimet në kalendarin e telefonit.",
        "operators_title": "Udhëzime dhe trajnim",
        "operators_text": "Udhëzimet kombëtare, materialet e trajnimit dhe mjetet për ekipet multidisiplinare.",
    },
    "zh-hans": {
        "title": "P.I.P.P.I. — 以家庭为中心",
        "intro": (
            "这里是意大利国家复苏与韧性计划（PNRR）资助的 P.I.P.P.I. 项目门户网站："
            "介绍各地的社会服务如何陪伴和帮助遇到困难的家庭，让孩子能够在自己家里健康成长。"
        ),
        "citizens_title": "各地的项目",
        "citizens_text": "每个社会服务区在做什么、由谁负责、使用了哪些 PNRR 资金、取得了哪些成果。",
        "families_title": "家长和孩子的小组",
        "families_text": "找一个离您家近、说您的语言的小组，并把聚会时间添加到手机日历中。",
        "operators_title": "指南和培训",
        "operators_text": "国家指南、培训资料以及供多学科团队使用的工具。",
    },
    "uk": {
        "title": "P.I.P.P.I. — Сім’ї в центрі уваги",
        "intro": (
            "Портал проєктів P.I.P.P.I., які фінансує Національний план відновлення та стійкості Італії (PNRR): "
            "як місцеві соціальні служби підтримують сім’ї у складних обставинах, щоб діти могли рости вдома."
        ),
        "citizens_title": "Проєкти на місцях",
        "citizens_text": (
            "Що робить кожен соціальний округ, хто втілює проєкт, на які кошти PNRR і з якими результатами."
        ),
        "families_title": "Групи для батьків і дітей",
        "families_text": "Знайдіть групу поруч із домом, вашою мовою, і додайте зустрічі до календаря в телефоні.",
        "operators_title": "Настанови та навчання",
        "operators_text": "Національні настанови, навчальні матеріали та інструменти для мультидисциплінарних команд.",
    },
    "fr": {
        "title": "P.I.P.P.I. — Les familles au centre",
        "intro": (
            "Le portail des projets P.I.P.P.I. financés par le Plan national de relance et de résilience de l'Italie "
            "(PNRR)\u00a0: comment les services sociaux de proximité accompagnent les familles qui traversent "
            "une période difficile, pour que les enfants puissent grandir chez eux."
        ),
        "citizens_title": "Les projets près de chez vous",
        "citizens_text": (
            "Ce que fait chaque district social, qui mène le projet, avec quels fonds du PNRR et quels résultats."
        ),
        "families_title": "Groupes pour parents et enfants",
        "families_text": (
            "Trouvez un groupe près de chez vous, dans votre langue, et ajoutez ses rencontres à l'agenda "
            "de votre téléphone."
        ),
        "operators_title": "Lignes directrices et formation",
        "operators_text": (
            "Les lignes directrices nationales, les supports de formation et les outils pour les équipes "
            "pluridisciplinaires."
        ),
    },
    "es": {
        "title": "P.I.P.P.I. — Las familias en el centro",
        "intro": (
            "El portal de los proyectos P.I.P.P.I. financiados por el Plan Nacional de Recuperación y Resiliencia "
            "de Italia (PNRR): cómo los servicios sociales de cada zona acompañan a las familias que pasan por "
            "momentos difíciles, para que los niños puedan crecer en su casa."
        ),
        "citizens_title": "Los proyectos en cada zona",
        "citizens_text": (
            "Qué hace cada distrito social, quién lo lleva a cabo, con qué fondos del PNRR y con qué resultados."
        ),
        "families_title": "Grupos para padres e hijos",
        "families_text": (
            "Encuentre un grupo cerca de usted, en su idioma, y añada los encuentros al calendario de su teléfono."
        ),
        "operators_title": "Directrices y formación",
        "operators_text": (
            "Las directrices nacionales, los materiales de formación y las herramientas para los equipos "
            "multidisciplinares."
        ),
    },
}
