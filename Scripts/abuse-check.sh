#!/usr/bin/env bash
# Sends `screener serve` the requests it must refuse — malformed JSON, a 100 MB body, a wrong
# content type, a project with a wrong-typed field — and prints each status and answer, then
# checks that the service still serves.
# Usage: Scripts/abuse-check.sh [BASE_URL]   (default: starts a debug build on a free port)
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-}
if [ -z "$base" ]; then
    swift build --product screener 2>&1 | tail -1
    source Scripts/serve-background.sh
    start_service .build/debug/screener
fi

send() { # NAME CONTENT-TYPE BODY-FILE [CURL-OPTION...]
    printf '%s: ' "$1"
    curl -sS -o /tmp/screener-abuse.out -w '%{http_code}\n' -X POST -H "Content-Type: $2" \
        --data-binary "@$3" "${@:4}" "$base/v1/screen" || true
    cat /tmp/screener-abuse.out 2>/dev/null; echo
}
work=$(mktemp -d)
printf '{"id": "X-1", "labour": 12' >"$work/malformed.json"
head -c 100000000 /dev/zero | tr '\0' ' ' >"$work/large.json"
printf '{"id": "X-1"}' >"$work/plain.txt"
printf '{"id": "X-1", "labour": "many"}' >"$work/wrong-type.json"
send "malformed JSON" application/json "$work/malformed.json"
send "100 MB body" application/json "$work/large.json"
send "100 MB body in chunks, no length" application/json "$work/large.json" -H "Transfer-Encoding: chunked"
send "wrong content type" text/plain "$work/plain.txt"
send "wrong-typed field" application/json "$work/wrong-type.json"
rm -rf "$work"
printf 'still serving: '
curl -fsS "$base/healthz"
