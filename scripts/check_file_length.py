"""Fail when a source file passes 400 lines (issue 14): a file that long does more than one job.

Checks every .py, .html, .js and .css file git tracks, except migrations, demo data (*/demo/*), vendored files
(*/vendor/*) and generated data (*/generated/*). Run by `make lint`; `python scripts/check_file_length.py`.
"""

import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

LIMIT = 400
SUFFIXES = (".py", ".html", ".js", ".css")
EXCLUDED = ("*/migrations/*", "*/demo/*", "*/vendor/*", "*/generated/*")


def tracked_files(root):
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True, text=True)
    return [name for name in listing.stdout.split("\0") if name]


def too_long(root, names, limit=LIMIT):
    """(path, lines) of each checked file over `limit` lines, longest first."""
    found = []
    for name in names:
        if not name.endswith(SUFFIXES) or any(fnmatch("/" + name, pattern) for pattern in EXCLUDED):
            continue
        path = Path(root, name)
        if not path.is_file():  # deleted in the working tree but still in the index
            continue
        with path.open("rb") as handle:
            lines = sum(1 for _ in handle)
        if lines > limit:
            found.append((name, lines))
    return sorted(found, key=lambda item: -item[1])


def main():
    root = Path(__file__).resolve().parent.parent
    found = too_long(root, tracked_files(root))
    for name, lines in found:
        print(f"{name}: {lines} lines (limit {LIMIT}): split it, one job per module")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
