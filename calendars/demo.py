"""Demo groups for `load_demo`: a calendar page under the Italian home, translated into English,
Arabic and Romanian, with parent and children's groups in the seed territories. Safe to run again.

Dates are anchored on 1 September of the current school year, so the demo stays stable for a
year and always has sessions around today; every cycle crosses a change of summer time.
Addresses are not invented: the seeds do not give them, so places say they are sent on registration.
"""

import datetime
import uuid

from wagtail.models import Locale

from calendars.models import CalendarPage, GroupLanguage, GroupPage, ListedDate, Place, SessionException

CALENDAR_SLUG = "gruppi"
# The languages the demo calendar, its places and its groups are translated into.
TRANSLATIONS = ("en", "ar", "ro")
CALENDAR = {
    "it": {
        "title": "Gruppi per genitori e bambini",
        "intro": "Gruppi gratuiti per genitori e, nello stesso orario, per i loro bambini: cerca il gruppo più "
        "vicino, nella tua lingua, e metti gli incontri nel calendario del telefono.",
    },
    "en": {
        "title": "Groups for parents and children",
        "intro": "Free groups for parents and, at the same time, for their children: find the group nearest to "
        "you, in your language, and put its meetings in your phone's calendar.",
    },
    "ar": {
        "title": "مجموعات للآباء والأطفال",
        "intro": "مجموعات مجانية للآباء، وفي الوقت نفسه لأطفالهم: ابحث عن أقرب مجموعة إليك بلغتك، "
        "وأضف مواعيد اللقاءات إلى تقويم هاتفك.",
    },
    "ro": {
        "title": "Grupuri pentru părinți și copii",
        "intro": "Grupuri gratuite pentru părinți și, în același timp, pentru copiii lor: găsiți grupul cel mai "
        "apropiat, în limba dumneavoastră, și adăugați întâlnirile în calendarul telefonului.",
    },
}

PLACES = {
    "casalecchio": {
        "it": ("Centro per le famiglie di Casalecchio di Reno", "Casalecchio di Reno (BO)", "Casalecchio di Reno"),
        "en": "Family centre of Casalecchio di Reno",
        "ar": "مركز الأسر في كازاليكيو دي رينو",
        "ro": "Centrul pentru familii din Casalecchio di Reno",
        "directions": "L'indirizzo esatto è comunicato all'iscrizione. In treno: linea Bologna–Porretta.",
        "accessibility": "Sala al piano terra, senza gradini.",
    },
    "bologna": {
        "it": ("Casa di quartiere, Bologna", "Bologna (BO)", "Bologna"),
        "en": "Neighbourhood house, Bologna",
        "ar": "بيت الحي، بولونيا",
        "ro": "Casa de cartier, Bologna",
        "directions": "L'indirizzo esatto è comunicato all'iscrizione. Autobus urbani TPER.",
        "accessibility": "Ascensore e bagno accessibile.",
    },
    "settala": {
        "it": ("Spazio famiglie dell'Ambito 5", "Settala (MI)", "Settala"),
        "en": "Ambito 5 family space",
        "ar": "فضاء الأسر في الأمبيتو 5",
        "ro": "Spațiul pentru familii al Ambito 5",
        "directions": "L'indirizzo esatto è comunicato all'iscrizione.",
        "accessibility": "Sala al piano terra.",
    },
    "prato": {
        "it": ("Centro per le famiglie, Prato", "Prato (PO)", "Prato"),
        "en": "Family centre, Prato",
        "ar": "مركز الأسر، براتو",
        "ro": "Centrul pentru familii, Prato",
        "directions": "L'indirizzo esatto è comunicato all'iscrizione. Vicino alla stazione di Prato Centrale.",
        "accessibility": "Ingresso con rampa.",
    },
    "prato-biblioteca": {
        "it": ("Biblioteca comunale, sala ragazzi", "Prato (PO)", "Prato"),
        "en": "Public library, young readers' room",
        "ar": "المكتبة البلدية، قاعة الأطفال",
        "ro": "Biblioteca municipală, sala pentru copii",
        "directions": "Sala al primo piano.",
        "accessibility": "Ascensore.",
    },
}

