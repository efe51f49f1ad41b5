"""Pages for the person (outside i18n_patterns: the language is part of the path, /info/<lang>/)."""

app_name = "person"
urlpatterns: list = []
