"""Helpers for language-prefixed URLs (bokmål has no prefix)."""

from django.conf import settings


def language_prefix(language_code: str) -> str:
    """Return the URL prefix for a language: '' for the default language, '/nn' for nynorsk."""
    if language_code == settings.LANGUAGE_CODE:
        return ""
    return f"/{language_code}"


def localized_path(path: str, language_code: str) -> str:
    """Build a language-prefixed path from a language-neutral one such as '/kunnskap/'."""
    return f"{language_prefix(language_code)}{path}"
