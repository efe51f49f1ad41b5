"""Load the 15 fylker and 357 kommuner (SSB, in force since 2024-01-01) from the shipped CSV files."""

from django.db import migrations


def load(apps, schema_editor):
    from varde.directory.geography import load_into

    load_into(apps.get_model("directory", "Fylke"), apps.get_model("directory", "Kommune"))


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
