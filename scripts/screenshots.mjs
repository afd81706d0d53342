// Screenshots of the main pages at phone, desktop and kiosk sizes, for a visual review.
// Usage: node scripts/screenshots.mjs [base-url] [out-dir]   (expects a running server)
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";

const base = process.argv[2] ?? "http://127.0.0.1:4173";
const out = process.argv[3] ?? "screenshots";
const pages = (process.env.PAGES ?? "/,/timeline,/timeline/gko-resolution-9898,/gallery,/statistics,/map,/sources,/about").split(",");
const sizes = { phone: [390, 844], desktop: [1440, 900], kiosk: [1920, 1080] };

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const [name, [width, height]] of Object.entries(sizes)) {
  const page = await browser.newPage({ viewport: { width, height } });
  for (const path of pages) {
    await page.goto(base + path);
    await page.waitForSelector("main h1");
    await page.waitForFunction(() => !document.querySelector(".loading"));
    const file = `${out}/${name}-${path.replace(/[/?=&]+/g, "_").replace(/^_$/, "home") || "home"}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === "1" });
    console.log(file);
  }
  await page.close();
}
await browser.close();
