#!/usr/bin/env bash
# Where `danvan index` spends its CPU, by stage: perf's cpu-clock samples with their call stacks (the runtime writes a
# perf map, so managed frames have names), each sample given to the first stage found on its stack.
#   bench/profile-index.sh CORPUS [WORKDIR] [--hz 199] [--again]
# Indexes CORPUS into an empty WORKDIR/data (default /tmp/danvan-profile), Release build, then prints one line per stage:
# its share of the samples and its CPU seconds. Needs perf (Debian: linux-perf) and python3. The samples stay in
# WORKDIR/perf.data (`perf report -i WORKDIR/perf.data --no-children --sort sym` for functions); --again reads them
# again without indexing.
# Stages are told by frames the JIT does not inline away: once methods are optimized, a small method (LuceneSearchIndex.Put)
# disappears into its caller (the batch's lambda), so each stage names its lambdas and the library frames under it too.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
CORPUS="" W="" HZ=199 AGAIN=0
while [ $# -gt 0 ]; do
  case "$1" in
    --hz) HZ=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --again) AGAIN=1; shift ;;
    -*) echo "profile-index.sh: unknown option $1" >&2; exit 2 ;;
    *) if [ -z "$CORPUS" ]; then CORPUS=$1; elif [ -z "$W" ]; then W=$1; else echo "profile-index.sh: too many arguments" >&2; exit 2; fi; shift ;;
  esac
done
[ -n "$CORPUS" ] && [ -d "$CORPUS" ] || { echo "usage: bench/profile-index.sh CORPUS [WORKDIR] [--hz 199] [--again]" >&2; exit 2; }
[[ "$HZ" =~ ^[1-9][0-9]*$ ]] || { echo "profile-index.sh: --hz takes a whole number of samples a second, not '$HZ'" >&2; exit 2; }
command -v perf >/dev/null || { echo "profile-index.sh: perf not found (apt-get install linux-perf)" >&2; exit 2; }
W=$(realpath -m "${W:-/tmp/danvan-profile}")
if [ "$AGAIN" = 1 ]; then
  [ -s "$W/perf.data" ] || { echo "profile-index.sh: --again needs $W/perf.data" >&2; exit 2; }
else
  mkdir -p "$W"
  rm -rf "$W/data"
  dotnet build -c Release -v q -nologo src/Indexer >/dev/null
  # W^X off: with it, JIT code runs from a double mapping perf cannot name.
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -e cpu-clock -F "$HZ" -g -o "$W/perf.data" -- \
    dotnet src/Indexer/bin/Release/net10.0/danvan.dll index "$CORPUS" --data "$W/data" --json > "$W/index.json" 2> "$W/perf.log"
fi
perf script -i "$W/perf.data" -F comm,ip,sym,dso 2>/dev/null | python3 -c '
import re, sys
hz = float(sys.argv[1])
# In order: a sample belongs to the first stage whose frame is on its stack (or whose thread it ran on).
stages = [
    ("search: commit (segments flushed)", r"LuceneSearchIndex[^:]*::<?Commit\b|IndexWriter::Commit\b"),
    ("search: merges", r"ConcurrentMergeScheduler|IndexWriter::Merge\b"),
    ("search: analysing documents", r"Batch[^:]*::<Add>b__|LuceneSearchIndex[^:]*::<?(Put|Add)\b|IndexWriter::(Add|Update)Document\b|DocFieldProcessor::ProcessDocument\b"),
    ("graph: writing a batch (LiteDB)", r"LiteDbCitationGraph[^:]*::<?(Write|InTransaction|Touch)\b"),
    ("read, normalize, extract, resolve", r"IndexingPipeline[^:]*::<?Prepare\b"),
    ("read-ahead (first run)", r"IndexingPipeline[^:]*::<?(Foresee|KeysOf)\b"),
    ("end of run (catching up)", r"IndexingPipeline[^:]*::<?CatchUp\b|LiteDbCitationGraph[^:]*::<?Reresolve\b"),
]
totals = {name: 0 for name, _ in stages}
other = {"JIT compiler": 0, "GC and runtime": 0, "kernel": 0, "other": 0}
n = 0
for sample in sys.stdin.read().split("\n\n"):
    lines = [l for l in sample.strip().split("\n") if l.strip()]
    if not lines:
        continue
    n += 1
    stack = "\n".join(lines[1:])
    for name, pattern in stages:
        if re.search(pattern, stack):
            totals[name] += 1
            break
    else:
        leaf = lines[1] if len(lines) > 1 else ""
        if "Tiered Com" in lines[0] or "libclrjit" in leaf:
            other["JIT compiler"] += 1
        elif "libcoreclr" in leaf or ".NET BGC" in lines[0]:
            other["GC and runtime"] += 1
        elif "kernel" in leaf:
            other["kernel"] += 1
        else:
            other["other"] += 1
print(f"{n} samples at {hz:g} Hz: {n / hz:.0f} CPU seconds")
for name, count in list(totals.items()) + list(other.items()):
    print(f"{100 * count / max(n, 1):5.1f}%  {count / hz:7.1f} s  {name}")
' "$HZ"
cat "$W/index.json"
