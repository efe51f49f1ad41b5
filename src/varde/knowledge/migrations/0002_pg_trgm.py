"""Enable pg_trgm on PostgreSQL for the "Mente du …?" suggestions. Does nothing on other databases."""

from django.db import migrations

from varde.knowledge.migrations._postgresql import postgresql_only


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [postgresql_only(["CREATE EXTENSION IF NOT EXISTS pg_trgm"])]
