"""docker-compose.yml against the Compose Specification's JSON schema, plus our own rules; the Dockerfile,
gunicorn's log format and .env.example checked as text (no Docker engine runs here)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SCHEMA = json.loads((ROOT / "deploy/compose-spec/compose-spec.json").read_text())


def test_compose_file_matches_the_specification():
    jsonschema.Draft7Validator(SCHEMA).validate(COMPOSE)


def test_schema_rejects_a_broken_compose_file():
    broken = {"services": {"web": {"image": "x", "healthcheck": {"interval": 10, "tset": ["CMD", "true"]}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(broken)


def test_the_whole_stack_is_there():
    services = COMPOSE["services"]
    assert set(services) == {"db", "elasticsearch", "redis", "redis-limits", "mailpit", "web", "harvest"}
    assert services["db"]["image"].startswith("postgres:")
    assert re.match(
        r"docker\.elastic\.co/elasticsearch/elasticsearch:9\.", services["elasticsearch"]["image"]
    )
    assert services["elasticsearch"]["environment"]["xpack.security.enabled"] == "true"
    assert services["elasticsearch"]["environment"]["discovery.type"] == "single-node"
    assert "ELASTIC_PASSWORD" in services["elasticsearch"]["environment"]
    assert services["redis"]["image"].startswith("redis:")
    assert services["web"]["environment"]["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
    assert {"DATABASE_URL", "ELASTICSEARCH_URL", "REDIS_URL"} <= set(services["web"]["environment"])


def test_rate_limit_counters_live_where_pages_cannot_evict_them():
    services = COMPOSE["services"]
    # The page cache may evict (allkeys-lru); the counters' Redis refuses to, whatever fills it.
    assert "allkeys-lru" in services["redis"]["command"]
    command = services["redis-limits"]["command"]
    assert command[command.index("--maxmemory-policy") + 1] == "noeviction"
    assert services["web"]["environment"]["RATELIMIT_REDIS_URL"].startswith("redis://redis-limits:")


def test_every_service_has_a_health_check_and_waits_for_healthy_dependencies():
    for name, service in COMPOSE["services"].items():
        assert service.get("healthcheck", {}).get("test"), name
    for name in ("web", "harvest"):
        for dependency in COMPOSE["services"][name]["depends_on"].values():
            assert dependency["condition"] == "service_healthy"


def test_the_harvester_runs_the_due_sources_with_the_web_containers_settings():
    harvest, web = COMPOSE["services"]["harvest"], COMPOSE["services"]["web"]
    assert "harvest_hsds --due" in " ".join(harvest["command"])
    assert harvest["build"] == web["build"] and harvest["environment"] == web["environment"]
    assert "ports" not in harvest


def test_volumes_are_named_and_declared():
    declared = set(COMPOSE["volumes"])
    for name, service in COMPOSE["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert not source.startswith((".", "/")), f"{name} uses a bind mount: {volume}"
            assert source in declared, f"{name}: volume {source} is not declared"


def test_dockerfile_is_multi_stage_non_root_and_builds_static_files():
    text = (ROOT / "Dockerfile").read_text()
    assert len(re.findall(r"^FROM ", text, re.M)) >= 2
    assert "COPY --from=build" in text
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users and users[-1] not in {"root", "0"}
    assert "collectstatic --noinput" in text
    assert "compile_catalogues" in text
    assert "gunicorn" in text and "HEALTHCHECK" in text


def env_names_in(text):
    pattern = r"env(?:_bool|_int|_list)?\(\s*\"([A-Z][A-Z0-9_]+)\"|environ\.get\(\"([A-Z][A-Z0-9_]+)\"|\$\{([A-Z][A-Z0-9_]+)"
    return {name for groups in re.findall(pattern, text) for name in groups if name}


def test_env_example_names_every_variable():
    sources = [
        *(ROOT / "portal/settings").glob("*.py"),
        ROOT / "gunicorn.conf.py",
        ROOT / "docker-compose.yml",
    ]
    used = set().union(*(env_names_in(path.read_text()) for path in sources))
    assert {"SECRET_KEY", "REDIS_URL", "LOG_VISITOR_IP", "ELASTIC_PASSWORD"} <= used
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert used - {"DJANGO_SETTINGS_MODULE"} <= documented, sorted(used - documented)


def gunicorn_format(**env):
    code = "import runpy; print(runpy.run_path('gunicorn.conf.py')['access_log_format'])"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout


def test_access_log_has_no_visitor_ip_unless_configured():
    assert "%(h)s" not in gunicorn_format()
    assert "%(h)s" not in gunicorn_format(LOG_VISITOR_IP="false")
    assert "%(h)s" in gunicorn_format(LOG_VISITOR_IP="true")


def test_the_preloaded_application_opens_no_connection_the_workers_would_share():
    """gunicorn imports the application once and forks the workers from it (preload_app): a database or cache
    connection opened at import would be shared by every worker."""
    code = (
        "import runpy; assert runpy.run_path('gunicorn.conf.py')['preload_app'];"
        "from portal.wsgi import application;"
        "from django.db import connections; from django.core.cache import caches;"
        "print(sum(c.connection is not None for c in connections.all(initialized_only=True)),"
        " len(caches.all(initialized_only=True)))"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "x" * 50,
        "DATABASE_URL": "sqlite:////tmp/never-opened.sqlite3",
        "ALLOWED_HOSTS": "localhost",
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["0", "0"]
