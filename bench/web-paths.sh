#!/usr/bin/env bash
# Latency of single search API requests, one at a time: Search.Web (Release) on DATA, each request of PATHS (one query
# string a line, as /api/search takes it) sent ROUNDS times, the median printed with the answer's total and a hash of
# its hits (two builds giving the same hash list the same plans).
#   bench/web-paths.sh DATA PATHS [--settle 100] [--rounds 31]
# --settle waits before timing: at 1M the server reads its symbol suggestions for about half a minute, on one core. Each
# request is sent ROUNDS times untimed first (the JIT optimizes a method after about 30 calls; 11 rounds showed tier-0 code).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="" PATHS="" SETTLE=0 ROUNDS=31 PORT=${PORT:-5079}
while [ $# -gt 0 ]; do
  case "$1" in
    --settle) SETTLE=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --rounds) ROUNDS=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    -*) echo "web-paths.sh: unknown option $1" >&2; exit 2 ;;
    *) if [ -z "$DATA" ]; then DATA=$1; elif [ -z "$PATHS" ]; then PATHS=$1; else echo "web-paths.sh: too many arguments" >&2; exit 2; fi; shift ;;
  esac
done
[ -n "$DATA" ] && [ -f "$DATA/danvan.db" ] && [ -f "$PATHS" ] || { echo "usage: bench/web-paths.sh DATA PATHS [--settle 100] [--rounds 31]" >&2; exit 2; }
[[ "$SETTLE" =~ ^[0-9]+$ ]] || { echo "web-paths.sh: --settle takes whole seconds, not '$SETTLE'" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "web-paths.sh: --rounds takes a whole number, not '$ROUNDS'" >&2; exit 2; }
for tool in curl jq md5sum bc; do command -v "$tool" >/dev/null || { echo "web-paths.sh: $tool not found" >&2; exit 2; }; done

dotnet build -c Release -v q -nologo src/Search.Web >/dev/null
dotnet src/Search.Web/bin/Release/net10.0/Search.Web.dll --urls "http://127.0.0.1:$PORT" \
  --DanVan:Data="$(realpath "$DATA")" --DanVan:IndexOnStart=false --Logging:LogLevel:Default=Warning &
server=$!
answer=$(mktemp)
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -f "$answer"' EXIT
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/api/search?q=x" >/dev/null && break; sleep 0.2; done
sleep "$SETTLE"
for pass in warm timed; do
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    times=$(for _ in $(seq 1 "$ROUNDS"); do curl -s -o "$answer" -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/search?$path"; done | sort -n)
    [ "$pass" = timed ] || continue
    median=$(echo "$times" | sed -n "$(( (ROUNDS + 1) / 2 ))p")
    printf '%7.1f ms  total %-8s hits %s  %s\n' "$(echo "$median * 1000" | bc -l)" "$(jq .total "$answer")" \
      "$(jq -r '[.hits[].path] | join(",")' "$answer" | md5sum | cut -c1-8)" "$path"
  done < "$PATHS"
done
