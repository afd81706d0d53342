// The Content-Security-Policy: written into every HTML file of both builds, with no inline
// script left for it to refuse, enforced by the browser, and every route renders under it
// (fixtures.mjs fails any test on a violation).
import { test, expect, settled } from "./fixtures.mjs";
import { test as plain } from "@playwright/test";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { paths } from "./routes.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'none'";

async function htmlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith(".html")) found.push(path);
  }
  return found;
}

test("every HTML file of both builds carries the policy and no inline script", async () => {
  for (const dist of ["dist", "dist-sub"]) {
    const files = await htmlFiles(join(ROOT, dist));
    const names = files.map((f) => f.slice(join(ROOT, dist).length + 1));
    expect(names, dist).toEqual(expect.arrayContaining(["index.html", "404.html"]));
    for (const file of files) {
      const html = await readFile(file, "utf8");
      const metas = [...html.matchAll(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/gi)];
      expect(metas, `${dist}/${file}: one CSP meta`).toHaveLength(1);
      const content = metas[0][0].match(/content="([^"]*)"/)[1].replace(/&#39;|&#x27;/g, "'");
      expect(content, file).toBe(POLICY);
      // The policy must come before anything it governs.
      expect(html.indexOf(metas[0][0]), file).toBeLessThan(html.search(/<(script|link|style)\b/i));
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, `${file}: every script is a file`).toMatch(/\bsrc=/);
        expect(body.trim(), file).toBe("");
      }
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/<style\b/i);
    }
  }
});

for (const path of paths) {
  test(`${path} renders under the policy`, async ({ page }) => {
    await page.goto(path);
    await settled(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toBe(POLICY);
  });
}

test("the sub-path build renders under the policy", async ({ page }) => {
  await page.goto("/memorial/exhibit/timeline?lang=ja");
  await settled(page);
  await page.goto("/memorial/exhibit/map");
  await settled(page);
});

// Without the fixture: this test provokes the violations on purpose.
plain("the browser enforces it: an injected inline script and a foreign image are refused", async ({ page }) => {
  const violations = [];
  await page.exposeFunction("__violation", (v) => violations.push(v));
  await page.addInitScript(() =>
    addEventListener("securitypolicyviolation", (e) => window.__violation(e.effectiveDirective), true),
  );
  await page.route(/^https?:\/\/elsewhere\.example\//, (route) => route.fulfill({ status: 200, body: "" }));
  await page.goto("/");
  await expect(page.locator("main h1")).toBeVisible();
  const ran = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.append(script);
    const img = document.createElement("img");
    img.src = "https://elsewhere.example/pixel.png";
    document.body.append(img);
    await new Promise((r) => setTimeout(r, 300));
    return Boolean(window.__inlineRan);
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations).toEqual(expect.arrayContaining(["script-src-elem", "img-src"]));
});
