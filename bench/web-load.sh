#!/usr/bin/env bash
# Load run of the search API (issue 5): a synthetic corpus of PLANS plans indexed by
# `danvan bench-search --keep`, Search.Web (Release) serving it on 127.0.0.1, and wrk sending the
# request mix of bench/search-mix.lua over CONNECTIONS connections for DURATION after a 5 s warm-up.
# wrk runs on the same machine, so it takes CPU from the server: the figures are a lower bound.
#   bench/web-load.sh                      # 10,000 plans, 30 s, 16 connections
#   PLANS=1000 DURATION=10s bench/web-load.sh
#   WORK=/tmp/w/g1m SETTLE=100 bench/web-load.sh   # an index made before (WORK/data); wait 100 s first: at 1M the
#                                                 # server reads its symbol suggestions for about half a minute, on one core
#   MIX=bench/graph-mix.lua EXPORTS=2 WORK=... bench/web-load.sh   # the graph's routes, with two CSV exports of a
#                                                 # much-cited document read slowly (1 MB/s) beside them, cut at the end
#   SERVER=/tmp/old/Search.Web.dll ...           # another build of Search.Web (built with -o), for before/after
# The server's log is kept in WORK/server.log; errors it logged are counted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
PLANS=${PLANS:-10000} DURATION=${DURATION:-30s} CONNECTIONS=${CONNECTIONS:-16} THREADS=${THREADS:-2} PORT=${PORT:-5077} SETTLE=${SETTLE:-0}
MIX=${MIX:-bench/search-mix.lua} EXPORTS=${EXPORTS:-0} EXPORT=${EXPORT:-/api/document?key=114-KL%2FTW%402015&format=csv}
SERVER=${SERVER:-src/Search.Web/bin/Release/net10.0/Search.Web.dll}
[[ "$SETTLE" =~ ^[0-9]+$ ]] || { echo "web-load.sh: SETTLE takes whole seconds, not '$SETTLE'" >&2; exit 2; }
[[ "$EXPORTS" =~ ^[0-9]+$ ]] || { echo "web-load.sh: EXPORTS takes a whole number, not '$EXPORTS'" >&2; exit 2; }
[[ "$DURATION" =~ ^[0-9]+s$ ]] || { echo "web-load.sh: DURATION takes seconds, as 30s, not '$DURATION'" >&2; exit 2; }
[ -f "$MIX" ] || { echo "web-load.sh: no request mix at $MIX" >&2; exit 2; }
WORK=${WORK:-/tmp/danvan-load-$PLANS}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 2; }

[ "$SERVER" != src/Search.Web/bin/Release/net10.0/Search.Web.dll ] || dotnet build -c Release -v q -nologo src/Search.Web >/dev/null
if [ ! -f "$WORK/data/danvan.db" ]; then
  rm -rf "$WORK"
  dotnet src/Indexer/bin/Release/net10.0/danvan.dll bench-search --plans "$PLANS" --queries 10 --work "$WORK" --keep
fi

dotnet "$SERVER" --urls "http://127.0.0.1:$PORT" \
  --DanVan:Data="$WORK/data" --DanVan:IndexOnStart=false --Logging:LogLevel:Default=Warning >"$WORK/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$PORT/api/search?q=x" >/dev/null && break; sleep 0.2; done
sleep "$SETTLE"

wrk -t2 -c4 -d5s -s "$MIX" "http://127.0.0.1:$PORT" >/dev/null   # warm-up: JIT, caches
exports=()
for e in $(seq 1 "$EXPORTS"); do
  curl -s -o /dev/null --limit-rate 1M --max-time "${DURATION%s}" -w "== export $e: HTTP %{http_code}, %{size_download} bytes read\n" \
    "http://127.0.0.1:$PORT$EXPORT" &
  exports+=($!)
done
echo "== $WORK/data ($PLANS plans if generated here), $(nproc) cores, $CONNECTIONS connections, $DURATION, $MIX, $EXPORTS exports beside, $(date -u +%F)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$MIX" "http://127.0.0.1:$PORT"
for e in "${exports[@]}"; do wait "$e" || true; done   # the exports, cut at the end of the run
echo "== server peak memory: $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MB"}')"
echo "== errors the server logged: $(grep -c '^fail:' "$WORK/server.log" || true) (see $WORK/server.log)"
