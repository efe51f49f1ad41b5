"""Public pages of the learning capability (inside i18n_patterns)."""

app_name = "learning"
urlpatterns: list = []
