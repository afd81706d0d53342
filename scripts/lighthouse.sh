#!/usr/bin/env bash
# Lighthouse (mobile preset) on the release build served gzip'd like a static host: the
# median of 3 runs per route of the four category scores and of FCP, LCP, TBT and CLS, and
# Lighthouse's benchmark index of this machine (its CPU speed; a phone-class figure is
# simulated on top of it). A measurement, not a test: results go into docs/PERFORMANCE.md.
# Usage: ./scripts/lighthouse.sh [runs]   (builds into dist-lighthouse/; LIGHTHOUSE_SKIP_BUILD=1 to use it as it is,
# LIGHTHOUSE_DIST=folder to measure another build, e.g. an older one, without building)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
runs=${1:-3}
[ -x node_modules/.bin/playwright ] || ./scripts/setup.sh --test
dist=${LIGHTHOUSE_DIST:-dist-lighthouse}
# A port nothing listens on now (several people may measure on one machine).
PORT=$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
# Built for this address, so that the canonical and Open Graph addresses are absolute, as
# Lighthouse's SEO audit requires (a build without SITE_URL writes them relative: SEO 91).
[ "${LIGHTHOUSE_SKIP_BUILD:-}" = 1 ] || [ -n "${LIGHTHOUSE_DIST:-}" ] ||
  SITE_URL="http://127.0.0.1:$PORT" trunk build --release --dist dist-lighthouse
# The lighthouse npm package, outside the project's dependencies (it is large and only
# this script uses it), in a cache folder of its own.
LH_VERSION=13.5.0
LH_DIR=${LIGHTHOUSE_DIR:-$HOME/.cache/exhibit-lighthouse}
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  npm install --no-audit --no-fund --prefix "$LH_DIR" "lighthouse@$LH_VERSION" >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
node scripts/static-server.mjs --port "$PORT" --mount "/=$dist" --gzip >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
kill -0 "$server" # the server is ours and still running
out=$(mktemp -d)
routes=(/ /timeline /gallery /statistics /map /timeline/gko-resolution-9898)
for route in "${routes[@]}"; do
  for run in $(seq "$runs"); do
    "$LH_DIR/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$route" \
      --quiet --output=json --output-path="$out/$(echo "$route" | tr / _)-$run.json" \
      --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>&1 \
      || echo "lighthouse failed on $route (run $run)" >&2
  done
done
node - "$out" "${routes[@]}" <<'JS'
const { readFileSync, readdirSync } = require("node:fs");
const [dir, ...routes] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const files = readdirSync(dir);
const bench = [];
console.log("| route | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const route of routes) {
  const key = route.replaceAll("/", "_");
  // A run that failed (e.g. a page answered 404) has no metrics: it is left out.
  const reports = files
    .filter((f) => f.startsWith(key + "-"))
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, "utf8")))
    .filter((r) => !r.runtimeError && r.audits["largest-contentful-paint"]?.numericValue !== undefined);
  if (reports.length === 0) {
    console.log(`| ${route} | no successful run | | | | | | | |`);
    continue;
  }
  const score = (id) => Math.round(median(reports.map((r) => r.categories[id].score ?? 0)) * 100);
  const metric = (id) => median(reports.map((r) => r.audits[id].numericValue));
  for (const r of reports) bench.push(r.environment.benchmarkIndex);
  console.log(`| ${route} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${(metric("first-contentful-paint") / 1000).toFixed(1)} s | ${(metric("largest-contentful-paint") / 1000).toFixed(1)} s | ${metric("total-blocking-time").toFixed(0)} ms | ${metric("cumulative-layout-shift").toFixed(3)} |`);
}
console.log(`\nBenchmark index (median of ${bench.length} runs): ${median(bench)}; Lighthouse ${LHV()}`);
function LHV() { try { return JSON.parse(readFileSync(`${dir}/${files[0]}`, "utf8")).lighthouseVersion; } catch { return "?"; } }
JS
rm -rf "$out"
