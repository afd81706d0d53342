// Kiosk soak (a measurement, not a test): the release build in kiosk mode in headless Chromium,
// on a controlled clock (so a cycle costs no real idle time): idle → attract screen → a touch →
// Home, again and again, and every 20th cycle a visitor's walk (timeline, an event, the map, a
// place, the gallery, a search). Samples the JS heap (after a forced GC, through the DevTools protocol), the wasm memory and
// the DOM element count every `every` cycles; reports the growth from cycle 1,000 (after the
// warm-up) to the end. Usage: ./scripts/soak.sh [cycles] [every]   (default 10000 500)
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const cycles = Number(process.argv[2] ?? 10000);
const every = Number(process.argv[3] ?? 500);
// A free port: a fixed one may be taken by another server on a shared machine.
const PORT = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const root = new URL("..", import.meta.url).pathname;
const server = spawn("node", [`${root}scripts/static-server.mjs`, "--port", String(PORT), "--mount", `/=${root}dist`], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-precise-memory-info", "--js-flags=--expose-gc"],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const errors = [];
page.on("pageerror", (e) => errors.push(e.message));
page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
await page.clock.install();
// The controlled clock numbers its timers from 10^12, which wasm's i32 timer handles cannot
// hold (web-sys truncates them), so the app's clearTimeout/clearInterval would miss and every
// cleared timer would stay in the clock: small ids, mapped to the clock's own.
await page.addInitScript(() => {
  const ids = new Map();
  let next = 1;
  for (const [set, clear] of [["setTimeout", "clearTimeout"], ["setInterval", "clearInterval"]]) {
    const setFake = window[set], clearFake = window[clear];
    window[set] = (f, ...rest) => {
      const id = next++;
      const once = set === "setTimeout" && typeof f === "function";
      ids.set(id, setFake(once ? (...a) => { ids.delete(id); f(...a); } : f, ...rest));
      return id;
    };
    window[clear] = (id) => { clearFake(ids.get(id)); ids.delete(id); };
  }
});

// The heap through the DevTools protocol: the controlled clock replaces `performance`.
const cdp = await page.context().newCDPSession(page);
async function measure() {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const page_ = await page.evaluate(() => ({
    wasm: window.__wasm?.memory?.buffer.byteLength ?? 0,
    nodes: document.getElementsByTagName("*").length,
  }));
  return { heap: usedSize, ...page_ };
}
async function idleToAttractAndBack() {
  await page.clock.fastForward("10:05");
  // Locators, not waitForSelector: an element handle keeps its (detached) element alive.
  await page.locator(".attract").waitFor({ timeout: 15_000 });
  await page.mouse.click(960, 540);
  await page.locator(".attract").waitFor({ state: "detached" });
}
async function walk() {
  const nav = (name) => page.locator(".site-nav").getByRole("link", { name, exact: true }).click();
  await nav("Timeline");
  await page.locator(".tl-event").first().waitFor({ state: "attached" });
  await page.locator(".tl-event").first().click();
  await page.locator("#event-panel-title").first().waitFor({ state: "attached" });
  await page.keyboard.press("Escape");
  await nav("Map");
  await page.locator(".marker").first().waitFor({ state: "attached" });
  await page.locator(".marker[data-place=karaganda]").dispatchEvent("click");
  await page.locator("#place-panel-title").first().waitFor({ state: "attached" });
  await nav("Memorial gallery");
  await page.locator(".gallery-card").first().waitFor({ state: "attached" });
  await page.locator("#search-input").fill("Karaganda");
  await page.locator(".search-hit").first().waitFor({ state: "attached" });
}

try {
  await page.goto(`http://127.0.0.1:${PORT}/?kiosk&idle=600`);
  await page.locator("main h1").first().waitFor({ state: "attached" });
  const samples = [];
  const started = Date.now();
  for (let i = 1; i <= cycles; i++) {
    if (i % 20 === 0) await walk();
    await idleToAttractAndBack();
    if (i % every === 0 || i === 1) {
      samples.push({ cycle: i, seconds: (Date.now() - started) / 1000, ...(await measure()) });
      const s = samples.at(-1);
      console.error(`cycle ${i}: heap ${(s.heap / 1048576).toFixed(2)} MiB, wasm ${(s.wasm / 1048576).toFixed(2)} MiB, ${s.nodes} elements, ${s.seconds.toFixed(0)} s`);
    }
  }
  const mib = (b) => (b / 1048576).toFixed(2);
  console.log(`${cycles} cycles (idle 10 min, passed at once on a controlled clock; a walk every 20th) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log("| cycle | JS heap (MiB) | wasm memory (MiB) | DOM elements |");
  console.log("|---:|---:|---:|---:|");
  for (const s of samples) console.log(`| ${s.cycle} | ${mib(s.heap)} | ${mib(s.wasm)} | ${s.nodes} |`);
  const from = samples.find((s) => s.cycle >= 1000) ?? samples[0];
  const to = samples.at(-1);
  const growth = (a, b) => `${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(`growth from cycle ${from.cycle} to ${to.cycle}: JS heap ${growth(from.heap, to.heap)}, wasm ${growth(from.wasm, to.wasm)}, memory together ${growth(from.heap + from.wasm, to.heap + to.wasm)}, DOM ${to.nodes - from.nodes} elements`);
  console.log(`errors: ${errors.length ? errors.join("; ") : "none"}`);
} finally {
  await browser.close();
  server.kill();
}
