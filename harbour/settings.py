"""Harbour's one settings module, read from the environment.

Secure by default: DEBUG is off, there is no built-in secret key and hosts must be
named. Development conveniences (`HARBOUR_DEBUG=1`, demo hints on the landing page)
are opt-in, and `make run` opts in for a newcomer.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1/0, true/false, yes/no or on/off, not {raw!r}.")


def env_list(name: str, default: str = "") -> list[str]:
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from exc


DEBUG = env_bool("HARBOUR_DEBUG", False)
DATA_DIR = Path(os.environ.get("HARBOUR_DATA_DIR", BASE_DIR.parent / "var"))


def _secret_key() -> str:
    key = os.environ.get("HARBOUR_SECRET_KEY", "")
    if key:
        if len(key) < 50:
            raise ImproperlyConfigured("HARBOUR_SECRET_KEY must be at least 50 characters long.")
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set HARBOUR_SECRET_KEY to a long random value (for example the output of "
            "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`), "
            "or set HARBOUR_DEBUG=1 for local development."
        )
    # Development only: a random key kept beside the SQLite file, so sessions survive restarts.
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(64))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("HARBOUR_ALLOWED_HOSTS", "localhost,127.0.0.1" if DEBUG else "")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set HARBOUR_ALLOWED_HOSTS to the host names Harbour is served on, comma-separated."
    )
CSRF_TRUSTED_ORIGINS = env_list("HARBOUR_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "harbour.core",
    "harbour.accounts",
    "harbour.audit",
    "harbour.children",
    "harbour.observations",
    "harbour.notifications",
    "harbour.guidance",
    "harbour.coach",
    "harbour.profiles",
    "harbour.safeguarding",
    "harbour.pathways",
    "harbour.api",
    "harbour.plans",
    "harbour.voices",
    "harbour.staff",
    "harbour.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "harbour.accounts.middleware.SessionLifetimeMiddleware",
    "harbour.accounts.middleware.OrganisationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "harbour.core.middleware.NoStoreMiddleware",
    "harbour.core.middleware.AccessMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "harbour.urls"
WSGI_APPLICATION = "harbour.wsgi.application"

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
                "harbour.core.context.harbour",
            ],
            "builtins": ["harbour.core.templatetags.harbour_tags"],
        },
    }
]

# --- Database --------------------------------------------------------------------------
# SQLite by default (one file, zero set-up). WAL lets readers work during a write;
# synchronous=FULL makes an acknowledged write survive a crash; IMMEDIATE transactions take
# the write lock up front, so two writers queue on the busy timeout instead of failing.
if os.environ.get("DATABASE_URL"):
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=env_int("HARBOUR_DB_CONN_MAX_AGE", 60)
        )
    }
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("HARBOUR_SQLITE_PATH", str(DATA_DIR / "harbour.sqlite3")),
            "OPTIONS": {
                "init_command": (
                    "PRAGMA journal_mode=WAL;PRAGMA synchronous=FULL;PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts, sign-in and sessions -----------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60  # one hour; a used link dies because the password hash changes

# Lockout: 5 failures for the same user name from the same address locks that pair for 15
# minutes. The same answer is given whether or not the account exists.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "harbour.accounts.views.axes_username"
AXES_LOCKOUT_CALLABLE = "harbour.accounts.views.locked_out"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = env_int("HARBOUR_PROXY_COUNT", 0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Idle timeout: the stored session expires 30 minutes after it was last saved; an active
# session is saved at least once a minute (SessionLifetimeMiddleware), never on every request.
# Absolute timeout: SessionLifetimeMiddleware ends any session 12 hours after sign-in.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = False  # renewed at most once a minute (accounts.middleware)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
HARBOUR_SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60
# A class check-in kiosk on a shared tablet ends (and signs the session out) when idle.
HARBOUR_KIOSK_IDLE_SECONDS = int(os.environ.get("HARBOUR_KIOSK_IDLE_SECONDS", "180"))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

OTP_TOTP_ISSUER = "Harbour"

# --- Security headers -------------------------------------------------------------------
HTTPS = env_bool("HARBOUR_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if env_bool("HARBOUR_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

# --- Internationalisation ---------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("HARBOUR_TIME_ZONE", "Europe/London")
USE_I18N = False
USE_TZ = True

# --- Static files -----------------------------------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("HARBOUR_STATIC_ROOT", DATA_DIR / "static"))
# In development WhiteNoise serves straight from the app folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Email ------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "HARBOUR_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("HARBOUR_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("HARBOUR_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("HARBOUR_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("HARBOUR_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("HARBOUR_EMAIL_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("HARBOUR_FROM_EMAIL", "Harbour <harbour@localhost>")

# --- Harbour ----------------------------------------------------------------------------
# Opt-in: the landing page lists the demo accounts. Never set this in production.
HARBOUR_DEMO_HINTS = env_bool("HARBOUR_DEMO_HINTS", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("HARBOUR_LOG_LEVEL", "WARNING")},
}
