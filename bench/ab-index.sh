#!/usr/bin/env bash
# Two builds of `danvan index` compared on one corpus, runs alternated (A B A B …) so that what else the machine does
# falls on both: each run indexes CORPUS into an empty folder. Prints every run (seconds, MB/s, peak memory, CPU) and
# each build's median.
#   bench/ab-index.sh CORPUS REV_A REV_B [--rounds 3] [--work /tmp/danvan-ab] [--on DATA [--unchanged | --changed 1]]
# With --on, each run indexes CORPUS into the existing data folder DATA instead (an incremental run), after 1% of the
# plans changed: every 100th file, a different hundredth each run, gets a sentence (the originals are kept in WORK and
# put back at the end, which the next index of DATA then reads as changed). --changed P changes P hundredths of the
# files instead of one (P from 1 to 100); with --unchanged, nothing changes.
# A REV is anything git names (a commit, a branch, HEAD) or "." for the working tree as it stands; each is built
# (Release) in WORK/<name>. Needs git, python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="" A="" B="" ROUNDS=3 WORK=/tmp/danvan-ab ON="" UNCHANGED=0 CHANGED=1
while [ $# -gt 0 ]; do
  case "$1" in
    --on) ON=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --unchanged) UNCHANGED=1; shift ;;
    --changed) CHANGED=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --rounds) ROUNDS=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    --work) WORK=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    -*) echo "ab-index.sh: unknown option $1" >&2; exit 2 ;;
    *) if [ -z "$CORPUS" ]; then CORPUS=$1; elif [ -z "$A" ]; then A=$1; elif [ -z "$B" ]; then B=$1; else echo "ab-index.sh: too many arguments" >&2; exit 2; fi; shift ;;
  esac
done
[ -n "$CORPUS" ] && [ -d "$CORPUS" ] && [ -n "$A" ] && [ -n "$B" ] || { echo "usage: bench/ab-index.sh CORPUS REV_A REV_B [--rounds 3] [--work DIR] [--on DATA [--unchanged | --changed P]]" >&2; exit 2; }
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ab-index.sh: --rounds takes a whole number, not '$ROUNDS'" >&2; exit 2; }
[[ "$CHANGED" =~ ^[1-9][0-9]*$ ]] && [ "$CHANGED" -le 100 ] || { echo "ab-index.sh: --changed takes hundredths from 1 to 100, not '$CHANGED'" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "ab-index.sh: GNU time not found (apt-get install time)" >&2; exit 2; }
CORPUS=$(realpath "$CORPUS")
[ -z "$ON" ] || [ -f "$ON/danvan.db" ] || { echo "ab-index.sh: --on names no data folder with an index ($ON/danvan.db is missing)" >&2; exit 2; }
[ "$UNCHANGED" = 0 ] || [ -n "$ON" ] || { echo "ab-index.sh: --unchanged goes with --on DATA" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(realpath "$WORK")

# Builds REV into WORK/NAME and prints the path of its danvan.dll.
build() {
  local rev=$1 name=$2 dir
  if [ "$rev" = "." ]; then
    dotnet build -c Release -v q -nologo src/Indexer >&2 || { echo "ab-index.sh: the working tree does not build" >&2; exit 1; }
    rm -rf "$WORK/$name-bin"
    cp -r src/Indexer/bin/Release/net10.0 "$WORK/$name-bin" # a copy: building again meanwhile leaves the runs alone
    echo "$WORK/$name-bin/danvan.dll"
    return
  fi
  git rev-parse -q --verify "$rev^{commit}" >/dev/null || { echo "ab-index.sh: git names no commit '$rev'" >&2; exit 2; }
  dir=$WORK/$name
  git worktree remove --force "$dir" 2>/dev/null || rm -rf "$dir"
  git worktree add -q --detach "$dir" "$rev" >&2
  dotnet build -c Release -v q -nologo "$dir/src/Indexer" >&2 || { echo "ab-index.sh: $rev does not build" >&2; exit 1; }
  echo "$dir/src/Indexer/bin/Release/net10.0/danvan.dll"
}
dll_a=$(build "$A" a)
dll_b=$(build "$B" b)
# The files changed by --on runs, put back as they were.
restore() {
  [ -d "$WORK/originals" ] && (cd "$WORK/originals" && find . -type f -exec cp --parents -t "$CORPUS" {} +) && rm -rf "$WORK/originals"
  return 0
}
trap 'restore; rm -rf "$WORK/data" "$WORK/a-bin" "$WORK/b-bin"; for n in a b; do git worktree remove --force "$WORK/$n" 2>/dev/null || true; done' EXIT

# Appends a sentence to CHANGED hundredths of the plan files, from the hundredth numbered $1 on (keeping the original of each, once).
change_hundredth() {
  find "$CORPUS" -name '*.txt' -not -path "$CORPUS/registry/*" -printf '%P\n' | LC_ALL=C sort | awk -v k="$1" -v p="$CHANGED" '(NR - k + 100) % 100 < p' > "$WORK/changed.txt"
  mkdir -p "$WORK/originals"
  (cd "$CORPUS" && xargs -d '\n' cp -n --parents -t "$WORK/originals" < "$WORK/changed.txt")
  while IFS= read -r file; do
    printf '\nKế hoạch này được bổ sung để thực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.\n' >> "$CORPUS/$file"
  done < "$WORK/changed.txt"
}

runs=$WORK/runs.tsv
: > "$runs"
run=0
for round in $(seq 1 "$ROUNDS"); do
  for name in a b; do
    dll=dll_$name
    data=$WORK/data
    if [ -n "$ON" ]; then
      data=$ON
      run=$((run + 1))
      [ "$UNCHANGED" = 1 ] || change_hundredth $(( (run * 37) % 100 ))
    else
      rm -rf "$data"
    fi
    /usr/bin/time -o "$WORK/time" -f "%M %U %S" dotnet "${!dll}" index "$CORPUS" --data "$data" --json > "$WORK/run.json" 2> "$WORK/run.log" \
      || { echo "ab-index.sh: build $name failed to index; see $WORK/run.log" >&2; exit 1; }
    read -r peak user system < "$WORK/time"
    python3 - "$WORK/run.json" "$name" "$round" "$peak" "$user" "$system" <<'EOF2' | tee -a "$runs"
import json, sys
r = json.load(open(sys.argv[1]))
name, rnd, peak, user, system = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
print(f"{name}\t{rnd}\t{r['seconds']:.1f}\t{r['megabytes'] / r['seconds']:.2f}\t{peak / 1024:.0f}\t{user:.1f}\t{system:.1f}\t{r['added']}+{r['changed']}-{r['removed']}")
EOF2
  done
done

python3 - "$runs" "$A" "$B" <<'EOF'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
print("build\trev\tmedian s\tmedian MB/s\tmedian peak MB\tmedian user s\tmedian system s\truns")
for name, rev in (("a", sys.argv[2]), ("b", sys.argv[3])):
    mine = [r for r in rows if r[0] == name]
    med = lambda i: statistics.median(float(r[i]) for r in mine)
    print(f"{name}\t{rev}\t{med(2):.1f}\t{med(3):.2f}\t{med(4):.0f}\t{med(5):.1f}\t{med(6):.1f}\t{len(mine)}")
EOF
