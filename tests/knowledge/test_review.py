"""Review cycle: report in the admin, reminder e-mails, and the professional review workflow."""

import datetime

from django.core import mail
from django.core.management import call_command
from wagtail.models import GroupApprovalTask, Workflow

from varde.knowledge.demo import REVIEW_GROUP, WORKFLOW_NAME
from varde.knowledge.models import GuidancePage, TopicIndexPage
from varde.knowledge.selectors import pages_for_review
from varde.knowledge.services import review_reminders_send


def test_pages_for_review_includes_overdue_and_soon(knowledge_site):
    today = datetime.date(2026, 11, 20)
    slugs = {p.slug for p in pages_for_review(today=today)}
    assert "taushetsplikt-og-avvergingsplikt" in slugs  # review 2026-11-01: overdue
    assert "rettigheter-etter-oppholdsstatus" in slugs  # review 2026-12-01: soon
    assert "samtalen" not in slugs
    page = GuidancePage.objects.get(slug="taushetsplikt-og-avvergingsplikt", locale__language_code="nb")
    assert page.review_status(today) == "overdue"


def test_reminders_go_to_owners_by_email(knowledge_site):
    sent = review_reminders_send(today=datetime.date(2026, 11, 20))
    assert sent == 1 and len(mail.outbox) == 1
    assert mail.outbox[0].to == ["fagredaksjonen@varde.invalid"]
    assert "Taushetsplikt og avvergingsplikt" in mail.outbox[0].body


def test_management_command_runs(knowledge_site, capsys):
    call_command("knowledge_review_reminders", "--days", "0")
    assert "e-post" in capsys.readouterr().out


def test_admin_report_lists_pages(knowledge_site, admin_client):
    response = admin_client.get("/admin/reports/faglig-gjennomgang/")
    assert response.status_code == 200
    assert "Taushetsplikt og avvergingsplikt" in response.content.decode()
    assert admin_client.get("/admin/reports/sok-uten-treff/").status_code == 200


def test_workflow_with_professional_review_is_on_the_knowledge_index(knowledge_site):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert isinstance(task, GroupApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [REVIEW_GROUP]
    for index in TopicIndexPage.objects.all():
        assert index.get_workflow() == workflow
    page = GuidancePage.objects.filter(locale__language_code="en").first()
    assert page.get_workflow() == workflow


def test_page_goes_through_review_and_is_published(knowledge_site, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user("editor", password="x" * 12, is_staff=True)
    reviewer = django_user_model.objects.create_user("reviewer", password="x" * 12, is_staff=True)
    reviewer.groups.add(Group.objects.get(name=REVIEW_GROUP))
    index = TopicIndexPage.objects.get(slug="kunnskap", locale__language_code="nb")
    page = GuidancePage(
        title="Ny side om tolk",
        slug="ny-side",
        owner_unit="Test",
        live=False,
        last_substantive_change=datetime.date(2026, 11, 1),
        next_review=datetime.date(2027, 11, 1),
    )
    index.add_child(instance=page)
    revision = page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    assert state.status == "in_progress"
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.user_can_access_editor(page, reviewer)
    assert "approve" in [name for name, _label, _modal in task.get_actions(page, reviewer)]
    assert not task.get_actions(page, editor)
    task.on_action(task_state, reviewer, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.id or page.live_revision is not None
