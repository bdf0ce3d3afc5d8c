#!/usr/bin/env bash
# Where one batch thread's instructions go, counted by valgrind's cachegrind (steadier than this VM's
# clock, which drifts by tens of percent, but not exact over hundreds of files: the same bundle counted
# 40.7 G and 45.2 G instructions for 200 files in two runs, eleventh session): start-up, warm-up (the JIT
# compiling ExcelJS and the engine, paid again by every worker of --jobs 2 on its own thread) and the
# steady cost per file. Runs bench/cachegrind-batch.ts as a --jobs 2 worker runs (--single-threaded)
# with 0, 100 and 200 files. Needs valgrind (apt-get install -y valgrind); takes ~5 minutes on 2 cores.
# Not part of `npm run bench` or CI.
#   bash bench/cachegrind-batch.sh      one JSON line (instructions; warm-up also in files' worth)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx esbuild bench/cachegrind-batch.ts --bundle --platform=node --outfile="$out/batch.js" --log-level=warning
pids=()
for n in 0 100 200; do
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$out/cg.$n" \
    node --single-threaded --predictable --hash-seed=1 --random-seed=1 "$out/batch.js" samples "$n" >"$out/log.$n" 2>&1 &
  pids+=($!)
done
for i in 0 1 2; do
  wait "${pids[$i]}" || { echo "cachegrind-batch: a run failed:" >&2; grep -v '^==' "$out/log.$(( i * 100 ))" >&2; exit 1; }
done
python3 - "$out/cg.0" "$out/cg.100" "$out/cg.200" <<'PY'
import json, sys
def instructions(path):
    events = None
    for line in open(path):
        if line.startswith("events:"): events = line.split()[1:]
        if line.startswith("summary:"): return dict(zip(events, map(int, line.split()[1:])))["Ir"]
zero, first, second = (instructions(p) for p in sys.argv[1:4])
steady = (second - first) / 100
warmup = first - zero - 100 * steady
print(json.dumps({
    "bench": "batch.thread.cachegrind",
    "startupInstructions": zero,
    "steadyInstructionsPerFile": round(steady),
    "warmupInstructions": round(warmup),
    "warmupFilesWorth": round(warmup / steady, 1),
    "note": "one --single-threaded thread; warm-up = first 100 files minus 100 steady files",
}))
PY
