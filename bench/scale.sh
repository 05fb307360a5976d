#!/usr/bin/env bash
# Issue 7: every figure for one corpus size, in one command.
#   bench/scale.sh N [WORKDIR] [--clean] [--no-append] [--keep-index]
# WORKDIR (default /tmp/danvan-scale-N) is kept, so a large corpus is generated once: a WORKDIR that
# already has corpus/ is reused (the files the last run modified are put back first). --clean deletes
# it at the end; --no-append leaves BENCHMARKS.md alone (the figures are still in WORKDIR/results.json);
# --keep-index takes WORKDIR/data and the figures of its index run (index-full.time/.json) as they are, for a
# corpus whose index was made apart (1M plans: longer than one sitting); the section says so.
# Environment: QUERIES (1000), GRAPH_QUERIES (1000), FTS5_QUERIES (QUERIES), CONNECTIONS (16), DURATION (30s), PORT (5077).
# Steps: Release build; `danvan generate --plans N --out W --seed 7`; extraction MB/s on one core and
# on all (`danvan bench`, a 2,000-plan sample); `danvan index` from empty under /usr/bin/time -v;
# store sizes; 1% of the plans changed (every 100th file gets a sentence) and indexed again;
# `danvan bench-query`; the SQLite FTS5 peer; Search.Web under wrk (bench/search-mix.lua);
# W/results.json; a section appended to BENCHMARKS.md.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

N="" W="" CLEAN=0 APPEND=1 KEEP=0
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=1 ;;
    --no-append) APPEND=0 ;;
    --keep-index) KEEP=1 ;;
    -*) echo "scale.sh: unknown option $arg" >&2; exit 2 ;;
    *) if [ -z "$N" ]; then N=$arg; elif [ -z "$W" ]; then W=$arg; else echo "scale.sh: too many arguments" >&2; exit 2; fi ;;
  esac
done
[[ "$N" =~ ^[0-9]+$ ]] || { echo "usage: bench/scale.sh N [WORKDIR] [--clean] [--no-append] [--keep-index]" >&2; exit 2; }
W=$(realpath -m "${W:-/tmp/danvan-scale-$N}")
# Graph queries: 1,000 by default, so that p99 is the tenth slowest answer and not, as with 100, nearly the slowest one.
# FTS5_QUERIES: the peer's queries (default QUERIES); at 1M plans each of its queries takes seconds.
# The settings a run is given, written before its command in the section it appends.
settings=""
for name in QUERIES GRAPH_QUERIES FTS5_QUERIES CONNECTIONS DURATION; do [ -z "${!name:-}" ] || settings+="$name=${!name} "; done
PORT=${PORT:-5077} QUERIES=${QUERIES:-1000} GRAPH_QUERIES=${GRAPH_QUERIES:-1000}
FTS5_QUERIES=${FTS5_QUERIES:-$QUERIES} DURATION=${DURATION:-30s} CONNECTIONS=${CONNECTIONS:-16}
for n in "$QUERIES" "$GRAPH_QUERIES" "$FTS5_QUERIES"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "scale.sh: QUERIES, GRAPH_QUERIES and FTS5_QUERIES take a whole number above 0, not '$n'" >&2; exit 2; }; done
for tool in wrk jq curl /usr/bin/time; do command -v "$tool" >/dev/null || { echo "scale.sh: $tool not found" >&2; exit 2; }; done

step() { echo "== $(date -u +%T) $*" >&2; }
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ "$CLEAN" = 1 ]; then rm -rf "$W"; fi
}
trap cleanup EXIT
trap 'echo "scale.sh: FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR

DANVAN=(dotnet "$ROOT/src/Indexer/bin/Release/net10.0/danvan.dll")
FTS5=(dotnet "$ROOT/bench/Fts5Peer/bin/Release/net10.0/Fts5Peer.dll")
WEB=(dotnet "$ROOT/src/Search.Web/bin/Release/net10.0/Search.Web.dll")

step "build (Release)"
for project in src/Indexer src/Search.Web bench/Fts5Peer; do dotnet build -c Release -v q -nologo "$project" >/dev/null; done

mkdir -p "$W"
if [ -d "$W/corpus" ] && [ -n "$(ls -A "$W/corpus")" ]; then
  step "corpus: reusing $W/corpus"
else
  step "generate $N plans into $W"
  "${DANVAN[@]}" generate --plans "$N" --out "$W" --seed 7
fi
if [ -d "$W/originals" ]; then
  step "putting back the files the last run changed"
  cp -a "$W/originals/." "$W/corpus/"
  rm -rf "$W/originals"
fi
plans_on_disk=$(find "$W/corpus" -name '*.txt' -not -path "$W/corpus/registry/*" | wc -l)
corpus_mb=$(find "$W/corpus" -name '*.txt' -not -path "$W/corpus/registry/*" -printf '%s\n' | awk '{s+=$1} END {printf "%.1f", s/1e6}')
step "corpus: $plans_on_disk plans, $corpus_mb MB"

