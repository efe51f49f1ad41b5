"""Public pages of the competence capability (inside i18n_patterns, under /kurs/)."""

from django.urls import path, re_path

from varde.competence import views

app_name = "competence"
urlpatterns = [
    path("kartlegging/takk/", views.survey_thanks, name="survey_thanks"),
    path("kartlegging/<str:key>/", views.survey_answer, name="survey_answer"),
    path("kartlegging/<str:key>/<str:token>/", views.survey_answer, name="survey_answer_token"),
    path("resultater/", views.results_index, name="results_index"),
    path("resultater/<slug:slug>/", views.results_detail, name="results_detail"),
    re_path(
        r"^resultater/(?P<slug>[-\w]+)/(?P<round_name>[-\w]+)\.(?P<fmt>csv|xlsx)$",
        views.results_export,
        name="results_export",
    ),
    path("katalog/", views.catalogue, name="catalogue"),
    path("katalog/behov/", views.gap_analysis, name="gap_analysis"),
    path("undervisning/", views.teaching_index, name="teaching_index"),
    path("undervisning/<slug:slug>/", views.teaching_detail, name="teaching_detail"),
]
