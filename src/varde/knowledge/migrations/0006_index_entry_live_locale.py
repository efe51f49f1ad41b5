"""PostgreSQL only: each search index entry knows whether its page is live, and in which language.

The public search must only count and show live pages in the reader's language. Until now it joined
every matching index entry to ``wagtailcore_page`` to ask. For a word that occurs on all 10 000 pages,
that join cost about 5 ms of a 22 ms query (2-core VM, 2026-12-07; docs/knowledge.md).

``wagtailsearch_indexentry.varde_live_locale_id`` holds the page's ``locale_id`` while the page is live,
and NULL otherwise (a draft, an unpublished page, a deleted page, or an entry that is not a page). The
database keeps it right, in the same transaction as the change, whoever makes the change:

* ``varde_indexentry_live_locale`` (BEFORE INSERT, or an UPDATE of the entry's object or type) reads the
  page when Wagtail writes an entry;
* ``varde_page_live_locale`` (AFTER UPDATE, when ``live``, ``locale_id`` or ``content_type_id`` changes;
  AFTER INSERT; AFTER DELETE) writes the page's state to its entries.

Wagtail does not know the column, so its writes leave it to the triggers. The search reads it only when
it exists (``varde.knowledge.search``), and otherwise joins the page table as before. Existing entries
are filled once here. SQLite: nothing is done; search there goes through Wagtail's backend.
"""

from django.db import migrations

from varde.knowledge.migrations._postgresql import postgresql_only

# A page's entry: the same content type, and the page id as text (Wagtail's object_id is a string).
FILL = """
    UPDATE wagtailsearch_indexentry e SET varde_live_locale_id = p.locale_id
    FROM wagtailcore_page p
    WHERE e.object_id ~ '^[0-9]{1,9}$' AND p.id = e.object_id::integer
      AND p.content_type_id = e.content_type_id AND p.live
"""
FORWARD = [
    "ALTER TABLE wagtailsearch_indexentry ADD COLUMN IF NOT EXISTS varde_live_locale_id integer",
    """
    CREATE OR REPLACE FUNCTION varde_indexentry_live_locale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.varde_live_locale_id := (
            SELECT p.locale_id FROM wagtailcore_page p
            WHERE NEW.object_id ~ '^[0-9]{1,9}$' AND p.id = NEW.object_id::integer
              AND p.content_type_id = NEW.content_type_id AND p.live
        );
        RETURN NEW;
    END $$
    """,
    """
    CREATE OR REPLACE FUNCTION varde_page_live_locale() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- Entries under the old type (or of a deleted page) no longer belong to a live page.
        IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.content_type_id <> NEW.content_type_id) THEN
            UPDATE wagtailsearch_indexentry SET varde_live_locale_id = NULL
            WHERE content_type_id = OLD.content_type_id AND object_id = OLD.id::text
              AND varde_live_locale_id IS NOT NULL;
        END IF;
        IF TG_OP <> 'DELETE' THEN  -- one write: the page's language while live, NULL otherwise
            UPDATE wagtailsearch_indexentry
            SET varde_live_locale_id = CASE WHEN NEW.live THEN NEW.locale_id END
            WHERE content_type_id = NEW.content_type_id AND object_id = NEW.id::text
              AND varde_live_locale_id IS DISTINCT FROM (CASE WHEN NEW.live THEN NEW.locale_id END);
        END IF;
        RETURN NULL;
    END $$
    """,
    "DROP TRIGGER IF EXISTS varde_indexentry_live_locale ON wagtailsearch_indexentry",
    """
    CREATE TRIGGER varde_indexentry_live_locale
    BEFORE INSERT OR UPDATE OF object_id, content_type_id ON wagtailsearch_indexentry
    FOR EACH ROW EXECUTE FUNCTION varde_indexentry_live_locale()
    """,
    "DROP TRIGGER IF EXISTS varde_page_live_locale_change ON wagtailcore_page",
    """
    CREATE TRIGGER varde_page_live_locale_change
    AFTER UPDATE OF live, locale_id, content_type_id ON wagtailcore_page
    FOR EACH ROW
    WHEN (OLD.live IS DISTINCT FROM NEW.live OR OLD.locale_id IS DISTINCT FROM NEW.locale_id
          OR OLD.content_type_id IS DISTINCT FROM NEW.content_type_id)
    EXECUTE FUNCTION varde_page_live_locale()
    """,
    "DROP TRIGGER IF EXISTS varde_page_live_locale_insert_delete ON wagtailcore_page",
    """
    CREATE TRIGGER varde_page_live_locale_insert_delete
    AFTER INSERT OR DELETE ON wagtailcore_page
    FOR EACH ROW EXECUTE FUNCTION varde_page_live_locale()
    """,
    FILL,
    # The planner's statistics for the new column, so the first searches are planned with them.
    "ANALYZE wagtailsearch_indexentry",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS varde_page_live_locale_insert_delete ON wagtailcore_page",
    "DROP TRIGGER IF EXISTS varde_page_live_locale_change ON wagtailcore_page",
    "DROP TRIGGER IF EXISTS varde_indexentry_live_locale ON wagtailsearch_indexentry",
    "DROP FUNCTION IF EXISTS varde_page_live_locale()",
    "DROP FUNCTION IF EXISTS varde_indexentry_live_locale()",
    "ALTER TABLE wagtailsearch_indexentry DROP COLUMN IF EXISTS varde_live_locale_id",
]


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0005_live_pages_index_type"),
        ("wagtailcore", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [postgresql_only(FORWARD, BACKWARD)]
