"""Issue 22, item 1: on the embedded SQLite default, a save while an autosave writes waits, never a 500."""

import threading

import pytest

from django.db import connections, transaction

from portal.settings.database import database_from_url


@pytest.fixture
def two_editors(tmp_path, django_db_blocker):
    """Two connections to one SQLite file, configured as the settings configure the default database."""
    config = database_from_url(f"sqlite:///{tmp_path / 'editing.sqlite3'}", conn_max_age=0)
    aliases = ("autosave", "save")
    for alias in aliases:
        connections.settings[alias] = connections.configure_settings({"default": dict(config)})["default"]
    with django_db_blocker.unblock():
        with connections["save"].cursor() as cursor:
            cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, body TEXT)")
            cursor.execute("INSERT INTO revision (body) VALUES ('first')")
        yield aliases
        for alias in aliases:
            connections[alias].close()
            del connections.settings[alias]


def test_a_save_waits_for_an_autosave_that_is_writing(two_editors):
    autosave_wrote = threading.Event()
    save_began = threading.Event()
    errors = []

    def autosave():
        try:
            with transaction.atomic(using="autosave"):
                with connections["autosave"].cursor() as cursor:
                    cursor.execute("INSERT INTO revision (body) VALUES ('autosave')")
                autosave_wrote.set()
                save_began.wait(5)  # still writing while the editor's form posts
                threading.Event().wait(0.3)
        except Exception as exc:  # noqa: BLE001  (asserted below)
            errors.append(exc)
        finally:
            autosave_wrote.set()
            connections["autosave"].close()

    worker = threading.Thread(target=autosave)
    worker.start()
    try:
        assert autosave_wrote.wait(5)
        # The editor's save, one transaction per request (ATOMIC_REQUESTS): reads the page, writes a revision.
        save_began.set()
        with transaction.atomic(using="save"), connections["save"].cursor() as cursor:
            cursor.execute("SELECT count(*) FROM revision")
            cursor.execute("INSERT INTO revision (body) VALUES ('save')")
    finally:
        save_began.set()
        worker.join(10)
    assert errors == []
    with connections["save"].cursor() as cursor:
        cursor.execute("SELECT body FROM revision ORDER BY id")
        assert [row[0] for row in cursor.fetchall()] == ["first", "autosave", "save"]


def test_postgresql_is_unchanged():
    config = database_from_url("postgres://portal@db:5432/portal")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert "transaction_mode" not in config.get("OPTIONS", {})
    assert config["ATOMIC_REQUESTS"] is True


def test_each_connection_reads_the_file_through_a_memory_map(tmp_path, django_db_blocker):
    """At 10,000 services a search for a common word reads thousands of rows of a 1.4 GB file: through the
    operating system's shared file cache, not copied into each connection's 2 MiB page cache."""
    config = database_from_url(f"sqlite:///{tmp_path / 'mapped.sqlite3'}", conn_max_age=0)
    connections.settings["mapped"] = connections.configure_settings({"default": dict(config)})["default"]
    try:
        with django_db_blocker.unblock(), connections["mapped"].cursor() as cursor:
            cursor.execute("PRAGMA mmap_size")
            (mapped,) = cursor.fetchone()
            cursor.execute("PRAGMA journal_mode")
            (journal,) = cursor.fetchone()
    finally:
        connections["mapped"].close()
        del connections["mapped"]
        del connections.settings["mapped"]
    assert mapped >= 1024**3
    assert journal == "wal"
