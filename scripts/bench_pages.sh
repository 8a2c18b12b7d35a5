#!/usr/bin/env bash
# make bench-pages: each public page type's requests/s under gunicorn (production settings, 2 sync workers,
# SQLite with the demo loaded), uncached and from the server's page cache, beside a static file of similar
# size served by the same server (WhiteNoise); prints each figure and its ratio to the static file.
# BENCH_SECONDS (default 10) per measure, BENCH_CONNECTIONS (16), BENCH_REDIS_URL (redis://127.0.0.1:6379/13),
# BENCH_PAGES (every page type; or some, e.g. "directory service").
# make bench-scale (BENCH_GROW=1): the same pages on the demo and on a copy grown to 10,000 services, 500
# policies and 17 languages of text (manage.py bench_grow), servers alternating demo, grown, demo, grown
# (BENCH_ROUNDS, default 2) uncached then cached; prints each page's median requests/s on both, grown/demo
# and PASS when the grown one is no more than 20% slower (>= 0.8333). BENCH_GROWN_DB=path keeps the grown
# database there and reuses it on the next run (delete it after changing the demo, the models or the grower).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
GUNICORN=${GUNICORN:-$(dirname "$PY")/gunicorn}
PORT=${BENCH_PORT:-8931}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
if ! command -v wrk >/dev/null; then
  echo "--- installing wrk (apt-get install -y wrk)"
  apt-get install -y wrk >/dev/null || sudo apt-get install -y wrk >/dev/null
fi
WORK=$(mktemp -d)
stop_server() {  # waits until gunicorn has let go of the port, so the next server can take it
  local pid
  [ -f "$WORK/gunicorn.pid" ] || return 0
  pid=$(cat "$WORK/gunicorn.pid"); kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$WORK/gunicorn.pid"
}
trap 'stop_server || true; rm -rf "$WORK"' EXIT

export DJANGO_SETTINGS_MODULE=portal.settings.production
SECRET_KEY=local-$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-not-for-production
export SECRET_KEY DATABASE_URL=sqlite:///$WORK/db.sqlite3 ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false
export STATIC_ROOT=$WORK/static RATELIMIT_ENABLED=false
redis_url=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/13}
if $PY -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$redis_url" 2>/dev/null; then
  export REDIS_URL=$redis_url; CACHE_NOTE="Redis at $redis_url"
else
  unset REDIS_URL; CACHE_NOTE="no Redis reachable: each worker's own memory (locmem)"
fi
echo "--- preparing SQLite $WORK/db.sqlite3 (migrate, demo content, static files)"
$PY manage.py migrate --noinput -v 0 >"$WORK/migrate.log"
$PY manage.py load_demo -v 0
$PY manage.py collectstatic --noinput -v 0
$PY manage.py shell -c "exec(open('scripts/bench_pages_urls.py').read())" | grep -E '^[a-z-]+ /' >"$WORK/urls.txt"
if [ -n "${BENCH_PAGES:-}" ]; then  # only these page types, e.g. BENCH_PAGES="directory service"
  awk -v want=" $(tr ',' ' ' <<<"$BENCH_PAGES") " 'index(want, " " $1 " ")' "$WORK/urls.txt" >"$WORK/urls.some"
  mv "$WORK/urls.some" "$WORK/urls.txt"
fi

start_server() {  # $1: PAGE_CACHE_SERVER true/false; $2: the SQLite file (default: the demo's)
  if [ -n "${REDIS_URL:-}" ]; then  # nothing kept by a server on another database may be read
    $PY -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$REDIS_URL"
  fi
  DATABASE_URL=sqlite:///${2:-$WORK/db.sqlite3} PAGE_CACHE_SERVER=$1 GUNICORN_BIND=127.0.0.1:$PORT GUNICORN_WORKERS=2 GUNICORN_THREADS=1 GUNICORN_ACCESS_LOG= \
    "$GUNICORN" --config gunicorn.conf.py --worker-class sync --pid "$WORK/gunicorn.pid" --daemon \
    --error-logfile "$WORK/gunicorn.log" portal.wsgi:application
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && return 0; sleep 1; done
  echo "gunicorn did not become ready (log: $WORK/gunicorn.log)"; cat "$WORK/gunicorn.log"; return 1
}
measure() {  # $1 path: requests/s (0 when any answer is not 2xx)
  local url="http://127.0.0.1:$PORT$1" out
  for _ in 1 2 3 4 5 6; do curl -fs -o /dev/null "$url" || true; done  # warm both workers (and the cache)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" "$url")
  if grep -q "Non-2xx" <<<"$out"; then echo 0; return; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}
