// Regenerates the installable app's PNG icons (public/icons/) from public/favicon.svg,
// drawn by Chromium. Run after changing the icon: node scripts/make-icons.mjs
import { chromium } from "playwright-core";
import { mkdir, readFile } from "node:fs/promises";

const root = new URL("..", import.meta.url).pathname;
const svg = await readFile(`${root}public/favicon.svg`, "utf8");
await mkdir(`${root}public/icons`, { recursive: true });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: `${root}public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log("public/icons/icon-192.png, icon-512.png");
