"""Test settings: Harbour's production settings with a throwaway key and fast hashing."""

import os

os.environ.setdefault("HARBOUR_SECRET_KEY", "test-only-" + "k" * 60)
os.environ.setdefault("HARBOUR_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("HARBOUR_HTTPS", "0")
os.environ.setdefault(
    "HARBOUR_DATA_DIR", os.path.join(os.path.dirname(__file__), "..", "var", "test")
)

from harbour.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed, tests only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Static files come from the app folders in tests; nothing is collected.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
