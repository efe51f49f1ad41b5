"""Public pages of the identification capability (inside i18n_patterns)."""

app_name = "identification"
urlpatterns: list = []
