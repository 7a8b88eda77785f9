"""The training library: filters, operators-only items behind page privacy, files in restricted collections."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from pages.demo.files import simple_pdf
from pages.models import TrainingAudience, TrainingItemPage, TrainingLibraryPage
from tests.factories import publish

pytestmark = pytest.mark.django_db
URL = "/it/formazione/"


def document(title, collection=None):
    doc = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    doc.file.save(f"{title}.pdf", ContentFile(simple_pdf(title)), save=False)
    doc.save()
    return doc


def restricted_collection():
    operators, _created = Group.objects.get_or_create(name="operators")
    collection = Collection.get_first_root_node().add_child(name="Riservata")
    restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="groups")
    restriction.groups.add(operators)
    return collection


def add_item(library, slug, roles, **fields):
    item = TrainingItemPage(title=fields.pop("title", slug), slug=slug, summary="Materiale.", **fields)
    item.audiences = [TrainingAudience(role=role) for role in roles]
    library.add_child(instance=item)
    return publish(item)


@pytest.fixture
def library(home):
    library = TrainingLibraryPage(title="Formazione", slug="formazione")
    home.add_child(instance=library)
    publish(library)
    add_item(
        library,
        "metodo",
        ["social-worker", "educator"],
        title="Il metodo",
        topic="method",
        format="slides",
        language="it",
        document=document("metodo"),
    )
    add_item(
        library,
        "coach",
        ["coach"],
        title="Il ruolo del coach",
        topic="teamwork",
        format="pdf",
        language="it",
        document=document("coach", restricted_collection()),
        operators_only=True,
    )
    add_item(
        library,
        "video-en",
        ["educator"],
        title="Languages at home",
        topic="method",
        format="video",
        language="en",
        video_url="https://video.example.org/1",
    )
    return library


def listed(response):
    return re.findall(r'<h2 class="h5 mb-1"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_anonymous_visitors_see_public_items_only(client, library):
    response = client.get(URL)
    assert listed(response) == ["Il metodo", "Languages at home"]
    assert "Il ruolo del coach" not in response.content.decode()
    assert client.get(URL + "coach/").status_code == 302  # to the login page


def test_operators_see_operators_only_items(client, library):
    operator = User.objects.create_user("operatrice", password="x")
    operator.groups.add(Group.objects.get(name="operators"))
    client.force_login(operator)
    assert listed(client.get(URL)) == ["Il metodo", "Il ruolo del coach", "Languages at home"]
    assert client.get(URL + "coach/").status_code == 200


def test_operators_only_flag_keeps_a_group_restriction_in_sync(library):
    item = TrainingItemPage.objects.get(slug="coach")
    assert PageViewRestriction.objects.filter(page=item, groups__name="operators").exists()
    item.operators_only = False
    item.document.collection = Collection.get_first_root_node()
    item.document.save()
    item.save()
    assert not PageViewRestriction.objects.filter(page=item).exists()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("role=educator", ["Il metodo", "Languages at home"]),
        ("format=video", ["Languages at home"]),
        ("language=en", ["Languages at home"]),
        ("topic=method&role=social-worker", ["Il metodo"]),
    ],
)
def test_filters(client, library, query, expected):
    assert listed(client.get(f"{URL}?{query}")) == expected


def test_unknown_filter_value_is_explained(client, library):
    response = client.get(f"{URL}?role=astronaut")
    assert response.status_code == 400
    assert "astronaut non è tra quelle disponibili" in response.content.decode()


def test_downloads_show_format_and_size(client, library):
    html = client.get(URL).content.decode()
    assert re.search(r"\(PDF, \d+(,\d)?\xa0(bytes?|KB)\)", html)


def test_operators_only_item_refuses_a_file_in_a_public_collection(library):
    item = TrainingItemPage(
        title="Segreto",
        slug="segreto",
        summary="x",
        topic="method",
        format="pdf",
        language="it",
        document=document("pubblico"),
        operators_only=True,
    )
    item.audiences = [TrainingAudience(role="coach")]
    with pytest.raises(ValidationError) as error:
        library.add_child(instance=item)
    assert "document" in error.value.message_dict


def test_an_item_needs_a_file_or_a_video(library):
    item = TrainingItemPage(title="Vuoto", slug="vuoto", summary="x", topic="method", format="pdf", language="it")
    with pytest.raises(ValidationError):
        library.add_child(instance=item)
