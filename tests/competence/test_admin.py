"""Admin screens: invitation links in bulk, and the free-text answers (guarded, suppressed, moderated)."""

import csv
import io
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.competence.test_views import _answer_payload
from varde.competence.demo import SURVEY_SLUG
from varde.competence.models import Answer, DistributionLink, QuestionKind, Response, SurveyRound

pytestmark = pytest.mark.django_db

INVITATIONS = "/admin/kompetanse-invitasjoner/"
FREE_TEXT = "/admin/kompetanse-fritekst/"


def _staff(username, *perms):
    """A staff user in a group with admin access and the given competence permissions."""
    group = Group.objects.create(name=f"gruppe-{username}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for perm in perms:
        group.permissions.add(Permission.objects.get(content_type__app_label="competence", codename=perm))
    user = get_user_model().objects.create_user(username, password="x" * 14, is_staff=True)
    user.groups.add(group)
    return user


def _refused(response):
    """Wagtail answers a permission error in the admin with a redirect to the dashboard and a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def _round(name="2026"):
    return SurveyRound.objects.get(survey__slug=SURVEY_SLUG, name=name)


# --- Invitation links -------------------------------------------------------------------------------


def test_invitation_screen_needs_admin_access_and_permission(competence_demo, client):
    anonymous = client.get(INVITATIONS)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    plain = get_user_model().objects.create_user("vanlig", password="x" * 14)
    client.force_login(plain)
    response = client.get(INVITATIONS)
    assert response.status_code == 302 and reverse("competence:catalogue") not in response["Location"]
    client.force_login(_staff("uten-rett"))
    assert _refused(client.get(INVITATIONS))
    before = DistributionLink.objects.count()
    data = {"round": _round().pk, "service_types": ["nav"], "regions": "42"}
    assert _refused(client.post(INVITATIONS, data))
    assert DistributionLink.objects.count() == before
    client.force_login(_staff("med-rett", "add_distributionlink"))
    page = client.get(INVITATIONS)
    assert page.status_code == 200 and "Lag lenker" in page.content.decode()


def test_menu_shows_the_screens_only_with_permission(competence_demo, client):
    client.force_login(_staff("meny-uten"))
    html = client.get("/admin/").content.decode()
    assert INVITATIONS not in html and FREE_TEXT not in html
    client.force_login(_staff("meny-med", "add_distributionlink", "view_free_text"))
    html = client.get("/admin/").content.decode()
    assert INVITATIONS in html and FREE_TEXT in html


def test_round_list_links_to_both_screens(competence_demo, client):
    client.force_login(get_user_model().objects.create_superuser("super", password="x" * 14))
    html = client.get(reverse("wagtailsnippets_competence_surveyround:list")).content.decode()
    open_round, closed_round = _round("2026"), _round("2025")
    assert f"{INVITATIONS}?runde={open_round.pk}" in html
    assert f"{INVITATIONS}?runde={closed_round.pk}" not in html  # closed: no new links
    assert f"{FREE_TEXT}{open_round.pk}/" in html and f"{FREE_TEXT}{closed_round.pk}/" in html
    form = client.get(f"{INVITATIONS}?runde={open_round.pk}").content.decode()
    assert re.search(rf'<option value="{open_round.pk}" selected>', form)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"service_types": ["legevakt"], "regions": "0301"}, "Velg en runde"),
        ({"round": "999999", "service_types": ["legevakt"], "regions": "0301"}, "Velg en runde"),
        ({"round": "R", "regions": "0301"}, "Velg minst én tjenestetype"),
        ({"round": "R", "service_types": ["legevakt"], "regions": ""}, "Skriv minst ett"),
        ({"round": "R", "service_types": ["legevakt"], "regions": "0301 9999 abc"}, "9999, abc"),
        ({"round": "R", "service_types": ["legevakt"], "regions": "00"}, "Ukjente"),
        ({"round": "R", "service_types": ["ukjent"], "regions": "03"}, "ukjent"),
        (
            {"round": "R", "service_types": ["legevakt"], "regions": "03", "personal": "on", "count": "501"},
            "500",
        ),
        (
            {
                "round": "R",
                "service_types": ["legevakt", "fastlege"],
                "all_fylker": "on",
                "personal": "on",
                "count": "500",
            },
            "15000",
        ),
    ],
)
def test_bad_input_gets_a_message_and_400(competence_demo, client, data, message):
    client.force_login(_staff("feil", "add_distributionlink"))
    if data.get("round") == "R":
        data = {**data, "round": str(_round().pk)}
    before = DistributionLink.objects.count()
    response = client.post(INVITATIONS, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert DistributionLink.objects.count() == before


def test_closed_round_cannot_get_links(competence_demo, client):
    client.force_login(_staff("stengt", "add_distributionlink"))
    closed = _round("2025")
    assert not closed.is_open
    response = client.post(INVITATIONS, {"round": closed.pk, "service_types": ["nav"], "regions": "42"})
    assert response.status_code == 400 and "Velg en runde som er åpen" in response.content.decode()


def test_links_per_target_are_made_once_and_work_for_respondents(competence_demo, client):
    staff = _staff("lenker", "add_distributionlink")
    client.force_login(staff)
    data = {"round": _round().pk, "service_types": ["fastlege", "barnevern"], "regions": "4601, 1103 4601"}
    response = client.post(INVITATIONS, data)
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'href="([^"]+)" data-invitation-url', html)
    assert len(urls) == 4  # 2 service types × 2 codes (the repeated 4601 counts once)
    assert all(url.startswith("http://testserver/kurs/kartlegging/") for url in urls)
    textarea = re.search(r'<textarea id="invitation-urls"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    assert textarea.split() == urls  # the copyable list holds the same links
    links = DistributionLink.objects.filter(round=_round(), service_type__in=["fastlege", "barnevern"])
    assert {(link.service_type, link.region) for link in links} == {
        ("fastlege", "4601"),
        ("fastlege", "1103"),
        ("barnevern", "4601"),
        ("barnevern", "1103"),
    }
    # Asking again reuses the links.
    again = re.findall(r'href="([^"]+)" data-invitation-url', client.post(INVITATIONS, data).content.decode())
    assert again == urls and links.count() == 4

    # A respondent opens one link (no login) and answers; the target is stored with the answer.
    client.logout()
    path = next(url for url in urls if "/kurs/kartlegging/" in url).removeprefix("http://testserver")
    link = DistributionLink.objects.get(key=path.split("/")[3])
    page = client.get(path)
    assert page.status_code == 200
    before = Response.objects.count()
    assert client.post(path, _answer_payload(page.content.decode())).status_code == 302
    stored = Response.objects.order_by("-id").first()
    assert Response.objects.count() == before + 1
    assert (stored.service_type, stored.region) == (link.service_type, link.region[:2])


def test_personal_links_are_single_use_and_download_as_csv(competence_demo, client):
    client.force_login(_staff("personlig", "add_distributionlink"))
    data = {
        "round": _round().pk,
        "service_types": ["sykehus"],
        "regions": "50",
        "personal": "on",
        "count": "3",
        "csv": "",
    }
    response = client.post(INVITATIONS, data)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].endswith(f'-{SURVEY_SLUG}-2026.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Tjenestetype", "Fylke", "Kommune- eller fylkesnummer", "Lenke"]
    assert len(rows) == 4 and {row[:3] for row in map(tuple, rows[1:])} == {("Sykehus", "Trøndelag", "50")}
    urls = [row[3].removeprefix("http://testserver") for row in rows[1:]]
    assert len(set(urls)) == 3
    link = DistributionLink.objects.get(
        round=_round(), service_type="sykehus", region="50", require_token=True
    )
    assert link.require_token
    client.logout()
    # Without its personal token the link is refused; with one, it answers once.
    assert client.get(f"/kurs/kartlegging/{link.key}/").status_code == 403
    page = client.get(urls[0])
    assert page.status_code == 200
    payload = _answer_payload(page.content.decode())
    assert client.post(urls[0], payload).status_code == 302
    assert client.post(urls[0], payload).status_code == 410
    assert client.get(urls[1]).status_code == 200  # the others still work


# --- Free text --------------------------------------------------------------------------------------


def _add_texts(round_, texts):
    """Free-text answers on existing responses of the round (one per response)."""
    question = round_.survey.questions.get(kind=QuestionKind.TEXT)
    Answer.objects.filter(response__round=round_, question=question).delete()
    responses = list(Response.objects.filter(round=round_).order_by("id")[: len(texts)])
    assert len(responses) == len(texts)
    return [
        Answer.objects.create(response=response, question=question, text=text)
        for response, text in zip(responses, texts, strict=True)
    ]


def test_free_text_screen_needs_permission(competence_demo, client):
    url = f"{FREE_TEXT}{_round().pk}/"
    assert client.get(url).status_code == 302
    client.force_login(_staff("les-ikke"))
    assert _refused(client.get(FREE_TEXT))
    assert _refused(client.get(url))
    assert _refused(client.get(f"{FREE_TEXT}999999/"))  # no probing of round ids
    client.force_login(_staff("les", "view_free_text"))
    assert client.get(FREE_TEXT).status_code == 200
    assert client.get(url).status_code == 200
    assert client.get(f"{FREE_TEXT}999999/").status_code == 404


def test_free_text_is_guarded_sorted_and_only_shown_to_staff(competence_demo, client):
    round_ = _round()
    answers = _add_texts(
        round_,
        [
            "Trenger mer om tolk.",
            "Ring meg på 912 34 567 om kurset.",  # a phone number: withheld
            "Kari Nordmann på legevakten kan undervise.",  # a name: masked
            "Aller først: en sjekkliste.",
        ],
    )
    client.force_login(_staff("leser", "view_free_text"))
    html = client.get(f"{FREE_TEXT}{round_.pk}/").content.decode()
    shown = re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", html, re.S)
    assert [s.strip() for s in shown] == [
        "[navn] på legevakten kan undervise.",
        "Aller først: en sjekkliste.",
        "Trenger mer om tolk.",
    ]
    assert "912 34 567" not in html and "Kari Nordmann" not in html
    assert "1 svar vises ikke fordi det ser ut til å inneholde personopplysninger" in html
    assert "Skjul" not in html  # reading is not moderating
    assert _refused(client.post(f"{FREE_TEXT}{round_.pk}/", {"answer": answers[0].pk, "action": "hide"}))
    answers[0].refresh_from_db()
    assert not answers[0].hidden
    # Never on a public page or in the public exports.
    client.logout()
    public = [
        client.get(reverse("competence:results_detail", args=[SURVEY_SLUG])).content.decode(),
        client.get(reverse("competence:results_export", args=[SURVEY_SLUG, "2026", "csv"])).content.decode(
            "utf-8-sig"
        ),
    ]
    workbook = openpyxl.load_workbook(
        io.BytesIO(
            client.get(reverse("competence:results_export", args=[SURVEY_SLUG, "2026", "xlsx"])).content
        )
    )
    public.append(" ".join(str(c.value) for row in workbook.active.iter_rows() for c in row))
    for content in public:
        assert "tolk." not in content and "sjekkliste" not in content and "[navn]" not in content


def test_free_text_is_suppressed_for_fewer_than_five_respondents(competence_demo, client):
    survey_round = SurveyRound.objects.create(survey=_round().survey, name="liten")
    for _ in range(4):
        Response.objects.create(round=survey_round, service_type="legevakt", region="03")
    _add_texts(survey_round, ["En", "To", "Tre", "Fire"])
    client.force_login(_staff("liten", "view_free_text", "moderate_free_text"))
    url = f"{FREE_TEXT}{survey_round.pk}/"
    html = client.get(url).content.decode()
    assert "data-free-text-suppressed" in html and "<blockquote" not in html
    assert "Fire" not in html
    # The downloads give nothing either: the page is shown instead.
    for fmt in ("csv", "xlsx"):
        response = client.get(f"{url}?format={fmt}")
        assert response["Content-Type"].startswith("text/html") and "Fire" not in response.content.decode()
    # At five respondents it shows.
    Response.objects.create(round=survey_round, service_type="legevakt", region="03")
    assert "<blockquote" in client.get(url).content.decode()


def test_moderator_hides_and_shows_again_and_export_follows(competence_demo, client):
    round_ = _round()
    kept, hidden, formula = _add_texts(round_, ["Bra kurs.", "Dette skal bort.", '=HYPERLINK("x")'])
    client.force_login(_staff("moderator", "view_free_text", "moderate_free_text"))
    url = f"{FREE_TEXT}{round_.pk}/"
    response = client.post(url, {"answer": hidden.pk, "action": "hide"})
    assert response.status_code == 302
    hidden.refresh_from_db()
    assert hidden.hidden
    html = client.get(url).content.decode()
    assert "Svaret er skjult" in html and "1 skjult svar" in html and "Vis igjen" in html
    rows = list(
        csv.reader(io.StringIO(client.get(f"{url}?format=csv").content.decode("utf-8-sig")), delimiter=";")
    )
    assert rows[0] == ["Runde", "Spørsmål", "Svar"] and len(rows[0]) == 3  # no group columns
    texts = [row[2] for row in rows[1:]]
    assert "Bra kurs." in texts and "Dette skal bort." not in texts
    assert '\'=HYPERLINK("x")' in texts  # made inert for spreadsheets
    sheet = openpyxl.load_workbook(io.BytesIO(client.get(f"{url}?format=xlsx").content)).active
    cells = [row[2].value for row in sheet.iter_rows(min_row=2)]
    assert sorted(cells) == sorted(texts) and all(not str(c).startswith("=") for c in cells)
    # A reader without the moderation right does not see hidden answers.
    client.force_login(_staff("bare-leser", "view_free_text"))
    assert "Dette skal bort." not in client.get(url).content.decode()
    # Show again.
    client.force_login(get_user_model().objects.get(username="moderator"))
    assert client.post(url, {"answer": hidden.pk, "action": "show"}).status_code == 302
    hidden.refresh_from_db()
    assert not hidden.hidden and kept.text in client.get(url).content.decode()


@pytest.mark.parametrize("data", [{}, {"answer": "x", "action": "hide"}, {"answer": "1", "action": "slett"}])
def test_bad_moderation_input_gets_a_message(competence_demo, client, data):
    client.force_login(_staff("feil-mod", "view_free_text", "moderate_free_text"))
    response = client.post(f"{FREE_TEXT}{_round().pk}/", data)
    assert response.status_code == 400 and "Fant ikke svaret" in response.content.decode()


def test_moderation_cannot_touch_another_rounds_answer(competence_demo, client):
    other = _add_texts(_round("2025"), ["Fra fjoråret."])[0]
    client.force_login(_staff("annen-runde", "view_free_text", "moderate_free_text"))
    response = client.post(f"{FREE_TEXT}{_round().pk}/", {"answer": other.pk, "action": "hide"})
    assert response.status_code == 400
    other.refresh_from_db()
    assert not other.hidden
