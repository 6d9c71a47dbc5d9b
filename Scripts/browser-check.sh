#!/usr/bin/env bash
# Browser check of the web form: builds screener, starts `screener serve` on a free port,
# drives headless Chromium (Debian's `chromium`) to fill and submit the form with a sample
# project, checks the verdict on the result page, and saves Fixtures/service/form.png and
# Fixtures/service/result.png. Needs chromium and python3 with websocket-client and PyYAML
# (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
python3 -c 'import websocket, yaml' 2>/dev/null || python3 -m pip install -q websocket-client pyyaml

swift build --product screener 2>&1 | tail -1
source Scripts/serve-background.sh
start_service .build/debug/screener

mkdir -p Fixtures/service
python3 Scripts/browser-check.py "$base" \
    Fixtures/projects/kg-2024-007-lo-voi-hon-dat.yaml "Không chấp thuận" Fixtures/service
