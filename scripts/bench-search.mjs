// Search benchmark (a measurement, not a test): the shipped data plus synthetic events, whose
// texts are made of words from the shipped events in all four languages, served with the
// release build in dist/ and searched in Chromium.
// Usage: node scripts/bench-search.mjs [events]   (default 10000; build dist first: scripts/bench.sh)
// Reports: building the index (the `search-index` measure), the engine's time per keystroke
// (`search-query`) and the time from a keystroke to the results drawn, median and worst.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const size = Number(process.argv[2] ?? 10000);
// A free port: a fixed one may be taken by another server on a shared machine.
const PORT = await new Promise((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const root = new URL("..", import.meta.url).pathname;
const shipped = JSON.parse(await readFile(join(root, "public/data/events.json"), "utf8"));
const sources = JSON.parse(await readFile(join(root, "public/data/sources.json"), "utf8")).map((s) => s.id);

let seed = 1956;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
// Words per language from the shipped texts (Japanese: runs of 2–4 characters).
const words = {};
for (const lang of ["en", "ru", "kk", "ja"]) {
  const text = shipped.map((e) => `${e.title[lang] ?? ""} ${e.summary[lang] ?? ""}`).join(" ");
  words[lang] = lang === "ja"
    ? [...text.matchAll(/[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{2,4}/gu)].map((m) => m[0])
    : text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}
const sentence = (lang, n) => Array.from({ length: n }, () => pick(words[lang])).join(lang === "ja" ? "" : " ");
const text = (n) => Object.fromEntries(["en", "ru", "kk", "ja"].map((l) => [l, sentence(l, n)]));

const events = [...shipped];
for (let i = events.length; i < size; i++) {
  events.push({
    id: `synthetic-${i}`,
    date: `${1939 + Math.floor(random() * 87)}`,
    category: pick(["war", "captivity", "labour", "repatriation", "remembrance", "research"]),
    title: text(6),
    summary: text(30),
    citations: [{ source: pick(sources) }],
  });
}

const dir = `/tmp/exhibit-bench-search-${size}`;
await rm(dir, { recursive: true, force: true });
await mkdir(dir, { recursive: true });
await cp(join(root, "public/data"), join(dir, "data"), { recursive: true });
await writeFile(join(dir, "data/events.json"), JSON.stringify(events, null, 1));
const server = spawn("node", [join(root, "scripts/static-server.mjs"), "--port", String(PORT), "--mount", `/=${join(root, "dist")}`, "--mount", `/data/=${join(dir, "data")}`], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `median ${median(xs).toFixed(2)} ms, worst ${Math.max(...xs).toFixed(2)} ms (${xs.length})`;

try {
  const builds = [];
  const engine = [];
  const drawn = [];
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${PORT}/search`);
    await page.waitForSelector(".search-suggestions", { timeout: 120_000 });
    // The index is built when the first query needs it.
    for (const query of ["Karaganda", "Спасск зираты", "スパスク", "Қарағанды", "Karaganada", "camp 99"]) {
      for (let n = 1; n <= [...query].length; n++) {
        const prefix = [...query].slice(0, n).join("");
        drawn.push(await page.evaluate((value) => new Promise((resolve) => {
          const input = document.querySelector("#search-input");
          const start = performance.now();
          input.value = value;
          input.dispatchEvent(new Event("input", { bubbles: true }));
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }), prefix));
      }
    }
    const measures = await page.evaluate(() => ({
      index: performance.getEntriesByName("search-index").map((e) => e.duration),
      query: performance.getEntriesByName("search-query").map((e) => e.duration),
    }));
    builds.push(...measures.index);
    engine.push(...measures.query.slice(1));
    await page.close();
  }
  console.log(`${events.length} events (${size} requested), 3 fresh pages:`);
  console.log(`  index build:              ${fmt(builds)}`);
  console.log(`  engine per keystroke:     ${fmt(engine)}`);
  console.log(`  keystroke to results:     ${fmt(drawn)}`);
} finally {
  await browser.close();
  server.kill();
}
