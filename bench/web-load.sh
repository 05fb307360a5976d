#!/usr/bin/env bash
# Load run of the search API (issue 5): a synthetic corpus of PLANS plans indexed by
# `danvan bench-search --keep`, Search.Web (Release) serving it on 127.0.0.1, and wrk sending the
# request mix of bench/search-mix.lua over CONNECTIONS connections for DURATION after a 5 s warm-up.
# wrk runs on the same machine, so it takes CPU from the server: the figures are a lower bound.
#   bench/web-load.sh                      # 10,000 plans, 30 s, 16 connections
#   PLANS=1000 DURATION=10s bench/web-load.sh
#   WORK=/tmp/w/g1m SETTLE=100 bench/web-load.sh   # an index made before (WORK/data); wait 100 s first: at 1M the
#                                                 # server reads its symbol suggestions for about half a minute, on one core
set -euo pipefail
cd "$(dirname "$0")/.."
PLANS=${PLANS:-10000} DURATION=${DURATION:-30s} CONNECTIONS=${CONNECTIONS:-16} THREADS=${THREADS:-2} PORT=${PORT:-5077} SETTLE=${SETTLE:-0}
[[ "$SETTLE" =~ ^[0-9]+$ ]] || { echo "web-load.sh: SETTLE takes whole seconds, not '$SETTLE'" >&2; exit 2; }
WORK=${WORK:-/tmp/danvan-load-$PLANS}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

dotnet build -c Release -v q -nologo src/Search.Web >/dev/null
if [ ! -f "$WORK/data/danvan.db" ]; then
  rm -rf "$WORK"
  dotnet src/Indexer/bin/Release/net10.0/danvan.dll bench-search --plans "$PLANS" --queries 10 --work "$WORK" --keep
fi

dotnet src/Search.Web/bin/Release/net10.0/Search.Web.dll --urls "http://127.0.0.1:$PORT" \
  --DanVan:Data="$WORK/data" --DanVan:IndexOnStart=false --Logging:LogLevel:Default=Warning &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/api/search?q=x" >/dev/null && break; sleep 0.2; done
sleep "$SETTLE"

wrk -t2 -c4 -d5s -s bench/search-mix.lua "http://127.0.0.1:$PORT" >/dev/null   # warm-up: JIT, caches
echo "== $WORK/data ($PLANS plans if generated here), $(nproc) cores, $CONNECTIONS connections, $DURATION, $(date -u +%F)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-mix.lua "http://127.0.0.1:$PORT"
echo "== server peak memory: $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}')"
