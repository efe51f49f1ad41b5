"""Public pages of the rights capability (inside i18n_patterns)."""

from django.urls import path

from varde.rights import views

app_name = "rights"
urlpatterns = [
    path("sjekk/", views.check, name="check"),
    path("oversikt/", views.overview, name="overview"),
    path("endringer/", views.changes, name="changes"),
]