# wall seconds and peak RSS (MB) from a /usr/bin/time -v report
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
# wrk latency (12.34ms, 850.00us, 1.02s, 1.50m) in milliseconds
ms() { awk -v v="$1" 'BEGIN { u=v; sub(/^[0-9.]+/, "", u); x=v+0; f=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:1; printf "%.2f", x*f }'; }

step "extraction, one thread"
"${DANVAN[@]}" bench --corpus "$W/corpus" --files 2000 --mb 50 --threads 1 --runs 5 --json > "$W/extract-1.json"
step "extraction, all cores"
"${DANVAN[@]}" bench --corpus "$W/corpus" --files 2000 --mb 50 --threads 0 --runs 5 --json > "$W/extract-all.json"

index() { # index NAME: runs `danvan index` under /usr/bin/time -v; exit 1 (some files failed) is reported, not fatal
  local status=0
  /usr/bin/time -v -o "$W/$1.time" "${DANVAN[@]}" index "$W/corpus" --data "$W/data" --json > "$W/$1.json" 2> "$W/$1.log" || status=$?
  if [ "$status" -gt 1 ]; then cat "$W/$1.log" >&2; echo "scale.sh: danvan index failed ($status)" >&2; exit 1; fi
  if [ "$status" = 1 ]; then echo "scale.sh: WARNING: some files failed to index, see $W/$1.log" >&2; fi
}

if [ "$KEEP" = 1 ]; then
  for f in data/danvan.db index-full.time index-full.json; do [ -s "$W/$f" ] || { echo "scale.sh: --keep-index needs $W/$f" >&2; exit 2; }; done
  step "index from empty: kept from an earlier run ($W/index-full.time)"
else
  step "index from empty"
  rm -rf "$W/data"
  index index-full
fi
full_wall=$(wall "$W/index-full.time") full_rss=$(rss "$W/index-full.time")
db_mb=$(stat -c %s "$W/data/danvan.db" | awk '{printf "%.1f", $1/1e6}')
search_mb=$(du -sb "$W/data/search" | awk '{printf "%.1f", $1/1e6}')

step "change 1% of the plans (every 100th file gets a sentence) and index again"
mkdir -p "$W/originals"
find "$W/corpus" -name '*.txt' -not -path "$W/corpus/registry/*" -printf '%P\n' | LC_ALL=C sort | awk 'NR % 100 == 1' > "$W/changed.txt"
(cd "$W/corpus" && xargs -d '\n' cp --parents -t "$W/originals" < "$W/changed.txt")
while IFS= read -r file; do
  printf '\nKế hoạch này được bổ sung để thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n' >> "$W/corpus/$file"
done < "$W/changed.txt"
index index-incr
incr_wall=$(wall "$W/index-incr.time") incr_rss=$(rss "$W/index-incr.time")

step "bench-query"
"${DANVAN[@]}" bench-query --data "$W/data" --corpus "$W/corpus" --queries "$QUERIES" --graph-queries "$GRAPH_QUERIES" --json > "$W/bench-query.json"

step "SQLite FTS5 peer"
"${FTS5[@]}" --corpus "$W/corpus" --db "$W/fts5.db" --data "$W/data" --queries "$FTS5_QUERIES" --json > "$W/fts5.json"

step "web: Search.Web on 127.0.0.1:$PORT under wrk"
"${WEB[@]}" --urls "http://127.0.0.1:$PORT" --DanVan:Data="$W/data" --DanVan:Corpus="$W/corpus" --DanVan:IndexOnStart=false \
  --Logging:LogLevel:Default=Warning > "$W/web.log" 2>&1 &
server=$!
for i in $(seq 1 3000); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/search?q=x" && break
  kill -0 "$server" 2>/dev/null || { cat "$W/web.log" >&2; echo "scale.sh: the web app stopped" >&2; exit 1; }
  [ "$i" = 3000 ] && { echo "scale.sh: the web app did not answer in 10 minutes" >&2; exit 1; }
  sleep 0.2
done
wrk -t2 -c4 -d5s -s bench/search-mix.lua "http://127.0.0.1:$PORT" > /dev/null   # warm-up: JIT, caches
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/search-mix.lua "http://127.0.0.1:$PORT" > "$W/wrk.txt"
web_rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true; server=""
web_rps=$(awk '/^Requests\/sec/ {print $2}' "$W/wrk.txt")
web_p50=$(ms "$(awk '$1 == "50%" {print $2}' "$W/wrk.txt")")
web_p99=$(ms "$(awk '$1 == "99%" {print $2}' "$W/wrk.txt")")
web_errors=$(awk '/Non-2xx|Socket errors/ {print}' "$W/wrk.txt" | tr '\n' ' ')
[ -n "$web_rps" ] || { cat "$W/wrk.txt" >&2; echo "scale.sh: no figures from wrk" >&2; exit 1; }

