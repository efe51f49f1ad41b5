"""Public pages of the learning capability (inside i18n_patterns, under /kurs/)."""

from django.urls import path

from varde.learning import views

app_name = "learning"
urlpatterns = [
    path("sertifikat/<int:course_id>/", views.certificate, name="certificate"),
    path("verifiser/", views.verify, name="verify"),
    path("scorm/<int:course_id>.zip", views.scorm_export, name="scorm_export"),
]
