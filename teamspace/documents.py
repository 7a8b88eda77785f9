"""Wagtail's document serve view, wrapped: downloads from restricted collections are never cached."""

from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve

from .library import protect


def serve(request, document_id, document_filename):
    response = wagtail_serve(request, document_id, document_filename)
    document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    if document is not None and document.collection.get_view_restrictions().exists():
        protect(response)
    return response
