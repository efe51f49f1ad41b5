"""Writes: load geography and seed services, mark a service verified, take a suggested change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml
from django.db import transaction
from django.utils import timezone

from varde.directory import geography
from varde.directory.models import ChangeSuggestion, Fylke, Kommune, Service

SEED_FILE = geography.DATA_DIR / "services.yaml"


def geography_load() -> tuple[int, int]:
    """Create or update the 15 fylker and 357 kommuner from the shipped SSB files. Idempotent."""
    with transaction.atomic():
        return geography.load_into(Fylke, Kommune)


def geography_ensure() -> None:
    """Load the geography only when it is incomplete (a flushed test database, a fresh install)."""
    if Kommune.objects.count() != len(geography.read_kommuner()) or Fylke.objects.count() != 15:
        geography_load()


def _seed_fields(item: dict, source_read: date | None) -> dict:
    return {
        "name": item["name"],
        "organisation": item.get("organisation", ""),
        "categories": list(item.get("categories", [])),
        "groups": list(item.get("groups", [])),
        "genders": list(item.get("genders", [])),
        "statuses": list(item.get("statuses", [])),
        "languages": list(item.get("languages", [])),
        "description_nb": item["nb"],
        "description_nn": item.get("nn", ""),
        "description_en": item.get("en", ""),
        "coverage": item.get("coverage", "national"),
        "address": item.get("address", ""),
        "phone": item.get("phone", ""),
        "email": item.get("email", ""),
        "web": item.get("web", ""),
        "is_24_7": bool(item.get("is_24_7", False)),
        "hours_note": item.get("hours_note", ""),
        "confidentiality": item.get("confidentiality", ""),
        "how_to_refer": item.get("how_to_refer", ""),
        "cost": item.get("cost", ""),
        "sources": "\n".join(item.get("sources", [])),
        "source_read": source_read,
        "uncertain": bool(item.get("uncertain", False)),
    }


def services_seed(*, path: Path = SEED_FILE) -> int:
    """Create the seed services that do not exist yet. Never overwrites an editor's changes."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    source_read = data.get("source_read")
    geography_ensure()
    created = 0
    with transaction.atomic():
        for item in data["services"]:
            if Service.objects.filter(slug=item["slug"]).exists():
                continue
            service = Service(slug=item["slug"], **_seed_fields(item, source_read))
            service.save()
            service.fylker.set(Fylke.objects.filter(number__in=item.get("fylker", [])))
            service.kommuner.set(Kommune.objects.filter(number__in=item.get("kommuner", [])))
            service.save()
            service.save_revision(log_action=True)
            created += 1
    return created


def service_mark_verified(*, service: Service, user) -> Service:
    """The editor action "verifisert i dag": stamps today and who, and keeps a revision."""
    service.last_verified = timezone.localdate()
    service.verified_by = (user.get_full_name() or user.get_username()) if user else ""
    service.save(update_fields=["last_verified", "verified_by", "updated_at"])
    service.save_revision(user=user, log_action=True)
    return service


def suggestion_create(*, service: Service, message: str, contact: str = "") -> ChangeSuggestion:
    return ChangeSuggestion.objects.create(service=service, message=message.strip(), contact=contact.strip())


def suggestion_close(*, suggestion: ChangeSuggestion, user, accepted: bool) -> ChangeSuggestion:
    suggestion.status = ChangeSuggestion.Status.DONE if accepted else ChangeSuggestion.Status.REJECTED
    suggestion.handled_by = user
    suggestion.save(update_fields=["status", "handled_by"])
    return suggestion
