"""Build the publishing part of the demo portal: territories, projects, guidelines, training,
the service page, news, topics, and per-agency editing (groups, permissions, workflow).

Every function finds what an earlier run created (by slug) and updates it: running twice
changes nothing.
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import (
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from pages.demo.files import simple_pdf
from pages.demo.library import GUIDELINES, NEWS, TOPICS, TRAINING
from pages.demo.territories import DISPOSITIVI, TERRITORIES
from pages.models import (
    AgencyIndexPage,
    AgencyPage,
    Dispositivo,
    GuidelinePage,
    NewsIndexPage,
    NewsPage,
    NewsTopic,
    ProjectDispositivo,
    ProjectImplementation,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTopic,
    ServiceDispositivo,
    ServicePage,
    ServiceTopic,
    StandardPage,
    Territory,
    TerritoryComune,
    TopicIndexPage,
    TopicPage,
    TrainingAudience,
    TrainingItemPage,
    TrainingItemTopic,
    TrainingLibraryPage,
)
from pages.models.training import OPERATORS_GROUP
from pages.site_setup import ensure_root_collection

Document = get_document_model()


def publish(page):
    page.save_revision(log_action=False).publish(log_action=False)
    return page


def upsert_page(parent, model, slug, **fields):
    """The child of `parent` with this slug (created if missing), with `fields` set and published."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return page


def body_blocks(items):
    blocks = []
    for item in items:
        if item[0] == "heading":
            blocks.append(("heading", {"text": item[1], "level": item[2] if len(item) > 2 else "h2"}))
        else:
            blocks.append(("paragraph", item[1]))
    return blocks


def load_publishing(stdout, home):
    step = stdout.write
    dispositivi = build_dispositivi(home.locale)
    step(f"  support strands: {len(dispositivi)}")
    topics = build_topics(home)
    step(f"  topics: {len(topics)}")
    agencies = build_territories(home, dispositivi, topics)
    step(f"  territories and projects: {len(agencies)}")
    project_index = upsert_page(
        home,
        ProjectIndexPage,
        "attuazione-misure-pnrr",
        title="Attuazione misure PNRR",
        intro="Tutti i progetti P.I.P.P.I. finanziati dal PNRR (Missione 5, Componente 2, sub-investimento "
        "1.1.1), con i finanziamenti, le famiglie coinvolte e i dati aperti.",
        show_in_menus=True,
    )
    publish(project_index)
    guidelines = build_guidelines(home)
    step("  guidelines: integral and synthetic versions")
    library = build_training(home, topics)
    step(f"  training library: {TrainingItemPage.objects.child_of(library).count()} items")
    build_news(home, agencies, topics)
    step(f"  news: {len(NEWS)}")
    build_agency_editing(agencies)
    step("  editing by agency: editors and moderators groups, approval workflow")
    return {
        "project_index": project_index,
        "guidelines": guidelines,
        "guidelines_section": guidelines["integral"].get_parent().specific,
        "agencies_index": next(iter(agencies.values())).get_parent().specific,
        "training": library,
    }


def build_dispositivi(locale):
    result = {}
    for slug, name, description in DISPOSITIVI:
        item, _created = Dispositivo.objects.update_or_create(
            slug=slug, locale=locale, defaults={"name": name, "description": description}
        )
        result[slug] = item
    return result


def build_topics(home):
    index = upsert_page(home, TopicIndexPage, "argomenti", title="Argomenti", intro="I temi del portale.")
    publish(index)
    topics = {}
    for slug, title, intro in TOPICS:
        topics[slug] = publish(upsert_page(index, TopicPage, slug, title=title, intro=intro))
    return topics


def build_territories(home, dispositivi, topics):
    # An earlier demo kept the territories as a standard page with this slug.
    for old in StandardPage.objects.child_of(home).filter(slug="territori"):
        for translation in old.get_translations():
            translation.delete()
        old.delete()
    index = upsert_page(
        home,
        AgencyIndexPage,
        "territori",
        title="I territori",
        intro="Gli ambiti sociali, i comuni e le società della salute che realizzano P.I.P.P.I.",
        show_in_menus=True,
    )
    publish(index)
    agencies = {}
    for spec in TERRITORIES:
        territory, _created = Territory.objects.update_or_create(
            slug=spec["slug"],
            locale=home.locale,
            defaults={
                "name": spec["name"],
                "short_name": spec["short_name"],
                "kind": spec["kind"],
                "region": spec["region"],
                "lead_body": spec["lead_body"],
                "population": spec["population"],
                "description": spec["description"],
                "email": spec.get("email", ""),
                "phone": spec.get("phone", ""),
            },
        )
        territory.comuni = [TerritoryComune(name=name, istat_code=code) for name, code in spec["comuni"]]
        territory.save()
        agency = publish(
            upsert_page(
                index, AgencyPage, spec["slug"], title=spec["name"], territory=territory, intro=spec["agency_intro"]
            )
        )
        agencies[spec["slug"]] = agency
        if "project" in spec:
            build_project(agency, territory, spec["project"], dispositivi, topics)
        if spec.get("service"):
            build_service(agency, dispositivi, topics)
    return agencies


