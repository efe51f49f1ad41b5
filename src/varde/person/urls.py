"""Pages for the person (outside i18n_patterns: the language is part of the path, /info/<lang>/)."""

from django.urls import path, register_converter

from varde.person import views


class _LanguageConverter:
    regex = "[a-z]{2,3}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(_LanguageConverter, "personlang")

app_name = "person"
urlpatterns = [
    path("", views.index, name="index"),
    path("brosjyre/", views.leaflet_form, name="leaflet"),
    path("brosjyre/pdf/", views.leaflet_pdf, name="leaflet_pdf"),
    path("oversettelser/", views.translations, name="translations"),
    path("oversettelser/<personlang:language>.po", views.translation_export, name="translation_export"),
    path("<personlang:language>/", views.person_page, name="page"),
    path("<personlang:language>/<slug:situation>/", views.person_page, name="situation"),
]