# (comune, slug of the seed territory that pages/demo/territories.py creates; load_demo builds those first).
CASALECCHIO = ("Casalecchio di Reno", "valli-reno-lavino-samoggia")
BOLOGNA = ("Bologna", "comune-di-bologna")
SETTALA = ("Settala", "ambito-5-milano")
PRATO = ("Prato", "sds-area-pratese")

RUN_BY_PARENTS = "Due operatrici dell'équipe multidisciplinare (educatrice e psicologa)."
RUN_BY_CHILDREN = "Due educatrici, nella stanza accanto, nello stesso orario."
JOIN = "Si partecipa su proposta dell'équipe che segue la famiglia; chiedere al proprio servizio sociale."
CONTACT = "Servizio sociale territoriale"

# English, Arabic and Romanian versions of the demo's Italian texts (names of places and comuni stay as they are).
TEXTS = {
    "L'indirizzo esatto è comunicato all'iscrizione. In treno: linea Bologna–Porretta.": {
        "en": "The exact address is given on registration. By train: Bologna–Porretta line.",
        "ar": "يُبلَّغ العنوان الدقيق عند التسجيل. بالقطار: خط بولونيا–بوريتا.",
        "ro": "Adresa exactă se comunică la înscriere. Cu trenul: linia Bologna–Porretta.",
    },
    "Sala al piano terra, senza gradini.": {
        "en": "Ground-floor room, no steps.",
        "ar": "قاعة في الطابق الأرضي، بدون درجات.",
        "ro": "Sală la parter, fără trepte.",
    },
    "L'indirizzo esatto è comunicato all'iscrizione. Autobus urbani TPER.": {
        "en": "The exact address is given on registration. TPER city buses.",
        "ar": "يُبلَّغ العنوان الدقيق عند التسجيل. حافلات المدينة TPER.",
        "ro": "Adresa exactă se comunică la înscriere. Autobuzele urbane TPER.",
    },
    "Ascensore e bagno accessibile.": {
        "en": "Lift and accessible toilet.",
        "ar": "مصعد ودورة مياه مهيأة.",
        "ro": "Lift și toaletă accesibilă.",
    },
    "L'indirizzo esatto è comunicato all'iscrizione.": {
        "en": "The exact address is given on registration.",
        "ar": "يُبلَّغ العنوان الدقيق عند التسجيل.",
        "ro": "Adresa exactă se comunică la înscriere.",
    },
    "Sala al piano terra.": {
        "en": "Ground-floor room.",
        "ar": "قاعة في الطابق الأرضي.",
        "ro": "Sală la parter.",
    },
    "L'indirizzo esatto è comunicato all'iscrizione. Vicino alla stazione di Prato Centrale.": {
        "en": "The exact address is given on registration. Near Prato Centrale station.",
        "ar": "يُبلَّغ العنوان الدقيق عند التسجيل. بالقرب من محطة براتو المركزية.",
        "ro": "Adresa exactă se comunică la înscriere. Lângă gara Prato Centrale.",
    },
    "Ingresso con rampa.": {
        "en": "Entrance with a ramp.",
        "ar": "مدخل بمنحدر.",
        "ro": "Intrare cu rampă.",
    },
    "Sala al primo piano.": {
        "en": "Room on the first floor.",
        "ar": "قاعة في الطابق الأول.",
        "ro": "Sală la etajul întâi.",
    },
    "Ascensore.": {
        "en": "Lift.",
        "ar": "مصعد.",
        "ro": "Lift.",
    },
    RUN_BY_PARENTS: {
        "en": "Two members of the multidisciplinary team (an educator and a psychologist).",
        "ar": "عضوتان من الفريق متعدد التخصصات (مربية وأخصائية نفسية).",
        "ro": "Două membre ale echipei multidisciplinare (o educatoare și o psihologă).",
    },
    RUN_BY_CHILDREN: {
        "en": "Two educators, in the room next door, at the same time.",
        "ar": "مربيتان، في الغرفة المجاورة، في الوقت نفسه.",
        "ro": "Două educatoare, în camera alăturată, în același timp.",
    },
    JOIN: {
        "en": "Families join when the team that supports them suggests it; ask your social service.",
        "ar": "تنضم الأسر باقتراح من الفريق الذي يتابعها؛ اسألوا الخدمة الاجتماعية الخاصة بكم.",
        "ro": "Familiile participă la propunerea echipei care le însoțește; întrebați la serviciul social.",
    },
    CONTACT: {
        "en": "Local social service",
        "ar": "الخدمة الاجتماعية المحلية",
        "ro": "Serviciul social local",
    },
    "Chiusura della sede per lavori.": {
        "en": "The centre is closed for building work.",
        "ar": "المقر مغلق بسبب أعمال صيانة.",
        "ro": "Sediul este închis pentru lucrări.",
    },
    "Spostato al venerdì per una festa della scuola.": {
        "en": "Moved to Friday because of a school celebration.",
        "ar": "نُقل إلى يوم الجمعة بسبب احتفال مدرسي.",
        "ro": "Întâlnirea se mută vineri, din cauza unei serbări la școală.",
    },
    "Primo incontro: presentazione del gruppo.": {
        "en": "First meeting: introducing the group.",
        "ar": "اللقاء الأول: التعريف بالمجموعة.",
        "ro": "Prima întâlnire: prezentarea grupului.",
    },
    "Festa di fine ciclo con i bambini.": {
        "en": "End-of-cycle party with the children.",
        "ar": "حفلة نهاية الدورة مع الأطفال.",
        "ro": "Petrecere de sfârșit de ciclu, cu copiii.",
    },
    "Sei incontri di due ore, ogni tre settimane, per parlare di crescita, regole e "
    "tempo insieme. I bambini sono nel gruppo dei bambini nella stanza accanto.": {
        "en": "Six two-hour meetings, every three weeks, to talk about growing up, rules and time together. "
        "The children are in the children's group next door.",
        "ar": "ستة لقاءات مدة كل منها ساعتان، كل ثلاثة أسابيع، للحديث عن النمو والقواعد والوقت معاً. "
        "يكون الأطفال في مجموعة الأطفال في الغرفة المجاورة.",
        "ro": "Șase întâlniri de două ore, la fiecare trei săptămâni, despre creșterea copiilor, reguli și timpul "
        "petrecut împreună. Copiii sunt în grupul copiilor, în camera alăturată.",
    },
    "Giochi e laboratori per bambini dai 6 agli 11 anni, mentre i genitori sono nel gruppo.": {
        "en": "Games and workshops for children aged 6 to 11 while their parents meet.",
        "ar": "ألعاب وورشات للأطفال من 6 إلى 11 سنة بينما يلتقي الآباء.",
        "ro": "Jocuri și ateliere pentru copiii între 6 și 11 ani, în timp ce părinții sunt în grup.",
    },
    "Un incontro a settimana con una mediatrice culturale: arabo, italiano e francese.": {
        "en": "One meeting a week with a cultural mediator: Arabic, Italian and French.",
        "ar": "لقاء أسبوعي بحضور وسيطة ثقافية: بالعربية والإيطالية والفرنسية.",
        "ro": "O întâlnire pe săptămână cu o mediatoare culturală: arabă, italiană și franceză.",
    },
    "Gioco libero e letture in due lingue, nello stesso orario del gruppo dei genitori.": {
        "en": "Free play and reading in two languages, at the same time as the parents' group.",
        "ar": "لعب حر وقراءة بلغتين، في وقت مجموعة الآباء نفسه.",
        "ro": "Joacă liberă și lecturi în două limbi, în același timp cu grupul părinților.",
    },
    "Sette incontri serali per genitori di ragazze e ragazzi dai 12 ai 18 anni.": {
        "en": "Seven evening meetings for parents of girls and boys aged 12 to 18.",
        "ar": "سبعة لقاءات مسائية لآباء الفتيات والفتيان من 12 إلى 18 سنة.",
        "ro": "Șapte întâlniri de seară pentru părinții fetelor și băieților între 12 și 18 ani.",
    },
    "Cinque incontri per genitori con bambini piccoli, con giochi da fare insieme.": {
        "en": "Five meetings for parents with young children, with games to play together.",
        "ar": "خمسة لقاءات للآباء مع الأطفال الصغار، مع ألعاب نلعبها معاً.",
        "ro": "Cinci întâlniri pentru părinți cu copii mici, cu jocuri de făcut împreună.",
    },
    "Un incontro al mese, il terzo martedì, aperto ai genitori dei gruppi già conclusi.": {
        "en": "One meeting a month, on the third Tuesday, open to parents from groups that have ended.",
        "ar": "لقاء شهري، يوم الثلاثاء الثالث، مفتوح لآباء المجموعات التي انتهت.",
        "ro": "O întâlnire pe lună, în a treia marți, deschisă părinților din grupurile deja încheiate.",
    },
    "Il secondo sabato di ogni mese, la mattina.": {
        "en": "The second Saturday of every month, in the morning.",
        "ar": "يوم السبت الثاني من كل شهر، صباحاً.",
        "ro": "În a doua sâmbătă a fiecărei luni, dimineața.",
    },
    "Sei incontri serali, circa ogni tre settimane, con mediazione linguistica.": {
        "en": "Six evening meetings, about every three weeks, with language mediation.",
        "ar": "ستة لقاءات مسائية، كل ثلاثة أسابيع تقريباً، مع وساطة لغوية.",
        "ro": "Șase întâlniri de seară, cam la fiecare trei săptămâni, cu mediere lingvistică.",
    },
    "Una giornata intera di giochi e incontri per tutte le famiglie dei gruppi.": {
        "en": "A whole day of games and meetings for all the families of the groups.",
        "ar": "يوم كامل من الألعاب واللقاءات لجميع أسر المجموعات.",
        "ro": "O zi întreagă de jocuri și întâlniri pentru toate familiile din grupuri.",
    },
}


