"""Health probes: /healthz is alive, /readyz checks the database and the search backend."""

import pytest

from portal import health


@pytest.mark.django_db
def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


@pytest.mark.django_db
def test_readyz_ok_when_database_and_search_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "search": "ok"}


@pytest.mark.django_db
def test_readyz_names_the_failed_backend(client, monkeypatch):
    def broken():
        raise ConnectionError("down")

    monkeypatch.setitem(health.CHECKS, "search", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["search"]
    assert body["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_probes_bypass_host_check_and_https_redirect(client, settings):
    settings.ALLOWED_HOSTS = ["portal.example.org"]
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    # Everything else still goes through the checks.
    assert client.get("/en/", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_readyz_is_outside_the_language_prefix():
    from django.urls import resolve

    assert resolve("/readyz").func is health.readyz
    assert resolve("/healthz").func is health.healthz
