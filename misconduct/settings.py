"""Settings for the misconduct archive, all from the environment.

Development needs nothing set: SQLite in the project folder, debug off unless
DJANGO_DEBUG=1. A deployment sets DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS, DATABASE_URL
and the DJANGO_SECURE_* variables listed in README.md; `manage.py check --deploy` is then
clean.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DJANGO_DEBUG")

# The fallback key only serves development and tests; `check --deploy` flags it
# (security.W009) so that no deployment can run on it unnoticed.
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "django-insecure-development-key-do-not-deploy"
)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "simple_history",
    "csp",
    "axes",
    "cases",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cases.middleware.PublicStatementTimeoutMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy: everything the pages use comes from this site; no inline
# script or style, no frames, no plugins. Charts are server-side SVG.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# How many reverse proxies of ours stand in front of the app, each appending the address
# it saw to X-Forwarded-For: rate limits and login lockout count by the address the
# outermost of them saw (`cases.throttle.client_address`). 0: REMOTE_ADDR, headers
# ignored. A deployment that says a proxy sets X-Forwarded-Proto has at least one.
TRUSTED_PROXIES = int(
    os.environ.get(
        "DJANGO_TRUSTED_PROXIES",
        "1" if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER") else "0",
    )
)

# Admin login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins from one
# address, whatever the usernames tried, it is locked out for AXES_COOLOFF_TIME hours.
# Counting per address and username alone let one address try every editor's name.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
# django-ipware's proxy count wants an exact number of X-Forwarded-For entries and falls
# back to the proxy's own address when a client adds one: everyone would share it.
AXES_CLIENT_IP_CALLABLE = "cases.throttle.client_address"

ROOT_URLCONF = "misconduct.urls"

# Text inputs drawn in Python, with the markup of Django's templates (cases.forms).
FORM_RENDERER = "cases.forms.QuickRenderer"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "misconduct.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several ingests or requests may write at once: take the write lock when a
    # transaction starts (a deferred one cannot wait for it) and wait for it, don't fail.
    DATABASES["default"]["OPTIONS"] = {"timeout": 30, "transaction_mode": "IMMEDIATE"}
    # A file, not memory, so that tests can run ingests in other processes against it;
    # one per test run, so that runs side by side do not share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(BASE_DIR / f"test-db-{os.getpid()}.sqlite3")
    }

# Seconds any one database statement of a public request may take (PostgreSQL; the
# admin and the ingest are not limited): past it the reader gets a 503. 0 turns it off.
PUBLIC_STATEMENT_TIMEOUT = float(
    os.environ.get("DJANGO_PUBLIC_STATEMENT_TIMEOUT", "10")
)

# Rate limits count in the cache: with several server processes, point them at one Redis
# (DJANGO_CACHE_URL=redis://…, needs the `redis` package); otherwise each keeps its own.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("DJANGO_CACHE_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["DJANGO_CACHE_URL"],
    }
# The heavy public pages are kept in that cache per archive version (cases/freshness.py);
# DJANGO_PAGE_CACHE=0 renders every request afresh (benchmarks, debugging).
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", default=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if env_bool("DJANGO_MANIFEST_STATIC")
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Serve files from the app folders without collectstatic while developing and testing.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Production security: each comes from the environment (see README.md, "Deploying").
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT")
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD")
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING"),
    },
}

# The read-only public API (cases/api/): JSON only, anonymous, paginated, throttled.
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "cases.api.pagination.ArchivePagination",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Per client address (`cases.throttle`); the site's exports, feeds and error reports
    # are limited by the rates of their own names here.
    "DEFAULT_THROTTLE_CLASSES": ["cases.throttle.AddressRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("DJANGO_API_ANON_RATE", "120/minute"),
        "export": os.environ.get("DJANGO_EXPORT_RATE", "30/hour"),
        "feed": os.environ.get("DJANGO_FEED_RATE", "300/hour"),
        "error-report": "5/hour",
    },
    "NUM_PROXIES": TRUSTED_PROXIES,
    # The schema's `?version=` names its file in a header: only known versions.
    "ALLOWED_VERSIONS": ["1"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "UK police misconduct archive API",
    "DESCRIPTION": "Read-only access to the archive's forces, officers, cases, people's "
    "results and source documents, with the same filters as the case list.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "ENUM_NAME_OVERRIDES": {"DatePrecisionEnum": "cases.models.DatePrecision"},
}
