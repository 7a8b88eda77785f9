"""Arabic number formats: Django's, plus thousands grouping (211.500 rather than 211500)."""

NUMBER_GROUPING = 3
