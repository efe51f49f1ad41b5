"""WSGI entry point (gunicorn ``varde.wsgi:application``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varde.settings")
application = get_wsgi_application()