def build_project(agency, territory, spec, dispositivi, topics):
    fields = {
        "title": spec["title"],
        "territory": territory,
        "summary": spec["summary"],
        "implementing_body": spec["implementing_body"],
        "implementing_body_kind": spec["implementing_body_kind"],
        "amount": Decimal(spec["amount"]) if spec.get("amount") else None,
        "start_date": spec.get("start_date"),
        "end_date": spec.get("end_date"),
        "periods": spec.get("periods", ""),
        "context_analysis": spec.get("context_analysis", ""),
        "objectives": spec.get("objectives", ""),
        "method": spec.get("method", ""),
        "expected_results": spec.get("expected_results", ""),
        "contact_email": spec.get("contact_email", ""),
        "contact_phone": spec.get("contact_phone", ""),
        "governance": [
            ("level", {"level": level, "composition": composition, "role": role})
            for level, composition, role in spec.get("governance", [])
        ],
    }
    project = upsert_page(agency, ProjectPage, spec["slug"], **fields)
    project.implementations = [
        ProjectImplementation(level=level, count=count, families=families)
        for level, count, families in spec.get("implementations", [])
    ]
    project.dispositivi = [ProjectDispositivo(dispositivo=dispositivi[slug]) for slug in spec["dispositivi"]]
    project.partners = [ProjectPartner(name=name, role=role) for name, role in spec.get("partners", [])]
    project.topics = [ProjectTopic(topic=topics["pnrr"]), ProjectTopic(topic=topics["genitorialita"])]
    return publish(project)


def build_service(agency, dispositivi, topics):
    service = upsert_page(
        agency,
        ServicePage,
        "accompagnamento-e-sostegno-alle-famiglie",
        title="Accompagnamento e sostegno alle famiglie nella cura dei figli",
        status="active",
        short_description="Percorsi che accompagnano i bambini e le famiglie in situazione di vulnerabilità, "
        "secondo le Linee di indirizzo nazionali.",
        audience="<p>Famiglie con figli minori che attraversano un momento di difficoltà e sono seguite dai "
        "servizi sociali del Comune di Bologna.</p>",
        how_to="<p>Parla con l'assistente sociale del tuo quartiere: insieme valutate quali sostegni servono "
        "alla tua famiglia.</p>",
        requirements="<p>Non serve alcun documento per il primo colloquio.</p>",
        outcome="<p>Un progetto costruito insieme alla famiglia, con i dispositivi adatti ai suoi bisogni.</p>",
        times="<p>Il primo colloquio si fissa di norma entro due settimane.</p>",
        access="<p>Servizio sociale territoriale del quartiere di residenza.</p>",
        conditions="<p>Il servizio è gratuito.</p>",
        contacts="<p>Sportello sociale del quartiere di residenza.</p>",
    )
    service.dispositivi = [ServiceDispositivo(dispositivo=item) for item in dispositivi.values()]
    service.topics = [ServiceTopic(topic=topics["genitorialita"]), ServiceTopic(topic=topics["infanzia-adolescenza"])]
    return publish(service)


def build_guidelines(home):
    section = upsert_page(
        home,
        StandardPage,
        "linee-guida",
        title="Linee guida",
        intro="Le Linee di indirizzo nazionali per l'intervento con bambini e famiglie in situazione di vulnerabilità.",
        show_in_menus=True,
    )
    publish(section)
    pages = {}
    for version, spec in GUIDELINES.items():
        page = upsert_page(
            section,
            GuidelinePage,
            spec["slug"],
            title=spec["title"],
            intro=spec["intro"],
            version=version,
            approved="Conferenza Unificata, 21 dicembre 2017",
            last_reviewed=datetime.date(2026, 3, 1),
            body=body_blocks(spec["body"]),
        )
        pages[version] = publish(page)
    pages["integral"].other_version = pages["synthetic"]
    pages["synthetic"].other_version = pages["integral"]
    for page in pages.values():
        publish(page)
    return pages


def demo_document(title, collection):
    document = Document.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = Document(title=title, collection=collection)
        name = title.lower().replace(" ", "-")[:40] + ".pdf"
        document.file.save(name, ContentFile(simple_pdf(title)), save=False)
        document.file_size = document.file.size
        document.save()
    return document


