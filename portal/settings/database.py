"""The database from DATABASE_URL, with what the embedded SQLite default needs to take concurrent editors."""

import dj_database_url

# Each SQLite connection: write-ahead logging (readers go on while one connection writes), and reads through a
# memory map of the database file (up to SQLite's usual compile-time ceiling, 2 GiB) instead of copying each page
# into the connection's own cache. The map is the operating system's file cache, shared by every worker. At
# 10,000 services in 17 languages (a 1.4 GB file) a search for a common word reads thousands of index rows:
# 17-37% less time for "visa", "migrant workers" and "ho tro" (docs/performance.md, "Scale, second look").
SQLITE_MMAP_BYTES = 2147418112
SQLITE_INIT = f"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size={SQLITE_MMAP_BYTES};"

# Seconds a SQLite writer waits for another's write to finish before "database is locked".
SQLITE_BUSY_TIMEOUT = 20


def database_from_url(url, conn_max_age=600):
    """Django's DATABASES entry for `url`.

    Wagtail's autosave and editing-session requests write while an editor's form posts. On SQLite a deferred
    transaction that read first and then writes fails at once ("database is locked") when another connection
    writes, whatever the timeout: SQLite refuses to wait there, as waiting could deadlock. Immediate
    transactions take the write lock when they begin, so a second writer waits (up to the busy timeout)
    instead. Write-ahead logging lets readers go on while one connection writes. PostgreSQL is unchanged.
    """
    config = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.setdefault("OPTIONS", {}).update(
            {
                "transaction_mode": "IMMEDIATE",
                "timeout": SQLITE_BUSY_TIMEOUT,
                "init_command": SQLITE_INIT,
            }
        )
    # Every request in one transaction: an editor's save that fails halfway leaves the previous state.
    config["ATOMIC_REQUESTS"] = True
    return config
