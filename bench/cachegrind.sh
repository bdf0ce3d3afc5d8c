#!/usr/bin/env bash
# Instructions and cache misses per engine run on the seed, counted by valgrind's cachegrind: the same
# count every time for the same code (V8 --predictable, fixed seeds), where the clock on a shared VM
# drifts by tens of percent. For comparing two versions of the engine: run it in each checkout.
# Needs valgrind (apt-get install -y valgrind); takes ~3 minutes. Not part of `npm run bench` or CI.
#   bash bench/cachegrind.sh [FILE]     one JSON line: per-run Ir, I1mr, ILmr, D1mr, DLmr, DLmw
# LL is simulated as 2 MB (this VM's Xeon: 2 MB L2 per core); LL=4194304,16,64 etc. to try others.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-samples/yangcheng-xinfang-2024.xlsx}
ll=${LL:-2097152,16,64}
low=300
high=400
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx esbuild bench/cachegrind-seed.ts --bundle --platform=node --outfile="$out/seed.js" --log-level=warning
for n in $low $high; do
  valgrind --tool=cachegrind --cache-sim=yes --LL="$ll" --cachegrind-out-file="$out/cg.$n" \
    node --predictable --hash-seed=1 --random-seed=1 "$out/seed.js" "$file" "$n" >"$out/log.$n" 2>&1 &
done
wait
python3 - "$out/cg.$low" "$out/cg.$high" $((high - low)) "$ll" <<'PY'
import json, sys
def totals(path):
    events = None
    for line in open(path):
        if line.startswith("events:"): events = line.split()[1:]
        if line.startswith("summary:"): return dict(zip(events, map(int, line.split()[1:])))
low, high, runs = totals(sys.argv[1]), totals(sys.argv[2]), int(sys.argv[3])
per = {k: round((high[k] - low[k]) / runs) for k in ("Ir", "I1mr", "ILmr", "D1mr", "DLmr", "DLmw")}
print(json.dumps({"bench": "engine.seed.cachegrind", "perRun": per, "runs": runs, "LL": sys.argv[4]}))
PY
