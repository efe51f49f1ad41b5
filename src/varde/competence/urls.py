"""Public pages of the competence capability (inside i18n_patterns)."""

app_name = "competence"
urlpatterns: list = []
