"""A recommended practice published to the portal is present in nn and en too, marked as untranslated."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from varde.workspace import services
from varde.workspace.models import BestPractice

NOTICE = {
    "nn": "Denne sida er førebels berre skriven på bokmål.",
    "en": "This page is so far only written in Norwegian Bokmål.",
}


@pytest.fixture
def published(demo_site, coordinator):
    practice = BestPractice.objects.create(
        title="Snakk med pasienten alene",
        description="Be ledsageren vente utenfor.\n\nBruk kvalifisert tolk.",
        sources="https://example.org/kilde",
        status="recommended",
    )
    services.practice_publish(actor=coordinator, practice=practice)
    practice.refresh_from_db()
    return practice


def _translated(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def _callouts(page):
    return [block for block in page.body if block.block_type == "callout"]


@pytest.mark.parametrize("code", ["nn", "en"])
def test_publishing_makes_live_translations_with_an_only_in_bokmal_notice(client, published, code):
    page = published.public_page.specific
    target = _translated(page, code)
    assert target.live and target.get_parent().slug == "nettverket"
    assert target.get_parent().locale.language_code == code
    assert [c.value["title"] for c in _callouts(target)] == [
        {"nn": "Berre på bokmål", "en": "Only in Norwegian Bokmål"}[code]
    ]
    response = client.get(target.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert NOTICE[code] in body and "Bruk kvalifisert tolk." in body
    nb_body = client.get(page.url).content.decode()
    assert "Bruk kvalifisert tolk." in nb_body and "Bare på bokmål" not in nb_body


def test_translators_see_the_page_as_waiting(published):
    page = published.public_page.specific
    source = TranslationSource.objects.get(object_id=page.translation_key)
    for code in ("nn", "en"):
        synced = Translation.objects.get(source=source, target_locale__language_code=code)
        total, done = synced.get_progress()
        assert synced.enabled and total > 0 and done == 0


def test_republishing_updates_the_translations_without_a_second_notice(client, coordinator, published):
    published.description = "Be ledsageren vente utenfor.\n\nBestill tolk i god tid."
    published.save()
    services.practice_publish(actor=coordinator, practice=published)
    target = _translated(published.public_page, "nn")
    assert len(_callouts(target)) == 1
    body = client.get(target.url).content.decode()
    assert "Bestill tolk i god tid." in body and "Bruk kvalifisert tolk." not in body


def test_fully_translated_page_loses_the_notice(client, coordinator, published):
    page = published.public_page.specific
    source = TranslationSource.objects.get(object_id=page.translation_key)
    nn = Locale.objects.get(language_code="nn")
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=nn,
            context=segment.context,
            data=f"NN {segment.string.data}",
        )
    assert services.publish_translations(page=page, actor=coordinator) == {"en": False, "nn": True}
    target = _translated(page, "nn")
    assert _callouts(target) == []
    assert "NN Bruk kvalifisert tolk." in client.get(target.url).content.decode()
    assert len(_callouts(_translated(page, "en"))) == 1


def test_a_hand_made_translation_is_left_alone(coordinator, demo_site):
    practice = BestPractice.objects.create(title="Håndlaget", description="Tekst.", status="recommended")
    page = services.practice_publish(actor=coordinator, practice=practice)
    en = Locale.objects.get(language_code="en")
    Translation.objects.filter(target_locale=en, source__object_id=page.translation_key).delete()
    hand = _translated(page, "en")
    hand.title = "Hand made"
    hand.save_revision().publish()
    services.practice_publish(actor=coordinator, practice=practice)
    assert _translated(page, "en").title == "Hand made"


def test_practice_page_lists_the_translations(client, coordinator, sign_in, published):
    sign_in(coordinator)
    page = client.get(reverse("workspace:practice_detail", kwargs={"pk": published.pk})).content.decode()
    assert "Norsk nynorsk" in page and "English" in page
    assert page.count("venter på oversettelse") == 2
