#!/usr/bin/env bash
# A bounded soak, not part of the test suite: starts 'dyad serve --allow-ingest' on a fresh store on
# loopback, sends it mixed requests from many clients (tools/Soak.java), prints the figures, stops it.
# Usage: tools/soak.sh [CLIENTS] [REQUESTS]   (default 20 5000). Exit 0 when the soak passed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
clients="${1:-20}"
requests="${2:-5000}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$here/dyad" serve --allow-ingest --store "$work/store" --port 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  grep -q "Authorization: Bearer" "$work/serve.log" 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.2
done
url="$(grep -o 'http://[^ ]*/' "$work/serve.log" | head -1)"
token="$(sed -n "s/.*Authorization: Bearer \([0-9a-f]*\)'.*/\1/p" "$work/serve.log")"
# the JVM running the server is the launcher's exec'd java: its pid is the launcher's
java "$here/tools/Soak.java" "$url" "$token" "$server" "$clients" "$requests"
