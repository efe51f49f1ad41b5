"""Public pages of the knowledge capability (inside i18n_patterns)."""

app_name = "knowledge"
urlpatterns: list = []
