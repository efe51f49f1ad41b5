"""Public pages of the rights capability (inside i18n_patterns)."""

app_name = "rights"
urlpatterns: list = []
