"""Survey by link, results with suppression, exports, catalogue, gap analysis and teaching resources."""

import csv
import io
import re

import openpyxl
import pytest
from django.db import DatabaseError
from django.urls import reverse

from varde.competence import services
from varde.competence.demo import OPEN_LINK_KEY, SURVEY_SLUG, TARGET_LINK_KEY
from varde.competence.models import Answer, DistributionLink, Response, SurveyRound, UsedToken

pytestmark = pytest.mark.django_db


def _answer_payload(page_html, *, extra=None):
    """A complete, valid answer for the demo survey, read from the rendered form."""
    token = re.search(r'name="token" value="([^"]+)"', page_html).group(1)
    data = {"token": token}
    for name in sorted(set(re.findall(r'name="(q\d+)"', page_html))):
        block = page_html[page_html.index(f'name="{name}"') - 200 :]
        if 'type="radio"' in block[:400]:
            data[name] = re.search(rf'name="{name}" id="[^"]+" value="([^"]+)"', page_html).group(1)
        elif 'type="checkbox"' in block[:400]:
            data[name] = [re.search(rf'name="{name}" id="[^"]+" value="([^"]+)"', page_html).group(1)]
        elif "textarea" in block[:400]:
            data[name] = ""
        else:
            data[name] = "2"
    data.update(extra or {})
    return data


