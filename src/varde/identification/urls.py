"""Public pages of the identification capability (inside i18n_patterns)."""

from django.urls import path
from django.views.generic import RedirectView

from varde.identification import views

app_name = "identification"
urlpatterns = [
    path("", RedirectView.as_view(pattern_name="identification:check", permanent=False), name="index"),
    path("sjekk/", views.check, name="check"),
]
