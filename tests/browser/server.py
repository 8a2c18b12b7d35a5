"""A production-like portal for browser tests: its own SQLite file with the demo content, hashed and
compressed static files from collectstatic, served by gunicorn with the production settings over HTTP.

It runs in a subprocess so the browser sees exactly what a visitor would (WhiteNoise cache headers, the
Content-Security-Policy, DEBUG off) and so its data never leaks into the other tests' database.
"""

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Migrating, loading the demo and collecting static files take a minute or more; their result is kept here
# and reused while none of the files they read has changed (BROWSER_TESTS_FRESH=1 forces a rebuild).
CACHE = Path(tempfile.gettempdir()) / "portal-browser-cache"
INPUTS = (
    "*/migrations/*.py",
    "*/demo/**/*",
    "portal/management/commands/load_demo.py",
    "countries/undesa.py",  # load_demo runs import_undesa on the files below
    "countries/indicator_definitions.py",
    "countries/data/**/*",
    "static/**/*",
    "pyproject.toml",
)


def fingerprint():
    """A digest of every file the prepared database and static files are built from (names, sizes, times)."""
    digest = hashlib.sha256(sys.version.encode())
    for pattern in INPUTS:
        for path in sorted(REPO.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path.relative_to(REPO)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PortalServer:
    """Prepare (migrate, load_demo, collectstatic) then serve; `url` is the base address."""

    def __init__(self, workdir=None):
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="portal-browser-"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None
        self.log_path = self.workdir / "server.log"
        self._sitemap = None

    @property
    def env(self):
        env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        env.update(
            DJANGO_SETTINGS_MODULE="portal.settings.production",
            SECRET_KEY="browser-tests-only-not-secret",
            DATABASE_URL=f"sqlite:///{self.workdir / 'db.sqlite3'}",
            STATIC_ROOT=str(self.workdir / "static"),
            MEDIA_ROOT=str(self.workdir / "media"),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SECURE_SSL_REDIRECT="false",
            SECURE_HSTS_SECONDS="0",
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def prepare(self):
        """Migrate, load the demo and collect static files, or reuse the result of an identical earlier run."""
        ready = CACHE / fingerprint()
        if os.environ.get("BROWSER_TESTS_FRESH") == "1" or not (ready / "done").exists():
            shutil.rmtree(CACHE, ignore_errors=True)
            build = self.workdir
            self.manage("migrate", "--noinput")
            self.manage("load_demo")
            self.manage("collectstatic", "--noinput")
            ready.mkdir(parents=True, exist_ok=True)  # a run stopped halfway may have left it
            shutil.copy2(build / "db.sqlite3", ready / "db.sqlite3")
            shutil.copytree(build / "static", ready / "static", dirs_exist_ok=True)
            (ready / "done").touch()
        else:
            shutil.copy2(ready / "db.sqlite3", self.workdir / "db.sqlite3")
            shutil.rmtree(self.workdir / "static", ignore_errors=True)
            shutil.copytree(ready / "static", self.workdir / "static")

    def start(self):
        log = open(self.log_path, "w")  # noqa: SIM115 (closed when the server stops)
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "portal.wsgi:application",
                "--bind", f"127.0.0.1:{self.port}",
                "--workers", "1", "--threads", "4", "--worker-class", "gthread",
                "--access-logfile", "-", "--timeout", "120",
            ],
            cwd=REPO,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the portal server stopped:\n{self.log_path.read_text()}")
            try:
                urllib.request.urlopen(self.url + "/en/", timeout=5)  # noqa: S310 (our own loopback server)
                return self
            except urllib.error.HTTPError:
                return self
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the portal server did not answer within 60 s:\n{self.log_path.read_text()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    @property
    def sitemap(self):
        """Every page type's URLs and the apps' parameterless views (see tests/browser/discover.py)."""
        if self._sitemap is None:
            result = subprocess.run(
                [sys.executable, str(Path(__file__).with_name("discover.py"))],
                cwd=REPO,
                env=self.env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            self._sitemap = json.loads(result.stdout)
        return self._sitemap

    def pages_of(self, label):
        """The English paths of the live pages of one model, e.g. pages_of("countries.CountryGuidePage")."""
        return self.sitemap["pages"].get(label, [])

    def route(self, name):
        """The path of a parameterless view by URL name, or None if no such view exists (yet)."""
        return self.sitemap["routes"].get(name)

    def __call__(self, path, lang=None):
        """Absolute URL of a path; with `lang`, the /en/ prefix is swapped for /<lang>/."""
        if lang and path.startswith("/en/"):
            path = f"/{lang}/" + path[4:]
        return self.url + path
