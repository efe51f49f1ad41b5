"""The members-only workspace under /nettverket/arbeidsrom/ (inside i18n_patterns).

/nettverket/ itself stays the public Wagtail page about the network.
"""

from django.urls import path

from . import views

app_name = "workspace"

P = "arbeidsrom/"
urlpatterns = [
    path(P, views.home, name="home"),
    path(P + "invitasjon/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path(P + "medlemmer/", views.member_list, name="members"),
    path(P + "medlemmer/inviter/", views.member_invite, name="member_invite"),
    path(P + "medlemmer/<int:pk>/", views.member_edit, name="member_edit"),
    path(P + "medlemmer/<int:pk>/nullstill-tofaktor/", views.member_reset_mfa, name="member_reset_mfa"),
    path(P + "innstillinger/", views.settings_view, name="settings"),
    path(P + "logg/", views.audit_log, name="audit"),
    path(P + "erfaringer/", views.post_list, name="posts"),
    path(P + "erfaringer/ny/", views.post_create, name="post_create"),
    path(P + "erfaringer/<int:pk>/", views.post_detail, name="post_detail"),
    path(P + "moter/", views.meeting_list, name="meetings"),
    path(P + "moter/kalender.ics", views.meetings_ical, name="meetings_ical"),
    path(P + "moter/nytt/", views.meeting_create, name="meeting_create"),
    path(P + "moter/<int:pk>/", views.meeting_detail, name="meeting_detail"),
    path(P + "moter/<int:pk>/endre/", views.meeting_create, name="meeting_edit"),
    path(P + "moter/<int:pk>/referat/", views.meeting_minutes, name="meeting_minutes"),
    path(
        P + "moter/<int:pk>/referat/godkjenn/", views.meeting_minutes_approve, name="meeting_minutes_approve"
    ),
    path(P + "moter/<int:pk>/dokumenter/<int:doc_pk>/", views.meeting_document, name="meeting_document"),
    path(P + "moter/<int:pk>/kalender.ics", views.meeting_ical, name="meeting_ical"),
    path(P + "satsingsomrader/", views.focus_area_list, name="focus_areas"),
    path(P + "god-praksis/", views.practice_list, name="practices"),
    path(P + "god-praksis/ny/", views.practice_edit, name="practice_create"),
    path(P + "god-praksis/<int:pk>/", views.practice_detail, name="practice_detail"),
    path(P + "god-praksis/<int:pk>/endre/", views.practice_edit, name="practice_edit"),
    path(P + "endringsforslag/", views.proposal_list, name="proposals"),
    path(P + "endringsforslag/nytt/", views.proposal_create, name="proposal_create"),
    path(P + "endringsforslag/<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path(P + "tiltak/", views.measure_list, name="measures"),
    path(P + "tiltak/nytt/", views.measure_edit, name="measure_create"),
    path(P + "tiltak/<int:pk>/endre/", views.measure_edit, name="measure_edit"),
    path(P + "tiltak/<int:pk>/slett/", views.measure_delete, name="measure_delete"),
    path(P + "rapport/", views.report_list, name="reports"),
    path(P + "rapport/<int:pk>/", views.report_detail, name="report_detail"),
    path(P + "rapport/<int:pk>/rapport.pdf", views.report_pdf, name="report_pdf"),
]
