// Kiosk soak (a measurement, not a test): runs the release build in kiosk mode with a 4-second
// idle time in headless Chromium and repeats attract → touch → a visitor's walk through the
// timeline, an event, the map and the gallery → idle, many times. Reports the JS heap (after
// a forced GC), the wasm memory and the DOM element count at the start and the end, so that
// growth across days of use would show. Usage: ./scripts/soak.sh [cycles]   (default 40)
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";

const cycles = Number(process.argv[2] ?? 40);
const PORT = 4398;
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

const measure = () =>
  page.evaluate(() => {
    window.gc?.();
    return {
      heap: performance.memory.usedJSHeapSize,
      wasm: window.__wasm?.memory?.buffer.byteLength ?? 0,
      nodes: document.getElementsByTagName("*").length,
    };
  });
const attract = () => page.waitForSelector(".attract", { timeout: 15_000 });

async function visit() {
  // Touch the attract screen: Home.
  await page.mouse.click(960, 540);
  await page.waitForSelector(".attract", { state: "detached" });
  await page.locator(".site-nav").getByRole("link", { name: "Timeline" }).click();
  await page.waitForSelector(".tl-event");
  await page.locator('.tl-event[data-event="khalkhin-gol"]').click();
  await page.waitForSelector("#event-panel-title");
  await page.keyboard.press("Escape");
  await page.locator("#tl-viewport").focus();
  for (const key of ["+", "+", "ArrowRight", "-"]) await page.keyboard.press(key);
  await page.locator(".site-nav").getByRole("link", { name: "Map" }).click();
  await page.waitForSelector(".marker");
  await page.locator(".marker[data-place=karaganda]").dispatchEvent("click");
  await page.waitForSelector("#place-panel-title");
  await page.locator(".site-nav").getByRole("link", { name: "Memorial gallery" }).click();
  await page.waitForSelector(".gallery-card");
}

try {
  await page.goto(`http://127.0.0.1:${PORT}/?kiosk&idle=4`);
  await attract();
  // One warm-up cycle, so that the start figure includes everything loaded once.
  await visit();
  await attract();
  const start = await measure();
  const started = Date.now();
  for (let i = 0; i < cycles; i++) {
    await visit();
    await attract();
  }
  const end = await measure();
  const mib = (b) => `${(b / 1048576).toFixed(2)} MiB`;
  console.log(`${cycles} cycles of attract → touch → timeline, event, map, place, gallery → idle in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log("| | start | end | change |");
  console.log("|---|---:|---:|---:|");
  console.log(`| JS heap | ${mib(start.heap)} | ${mib(end.heap)} | ${mib(end.heap - start.heap)} |`);
  console.log(`| wasm memory | ${mib(start.wasm)} | ${mib(end.wasm)} | ${mib(end.wasm - start.wasm)} |`);
  console.log(`| DOM elements (attract screen) | ${start.nodes} | ${end.nodes} | ${end.nodes - start.nodes} |`);
  console.log(`errors: ${errors.length ? errors.join("; ") : "none"}`);
} finally {
  await browser.close();
  server.kill();
}
