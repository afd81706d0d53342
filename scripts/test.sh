#!/usr/bin/env bash
# Installs what is missing, then runs every test: the model on the host, the components
# in headless Chromium (wasm-bindgen-test), and the whole app end to end (Playwright)
# against release builds served at / and under a sub-path.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "host tests: data model, validation, shipped datasets"
cargo test -p exhibit-model

step "curators' data check on the shipped datasets"
cargo check-data

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test -p exhibit --target wasm32-unknown-unknown --test components

step "release builds: at / and under /memorial/exhibit/"
trunk build --release --dist dist
trunk build --release --dist dist-sub --public-url /memorial/exhibit/
./scripts/size-report.sh dist

step "end-to-end tests in Chromium (Playwright)"
npx playwright test --config tests/e2e/playwright.config.mjs
