#!/usr/bin/env bash
# Fuzzes the CEL parser, checker and evaluator with libFuzzer.
# Usage: Scripts/fuzz.sh [SECONDS]   (default 600); crash inputs are written to ./fuzz-crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build -c release --product cel-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
mkdir -p fuzz-corpus fuzz-crashes
# Seed the corpus with the conformance expressions.
if [ -d ../shared/cel-conformance ] && [ -z "$(ls -A fuzz-corpus)" ]; then
  python3 - <<'PY'
import json, glob, hashlib, os
for f in glob.glob('../shared/cel-conformance/*.json'):
    for s in json.load(open(f))['sections']:
        for t in s['tests']:
            e = t['expr'].encode()
            open(os.path.join('fuzz-corpus', hashlib.sha1(e).hexdigest()), 'wb').write(e)
PY
fi
ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/cel-fuzz fuzz-corpus -max_total_time="$seconds" -max_len=4096 \
  -artifact_prefix=fuzz-crashes/ -print_final_stats=1 -detect_leaks=0
