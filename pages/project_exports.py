"""Open-data exports of the (filtered) projects list: CSV and JSON with the same rows."""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse

from pages.project_filters import project_totals

COLUMNS = [
    "title",
    "url",
    "territory",
    "region",
    "implementing_body",
    "cup",
    "amount_eur",
    "start_date",
    "end_date",
    "status",
    "families",
    "dispositivi",
    "language",
]


def project_rows(request, projects):
    projects = projects.select_related("territory", "locale").prefetch_related(
        "implementations", "dispositivi__dispositivo"
    )
    for project in projects:
        yield {
            "title": project.title,
            "url": project.get_full_url(request),
            "territory": project.territory.name,
            "region": project.territory.region_name,
            "implementing_body": project.implementing_body,
            "cup": project.cup,
            "amount_eur": f"{project.amount:.2f}" if project.amount is not None else "",
            "start_date": project.start_date.isoformat() if project.start_date else "",
            "end_date": project.end_date.isoformat() if project.end_date else "",
            "status": str(project.status.value),
            "families": sum(item.count * item.families for item in project.implementations.all()),
            "dispositivi": [link.dispositivo.slug for link in project.dispositivi.all()],
            "language": project.locale.language_code,
        }


def projects_csv_response(request, projects):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="progetti-pnrr-pippi.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.DictWriter(response, fieldnames=COLUMNS)
    writer.writeheader()
    for row in project_rows(request, projects):
        row["dispositivi"] = "|".join(row["dispositivi"])
        writer.writerow(row)
    return response


def projects_json_response(request, projects, errors=None):
    if errors:
        return JsonResponse({"errors": json.loads(errors.as_json())}, status=400)
    totals = project_totals(projects)
    rows = list(project_rows(request, projects))
    data = {
        "count": totals["count"],
        "total_amount_eur": f"{totals['amount']:.2f}",
        "total_families": totals["families"],
        "projects": rows,
    }
    return JsonResponse(data, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})
