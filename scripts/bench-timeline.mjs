// Timeline benchmark (a measurement, not a test): synthetic datasets of 1,000 and 10,000
// events served with the release build in dist/, measured in Chromium.
// Usage: node scripts/bench-timeline.mjs [sizes...]   (default 1000 10000; scripts/bench.sh builds first)
// Reports: time to the first drawn event (from navigation start, and after events.json
// arrived), time per zoom step, per pan step and per filter change (median and worst),
// the JS heap and the wasm memory.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { syntheticEvents } from "./lib/synthetic-events.mjs";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(1000, 10000);
const PORT = 4397;
const root = new URL("..", import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;

async function measure(size) {
  const dir = `/tmp/exhibit-bench-${size}`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(join(root, "public/data"), join(dir, "data"), { recursive: true });
  await writeFile(join(dir, "data/events.json"), JSON.stringify(syntheticEvents(size), null, 1));
  const server = spawn("node", [join(root, "scripts/static-server.mjs"), "--port", String(PORT), "--mount", `/=${join(root, "dist")}`, "--mount", `/data/=${join(dir, "data")}`], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info", "--js-flags=--expose-gc"],
  });
  try {
    // First render is measured on three fresh loads (the median is reported): a shared
    // machine is noisy. The interactions run on the last page.
    const loads = [];
    let page;
    for (let run = 0; run < 3; run++) {
      if (page) await page.close();
      page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(() => {
        addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
        new MutationObserver((_, observer) => {
          if (document.querySelector(".tl-event")) {
            window.__firstEvent = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`http://127.0.0.1:${PORT}/timeline`);
      await page.waitForFunction(() => window.__firstEvent, null, { timeout: 60_000 });
      loads.push(await page.evaluate(() => {
        const data = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/data/events.json"));
        return { fromStart: window.__firstEvent, afterData: window.__firstEvent - data.responseEnd, bytes: data.encodedBodySize };
      }));
    }
    const first = {
      fromStart: median(loads.map((l) => l.fromStart)),
      afterData: median(loads.map((l) => l.afterData)),
      bytes: loads[0].bytes,
    };

    // One interaction: dispatch it, let the reactive updates run (they finish within
    // the task and its microtasks), then force style and layout so their cost counts.
    const timed = (action) =>
      page.evaluate(async (action) => {
        const viewport = document.getElementById("tl-viewport");
        const tick = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
        const before = document.querySelector(".filter-count").textContent;
        const t0 = performance.now();
        if (action.key) viewport.dispatchEvent(new KeyboardEvent("keydown", { key: action.key, bubbles: true, cancelable: true }));
        if (action.chip) [...document.querySelectorAll(".chip")].find((c) => c.textContent.includes(action.chip)).click();
        await tick();
        // A filter change goes through the router: wait until the count has changed.
        for (let i = 0; action.chip && i < 200 && document.querySelector(".filter-count").textContent === before; i++) await tick();
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        return performance.now() - t0;
      }, action);

    const zoom = [];
    for (let i = 0; i < 8; i++) zoom.push(await timed({ key: "+" }));
    for (let i = 0; i < 8; i++) zoom.push(await timed({ key: "-" }));
    const pan = [];
    await timed({ key: "+" });
    await timed({ key: "+" });
    for (let i = 0; i < 10; i++) pan.push(await timed({ key: "ArrowRight" }));
    const filter = [];
    for (const chip of ["Labour", "Labour", "Remembrance", "Remembrance", "War", "War"]) filter.push(await timed({ chip }));
    const memory = await page.evaluate(() => {
      window.gc?.();
      return { heap: performance.memory.usedJSHeapSize, wasm: window.__wasm?.memory?.buffer.byteLength ?? 0, nodes: document.getElementsByTagName("*").length, markers: document.querySelectorAll(".tl-event").length };
    });
    return { size, first, zoom, pan, filter, memory, browser: browser.version() };
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows = [];
for (const size of sizes) {
  const r = await measure(size);
  rows.push(r);
  console.log(`${size} events: first event drawn ${fmt(r.first.fromStart)} after navigation, ${fmt(r.first.afterData)} after events.json (${(r.first.bytes / 1024).toFixed(0)} KiB) arrived`);
}
const cpu = (await readFile("/proc/cpuinfo", "utf8").catch(() => "")).match(/model name\s*:\s*(.*)/)?.[1] ?? "unknown CPU";
console.log(`\nChromium ${rows[0].browser}, ${cpu}, viewport 1440×900\n`);
console.log("| events | first render (from navigation) | first render (after data) | zoom step median / worst | pan step median / worst | filter change median / worst | JS heap | wasm memory | DOM elements |");
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  const mw = (xs) => `${fmt(median(xs))} / ${fmt(Math.max(...xs))}`;
  console.log(`| ${r.size.toLocaleString("en")} | ${fmt(r.first.fromStart)} | ${fmt(r.first.afterData)} | ${mw(r.zoom)} | ${mw(r.pan)} | ${mw(r.filter)} | ${mib(r.memory.heap)} | ${mib(r.memory.wasm)} | ${r.memory.nodes} |`);
}
