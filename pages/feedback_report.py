"""The 'Was this page clear?' report: answers on the pages the editor may edit."""

import csv

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import render
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models.feedback import PageFeedback


def editable_feedback(user):
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return PageFeedback.objects.filter(page__in=pages.values("pk"))


def report_view(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    feedback = editable_feedback(request.user)
    if request.GET.get("export") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="page-feedback.csv"'
        writer = csv.writer(response)
        writer.writerow(["page_id", "page", "language", "clear", "rating", "comment", "sent_at"])
        for item in feedback.select_related("page"):
            writer.writerow(
                [
                    item.page_id,
                    item.page.title,
                    item.language,
                    item.clear,
                    item.rating or "",
                    item.comment,
                    item.created_at.isoformat(),
                ]
            )
        return response
    summary = (
        feedback.values("page_id", "page__title")
        .annotate(total=Count("id"), clear=Count("id", filter=Q(clear=True)))
        .order_by("-total")[:100]
    )
    comments = feedback.exclude(comment="").select_related("page")[:50]
    return render(request, "pages/admin/feedback_report.html", {"summary": summary, "comments": comments})
