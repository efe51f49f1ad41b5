"""Django's PostgreSQL backend, waiting a few seconds for the database when a connection is refused.

See ``base.py``. Use it with ``DATABASES["default"]["ENGINE"] = "varde.core.postgresql"``.
"""
