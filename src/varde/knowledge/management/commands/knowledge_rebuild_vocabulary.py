"""Rebuild the search vocabulary (decompounding and "Mente du …?") from the live guidance pages."""

from django.core.management.base import BaseCommand

from varde.knowledge.services import vocabulary_rebuild


class Command(BaseCommand):
    help = "Bygg ordlisten for søket på nytt fra publiserte veiledningssider."

    def handle(self, *args, **options):
        self.stdout.write(f"{vocabulary_rebuild()} ord.")
