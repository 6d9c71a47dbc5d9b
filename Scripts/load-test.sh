#!/usr/bin/env bash
# Load test of `screener serve`: a release build on a free loopback port, then wrk with
# 16 connections POSTing one project to /v1/screen for DURATION (default 10s; at this
# machine's rate far more than 10,000 requests). wrk prints the request count, throughput,
# latency percentiles (p99 under "Latency Distribution") and any non-2xx responses.
# Usage: Scripts/load-test.sh [DURATION] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
threads=${2:-2}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
swift build -c release --product screener 2>&1 | tail -1
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.build/release/screener serve --port "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done

wrk -t"$threads" -c16 -d"$duration" --latency -s Scripts/load-test.lua "http://127.0.0.1:$port/v1/screen"
curl -fsS "http://127.0.0.1:$port/healthz"
