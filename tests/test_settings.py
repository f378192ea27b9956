"""Settings come from the environment and pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "x7Q2m9Lp" * 6,
    "DJANGO_ALLOWED_HOSTS": "misconduct.example.org",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
    "DJANGO_SECURE_COOKIES": "1",
    "DJANGO_SECURE_HSTS_SECONDS": "31536000",
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "DJANGO_SECURE_HSTS_PRELOAD": "1",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_with_production_settings():
    completed = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert completed.returncode == 0, completed.stderr
    assert "no issues" in completed.stdout


def test_deploy_check_flags_the_development_defaults():
    completed = manage("check", "--deploy", "--fail-level", "WARNING")
    assert completed.returncode != 0
    assert "security.W009" in completed.stderr  # the development secret key


def test_debug_is_off_unless_asked_for():
    completed = manage(
        "shell", "-c", "from django.conf import settings; print(settings.DEBUG)"
    )
    assert completed.stdout.strip().splitlines()[-1] == "False"


def test_models_and_migrations_agree():
    completed = manage("makemigrations", "--check", "--dry-run")
    assert completed.returncode == 0, completed.stdout + completed.stderr
