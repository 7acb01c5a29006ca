#!/usr/bin/env bash
# Starts the whole product on this machine: services, database migration, demo data, API, worker
# and web app; prints the URLs and the demo accounts. Ctrl-C stops everything it started.
source "$(dirname "$0")/setup.sh"
exec node scripts/start.js
