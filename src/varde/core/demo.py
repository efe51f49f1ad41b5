"""Create or update the demo content. Idempotent: running it twice leaves one copy of everything."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from varde.core import demo_content
from varde.core.i18n import localized_path
from varde.core.models import ContentPage, HomePage

DEMO_EDITOR_USERNAME = "redaktor"


def ensure_locales() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES}


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _body(paragraphs, language_code: str) -> list[tuple[str, object]]:
    """Build StreamField data: plain strings are paragraphs, ("h2", text) headings, and
    ("links", [(label, path), ...]) a list of links to language-neutral paths."""
    body = []
    for item in paragraphs:
        if isinstance(item, tuple) and item[0] == "links":
            links = "".join(
                f'<li><a href="{escape(localized_path(path, language_code))}">{escape(label)}</a></li>'
                for label, path in item[1]
            )
            body.append(("paragraph", f"<ul>{links}</ul>"))
        elif isinstance(item, tuple):
            level, text = item
            body.append(("heading", {"text": text, "level": level}))
        else:
            body.append(("paragraph", f"<p>{escape(item)}</p>"))
    return body


def ensure_home(locales: dict[str, Locale]) -> HomePage:
    """Make a HomePage the site root, replacing Wagtail's placeholder welcome page."""
    default = locales[settings.LANGUAGE_CODE]
    home = HomePage.objects.filter(locale=default).first()
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=default)
    )
    if home is None:
        home = HomePage(title="Varde", slug="varde", locale=default)
        root.add_child(instance=home)
    data = demo_content.HOME[default.language_code]
    for field, value in data.items():
        setattr(home, field, value)
    _publish(home)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Varde"
        )
    elif site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Varde"
        site.save()
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()

    for code, locale in locales.items():
        if locale == default:
            continue
        translation = home.get_translation_or_none(locale) or home.copy_for_translation(locale)
        translation = translation.specific
        for field, value in demo_content.HOME[code].items():
            setattr(translation, field, value)
        _publish(translation)
    return home


def ensure_content_page(parent: HomePage, slug: str, texts: dict, locales: dict[str, Locale]) -> ContentPage:
    default_code = settings.LANGUAGE_CODE
    page = ContentPage.objects.filter(locale=locales[default_code], slug=slug).first()
    if page is None:
        page = ContentPage(slug=slug, title=texts[default_code][0], locale=locales[default_code])
        parent.add_child(instance=page)
    for code, locale in locales.items():
        title, intro, paragraphs = texts[code]
        target = (
            page
            if code == default_code
            else (
                page.get_translation_or_none(locale) or page.copy_for_translation(locale, copy_parents=True)
            )
        )
        target = target.specific
        target.title = title
        target.intro = intro
        target.body = _body(paragraphs, code)
        _publish(target)
    return page


def ensure_demo_editor(password: str) -> tuple[object, bool]:
    """A Wagtail editor account for trying the admin. Returns (user, created)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=DEMO_EDITOR_USERNAME,
        defaults={"email": "redaktor@varde.invalid", "first_name": "Demo", "last_name": "Redaktør"},
    )
    user.is_staff = True
    user.set_password(password)
    user.save()
    for group_name in ("Editors", "Moderators"):
        group = Group.objects.filter(name=group_name).first()
        if group:
            user.groups.add(group)
    return user, created


def capability_slugs() -> set[str]:
    """Top-level slugs that an installed capability serves itself (``AppConfig.owns_slugs``)."""
    return {slug for config in apps.get_app_configs() for slug in getattr(config, "owns_slugs", ())}


def capability_demo_loaders():
    """Each capability may offer demo data as ``AppConfig.load_demo(home)``; core never imports them."""
    return [
        config.load_demo for config in apps.get_app_configs() if callable(getattr(config, "load_demo", None))
    ]


@transaction.atomic
def load_demo_content(*, capabilities: bool = True) -> HomePage:
    """Create or update the demo content. ``capabilities=False`` loads only the site chrome."""
    locales = ensure_locales()
    home = ensure_home(locales)
    owned = capability_slugs()
    for slug, texts in demo_content.SECTIONS.items():
        if slug not in owned:
            ensure_content_page(home, slug, texts, locales)
    ensure_content_page(home, demo_content.ACCESSIBILITY_SLUG, demo_content.ACCESSIBILITY, locales)
    if capabilities:
        for loader in capability_demo_loaders():
            loader(home)
    return home
