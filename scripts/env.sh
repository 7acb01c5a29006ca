# Sourced by the scripts: loads .env when present, else the defaults of .env.example.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
set -a
if [ -f "$ROOT/.env" ]; then . "$ROOT/.env"; else . "$ROOT/.env.example"; fi
set +a
export PATH="$ROOT/node_modules/.bin:$PATH"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
