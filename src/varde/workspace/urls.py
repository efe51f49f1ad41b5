"""Public pages of the workspace capability (inside i18n_patterns)."""

app_name = "workspace"
urlpatterns: list = []