def tr(text, code):
    """The demo text in `code` (it, en, ar, ro); Italian when no version exists."""
    if code == "it" or text not in TEXTS:
        return text
    return TEXTS[text][code]


def school_year_start(today=None):
    today = today or datetime.date.today()
    year = today.year if today.month >= 8 else today.year - 1
    return datetime.date(year, 9, 1)


def weekday_on_or_after(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def group_specs(anchor):
    """The demo groups: (slug, fields, languages, exceptions, listed dates, place key, titles)."""
    year = anchor.year
    october = weekday_on_or_after(datetime.date(year, 10, 1), 1)  # first Tuesday of October
    autumn_cancelled = october + datetime.timedelta(weeks=6)
    february = weekday_on_or_after(datetime.date(year + 1, 2, 15), 2)  # a Wednesday in mid-February
    bologna_start = weekday_on_or_after(anchor + datetime.timedelta(days=14), 3)  # Thursdays
    bologna_moved = bologna_start + datetime.timedelta(weeks=10)
    settala_start = weekday_on_or_after(datetime.date(year, 10, 6), 0)  # Mondays, every 3 weeks
    prato_monthly = weekday_on_or_after(datetime.date(year, 9, 8), 5)  # second Saturday of September
    prato_cycle = weekday_on_or_after(datetime.date(year + 1, 2, 1), 4)  # Fridays
    prato_dates = [prato_cycle + datetime.timedelta(weeks=w) for w in (3, 5, 8, 11, 13)]
    return [
        {
            "slug": "casalecchio-genitori-autunno",
            "titles": {
                "it": "Gruppo genitori, Casalecchio di Reno",
                "en": "Parents' group, Casalecchio di Reno",
                "ar": "مجموعة الآباء، كازاليكيو دي رينو",
                "ro": "Grup pentru părinți, Casalecchio di Reno",
            },
            "fields": {
                "kind": "parents",
                "age_min": 0,
                "age_max": 11,
                "first_date": october,
                "start_time": datetime.time(17, 0),
                "duration_minutes": 120,
                "pattern": "every_3_weeks",
                "count": 6,
            },
            "territory": CASALECCHIO,
            "place": "casalecchio",
            "languages": ["it", "ar"],
            "exceptions": [
                {"kind": "cancelled", "date": autumn_cancelled, "reason": "Chiusura della sede per lavori."}
            ],
            "description": "Sei incontri di due ore, ogni tre settimane, per parlare di crescita, regole e "
            "tempo insieme. I bambini sono nel gruppo dei bambini nella stanza accanto.",
        },
        {
            "slug": "casalecchio-bambini-autunno",
            "titles": {
                "it": "Gruppo bambini, Casalecchio di Reno",
                "en": "Children's group, Casalecchio di Reno",
                "ar": "مجموعة الأطفال، كازاليكيو دي رينو",
                "ro": "Grup pentru copii, Casalecchio di Reno",
            },
            "fields": {
                "kind": "children",
                "age_min": 6,
                "age_max": 11,
                "first_date": october,
                "start_time": datetime.time(17, 0),
                "duration_minutes": 120,
                "pattern": "every_3_weeks",
                "count": 6,
            },
            "territory": CASALECCHIO,
            "place": "casalecchio",
            "languages": ["it"],
            "exceptions": [
                {"kind": "cancelled", "date": autumn_cancelled, "reason": "Chiusura della sede per lavori."}
            ],
            "parallel": "casalecchio-genitori-autunno",
            "children": True,
            "description": "Giochi e laboratori per bambini dai 6 agli 11 anni, mentre i genitori sono nel gruppo.",
        },
        {
            "slug": "bologna-genitori-arabo",
            "titles": {
                "it": "Gruppo genitori in arabo e italiano, Bologna",
                "en": "Parents' group in Arabic and Italian, Bologna",
                "ar": "مجموعة الآباء بالعربية والإيطالية، بولونيا",
                "ro": "Grup pentru părinți în arabă și italiană, Bologna",
            },
            "fields": {
                "kind": "parents",
                "age_min": 0,
                "age_max": 11,
                "first_date": bologna_start,
                "start_time": datetime.time(17, 0),
                "duration_minutes": 120,
                "pattern": "weekly",
            },
            "territory": BOLOGNA,
            "place": "bologna",
            "languages": ["ar", "it", "fr"],
            "exceptions": [
                {
                    "kind": "moved",
                    "date": bologna_moved,
                    "new_date": bologna_moved + datetime.timedelta(days=1),
                    "new_start_time": datetime.time(16, 30),
                    "reason": "Spostato al venerdì per una festa della scuola.",
                },
                {"kind": "note", "date": bologna_start, "reason": "Primo incontro: presentazione del gruppo."},
            ],
            "description": "Un incontro a settimana con una mediatrice culturale: arabo, italiano e francese.",
        },
        {
            "slug": "bologna-bambini-arabo",
            "titles": {
                "it": "Gruppo bambini, Bologna",
                "en": "Children's group, Bologna",
                "ar": "مجموعة الأطفال، بولونيا",
                "ro": "Grup pentru copii, Bologna",
            },
            "fields": {
                "kind": "children",
                "age_min": 3,
                "age_max": 11,
                "first_date": bologna_start,
                "start_time": datetime.time(17, 0),
                "duration_minutes": 120,
                "pattern": "weekly",
            },
            "territory": BOLOGNA,
            "place": "bologna",
            "languages": ["ar", "it"],
            "exceptions": [
                {
                    "kind": "moved",
                    "date": bologna_moved,
                    "new_date": bologna_moved + datetime.timedelta(days=1),
                    "new_start_time": datetime.time(16, 30),
                    "reason": "Spostato al venerdì per una festa della scuola.",
                },
            ],
            "parallel": "bologna-genitori-arabo",
            "children": True,
            "description": "Gioco libero e letture in due lingue, nello stesso orario del gruppo dei genitori.",
        },
        {
            "slug": "bologna-adolescenti",
            "titles": {
                "it": "Gruppo genitori di adolescenti, Bologna",
                "en": "Group for parents of teenagers, Bologna",
                "ar": "مجموعة لآباء المراهقين، بولونيا",
                "ro": "Grup pentru părinții de adolescenți, Bologna",
            },
            "fields": {
                "kind": "teenagers",
                "age_min": 12,
                "age_max": 18,
                "first_date": february,
                "start_time": datetime.time(18, 0),
                "duration_minutes": 120,
                "pattern": "every_3_weeks",
                "count": 7,
            },
            "territory": BOLOGNA,
            "place": "bologna",
            "languages": ["it", "uk"],
            "exceptions": [],
            "description": "Sette incontri serali per genitori di ragazze e ragazzi dai 12 ai 18 anni.",
        },
        {
            "slug": "settala-genitori",
            "titles": {
                "it": "Gruppo genitori e bambini, Settala",
                "en": "Parents and children group, Settala",
                "ar": "مجموعة الآباء والأطفال، سيتالا",
                "ro": "Grup pentru părinți și copii, Settala",
            },
            "fields": {
                "kind": "families",
                "age_min": 0,
                "age_max": 6,
                "first_date": settala_start,
                "start_time": datetime.time(16, 30),
                "duration_minutes": 120,
                "pattern": "every_3_weeks",
                "count": 5,
            },
            "territory": SETTALA,
            "place": "settala",
            "languages": ["it", "ar", "sq"],
            "exceptions": [],
            "description": "Cinque incontri per genitori con bambini piccoli, con giochi da fare insieme.",
        },
        {
            "slug": "settala-mensile",
            "titles": {
                "it": "Incontro mensile genitori, Settala",
                "en": "Monthly parents' meeting, Settala",
                "ar": "لقاء شهري للآباء، سيتالا",
                "ro": "Întâlnirea lunară a părinților, Settala",
            },
            "fields": {
                "kind": "parents",
                "age_min": 0,
                "age_max": 11,
                "first_date": weekday_on_or_after(datetime.date(year, 9, 15), 1),
                "start_time": datetime.time(18, 0),
                "duration_minutes": 90,
                "pattern": "monthly_nth",
                "until": datetime.date(year + 1, 6, 30),
            },
            "territory": SETTALA,
            "place": "settala",
            "languages": ["it"],
            "exceptions": [],
            "description": "Un incontro al mese, il terzo martedì, aperto ai genitori dei gruppi già conclusi.",
        },
        {
            "slug": "prato-genitori-rumeno",
            "titles": {
                "it": "Gruppo genitori in romeno e italiano, Prato",
                "en": "Parents' group in Romanian and Italian, Prato",
                "ar": "مجموعة الآباء بالرومانية والإيطالية، براتو",
                "ro": "Grup pentru părinți în română și italiană, Prato",
            },
            "fields": {
                "kind": "parents",
                "age_min": 0,
                "age_max": 11,
                "first_date": prato_monthly,
                "start_time": datetime.time(10, 0),
                "duration_minutes": 120,
                "pattern": "custom",
                "custom_rule": "FREQ=MONTHLY;BYDAY=2SA",
                "count": 9,
            },
            "territory": PRATO,
            "place": "prato",
            "languages": ["ro", "it"],
            "exceptions": [],
            "description": "Il secondo sabato di ogni mese, la mattina.",
        },
        {
            "slug": "prato-ciclo-cinese",
            "titles": {
                "it": "Gruppo genitori in cinese e italiano, Prato",
                "en": "Parents' group in Chinese and Italian, Prato",
                "ar": "مجموعة الآباء بالصينية والإيطالية، براتو",
                "ro": "Grup pentru părinți în chineză și italiană, Prato",
            },
            "fields": {
                "kind": "parents",
                "age_min": 0,
                "age_max": 11,
                "first_date": prato_cycle,
                "start_time": datetime.time(18, 0),
                "duration_minutes": 120,
                "pattern": "dates",
            },
            "dates": prato_dates,
            "territory": PRATO,
            "place": "prato",
            "languages": ["zh", "it"],
            "exceptions": [
                {
                    "kind": "extra",
                    "date": prato_dates[-1] + datetime.timedelta(weeks=2),
                    "new_place": "prato-biblioteca",
                    "reason": "Festa di fine ciclo con i bambini.",
                }
            ],
            "description": "Sei incontri serali, circa ogni tre settimane, con mediazione linguistica.",
        },
        {
            "slug": "prato-festa-famiglie",
            "titles": {
                "it": "Giornata delle famiglie, Prato",
                "en": "Families' day, Prato",
                "ar": "يوم الأسر، براتو",
                "ro": "Ziua familiilor, Prato",
            },
            "fields": {
                "kind": "families",
                "age_min": 0,
                "age_max": 18,
                "first_date": datetime.date(year + 1, 5, 16),
                "start_time": None,
                "pattern": "once",
            },
            "territory": PRATO,
            "place": "prato-biblioteca",
            "languages": ["it", "ro", "zh", "ar"],
            "exceptions": [],
            "description": "Una giornata intera di giochi e incontri per tutte le famiglie dei gruppi.",
        },
    ]


def load_calendars(stdout, home, today=None):
    """Create or update the demo calendar under the Italian `home`, and link the home's families section."""
    stdout.write("group calendar")
    locales = {code: Locale.objects.get(language_code=code) for code in ("it", *TRANSLATIONS)}
    places = {key: ensure_place(key, spec, locales) for key, spec in PLACES.items()}
    territories = seed_territories(stdout, locales["it"])
    calendar = CalendarPage.objects.filter(locale=locales["it"], slug=CALENDAR_SLUG).first()
    if calendar is None:
        calendar = home.add_child(instance=CalendarPage(slug=CALENDAR_SLUG, locale=locales["it"], **CALENDAR["it"]))
    else:
        for name, value in CALENDAR["it"].items():
            setattr(calendar, name, value)
    publish(calendar)
    translations = {"it": calendar}
    for code in TRANSLATIONS:
        translation = translation_of(calendar, locales[code])
        for name, value in CALENDAR[code].items():
            setattr(translation, name, value)
        publish(translation)
        translations[code] = translation

    anchor = school_year_start(today)
    specs = group_specs(anchor)
    groups = {}
    for spec in specs:
        group = GroupPage.objects.filter(locale=locales["it"], slug=spec["slug"]).first()
        if group is None:
            group = GroupPage(slug=spec["slug"], locale=locales["it"])
            apply_group(group, spec, spec["titles"]["it"], places, "it", groups, territories)
            calendar.add_child(instance=group)
        fill_group(group, spec, spec["titles"]["it"], places, "it", groups, territories)
        groups[spec["slug"]] = group
        for code in TRANSLATIONS:
            translation = translation_of(group, locales[code])
            fill_group(translation, spec, spec["titles"][code], places, code, groups, territories)
        stdout.write(f"  {spec['slug']}: ready (it, {', '.join(TRANSLATIONS)})")

    # Every language's home links its families section to the calendar (shown in that language when
    # a translation exists, in Italian otherwise).
    for page in [home, *[t.specific for t in home.get_translations()]]:
        if page.families_page_id != calendar.pk:
            page.families_page = calendar
            page.save_revision(log_action=False).publish(log_action=False)
    return calendar


def ensure_place(key, spec, locales):
    name, address, comune = spec["it"]
    place = Place.objects.filter(locale=locales["it"], name=name).first()
    if place is None:
        place = Place(locale=locales["it"], name=name, address=address, comune=comune)
    place.address, place.comune = address, comune
    place.directions, place.accessibility = spec["directions"], spec["accessibility"]
    place.save()
    place_by_locale = {"it": place}
    for code in TRANSLATIONS:
        translation = place.get_translation_or_none(locales[code])
        if translation is None:
            translation = place.copy_for_translation(locales[code])
        translation.name = spec[code]
        translation.address, translation.comune = address, comune
        translation.directions = tr(spec["directions"], code)
        translation.accessibility = tr(spec["accessibility"], code)
        translation.save()
        place_by_locale[code] = translation
    return place_by_locale


def seed_territories(stdout, italian):
    """{slug: Italian territory} of the seed territories the groups belong to."""
    from pages.snippets import Territory

    slugs = {spec[1] for spec in (CASALECCHIO, BOLOGNA, SETTALA, PRATO)}
    found = {t.slug: t for t in Territory.objects.filter(locale=italian, slug__in=slugs)}
    for slug in sorted(slugs - set(found)):
        stdout.write(f"  territory {slug} not found: its groups get no territory (run the publishing demo first)")
    return found


def fill_group(group, spec, title, places, code, groups, territories):
    apply_group(group, spec, title, places, code, groups, territories)
    group.full_clean()
    publish(group)


def apply_group(group, spec, title, places, code, groups, territories):
    group.title = title
    comune, territory_slug = spec["territory"]
    # The Italian territory; saving a translated group moves it to the territory's translation when one
    # exists (GroupPage.localize_territory), as wagtail-localize's synchronisation does.
    group.comune, group.territory = comune, territories.get(territory_slug)
    for name in ("until", "count", "custom_rule"):
        setattr(group, name, None if name != "custom_rule" else "")
    for name, value in spec["fields"].items():
        setattr(group, name, value)
    group.place = places[spec["place"]][code]
    group.run_by = tr(RUN_BY_CHILDREN if spec.get("children") else RUN_BY_PARENTS, code)
    group.how_to_join = tr(JOIN, code)
    group.contact = tr(CONTACT, code)
    group.free_of_charge = True
    group.registration_required = True
    group.description = f"<p>{tr(spec['description'], code)}</p>"
    group.languages = [GroupLanguage(language=language) for language in spec["languages"]]
    group.listed_dates = [ListedDate(date=day) for day in spec.get("dates", [])]
    group.exceptions = [
        SessionException(
            # The same exception shares its key across the group's translations, as wagtail-localize expects.
            translation_key=uuid.uuid5(uuid.NAMESPACE_URL, f"pippi-demo/{spec['slug']}/exception/{index}"),
            kind=item["kind"],
            date=item["date"],
            new_date=item.get("new_date"),
            new_start_time=item.get("new_start_time"),
            new_place=places[item["new_place"]][code] if item.get("new_place") else None,
            reason=tr(item.get("reason", ""), code),
        )
        for index, item in enumerate(spec["exceptions"])
    ]
    parallel = groups.get(spec.get("parallel"))
    if parallel is not None:
        group.parallel_group = (
            parallel if code == "it" else (parallel.get_translation_or_none(group.locale) or parallel)
        )


def translation_of(page, locale):
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    return translation.specific


def publish(page):
    page.save_revision(log_action=False).publish(log_action=False)
    page.refresh_from_db()
