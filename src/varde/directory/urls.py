"""Public pages of the directory capability (inside i18n_patterns), under /hjelp/."""

from django.urls import path

from varde.directory import views

app_name = "directory"
urlpatterns = [
    path("", views.find_help, name="find"),
    path("tjeneste/<slug:slug>/", views.service_detail, name="service"),
    path("tjeneste/<slug:slug>/vcard/", views.service_vcard_download, name="vcard"),
    path("tjeneste/<slug:slug>/foresla-endring/", views.suggest_change, name="suggest"),
]