body_size() { curl -fs "http://127.0.0.1:$PORT$1" | wc -c; }

pick_static() {  # the static file closest in size to the median of the sizes given: "bytes path"
  local median
  median=$(printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  (cd "$STATIC_ROOT" && find . -type f \( -name '*.css' -o -name '*.js' -o -name '*.svg' \) ! -name '*.gz' ! -name '*.br' \
    -printf '%s %P\n' | awk -v m="$median" '{d=$1-m; if (d<0) d=-d; print d, $1, $2}' | sort -n | awk 'NR == 1 {print $2, $3}')
}
median_of() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.1f\n", (a[NR/2]+a[NR/2+1])/2}'; }

if [ -n "${BENCH_GROW:-}" ]; then
  GROWN=$WORK/grown.sqlite3
  if [ -n "${BENCH_GROWN_DB:-}" ] && [ -f "$BENCH_GROWN_DB" ]; then
    echo "--- reusing the grown database $BENCH_GROWN_DB"
    cp "$BENCH_GROWN_DB" "$GROWN"
  else
    echo "--- growing a copy: 10,000 services, 500 policies, 17 languages (manage.py bench_grow; minutes)"
    $PY manage.py shell -v 0 -c "from django.db import connection; connection.cursor().execute('PRAGMA wal_checkpoint(TRUNCATE)')"
    cp "$WORK/db.sqlite3" "$GROWN"
    DATABASE_URL=sqlite:///$GROWN $PY manage.py bench_grow --i-know-this-is-a-throwaway-database
    if [ -n "${BENCH_GROWN_DB:-}" ]; then
      DATABASE_URL=sqlite:///$GROWN $PY manage.py shell -v 0 -c \
        "from django.db import connection; connection.cursor().execute('PRAGMA wal_checkpoint(TRUNCATE)')"
      cp "$GROWN" "$BENCH_GROWN_DB"
    fi
  fi
  declare -A DB_OF=([demo]=$WORK/db.sqlite3 [grown]=$GROWN) FIG SIZES
  start_server false
  sizes=(); while read -r name path; do sizes+=("$(body_size "$path")"); done <"$WORK/urls.txt"
  stop_server
  read -r static_bytes static_file <<<"$(pick_static "${sizes[@]}")"
  static_path="/static/$static_file"
  for mode in uncached cached; do
    for round in $(seq 1 "${BENCH_ROUNDS:-2}"); do
      for db in demo grown; do
        start_server "$([ $mode = cached ] && echo true || echo false)" "${DB_OF[$db]}"
        if [ "$round" = 1 ] && [ $mode = uncached ]; then
          while read -r name path; do SIZES[$db.$name]=$(body_size "$path"); done <"$WORK/urls.txt"
        fi
        while read -r name path; do
          FIG[$mode.$db.$name]="${FIG[$mode.$db.$name]:-} $(measure "$path")"
        done <"$WORK/urls.txt"
        FIG[$mode.$db.static]="${FIG[$mode.$db.static]:-} $(measure "$static_path")"
        echo "    $mode round $round $db: static ${FIG[$mode.$db.static]##* } req/s, $(uptime | sed 's/.*load/load/')"
        stop_server
      done
    done
  done
  echo
  echo "bench-scale $(date -u +%Y-%m-%dT%H:%MZ) commit $(git rev-parse --short HEAD); gunicorn 2 sync workers, SQLite,"
  echo "wrk $CONNECTIONS connections ${SECONDS_EACH}s per figure, ${BENCH_ROUNDS:-2} rounds (demo, grown, ...), medians;"
  echo "page cache: $CACHE_NOTE; demo vs grown: $(DATABASE_URL=sqlite:///$GROWN $PY manage.py shell -v 0 -c "exec(open('scripts/bench_scale_counts.py').read())")"
  echo "static file $static_path ($static_bytes bytes), the control: each run's figures in the last lines"
  for mode in uncached cached; do
    echo
    printf '%-15s %9s %9s %9s %9s %7s %6s\n' "$mode" "demo B" "grown B" "demo r/s" "grown r/s" "ratio" ""
    while read -r name path; do
      demo=$(median_of ${FIG[$mode.demo.$name]}); grown=$(median_of ${FIG[$mode.grown.$name]})
      printf '%-15s %9s %9s %9s %9s %7s %6s\n' "$name" "${SIZES[demo.$name]}" "${SIZES[grown.$name]}" "$demo" "$grown" \
        "$(awk -v a="$grown" -v b="$demo" 'BEGIN {if (b > 0) printf "%.3f", a/b; else print "-"}')" \
        "$(awk -v a="$grown" -v b="$demo" 'BEGIN {print (b > 0 && a / b >= 0.8333) ? "PASS" : "FAIL"}')"
    done <"$WORK/urls.txt"
    printf '%-15s %9s %9s %9s %9s %7s\n' static "$static_bytes" "$static_bytes" "$(median_of ${FIG[$mode.demo.static]})" \
      "$(median_of ${FIG[$mode.grown.static]})" \
      "$(awk -v a="$(median_of ${FIG[$mode.grown.static]})" -v b="$(median_of ${FIG[$mode.demo.static]})" 'BEGIN {printf "%.3f", a/b}')"
    echo "  static per run, demo:${FIG[$mode.demo.static]}; grown:${FIG[$mode.grown.static]}"
  done
  echo "target (issue 15): grown/demo >= 0.8333 (no page more than 20% slower); a search with a query is never kept"
  exit 0
fi

declare -A UNCACHED CACHED SIZE
start_server false
while read -r name path; do
  SIZE[$name]=$(body_size "$path")
  UNCACHED[$name]=$(measure "$path")
  echo "    uncached $name $path: ${UNCACHED[$name]} req/s"
done <"$WORK/urls.txt"
# The static file closest in size to the median page.
static=$(pick_static "${SIZE[@]}")
static_path="/static/$(awk '{print $2}' <<<"$static")"
STATIC_UNCACHED=$(measure "$static_path")
stop_server
start_server true
while read -r name path; do
  CACHED[$name]=$(measure "$path")
  echo "    cached $name $path: ${CACHED[$name]} req/s"
done <"$WORK/urls.txt"
STATIC_CACHED=$(measure "$static_path")
stop_server

echo
echo "bench-pages $(date -u +%Y-%m-%dT%H:%MZ) commit $(git rev-parse --short HEAD); gunicorn 2 sync workers, SQLite,"
echo "wrk $CONNECTIONS connections ${SECONDS_EACH}s per figure; page cache: $CACHE_NOTE"
echo "static file $static_path ($(awk '{print $1}' <<<"$static") bytes): $STATIC_UNCACHED req/s (first server), $STATIC_CACHED req/s (second)"
printf '%-15s %8s %9s %9s %9s %9s\n' page bytes uncached ratio cached ratio
while read -r name path; do
  printf '%-15s %8s %9s %9s %9s %9s\n' "$name" "${SIZE[$name]}" "${UNCACHED[$name]}" \
    "$(awk -v a="${UNCACHED[$name]}" -v b="$STATIC_UNCACHED" 'BEGIN {printf "%.3f", a/b}')" "${CACHED[$name]}" \
    "$(awk -v a="${CACHED[$name]}" -v b="$STATIC_CACHED" 'BEGIN {printf "%.3f", a/b}')"
done <"$WORK/urls.txt"
echo "targets: uncached >= 0.08, cached >= 0.5 (a search with a query is never kept)"
