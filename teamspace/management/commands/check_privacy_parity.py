"""Fail if an alias or translation of a restricted page lacks an equivalent restriction (run nightly)."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import PageViewRestriction

from teamspace.privacy import linked_pages


def signature(page):
    return sorted(
        (r.restriction_type, tuple(sorted(r.groups.values_list("pk", flat=True))))
        for r in PageViewRestriction.objects.filter(page=page)
    )


class Command(BaseCommand):
    help = "Check that every alias and translation of a restricted page carries the same restriction."

    def add_arguments(self, parser):
        parser.add_argument("--fix", action="store_true", help="Mirror the restrictions where they differ.")

    def handle(self, *args, **options):
        from teamspace.privacy import mirror_page_restrictions

        problems = []
        for restriction in PageViewRestriction.objects.select_related("page"):
            page = restriction.page
            wanted = signature(page)
            for linked in linked_pages(page):
                if signature(linked) != wanted:
                    problems.append(f"{linked.url_path} (id {linked.pk}) differs from {page.url_path} (id {page.pk})")
                    if options["fix"]:
                        mirror_page_restrictions(page)
        if problems and not options["fix"]:
            raise CommandError("privacy parity broken:\n" + "\n".join(sorted(set(problems))))
        self.stdout.write(f"privacy parity: {'fixed ' if problems else ''}{len(set(problems))} difference(s)")
