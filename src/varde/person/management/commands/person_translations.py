"""Export a language of the person's texts as PO, or import a translated PO back (validated)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from varde.person import catalogue, translation


class Command(BaseCommand):
    help = "Export (to PO) or import (from PO) a language of the person's information pages."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "import", "status"])
        parser.add_argument("language", nargs="?")
        parser.add_argument("file", nargs="?")
        parser.add_argument("--output", help="export: write here instead of stdout")
        parser.add_argument(
            "--reviewed", action="store_true", help="import: reviewed by a qualified translator"
        )
        parser.add_argument("--translator", help="import: the translator's name")

    def handle(
        self, *args, action, language=None, file=None, output=None, reviewed=False, translator=None, **kw
    ):
        if action == "status":
            for code in catalogue.available():
                c = catalogue.load(code)
                self.stdout.write(f"{code}\t{c.status}\t{c.translator}\t{c.date}")
            return
        if language not in catalogue.LANGUAGE_ORDER:
            raise CommandError(f"unknown language {language!r}")
        if action == "export":
            text = translation.export_po(language)
            if output:
                Path(output).write_text(text, encoding="utf-8")
            else:
                self.stdout.write(text)
            return
        if not file:
            raise CommandError("import needs a PO file")
        try:
            path = translation.import_po(
                language,
                Path(file).read_text(encoding="utf-8"),
                status="reviewed" if reviewed else None,
                translator=translator,
            )
        except catalogue.CatalogueError as exc:
            raise CommandError("\n".join(exc.problems)) from None
        self.stdout.write(f"imported {language} -> {path}")