def build_training(home, topics):
    operators, _created = Group.objects.get_or_create(name=OPERATORS_GROUP)
    root = ensure_root_collection()
    public = root.get_children().filter(name="Formazione").first() or root.add_child(name="Formazione")
    restricted = root.get_children().filter(name="Formazione riservata agli operatori").first() or root.add_child(
        name="Formazione riservata agli operatori"
    )
    if not CollectionViewRestriction.objects.filter(collection=restricted).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=restricted, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(operators)
    library = upsert_page(
        home,
        TrainingLibraryPage,
        "formazione",
        title="Formazione per gli operatori",
        intro="Materiali per assistenti sociali, educatori, psicologi, coach e referenti: filtra per ruolo, "
        "tema, formato e lingua.",
        show_in_menus=True,
    )
    publish(library)
    for index, (title, summary, roles, topic, fmt, language, minutes, operators_only) in enumerate(TRAINING):
        needs_file = fmt in ("pdf", "slides")
        document = demo_document(title, restricted if operators_only else public) if needs_file else None
        item = upsert_page(
            library,
            TrainingItemPage,
            f"materiale-{index + 1:02d}",
            title=title,
            summary=summary,
            topic=topic,
            format=fmt,
            language=language,
            duration_minutes=minutes,
            document=document,
            video_url="" if needs_file else f"https://video.example.org/pippi/{index + 1:02d}",
            operators_only=operators_only,
        )
        item.audiences = [TrainingAudience(role=role) for role in roles]
        item.topics = [TrainingItemTopic(topic=topics["formazione-operatori"])]
        publish(item)
    return library


def build_news(home, agencies, topics):
    index = upsert_page(
        home,
        NewsIndexPage,
        "notizie",
        title="Notizie",
        intro="Le novità dai progetti P.I.P.P.I. dei territori.",
        show_in_menus=True,
    )
    publish(index)
    for offset, (agency_slug, slug, title, intro, topic_slugs) in enumerate(NEWS):
        news = upsert_page(
            agencies[agency_slug],
            NewsPage,
            slug,
            title=title,
            intro=intro,
            date=datetime.date(2026, 10, 1) + datetime.timedelta(days=14 * offset),
            body=[("paragraph", f"<p>{intro}</p>")],
        )
        news.topics = [NewsTopic(topic=topics[slug]) for slug in topic_slugs]
        publish(news)


EDITOR_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def build_agency_editing(agencies):
    """Per agency: an editors group (edit its subtree only), a moderators group and an approval workflow."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    document_permissions = Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename__in=["add_document", "choose_document"]
    )
    root = ensure_root_collection()
    for agency in agencies.values():
        short = agency.territory.short_name or agency.title
        editors, _c = Group.objects.get_or_create(name=f"Redazione – {short}")
        moderators, _c = Group.objects.get_or_create(name=f"Moderazione – {short}")
        for group, codenames in ((editors, EDITOR_PERMISSIONS), (moderators, MODERATOR_PERMISSIONS)):
            group.permissions.add(access_admin)
            for codename in codenames:
                permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
                GroupPagePermission.objects.get_or_create(group=group, page=agency, permission=permission)
        collection = root.get_children().filter(name=short).first() or root.add_child(name=short)
        for group in (editors, moderators):
            for permission in document_permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )
        workflow, _c = Workflow.objects.get_or_create(name=f"Approvazione – {short}")
        task = GroupApprovalTask.objects.filter(name=f"Approvazione moderazione – {short}").first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=f"Approvazione moderazione – {short}")
        task.groups.set([moderators])
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=agency, defaults={"workflow": workflow})


FAMILY_LANGUAGES = ("en", "ar", "ro")


def translated_page(page, code):
    """The page in `code` (copied from Italian if missing; its parent must exist in that language)."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=code)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale)
    return translation.specific


def translated_snippet(instance, code):
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=code)
    translation = instance.get_translation_or_none(locale)
    if translation is None:
        translation = instance.copy_for_translation(locale)
        translation.save()
    return translation


def translate_family_pages(stdout, home, published):
    """The service page and the Prato project, with their sections and snippets, in en, ar and ro."""
    from pages.demo import translations as texts

    agencies_index = published["agencies_index"]
    for code in FAMILY_LANGUAGES:
        strands = {}
        for item in Dispositivo.objects.filter(locale=home.locale):
            strand = translated_snippet(item, code)
            strand.name = texts.DISPOSITIVI[item.slug][code]
            strand.save()
            strands[item.translation_key] = strand
        index = translated_page(agencies_index, code)
        index.title, index.intro = texts.AGENCY_INDEX[code]["title"], texts.AGENCY_INDEX[code]["intro"]
        publish(index)
        for slug, child_slug, fields in (
            ("sds-area-pratese", "progetto-pnrr-pippi", texts.PROJECT_PRATO[code]),
            ("comune-di-bologna", "accompagnamento-e-sostegno-alle-famiglie", texts.SERVICE_BOLOGNA[code]),
        ):
            agency_source = AgencyPage.objects.child_of(agencies_index).get(slug=slug)
            agency = translated_page(agency_source, code)
            agency.intro = texts.AGENCIES[slug][code]["intro"]
            agency.territory = translated_snippet(agency_source.territory, code)
            publish(agency)
            source = agency_source.get_children().get(slug=child_slug).specific
            page = translated_page(source, code)
            for name, value in fields.items():
                setattr(page, name, value)
            if hasattr(page, "territory"):
                page.territory = agency.territory
            page.dispositivi = [
                type(link)(dispositivo=strands[link.dispositivo.translation_key]) for link in page.dispositivi.all()
            ]
            publish(page)
        stdout.write(f"  family pages in {code}: service page, Prato project, their sections")
