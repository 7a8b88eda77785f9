from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Portal search"

    def ready(self):
        from search import checks  # noqa: F401 - registers the start-up checks
