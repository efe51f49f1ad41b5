"""Public pages of the directory capability (inside i18n_patterns)."""

app_name = "directory"
urlpatterns: list = []