def test_targeted_link_stores_answers_with_target_and_no_identifier(competence_demo, client):
    url = reverse("competence:survey_answer", args=[TARGET_LINK_KEY])
    page = client.get(url)
    assert page.status_code == 200
    assert "Legevakt" in page.content.decode()
    before = Response.objects.count()
    response = client.post(url, _answer_payload(page.content.decode()), REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert Response.objects.count() == before + 1
    stored = Response.objects.order_by("-id").first()
    assert (stored.service_type, stored.region) == ("legevakt", "03")
    # No field of the response or its answers holds the IP address or the token.
    values = [str(v) for v in Response.objects.filter(pk=stored.pk).values().first().values()]
    values += [str(v) for a in Answer.objects.filter(response=stored).values() for v in a.values()]
    assert not any("203.0.113.9" in v for v in values)
    assert not client.cookies.get("sessionid")


def test_same_token_cannot_answer_twice(competence_demo, client):
    url = reverse("competence:survey_answer", args=[TARGET_LINK_KEY])
    payload = _answer_payload(client.get(url).content.decode())
    assert client.post(url, payload).status_code == 302
    again = client.post(url, payload)
    assert again.status_code == 410
    assert "Allerede besvart" in again.content.decode()


def test_personal_token_link_is_single_use(competence_demo, client):
    link = DistributionLink.objects.get(key=TARGET_LINK_KEY)
    link.require_token = True
    link.save()
    assert client.get(reverse("competence:survey_answer", args=[link.key])).status_code == 403
    [invite] = services.invitation_urls(link=link, count=1, base_url="http://testserver")
    path = invite.removeprefix("http://testserver")
    page = client.get(path)
    assert page.status_code == 200
    assert client.post(path, _answer_payload(page.content.decode())).status_code == 302
    assert client.get(path).status_code == 410
    assert UsedToken.objects.count() == 1


def test_forged_token_is_rejected(competence_demo, client):
    url = reverse("competence:survey_answer_token", args=[TARGET_LINK_KEY, "not-a-token"])
    assert client.get(url).status_code == 400


def test_open_link_asks_for_target_and_validates(competence_demo, client):
    url = reverse("competence:survey_answer", args=[OPEN_LINK_KEY])
    page = client.get(url).content.decode()
    assert 'name="service_type"' in page and 'name="region"' in page
    bad = client.post(url, _answer_payload(page))
    assert bad.status_code == 400
    assert "ds-error-summary" in bad.content.decode()
    ok = client.post(url, _answer_payload(page, extra={"service_type": "nav", "region": "11"}))
    assert ok.status_code == 302
    assert Response.objects.filter(region="11", service_type="nav").count() == 1


def test_free_text_with_personal_data_is_refused_and_answers_kept(competence_demo, client):
    url = reverse("competence:survey_answer", args=[TARGET_LINK_KEY])
    page = client.get(url).content.decode()
    text_field = re.findall(r'<textarea[^>]+name="(q\d+)"', page)[0]
    before = Response.objects.count()
    response = client.post(url, _answer_payload(page, extra={text_field: "Ring Kari på 912 34 567"}))
    assert response.status_code == 400
    body = response.content.decode()
    assert "telefonnummer" in body
    assert "Ring Kari på 912 34 567" in body  # what was typed is not lost
    assert Response.objects.count() == before


def test_unknown_or_closed_link(competence_demo, client):
    assert client.get(reverse("competence:survey_answer", args=["finnes-ikke"])).status_code == 404
    SurveyRound.objects.filter(name="2026").update(is_open=False)
    assert client.get(reverse("competence:survey_answer", args=[OPEN_LINK_KEY])).status_code == 410


def test_results_page_hides_small_groups_and_has_chart_with_table(competence_demo, client):
    response = client.get(reverse("competence:results_detail", args=[SURVEY_SLUG]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Finnmark" in body
    finnmark_row = re.search(r"<tr><th scope=\"row\">Finnmark</th>(.*?)</tr>", body).group(1)
    assert "skjult" in finnmark_row and not re.search(r"<td>[1-4]</td>", finnmark_row)
    assert body.count('role="img"') >= 8
    assert body.count("<table") >= 9


def test_results_comparison_between_rounds(competence_demo, client):
    url = reverse("competence:results_detail", args=[SURVEY_SLUG])
    body = client.get(url, {"runde": "2026", "sammenlign": "2025"}).content.decode()
    assert "Sammenligning: 2025 og 2026" in body
    assert client.get(url, {"sammenlign": "1999"}).status_code == 400
    assert client.get(url, {"runde": "1999"}).status_code == 404


def test_csv_and_xlsx_exports_contain_only_published_figures(competence_demo, client):
    csv_response = client.get(reverse("competence:results_export", args=[SURVEY_SLUG, "2026", "csv"]))
    assert csv_response.status_code == 200
    assert csv_response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Runde", "Spørsmål", "Gruppe"]
    finnmark = [row for row in rows if row[2] == "Finnmark"]
    assert finnmark and all(row[3] == "skjult" and row[5] == "skjult" for row in finnmark)
    for row in rows[1:]:
        assert row[3] == "skjult" or int(row[3]) >= 5
    xlsx = client.get(reverse("competence:results_export", args=[SURVEY_SLUG, "2026", "xlsx"]))
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    assert workbook.active.max_row == len(rows)


def test_catalogue_filters_without_javascript(competence_demo, client):
    url = reverse("competence:catalogue")
    everything = client.get(url).content.decode()
    assert "Menneskehandel: avdekke, hjelpe, henvise" in everything
    only_work = client.get(url, {"level": "arbeidsplass"}).content.decode()
    assert "Opplæring på legevakten" in only_work and "Fagdag om mindreårige" not in only_work
    agder = client.get(url, {"region": "42", "topic": "barn"}).content.decode()
    assert "Fagdag om mindreårige ofre" in agder
    assert "Menneskehandel: avdekke" in agder  # national offers show in every region
    assert "Fagdag" in client.get(url, {"q": "fagdag"}).content.decode()
    assert client.get(url, {"level": "tull"}).status_code == 400


def test_gap_analysis_has_table_and_chart(competence_demo, client):
    body = client.get(reverse("competence:gap_analysis")).content.decode()
    assert 'id="gap-table"' in body
    assert 'role="img"' in body
    assert "Finnmark" in body


def test_teaching_resources_link_to_catalogue(competence_demo, client):
    index = client.get(reverse("competence:teaching_index")).content.decode()
    assert "Menneskehandel i helse- og sosialfagutdanningene" in index
    detail = client.get(
        reverse("competence:teaching_detail", args=["grunnutdanning-menneskehandel"])
    ).content.decode()
    assert "Læringsutbytte" in detail and "Spørsmål til drøfting" in detail
    assert "I opplæringskatalogen" in detail
    assert client.get(reverse("competence:teaching_detail", args=["finnes-ikke"])).status_code == 404


def test_demo_is_idempotent(competence_demo):
    from varde.competence.demo import load_demo

    count = Response.objects.count()
    load_demo(None)
    assert Response.objects.count() == count


def test_a_failed_save_stores_nothing_and_the_same_form_can_be_sent_again(
    competence_demo, client, monkeypatch
):
    """All or nothing: if storing the answers fails, the token is not spent and no half response is left."""
    url = reverse("competence:survey_answer", args=[TARGET_LINK_KEY])
    payload = _answer_payload(client.get(url).content.decode())
    responses, tokens = Response.objects.count(), UsedToken.objects.count()

    def database_gone(*args, **kwargs):
        raise DatabaseError("connection lost")

    with monkeypatch.context() as patch:
        patch.setattr(Answer.objects, "bulk_create", database_gone)
        client.raise_request_exception = False
        failed = client.post(url, payload)
    assert failed.status_code >= 500
    assert (Response.objects.count(), UsedToken.objects.count()) == (responses, tokens)
    client.raise_request_exception = True
    assert client.post(url, payload).status_code == 302  # the respondent's resend is stored once
    assert (Response.objects.count(), UsedToken.objects.count()) == (responses + 1, tokens + 1)
