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
        "title": "P.I.P.P.I. — الأسرة في المركز",
        "intro": (
            "بوابة مشاريع P.I.P.P.I. الممولة من خطة التعافي والصمود الإيطالية (PNRR): كيف ترافق الخدمات "
            "الاجتماعية المحلية الأسر التي تمر بظروف هشة حتى يكبر الأطفال في بيوتهم."
        ),
        "citizens_title": "المشاريع في المناطق",
        "citizens_text": "ماذا تفعل كل منطقة اجتماعية، ومن ينفذ المشروع، وبأي موارد وما هي النتائج.",
        "families_title": "مجموعات للآباء والأطفال",
        "families_text": "ابحث عن مجموعة قريبة منك وبلغتك، وأضف مواعيد اللقاءات إلى تقويم هاتفك.",
        "operators_title": "الإرشادات والتدريب",
        "operators_text": "الإرشادات الوطنية ومواد التدريب وأدوات فرق العمل متعددة التخصصات.",
    },
}
