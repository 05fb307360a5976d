#!/usr/bin/env bash
# Symbol autocomplete at scale: starts Search.Web (Release) on an index made before, reports how long after start it
# offers suggestions and its memory then, and times /api/suggest for a few typed texts one request at a time (the
# median of 21 after 30 untimed, so the JIT has settled).
#   bench/suggest-latency.sh DATA [--port 5078] [--wait 600]   # e.g. bench/suggest-latency.sh /tmp/w/g1m/data
# --wait: seconds to wait for the first suggestion (for "16/ct", which a generated corpus always cites) before giving up.
# Needs curl, bc and a Release build (dotnet build -c Release src/Search.Web).
set -uo pipefail
cd "$(dirname "$0")/.."
DATA="" PORT=5078 WAIT=600
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --wait) WAIT=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    -*) echo "suggest-latency.sh: unknown option $1" >&2; exit 2 ;;
    *) if [ -z "$DATA" ]; then DATA=$1; else echo "suggest-latency.sh: too many arguments" >&2; exit 2; fi; shift ;;
  esac
done
[ -n "$DATA" ] && [ -f "$DATA/danvan.db" ] || { echo "usage: bench/suggest-latency.sh DATA [--port 5078] (DATA: a data folder with danvan.db)" >&2; exit 2; }
[[ "$PORT" =~ ^[0-9]+$ ]] || { echo "suggest-latency.sh: --port takes a number, not '$PORT'" >&2; exit 2; }
[[ "$WAIT" =~ ^[1-9][0-9]*$ ]] || { echo "suggest-latency.sh: --wait takes a whole number of seconds, not '$WAIT'" >&2; exit 2; }
for tool in curl bc; do command -v $tool >/dev/null || { echo "suggest-latency.sh: $tool not found" >&2; exit 2; }; done
WEB=src/Search.Web/bin/Release/net10.0/Search.Web.dll
[ -f "$WEB" ] || { echo "suggest-latency.sh: no $WEB; dotnet build -c Release src/Search.Web" >&2; exit 2; }

dotnet "$WEB" --urls "http://127.0.0.1:$PORT" --DanVan:Data="$DATA" --DanVan:IndexOnStart=false --Logging:LogLevel:Default=Warning > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
start=$(date +%s.%N)
until curl -s --max-time 10 "http://127.0.0.1:$PORT/api/suggest?q=16%2Fct" 2>/dev/null | grep -q '"key"'; do
  kill -0 $pid 2>/dev/null || { echo "suggest-latency.sh: the server stopped" >&2; exit 1; }
  [ "$(echo "$(date +%s.%N) - $start > $WAIT" | bc)" = 0 ] \
    || { echo "suggest-latency.sh: no suggestion for \"16/ct\" after $WAIT s (does DATA's graph cite 16/CT-TTg? --wait for longer)" >&2; exit 1; }
  sleep 0.5
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
echo "suggestions ready after $(printf %.1f "$ready") s; server RSS $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
for q in kh ub "kh%20ubnd" nq 1 "16%2Fct" "qd%20290" "125%2Fkh-sgd"; do
  for _ in $(seq 30); do curl -s --max-time 10 -o /dev/null "http://127.0.0.1:$PORT/api/suggest?q=$q"; done
  median=$(for _ in $(seq 21); do curl -s --max-time 10 -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/suggest?q=$q"; done | sort -n | sed -n 11p)
  printf '%-14s median %6.1f ms\n' "$(printf '%b' "${q//%/\\x}")" "$(echo "$median * 1000" | bc)"
done
