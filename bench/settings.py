"""Settings for the county benchmark: Harbour's production settings on the bench database.

Static files are served from the app folders (no collectstatic step), as in the tests.
"""

import os

os.environ.setdefault("HARBOUR_SECRET_KEY", "bench-only-" + "b" * 60)
os.environ.setdefault("HARBOUR_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("HARBOUR_HTTPS", "0")

from harbour.settings import *  # noqa: E402,F403

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405
