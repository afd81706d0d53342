#!/usr/bin/env bash
# One command for the kiosk soak: builds the release app if needed, then cycles kiosk mode
# in headless Chromium and reports memory and DOM size at start and end (docs/PERFORMANCE.md).
# Usage: ./scripts/soak.sh [cycles] [every]   (default 10000 cycles, a sample every 500)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -x node_modules/.bin/playwright ] || ./scripts/setup.sh --test
trunk build --release --dist dist
node scripts/soak.mjs "$@"
