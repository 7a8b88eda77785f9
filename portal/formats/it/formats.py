"""Italian dates: "1 dicembre 2026" (Django's "d F Y" writes "01 Dicembre 2026")."""

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
