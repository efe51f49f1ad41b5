"""Public pages of the knowledge capability (inside i18n_patterns)."""

from django.urls import path

from varde.knowledge import views

app_name = "knowledge"
urlpatterns = [
    path("sok/", views.search, name="search"),
]
