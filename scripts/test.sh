#!/usr/bin/env bash
# Runs every check and test: types, schema and migration drift, then one Jest run over all projects
# (domain and reference-data units, web helpers, API integration against real services, browser journeys).
source "$(dirname "$0")/setup.sh"
# Headless Chromium for the browser journeys comes from Debian (no browser download works here).
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "test: installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else echo "test: chromium missing; run 'sudo apt-get install -y chromium'" >&2; exit 1; fi
fi
export TZ=UTC
echo "test: typecheck"
tsc -p libs/domain/tsconfig.json && tsc -p libs/reference-data/tsconfig.json && tsc -p apps/api/tsconfig.json \
  && tsc -p apps/web/tsconfig.json && tsc -p apps/web-e2e/tsconfig.json
echo "test: lint"
nx show projects >/dev/null  # builds the project graph the module-boundary rule reads
eslint libs apps --max-warnings 0
echo "test: jest (all projects)"
exec jest -c jest.config.js "$@"
