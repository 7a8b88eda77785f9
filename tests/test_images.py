"""Editors' images: formats checked by content, decompression bombs refused, responsive renditions, alt text."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail import blocks as wagtail_blocks
from wagtail.images import get_image_model

from pages.blocks import ImageBlock
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db
Image = get_image_model()


def png_bytes(width, height, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client(client):
    client.force_login(User.objects.create_superuser("redazione", password="x"))
    return client


def upload(client, name, content):
    return client.post(
        "/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1}
    )


@pytest.mark.parametrize(
    ("name", "content_factory", "message"),
    [
        ("testo.png", lambda: b"questo non e' un'immagine", "Invia un&#x27;immagine valida"),
        ("rotta.png", lambda: png_bytes(50, 50)[:60], "Il file è danneggiato o non è un&#x27;immagine"),
        ("bomba.png", lambda: png_bytes(9000, 5000, mode="1"), "troppi pixel"),
        ("pagina.html", lambda: b"<html><script>alert(1)</script></html>", "Formato immagine non supportato"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(editor_client, home, name, content_factory, message):
    response = upload(editor_client, name, content_factory())
    assert response.status_code == 200  # the form again, with the error
    assert message.lower() in response.content.decode().lower()
    assert not Image.objects.exists()


def test_a_real_image_is_accepted_and_rendered_responsively(editor_client, client, home):
    response = upload(editor_client, "foto.png", png_bytes(1600, 900))
    assert response.status_code == 302
    image = Image.objects.get()
    make_standard_page(
        home,
        "Con immagine",
        slug="con-immagine",
        body=[("image", {"image": image, "alt_text": "La sala degli incontri", "decorative": False, "caption": ""})],
    )
    html = client.get("/it/con-immagine/").content.decode()
    assert "<picture>" in html and 'type="image/webp"' in html
    assert 'sizes="(max-width: 992px) 100vw, 760px"' in html and " 400w" in html and " 1200w" in html
    assert 'alt="La sala degli incontri"' in html


def test_image_block_requires_alt_text_unless_decorative(home):
    block = ImageBlock()
    image = Image.objects.create(title="x", file=SimpleUploadedFile("x.png", png_bytes(10, 10)), width=10, height=10)
    with pytest.raises(wagtail_blocks.StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False, "caption": ""}))
    assert "alt_text" in error.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True, "caption": ""}))
