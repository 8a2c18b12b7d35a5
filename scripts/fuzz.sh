#!/usr/bin/env bash
# make fuzz: schemathesis against /api/openapi.json on gunicorn with production settings (no 5xx allowed),
# then the hypothesis property test of every public query parameter with many examples.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/production_server.sh
PORT=${FUZZ_PORT:-8908}
WORK=$(mktemp -d)
trap 'kill "$(cat "$WORK/gunicorn.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$WORK"' EXIT
start_production_server "$PORT" "${FUZZ_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/apmigrant_fuzz}" "$WORK"

echo "--- schemathesis against http://127.0.0.1:$PORT/api/openapi.json"
.venv/bin/schemathesis run "http://127.0.0.1:$PORT/api/openapi.json" --url "http://127.0.0.1:$PORT" \
  --checks not_a_server_error --max-examples "${FUZZ_MAX_EXAMPLES:-100}" --workers 2 --no-color
kill "$(cat "$WORK/gunicorn.pid")"

echo "--- hypothesis: every public query parameter"
env -u DATABASE_URL -u DJANGO_SETTINGS_MODULE -u SECRET_KEY -u ALLOWED_HOSTS -u STATIC_ROOT -u SECURE_SSL_REDIRECT \
  FUZZ_EXAMPLES=${FUZZ_EXAMPLES:-200} $PY -m pytest tests/production/test_fuzz_params.py -q -p no:randomly
