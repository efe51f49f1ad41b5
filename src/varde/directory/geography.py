"""Read the shipped SSB classification files (data/fylker_2024.csv, data/kommuner_2024.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
FYLKER_FILE = DATA_DIR / "fylker_2024.csv"
KOMMUNER_FILE = DATA_DIR / "kommuner_2024.csv"


@dataclass(frozen=True)
class FylkeRow:
    number: str
    name: str


@dataclass(frozen=True)
class KommuneRow:
    number: str
    name: str
    official_name: str
    fylke_number: str


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def read_fylker(path: Path = FYLKER_FILE) -> list[FylkeRow]:
    return [FylkeRow(row["fylkesnummer"], row["navn"]) for row in _rows(path)]


def read_kommuner(path: Path = KOMMUNER_FILE) -> list[KommuneRow]:
    return [
        KommuneRow(row["kommunenummer"], row["navn"], row["offisielt_navn"], row["fylkesnummer"])
        for row in _rows(path)
    ]


def load_into(fylke_model, kommune_model) -> tuple[int, int]:
    """Create or update every fylke and kommune. Idempotent. Works with historical (migration) models."""
    fylker = {}
    for row in read_fylker():
        fylke, _ = fylke_model.objects.update_or_create(number=row.number, defaults={"name": row.name})
        fylker[row.number] = fylke
    kommuner = read_kommuner()
    for row in kommuner:
        kommune_model.objects.update_or_create(
            number=row.number,
            defaults={
                "name": row.name,
                "official_name": row.official_name,
                "fylke": fylker[row.fylke_number],
            },
        )
    return len(fylker), len(kommuner)