step "results"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
cores=$(nproc)
ram=$(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)
os="$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
sdk=$(dotnet --version)
day=$(date -u +%F)
jq -n --arg date "$day" --arg cpu "$cpu" --argjson cores "$cores" --arg ram "$ram" --arg os "$os" --arg dotnet "$sdk" \
  --argjson plans "$N" --argjson plansOnDisk "$plans_on_disk" --argjson corpusMegabytes "$corpus_mb" \
  --slurpfile extract1 "$W/extract-1.json" --slurpfile extractAll "$W/extract-all.json" \
  --slurpfile indexFull "$W/index-full.json" --argjson fullWall "$full_wall" --argjson fullRss "$full_rss" \
  --argjson dbMb "$db_mb" --argjson searchMb "$search_mb" \
  --slurpfile indexIncr "$W/index-incr.json" --argjson incrWall "$incr_wall" --argjson incrRss "$incr_rss" \
  --slurpfile query "$W/bench-query.json" --slurpfile fts5 "$W/fts5.json" \
  --argjson webRps "$web_rps" --argjson webP50 "$web_p50" --argjson webP99 "$web_p99" --argjson webRss "$web_rss" --arg webErrors "$web_errors" \
  --argjson connections "$CONNECTIONS" --arg duration "$DURATION" '
  { date: $date, machine: { cpu: $cpu, cores: $cores, ram: $ram, os: $os, dotnet: $dotnet },
    plans: $plans, plansOnDisk: $plansOnDisk, corpusMegabytes: $corpusMegabytes,
    extraction: { oneThread: $extract1[0], allCores: $extractAll[0] },
    index: { full: ($indexFull[0] + { wallSeconds: $fullWall, peakRssMegabytes: $fullRss,
                      plansPerSecond: ($indexFull[0].added / $fullWall), megabytesPerSecond: ($indexFull[0].megabytes / $fullWall) }),
             incremental: ($indexIncr[0] + { wallSeconds: $incrWall, peakRssMegabytes: $incrRss,
                      changedPlansPerSecond: ($indexIncr[0].changed / $incrWall) }),
             graphMegabytes: $dbMb, searchMegabytes: $searchMb },
    query: $query[0], fts5: $fts5[0],
    web: { connections: $connections, duration: $duration, requestsPerSecond: $webRps, p50Milliseconds: $webP50,
           p99Milliseconds: $webP99, serverPeakRssMegabytes: $webRss, errors: $webErrors } }' > "$W/results.json"
step "wrote $W/results.json"

