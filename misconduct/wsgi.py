"""WSGI entry point: `gunicorn misconduct.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "misconduct.settings")

application = get_wsgi_application()
