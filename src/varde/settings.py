"""Varde settings: one module, configured from the environment.

``DJANGO_ENV`` picks the profile (``dev``, ``test`` or ``production``). Everything that differs between
machines (database, cache, secrets, hosts) comes from environment variables, parsed by django-environ.
SQLite is the embedded default; PostgreSQL and Redis are used when ``DATABASE_URL`` / ``REDIS_URL`` are set.
"""

from pathlib import Path

import environ

SRC_DIR = Path(__file__).resolve().parent
BASE_DIR = SRC_DIR.parent.parent

env = environ.Env()
DJANGO_ENV = env.str("DJANGO_ENV", default="dev")
if DJANGO_ENV not in {"dev", "test", "production"}:
    raise environ.ImproperlyConfigured(f"DJANGO_ENV must be dev, test or production, not {DJANGO_ENV!r}")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env.bool("DEBUG", default=DJANGO_ENV == "dev")
if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY")  # required: fails loudly when missing
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
else:
    SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "varde.core",
    "varde.knowledge",
    "varde.identification",
    "varde.rights",
    "varde.directory",
    "varde.workspace",
    "varde.competence",
    "varde.learning",
    "varde.person",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "varde.core.frontend_cache.FrontendCacheConfig",  # Wagtail's, purging after the commit
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "varde.core.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "varde.core.middleware.LanguageFromPathOnlyMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "varde.urls"
WSGI_APPLICATION = "varde.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "varde.core.context_processors.site_chrome",
            ],
        },
    },
]

# --- Database and cache ---------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60 if PRODUCTION else 0))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if IS_POSTGRES:
    # Django's backend plus a bounded wait (VARDE_DB_CONNECT_RETRY_SECONDS) for a database that refuses
    # connections while it restarts: requests get slower instead of failing (docs/operations.md).
    DATABASES["default"]["ENGINE"] = "varde.core.postgresql"
VARDE_DB_CONNECT_RETRY_SECONDS = env.float("DB_CONNECT_RETRY_SECONDS", default=10)

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    _cache_timeout = env.float("CACHE_TIMEOUT_SECONDS", default=0.5)
    CACHES = {
        "default": {
            # Django's RedisCache, but a Redis that is down or slow is a cache miss, not a 500
            # (varde/core/cache.py): bounded socket waits, then a pause before Redis is asked again.
            "BACKEND": "varde.core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="varde"),
            "OPTIONS": {
                "socket_connect_timeout": _cache_timeout,
                "socket_timeout": _cache_timeout,
                "RETRY_SECONDS": env.float("CACHE_RETRY_SECONDS", default=5),
            },
        }
    }
    # Sessions read from Redis and survive a cache flush through the database: any app server can
    # serve any request (scale-out behind a load balancer).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if DJANGO_ENV == "test":
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# --- Languages ------------------------------------------------------------------------------------
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SRC_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "var" / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media"))
# The network's meeting documents: outside MEDIA_ROOT, served only through an access-checked view.
WORKSPACE_PRIVATE_ROOT = env.path("WORKSPACE_PRIVATE_ROOT", default=str(BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Wagtail --------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Varde"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        **({"SEARCH_CONFIG": "norwegian"} if IS_POSTGRES else {}),
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Purge changed pages from the nginx page cache on publish (deploy/nginx.conf), when configured.
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }
# Background tasks (search index, reference index, cache purge) run in-process.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Security -------------------------------------------------------------------------------------
# Public pages get a strict policy: our own files only, no inline script or style attributes needed.
# The Wagtail admin ships inline scripts, so it is left out of the policy (it is behind login).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ("/admin/", "/django-admin/"),
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
    },
}
REFERRER_POLICY = "no-referrer"
SECURE_REFERRER_POLICY = "no-referrer"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), "
    "accelerometer=(), gyroscope=(), magnetometer=()"
)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 8)
LANGUAGE_COOKIE_SAMESITE = "Lax"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=63072000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SECURE_SSL_HOST = env.str("SECURE_SSL_HOST", default=None)

# --- E-mail ---------------------------------------------------------------------------------------
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Varde <ikke-svar@varde.invalid>")

