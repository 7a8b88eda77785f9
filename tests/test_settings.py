"""Settings modules: env-var configuration, production hardening, DATABASE_URL everywhere."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, settings_module, env=None):
    unwanted = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}  # the e2e tests set the last one
    full_env = {k: v for k, v in os.environ.items() if k not in unwanted}
    full_env.update(env or {})
    full_env["DJANGO_SETTINGS_MODULE"] = settings_module
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=300
    )


PRODUCTION_ENV = {
    "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789-abcdef",
    "ALLOWED_HOSTS": "pippi.example.org",
    "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"),
}


def test_production_check_deploy_reports_nothing():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", settings_module="portal.settings.production", env=PRODUCTION_ENV
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = dict(PRODUCTION_ENV)
    env.pop("SECRET_KEY")
    result = manage("check", settings_module="portal.settings.production", env=env)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_collects_hashed_compressed_static_files(tmp_path):
    result = manage(
        "collectstatic",
        "--noinput",
        "-v",
        "0",
        settings_module="portal.settings.production",
        env={**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "bootstrap-italia/css/bootstrap-italia.rtl.min.css" in manifest
    assert list(tmp_path.glob("bootstrap-italia/css/bootstrap-italia.rtl.min.*.css.gz"))


@pytest.mark.parametrize("settings_module", ["portal.settings.dev", "portal.settings.test"])
def test_every_settings_module_honours_database_url(settings_module):
    code = "from django.conf import settings; d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'])"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DATABASE_URL": "postgres://someone@db.example.org:5432/pippi_check",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["django.db.backends.postgresql", "pippi_check"], result.stderr


def test_production_uses_whitenoise_manifest_storage_and_secure_cookies():
    code = (
        "from django.conf import settings as s; print(s.STORAGES['staticfiles']['BACKEND'], s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, s.WAGTAILDOCS_SERVE_METHOD)"
    )
    env = {**os.environ, **PRODUCTION_ENV, "DJANGO_SETTINGS_MODULE": "portal.settings.production"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == [
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "True",
        "True",
        "True",
        "serve_view",
    ], result.stderr
