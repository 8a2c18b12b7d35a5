"""scripts/check_file_length.py, run by `make lint`: which files it counts, which it leaves out."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_file_length.py"
spec = importlib.util.spec_from_file_location("check_file_length", SCRIPT)
check_file_length = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_file_length)


def _write(root, name, lines):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x\n" * lines, encoding="utf-8")
    return name


def test_flags_source_files_over_the_limit_and_nothing_else(tmp_path):
    names = [
        _write(tmp_path, "services/long.py", 401),
        _write(tmp_path, "templates/long.html", 500),
        _write(tmp_path, "static/js/long.js", 450),
        _write(tmp_path, "static/css/long.css", 402),
        _write(tmp_path, "services/exactly.py", 400),
        _write(tmp_path, "services/migrations/0001_initial.py", 900),
        _write(tmp_path, "countries/demo/guides.py", 900),
        _write(tmp_path, "static/vendor/leaflet/leaflet.js", 900),
        _write(tmp_path, "countries/data/generated/outlines.js", 900),
        _write(tmp_path, "countries/data/table.csv", 900),
        "deleted/in/the/worktree.py",
    ]
    assert check_file_length.too_long(tmp_path, names) == [
        ("templates/long.html", 500),
        ("static/js/long.js", 450),
        ("static/css/long.css", 402),
        ("services/long.py", 401),
    ]
