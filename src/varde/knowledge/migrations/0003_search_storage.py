"""PostgreSQL only: keep the search vectors in the row, and index the vocabulary by trigrams.

* ``wagtailsearch_indexentry.title`` and ``.body`` get storage ``MAIN`` (compressed, kept in the row
  unless the row cannot fit): with the default ``EXTENDED`` a guidance page's body vector (about 2 KB)
  went to the TOAST table, and matching or ranking every hit fetched it from there. At 10 000 pages a
  ranked query touching every entry went from about 50 ms to 7 ms (docs/knowledge.md). The existing
  entries are rewritten once so they are stored the new way; Wagtail's own writes keep the setting.
* A trigram GIN index on ``knowledge_searchterm.term`` for the "Mente du …?" look-up (``term % word``),
  so it does not compare the word with the whole vocabulary.

Does nothing on other databases.
"""

from django.db import migrations

from varde.knowledge.migrations._postgresql import postgresql_only

FORWARD = [
    "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN body SET STORAGE MAIN",
    "UPDATE wagtailsearch_indexentry SET title = title || ''::tsvector, body = body || ''::tsvector",
    "CREATE INDEX IF NOT EXISTS knowledge_searchterm_term_trgm ON knowledge_searchterm USING gin (term gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS knowledge_searchterm_term_trgm",
    "ALTER TABLE wagtailsearch_indexentry ALTER COLUMN title SET STORAGE EXTENDED, "
    "ALTER COLUMN body SET STORAGE EXTENDED",
]


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_pg_trgm"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [postgresql_only(FORWARD, BACKWARD)]
