#!/usr/bin/env bash
# Installs what is missing, then serves the exhibit with live reload at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo
echo "Serving the exhibit at http://127.0.0.1:8080/ (first build takes a few minutes; Ctrl-C stops)"
exec trunk serve "$@"
