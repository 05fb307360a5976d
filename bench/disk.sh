#!/usr/bin/env bash
# What the disk under a folder gives: sequential writes (dd, synced), random 8 KB writes (synced once at the end) and
# random 8 KB reads of a file not in memory (one at a time, as LiteDB reads a page it does not hold).
#   bench/disk.sh [FOLDER] [--gb 4]
# Writes a file of --gb GB in FOLDER (default /tmp), deletes it after. Run as root to drop the page cache before the
# reads (otherwise they may come from memory, and the script says so).
set -Eeuo pipefail
FOLDER=/tmp GB=4
while [ $# -gt 0 ]; do
  case "$1" in
    --gb) GB=${2:-}; shift $(( $# > 1 ? 2 : 1 )) ;;
    -*) echo "disk.sh: unknown option $1" >&2; exit 2 ;;
    *) FOLDER=$1; shift ;;
  esac
done
[[ "$GB" =~ ^[1-9][0-9]*$ ]] || { echo "disk.sh: --gb takes a whole number of GB, not '$GB'" >&2; exit 2; }
[ -d "$FOLDER" ] || { echo "disk.sh: $FOLDER: no such folder" >&2; exit 2; }
FILE=$(mktemp -p "$FOLDER" danvan-disk.XXXXXX)
trap 'rm -f "$FILE"' EXIT
echo "sequential write: $(dd if=/dev/zero of="$FILE" bs=1M count=$((GB * 1024)) conv=fdatasync 2>&1 | tail -n 1)"
python3 - "$FILE" "$GB" <<'EOF'
import os, random, sys, time
path, gb = sys.argv[1], int(sys.argv[2])
pages = (gb << 30) // 8192
fd = os.open(path, os.O_RDWR)
block = os.urandom(8192)
start, n = time.time(), 20000
for _ in range(n):
    os.pwrite(fd, block, random.randrange(pages) * 8192)
os.fsync(fd)
seconds = time.time() - start
print(f"random 8 KB writes: {n / seconds:,.0f}/s, {n * 8192 / seconds / 1e6:.0f} MB/s")
dropped = os.geteuid() == 0 and os.system("sync; echo 3 > /proc/sys/vm/drop_caches") == 0
start, n = time.time(), 5000
for _ in range(n):
    os.pread(fd, 8192, random.randrange(pages) * 8192)
seconds = time.time() - start
print(f"random 8 KB reads{'' if dropped else ' (page cache not dropped: not root)'}: {n / seconds:,.0f}/s, {seconds / n * 1e6:.0f} us each")
os.close(fd)
EOF
