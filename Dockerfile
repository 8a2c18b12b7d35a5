# syntax=docker/dockerfile:1
# The portal under gunicorn. Two stages: "build" installs the Python packages into a virtualenv and compiles
# the translation catalogues, collects and compresses the static files; "runtime" copies the result and runs
# as an unprivileged user.

FROM python:3.11-slim-bookworm AS build
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential gettext pkg-config libicu-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml ./
RUN pip install --upgrade pip && pip install .
COPY . .
# Build-time only: a throwaway key so settings load; the database is never touched by these commands.
RUN DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=build-only-not-secret-$(date +%s) \
    STATIC_ROOT=/app/staticfiles python manage.py compile_catalogues \
 && DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=build-only-not-secret-$(date +%s) \
    STATIC_ROOT=/app/staticfiles python manage.py collectstatic --noinput

FROM python:3.11-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=portal.settings.production STATIC_ROOT=/app/staticfiles MEDIA_ROOT=/app/media
RUN apt-get update \
 && apt-get install -y --no-install-recommends libicu72 postgresql-client curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system portal && useradd --system --gid portal --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /app/media && chown portal:portal /app/media
USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl --fail --silent http://127.0.0.1:8000/healthz || exit 1
CMD ["gunicorn", "--config", "gunicorn.conf.py", "portal.wsgi:application"]
