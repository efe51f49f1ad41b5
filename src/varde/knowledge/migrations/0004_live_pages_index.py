"""An index of the live pages by locale (``wagtailcore_page (locale_id, id) WHERE live``).

Search keeps only the hits that are live pages in the reader's language. At 10 000 guidance pages,
PostgreSQL read the whole page table for that (about 7 ms of a 30 ms search on a 2-core VM); with this
index it reads the ids from the index alone (about 1.3 ms, docs/knowledge.md). Wagtail's own table,
so the index is created here; Wagtail's migrations do not touch it.
"""

from django.db import migrations

FORWARD = "CREATE INDEX IF NOT EXISTS varde_page_live_locale ON wagtailcore_page (locale_id, id) WHERE live"
BACKWARD = "DROP INDEX IF EXISTS varde_page_live_locale"


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_search_storage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