if [ "$APPEND" = 1 ]; then
  r() { jq -r "$1" "$W/results.json"; }
  f() { jq -r "$1" "$W/results.json" | awk '{printf "%.2f", $1}'; }
  mark() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<") ? (v < t) : (v >= t); print ok ? "✔" : "✘" }'; }
  per_core=$(awk -v a="$(r .extraction.allCores.mbPerSecond)" -v c="$cores" 'BEGIN {printf "%.1f", a/c}')
  fts_plans_s=$(r '.fts5.build.plans / .fts5.build.seconds' | awk '{printf "%.0f", $1}')
  fts_mb_s=$(r '.fts5.build.megabytes / .fts5.build.seconds' | awk '{printf "%.2f", $1}')
  dfold=$(jq -r '.fts5.dFolding[] | "\"\(.unaccented)\" → FTS5 \(.fts5Unaccented), DanVan \(.danVanUnaccented) (\"\(.accented)\": \(.fts5Accented), \(.danVanAccented))"' "$W/results.json" | paste -sd ';' | sed 's/;/; /g')
  kinds() { jq -r "$1 | to_entries[] | \"\(.key) \(.value.p50)/\(.value.p99)\"" "$W/results.json" | paste -sd ',' | sed 's/,/, /g'; }
  {
    echo
    echo "## Scale: $N plans ($day, machine: $cpu, $cores cores, $ram, $os, .NET SDK $sdk)"
    echo
    echo "Corpus: \`danvan generate --plans $N --seed 7\`, $plans_on_disk plans, $corpus_mb MB of text. Produced by \`${settings}bench/scale.sh $N\`; raw figures in \`W/results.json\`."
    if [ "$KEEP" = 1 ]; then echo; echo "The index from empty was made before this run (\`--keep-index\`): its figures are those of \`$W/index-full.time\` and \`.json\`; see the notes under this table."; fi
    echo
    echo "| what | figure | target | |"
    echo "|---|---|---|---|"
    echo "| extraction, 1 thread (warm median; first run) | $(r .extraction.oneThread.mbPerSecond) MB/s; $(r .extraction.oneThread.coldMbPerSecond) MB/s | ≥ 30 MB/s per core | $(mark "$(r .extraction.oneThread.mbPerSecond)" ">=" 30) |"
    echo "| extraction, $cores threads (warm median; per core) | $(r .extraction.allCores.mbPerSecond) MB/s; $per_core MB/s | ≥ 30 MB/s per core | $(mark "$per_core" ">=" 30) |"
    echo "| index from empty: wall time | $(r .index.full.wallSeconds) s ($(r .index.full.added) plans, $(r .index.full.citations) citations, $(r .index.full.failed) failed) | | |"
    echo "| index from empty: throughput | $(f .index.full.plansPerSecond) plans/s, $(f .index.full.megabytesPerSecond) MB/s | ≥ 5 MB/s on 2 cores | $(mark "$(r .index.full.megabytesPerSecond)" ">=" 5) |"
    echo "| index from empty: peak memory (max RSS) | $(r .index.full.peakRssMegabytes) MB | < 2 GB at 1M, flat as N grows | $(mark "$(r .index.full.peakRssMegabytes)" "<" 2048) |"
    echo "| graph (data/danvan.db, LiteDB) · search (data/search, Lucene) | $(r .index.graphMegabytes) MB · $(r .index.searchMegabytes) MB | | |"
    echo "| incremental index, 1% changed | $(r .index.incremental.wallSeconds) s ($(r .index.incremental.changed) changed, $(f .index.incremental.changedPlansPerSecond) changed plans/s), peak $(r .index.incremental.peakRssMegabytes) MB | | |"
    echo "| search, hot, one thread (\`bench-query\`, $(r .query.search.overall.count) queries) | p50 $(r .query.search.overall.p50) ms, p90 $(r .query.search.overall.p90) ms, p99 $(r .query.search.overall.p99) ms, max $(r .query.search.overall.max) ms | p99 < 50 ms | $(mark "$(r .query.search.overall.p99)" "<" 50) |"
    echo "| search by kind, p50/p99 ms | $(kinds .query.search.kinds) | | |"
    echo "| graph, hot (\`cites\`, \`stale\`; $(r .query.graph.overall.count) queries) | p50 $(r .query.graph.overall.p50) ms, p90 $(r .query.graph.overall.p90) ms, p99 $(r .query.graph.overall.p99) ms, max $(r .query.graph.overall.max) ms | p99 < 20 ms | $(mark "$(r .query.graph.overall.p99)" "<" 20) |"
    echo "| graph by kind, p50/p99 ms | $(kinds .query.graph.kinds); most cited: $(jq -r '[.query.popularSymbols[] | "\(.key) by \(.citingPlans) plans"] | join(", ")' "$W/results.json") | | |"
    echo "| SQLite FTS5 $(r .fts5.sqlite): build (read, normalize, insert, one transaction) | $(r .fts5.build.seconds) s, $fts_plans_s plans/s, $fts_mb_s MB/s, database $(r .fts5.build.databaseMegabytes) MB | peer | |"
    echo "| SQLite FTS5: text queries, hot ($(r .fts5.queries.overall.count) queries) | p50 $(r .fts5.queries.overall.p50) ms, p99 $(r .fts5.queries.overall.p99) ms; by kind p50/p99: $(kinds .fts5.queries.kinds) | peer | |"
    echo "| đ/d: plans found by the unaccented phrase | $dfold | DanVan folds đ → d | |"
    echo "| web: /api/search under wrk, $CONNECTIONS connections, $DURATION | $(r .web.requestsPerSecond) req/s, p50 $(r .web.p50Milliseconds) ms, p99 $(r .web.p99Milliseconds) ms, server peak $(r .web.serverPeakRssMegabytes) MB $(r .web.errors) | | |"
    echo
    echo '```sh'
    echo "${settings}bench/scale.sh $N $W"
    echo "# which runs, in order:"
    echo "danvan generate --plans $N --out W --seed 7"
    echo "danvan bench --corpus W/corpus --files 2000 --mb 50 --threads 1 --runs 5; danvan bench … --threads 0"
    echo "/usr/bin/time -v danvan index W/corpus --data W/data --json            # from empty, then again after 1% changed"
    echo "danvan bench-query --data W/data --corpus W/corpus --queries $QUERIES --graph-queries $GRAPH_QUERIES --json"
    echo "dotnet bench/Fts5Peer/bin/Release/net10.0/Fts5Peer.dll --corpus W/corpus --db W/fts5.db --data W/data --queries $FTS5_QUERIES --json"
    echo "wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s bench/search-mix.lua http://127.0.0.1:$PORT   # Search.Web on W/data, after a 5 s warm-up"
    echo '```'
  } >> "$ROOT/BENCHMARKS.md"
  step "appended a section to BENCHMARKS.md"
fi
cat "$W/results.json"
