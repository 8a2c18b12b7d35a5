#!/usr/bin/env bash
# make loadtest: gunicorn with production settings on PostgreSQL, locust headless on loopback.
# LOADTEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/apmigrant_loadtest) is dropped and
# rebuilt with the demo content. Prints throughput, p50, p95, p99 and the error count.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/production_server.sh
PORT=${LOADTEST_PORT:-8907}
WORK=$(mktemp -d)
trap 'kill "$(cat "$WORK/gunicorn.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$WORK"' EXIT
start_production_server "$PORT" "${LOADTEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/apmigrant_loadtest}" "$WORK"

# Warm-up, as a deployment's health checks and first visitors do: each worker's first requests import
# modules, compile templates and fill its caches. Eight rounds, four at a time, reach every worker.
echo "--- warm-up"
for _ in $(seq 1 8); do
  printf '%s\n' /en/ /vi/ /ur/ /en/services/ /en/policies/ /en/countries/ "/en/search/?q=visa" \
    "/api/search?q=visa" /api/services.geojson "/api/hsds/services?per_page=25"
done | xargs -P 4 -I{} curl -fs -o /dev/null "http://127.0.0.1:$PORT{}" || true

USERS=${LOADTEST_USERS:-50}
DURATION=${LOADTEST_DURATION:-60s}
echo "--- locust: $USERS users for $DURATION"
.venv/bin/locust -f scripts/locustfile.py --headless -u "$USERS" -r "$USERS" -t "$DURATION" \
  --host "http://127.0.0.1:$PORT" --csv "$WORK/stats" --only-summary >"$WORK/locust.log" 2>&1 || true
$PY scripts/loadtest_summary.py "$WORK/stats_stats.csv"
