"""Translations of the demo's family-facing pages into English, Arabic and Romanian (own sentences)."""

AGENCY_INDEX = {
    "en": {
        "title": "The territories",
        "intro": "The social districts, municipalities and health consortia that run P.I.P.P.I.",
    },
    "ar": {
        "title": "المناطق",
        "intro": "المناطق الاجتماعية والبلديات واتحادات الصحة التي تنفذ برنامج \u2066P.I.P.P.I.\u2069",
    },
    "ro": {
        "title": "Teritoriile",
        "intro": "Districtele sociale, comunele și consorțiile de sănătate care realizează P.I.P.P.I.",
    },
}

AGENCIES = {
    "sds-area-pratese": {
        "en": {"intro": "The P.I.P.P.I. project of the Prato area: two base implementations and one advanced."},
        "ar": {"intro": "مشروع \u2066P.I.P.P.I.\u2069 في منطقة براتو: تنفيذان أساسيان وتنفيذ متقدم واحد."},
        "ro": {"intro": "Proiectul P.I.P.P.I. din zona Prato: două implementări de bază și una avansată."},
    },
    "comune-di-bologna": {
        "en": {"intro": "Bologna supports vulnerable families and children, as the national guidelines ask."},
        "ar": {"intro": "ترافق بولونيا الأطفال والأسر في الظروف الهشة وفق الإرشادات الوطنية."},
        "ro": {"intro": "Bologna sprijină copiii și familiile vulnerabile, după liniile directoare naționale."},
    },
}

PROJECT_PRATO = {
    "en": {
        "title": "P.I.P.P.I. in the Prato area",
        "summary": "Strengthening social services to support parenting, children and families in fragile and "
        "vulnerable situations, so as to reduce or avoid the risk of children being removed from home.",
        "method": "<p>Pre-implementation, implementation and post-implementation with the staff of the Società della "
        "Salute; stronger teams for parent support groups, getting-to-know-you paths for support families and "
        "multidisciplinary teamwork.</p>",
        "periods": "",
    },
    "ar": {
        "title": "برنامج \u2066P.I.P.P.I.\u2069 في منطقة براتو",
        "summary": "تعزيز الخدمات الاجتماعية لدعم قدرات الوالدين والأطفال والأسر التي تمر بظروف هشة، للحد من خطر "
        "إبعاد الأطفال عن أسرهم أو تجنبه.",
        "method": "<p>مراحل ما قبل التنفيذ والتنفيذ وما بعده بكوادر اتحاد الصحة؛ تعزيز الفرق لمجموعات دعم الوالدين، "
        "ومسارات التعارف مع الأسر الداعمة، والعمل في فريق متعدد التخصصات.</p>",
        "periods": "",
    },
    "ro": {
        "title": "P.I.P.P.I. în zona Prato",
        "summary": "Consolidarea serviciilor sociale pentru a sprijini capacitatea părinților, copiii și familiile "
        "aflate în situații fragile și vulnerabile, pentru a reduce sau evita riscul separării copiilor de familie.",
        "method": "<p>Pre-implementare, implementare și post-implementare cu personalul Società della Salute; echipe "
        "mai puternice pentru grupurile de sprijin pentru părinți, parcursuri de cunoaștere pentru familiile de "
        "sprijin și lucru în echipă multidisciplinară.</p>",
        "periods": "",
    },
}

