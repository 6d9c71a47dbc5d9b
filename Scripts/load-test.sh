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
source Scripts/serve-background.sh
start_service .build/release/screener

wrk -t"$threads" -c16 -d"$duration" --latency -s Scripts/load-test.lua "$base/v1/screen"
curl -fsS "$base/healthz"