# --- Logging --------------------------------------------------------------------------------------
# Structured logs. We never log request bodies, query strings or form values: the tools handle
# information about people who may be in danger.
LOG_LEVEL = env.str("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "varde.core.logging.RedactRequestFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if PRODUCTION else "plain",
            "filters": ["redact"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # Background tasks and page events are chatty at INFO; warnings and errors still show.
        "django_tasks": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# --- Varde ----------------------------------------------------------------------------------------
# Where "Forlat siden" (quick exit) sends the reader: a neutral page that does not reveal what they read.
VARDE_QUICK_EXIT_URL = env.str("VARDE_QUICK_EXIT_URL", default="https://www.yr.no/")
VARDE_CONTACT_EMAIL = env.str("VARDE_CONTACT_EMAIL", default="varde@helsedir.invalid")

# --- workspace: sign-in for the network's members-only workspace (django-allauth + MFA, django-axes) ---
# workspace: added by the workspace capability; allauth/axes need these lines (see docs/workspace.md).
INSTALLED_APPS += ["allauth", "allauth.account", "allauth.mfa", "axes"]  # workspace: after varde.workspace
MIDDLEWARE += [  # workspace: allauth's account middleware, then axes last (it turns lockouts into a page)
    "allauth.account.middleware.AccountMiddleware",
    "varde.workspace.middleware.AllauthInvalidFormStatusMiddleware",  # workspace: allauth's invalid input → 400
    "axes.middleware.AxesMiddleware",
]
AUTHENTICATION_BACKENDS = [  # workspace: axes first (lockout), then Django's and allauth's backends
    "varde.workspace.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "varde.workspace.auth.AccountAdapter"  # workspace: no open sign-up, invitation only
ACCOUNT_LOGIN_METHODS = {"email"}  # workspace
# workspace: confirming who you are before a sensitive change (a second factor, the password) takes the
# password or a second factor. allauth 65.22 added an e-mailed code by default, which would let access to
# the mailbox alone stand in for both.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]  # workspace
ACCOUNT_EMAIL_VERIFICATION = "none"  # workspace: the invitation link proves the address
ACCOUNT_SESSION_REMEMBER = False  # workspace: the session ends when the browser closes
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True  # workspace
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False  # workspace
LOGIN_URL = "account_login"  # workspace
LOGIN_REDIRECT_URL = "workspace:home"  # workspace
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"  # workspace
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]  # workspace: TOTP or a security key (JS)
MFA_ADAPTER = "varde.workspace.auth.MFAAdapter"  # workspace: a member's last second factor stays
MFA_FORMS = {  # workspace: security-key forms with labels and errors in nb/nn/en; code steps that say
    # when the cache is down (varde/core/cache.py)
    "add_webauthn": "varde.workspace.forms.AddSecurityKeyForm",
    "edit_webauthn": "varde.workspace.forms.EditSecurityKeyForm",
    "authenticate": "varde.workspace.forms.AuthenticateForm",
    "reauthenticate": "varde.workspace.forms.ReauthenticateForm",
}
MFA_TOTP_ISSUER = "Varde"  # workspace
MFA_TOTP_TOLERANCE = 1  # workspace: the code of the 30 s step before or after works too (drift)
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)  # workspace: lock after 5 failed sign-ins
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_HOURS", default=1)  # workspace: hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # workspace: per account and address
AXES_USERNAME_CALLABLE = "varde.workspace.auth.axes_username"  # workspace: allauth sends "email"/"login"
# workspace: the client's own address behind nginx (TRUSTED_PROXIES), as a keyed-hash stand-in, not the
# proxy's address for everyone and not the real one (varde.core.ratelimit.client_pseudonym)
AXES_CLIENT_IP_CALLABLE = "varde.core.ratelimit.client_pseudonym"
AXES_LOCKOUT_TEMPLATE = "workspace/locked_out.html"  # workspace
AXES_RESET_ON_SUCCESS = True  # workspace
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = (
    False  # workspace: show the lockout page on every locked attempt
)
WORKSPACE_IDLE_TIMEOUT = env.int("WORKSPACE_IDLE_TIMEOUT", default=30 * 60)  # workspace: seconds idle
VARDE_WORKSPACE_AUDIT_RETENTION_DAYS = env.int(  # workspace: audit log kept 1 year (docs/workspace.md)
    "WORKSPACE_AUDIT_RETENTION_DAYS", default=365
)

# --- ops: metrics, readiness and rate limits (production readiness, see docs/operations.md) ---
MIDDLEWARE.insert(0, "varde.core.metrics.MetricsMiddleware")  # ops: request counts and latency by view
MIDDLEWARE.insert(1, "varde.core.middleware.ProbeMiddleware")  # ops: probes by a server's own address
_AFTER_LOCALE = (
    MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware") + 1
)  # the language is known there
MIDDLEWARE[_AFTER_LOCALE:_AFTER_LOCALE] = [
    "varde.core.middleware.RejectNulCharactersMiddleware",  # ops: NUL in the URL → 400 before any view
    "varde.core.middleware.DatabaseUnavailableMiddleware",  # ops: a view that loses its database → 503
]
METRICS_TOKEN = env.str("METRICS_TOKEN", default="")  # ops: /metrics from off-host needs this bearer token
VARDE_RATELIMIT_ENABLED = env.bool("RATELIMIT_ENABLED", default=DJANGO_ENV != "test")  # ops: tests opt in
VARDE_RATELIMITS = {}  # ops: per-scope overrides of the decorator's rate, e.g. {"rights-check": "10/m"}
# ops: every request, per client (user, or the forwarded address); see ratelimit.py. Generous on purpose:
# many health institutions reach the internet through a few shared addresses (Norsk helsenett), so
# everyone behind one of them shares a budget. The limits stop floods, not busy wards.
VARDE_RATELIMIT_RULES = [
    ("api", r"^/api/", None, "300/m"),  # the open API, every method
    ("pdf", r"/pdf/$", None, "30/m"),  # PDFs are rendered on request (a section's takes seconds)
    ("search", r"^/(nn/|en/)?sok/$", ("GET",), "120/m"),  # each new query misses the page cache
    ("form", r"^/(?!admin/|django-admin/|api/)", ("POST",), "60/m"),  # every form outside the admin
]
MIDDLEWARE.insert(  # ops: after authentication, so a signed-in member counts as themself
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "varde.core.ratelimit.RateLimitMiddleware",
)
VARDE_TRUSTED_PROXIES = env.list(  # ops: addresses or networks whose X-Forwarded-For is believed
    "TRUSTED_PROXIES", default=["127.0.0.1", "::1"]
)