SERVICE_BOLOGNA = {
    "en": {
        "title": "Support for families in caring for their children",
        "short_description": "Paths that accompany children and families in vulnerable situations, following the "
        "national guidelines.",
        "audience": "<p>Families with children going through a difficult time and followed by the social services "
        "of the City of Bologna.</p>",
        "how_to": "<p>Talk to the social worker of your neighbourhood: together you decide which support your family "
        "needs.</p>",
        "requirements": "<p>No document is needed for the first meeting.</p>",
        "outcome": "<p>A plan built together with the family, with the kinds of support that fit its needs.</p>",
        "times": "<p>The first meeting is usually set within two weeks.</p>",
        "access": "<p>The social service of the neighbourhood where you live.</p>",
        "conditions": "<p>The service is free of charge.</p>",
        "contacts": "<p>The social help desk of your neighbourhood.</p>",
    },
    "ar": {
        "title": "مرافقة الأسر ودعمها في رعاية الأطفال",
        "short_description": "مسارات ترافق الأطفال والأسر في الظروف الهشة وفق الإرشادات الوطنية.",
        "audience": "<p>الأسر التي لديها أطفال وتمر بفترة صعبة وتتابعها الخدمات الاجتماعية في بلدية بولونيا.</p>",
        "how_to": "<p>تحدث إلى الأخصائي الاجتماعي في حيّك: تقرران معاً أشكال الدعم التي تحتاجها أسرتك.</p>",
        "requirements": "<p>لا حاجة إلى أي وثيقة في اللقاء الأول.</p>",
        "outcome": "<p>خطة تُبنى مع الأسرة، بأشكال الدعم المناسبة لاحتياجاتها.</p>",
        "times": "<p>يُحدد اللقاء الأول عادة خلال أسبوعين.</p>",
        "access": "<p>الخدمة الاجتماعية في الحي الذي تسكن فيه.</p>",
        "conditions": "<p>الخدمة مجانية.</p>",
        "contacts": "<p>مكتب الخدمات الاجتماعية في حيّك.</p>",
    },
    "ro": {
        "title": "Însoțirea și sprijinirea familiilor în îngrijirea copiilor",
        "short_description": "Parcursuri care însoțesc copiii și familiile aflate în situații vulnerabile, după "
        "liniile directoare naționale.",
        "audience": "<p>Familiile cu copii care trec printr-o perioadă dificilă și sunt urmărite de serviciile "
        "sociale ale Primăriei Bologna.</p>",
        "how_to": "<p>Vorbiți cu asistentul social din cartierul dumneavoastră: hotărâți împreună ce sprijin îi "
        "trebuie familiei.</p>",
        "requirements": "<p>Pentru prima întâlnire nu este nevoie de niciun document.</p>",
        "outcome": "<p>Un plan construit împreună cu familia, cu formele de sprijin potrivite nevoilor ei.</p>",
        "times": "<p>Prima întâlnire se stabilește de obicei în două săptămâni.</p>",
        "access": "<p>Serviciul social din cartierul în care locuiți.</p>",
        "conditions": "<p>Serviciul este gratuit.</p>",
        "contacts": "<p>Ghișeul social din cartierul dumneavoastră.</p>",
    },
}

DISPOSITIVI = {
    "educativa-domiciliare": {
        "en": "Home-based educational support",
        "ar": "الدعم التربوي في المنزل",
        "ro": "Sprijin educativ la domiciliu",
    },
    "gruppi-genitori-bambini": {
        "en": "Groups for parents and children",
        "ar": "مجموعات للآباء والأطفال",
        "ro": "Grupuri pentru părinți și copii",
    },
    "partenariato-scuola-servizi": {
        "en": "School–services partnership",
        "ar": "الشراكة بين المدرسة والخدمات",
        "ro": "Parteneriat școală–servicii",
    },
    "vicinanza-solidale": {
        "en": "Neighbourhood support (support families)",
        "ar": "دعم الجيرة (الأسر الداعمة)",
        "ro": "Sprijin de vecinătate (familii de sprijin)",
    },
    "centri-socio-educativi": {
        "en": "Socio-educational centres",
        "ar": "المراكز الاجتماعية التربوية",
        "ro": "Centre socio-educative",
    },
    "interventi-specialistici": {
        "en": "Specialist care",
        "ar": "التدخلات المتخصصة",
        "ro": "Intervenții de specialitate",
    },
    "sostegno-economico": {"en": "Financial support", "ar": "الدعم المالي", "ro": "Sprijin financiar"},
}
