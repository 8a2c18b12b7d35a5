# Sourced by loadtest.sh and fuzz.sh: rebuild a PostgreSQL database with the demo content and start gunicorn
# with production settings on loopback. Usage: start_production_server PORT DATABASE_URL WORKDIR
PY=${PY:-.venv/bin/python}

start_production_server() {
  local port=$1 db_url=$2 work=$3
  local db_name=${db_url##*/}
  psql "${db_url%/*}/postgres" -qc "DROP DATABASE IF EXISTS \"$db_name\"" -c "CREATE DATABASE \"$db_name\"" >/dev/null
  export DJANGO_SETTINGS_MODULE=portal.settings.production
  SECRET_KEY=local-$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-not-for-production
  export SECRET_KEY DATABASE_URL=$db_url ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false STATIC_ROOT=$work/static
  # One machine sends every request: per-visitor limits would answer 429 to the generator itself.
  export RATELIMIT_ENABLED=false
  # The shared cache of production (docker-compose's Redis): pages kept by the server, rate-limit counters.
  local redis_url=${LOADTEST_REDIS_URL:-redis://127.0.0.1:6379/15}
  if $PY -c "import redis, sys; redis.Redis.from_url(sys.argv[1]).flushdb()" "$redis_url" 2>/dev/null; then
    export REDIS_URL=$redis_url
  else
    echo "--- no Redis at $redis_url: each gunicorn worker keeps its own cache, pages are not kept by the server"
    unset REDIS_URL
  fi
  echo "--- preparing $db_name (migrate, demo content, static files)"
  $PY manage.py migrate --noinput -v 0 >"$work/migrate.log"
  $PY manage.py load_demo -v 0
  $PY manage.py collectstatic --noinput -v 0
  echo "--- gunicorn on 127.0.0.1:$port"
  GUNICORN_BIND=127.0.0.1:$port GUNICORN_WORKERS=${GUNICORN_WORKERS:-4} GUNICORN_ACCESS_LOG= \
    .venv/bin/gunicorn --config gunicorn.conf.py --pid "$work/gunicorn.pid" --daemon portal.wsgi:application
  for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && return 0; sleep 1; done
  echo "gunicorn did not become ready"; return 1
}
