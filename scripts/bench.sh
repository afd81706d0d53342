#!/usr/bin/env bash
# One command for the timeline benchmark: builds the release app if needed, then measures
# synthetic datasets of 1,000 and 10,000 events in Chromium (see docs/PERFORMANCE.md).
# Usage: ./scripts/bench.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
[ -x node_modules/.bin/playwright ] || ./scripts/setup.sh --test
trunk build --release --dist dist
node scripts/bench-timeline.mjs "$@"
