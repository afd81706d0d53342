// Hostile data is inert: every dataset's addresses and texts are replaced with attack
// payloads (page.route), and on every route no dialog opens, no dangerous address becomes an
// href or src, no element is injected, and the page renders without widening.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile, readdir } from "node:fs/promises";
import { paths } from "./routes.mjs";

const DATA = new URL("../../public/data/", import.meta.url);
const HUGE = "W".repeat(100_000);

/// Addresses a source's `url` or a gallery image's `src` may hold in hostile data.
const ADDRESSES = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:image/svg+xml,<svg onload=alert(1)>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  'images/"><img src=x onerror=alert(1)>',
  "images/x.jpg\" onerror=\"alert(1)",
  "https://exa\u202Eelpm.org/",
  "https://example.org/\u202Egpj.exe",
  "//evil.example/x.jpg",
  "/etc/passwd",
  "../../secret.jpg",
  "https://user:pw@example.org/",
  "https://example.org/" + "a".repeat(100_000),
  "https://example.org/x.jpg",
  "images/not-a-picture.html",
  // Allowed: these must still work.
  "https://example.org/a?b=c#d",
  "images/kengir-japanese-memorial.svg",
];

/// Texts anywhere in the data: markup, scripts, addresses and bidi tricks must stay text.
const TEXTS = [
  "<img src=x onerror=alert(1)>",
  '"><script>alert(1)</script>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "\u202Ereversed text\u202C after",
  "\u2066isolate\u2069 \u200Fmark",
  "{{7*7}} ${alert(1)} <!--",
];

/// Keys whose string values are prose in one language (plain strings, not LocalizedText).
const PLAIN_TEXT_KEYS = new Set(["title", "author", "publisher", "credit", "licence", "locator"]);

function poison(file, json) {
  let n = 0;
  let huge = 0;
  const text = () => {
    n += 1;
    // A few 100 KB texts in each file: enough to measure, not to flood the test.
    if (n % 17 === 0 && huge < 3) {
      huge += 1;
      return HUGE;
    }
    return TEXTS[n % TEXTS.length] + " " + n;
  };
  let a = 0;
  const address = () => ADDRESSES[a++ % ADDRESSES.length];
  const walk = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object") {
      if ("en" in value && typeof value.en === "string") {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? text() : v]));
      }
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        if ((k === "url" || k === "src") && typeof v === "string") out[k] = address();
        else if (PLAIN_TEXT_KEYS.has(k) && typeof v === "string") out[k] = text();
        else out[k] = walk(v, k);
      }
      return out;
    }
    return value;
  };
  const out = walk(json);
  // Sources without a url get one too, so every payload is tried.
  if (file === "sources.json") for (const s of out) s.url ??= address();
  return out;
}

const files = (await readdir(DATA)).filter((f) => f.endsWith(".json"));
const poisoned = Object.fromEntries(
  await Promise.all(
    files.map(async (f) => [f, JSON.stringify(poison(f, JSON.parse(await readFile(new URL(f, DATA), "utf8"))))]),
  ),
);

async function servePoison(page) {
  await page.route("**/data/*.json", (route) => {
    const name = new URL(route.request().url()).pathname.split("/").pop();
    return route.fulfill({ status: 200, contentType: "application/json", body: poisoned[name] });
  });
}

/// Everything on the page that could run or leave: dangerous addresses, handlers, scripts.
function inspect() {
  const bad = [];
  const dangerous = /^(javascript|vbscript|data|file):/i;
  for (const el of document.querySelectorAll("[href], [src], [action], [formaction], [srcset], [poster]")) {
    for (const attr of ["href", "src", "action", "formaction", "srcset", "poster"]) {
      const raw = el.getAttribute(attr);
      if (raw === null) continue;
      // Browsers drop controls and whitespace before looking at the scheme.
      const seen = raw.replace(/[\u0000-\u0020\u007f]/g, "");
      // The statistics page offers its figures as data: downloads it makes itself.
      const download =
        el.tagName === "A" && el.hasAttribute("download") && /^data:(text\/csv|application\/json);/.test(raw);
      if (dangerous.test(seen) && !download) bad.push(`${el.tagName} ${attr}=${raw.slice(0, 60)}`);
      if (/[\u202A-\u202E\u2066-\u2069]/.test(raw)) bad.push(`${el.tagName} ${attr} holds a bidi control`);
    }
    if (el.tagName === "IMG" && new URL(el.src).origin !== location.origin) bad.push(`foreign img ${el.src.slice(0, 60)}`);
  }
  for (const el of document.querySelectorAll("*")) {
    for (const { name } of el.attributes) if (/^on/i.test(name)) bad.push(`${el.tagName} has ${name}`);
  }
  for (const s of document.querySelectorAll("script")) {
    // leptos_i18n leaves an empty <script> (its placeholder for server-side translations).
    const empty = !s.src && s.text.trim() === "";
    if (!empty && (!s.src || new URL(s.src).origin !== location.origin)) bad.push(`an injected script: ${s.outerHTML.slice(0, 80)}`);
  }
  for (const sel of ["main img[src='x']", "main svg svg", "main iframe", "main object", "main embed"]) {
    if (document.querySelector(sel)) bad.push(`injected ${sel}`);
  }
  for (const a of document.querySelectorAll("a[href^='http']")) {
    if (new URL(a.href).origin !== location.origin && !/\bnoopener\b/.test(a.rel)) bad.push(`external link without noopener: ${a.href.slice(0, 60)}`);
  }
  const widest = document.documentElement.scrollWidth - innerWidth;
  if (widest > 1) bad.push(`the page is ${widest}px wider than the window`);
  return bad;
}

test.describe("hostile data", () => {
  test.describe.configure({ timeout: 120_000 });

  test("every route renders, nothing runs, nothing is injected", async ({ page }) => {
    const dialogs = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await servePoison(page);
    const gallery = JSON.parse(poisoned["gallery.json"]);
    const events = JSON.parse(poisoned["events.json"]);
    const extra = [`/gallery/${gallery[0].id}`, `/gallery/${gallery[10].id}`, `/timeline/${events[5].id}`, "/sources?lang=ja", "/?lang=kk"];
    const timings = [];
    for (const path of [...paths, ...extra]) {
      const start = Date.now();
      await page.goto(path);
      await settled(page);
      timings.push(`${path} ${Date.now() - start} ms`);
      expect(await page.evaluate(inspect), path).toEqual([]);
    }
    console.log(`hostile data, time to render: ${timings.join(", ")}`);
    // A phone: long words and addresses wrap instead of widening the page.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", "/sources", "/timeline?view=list", extra[0], extra[2]]) {
      await page.goto(path);
      await settled(page);
      expect(await page.evaluate(inspect), `${path} at 360 px`).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  test("refused addresses are shown as text, allowed ones are links", async ({ page }) => {
    await servePoison(page);
    await page.goto("/sources");
    await settled(page);
    const refused = page.locator(".source-url-refused");
    await expect(refused.first()).toBeVisible();
    expect(await refused.count()).toBeGreaterThan(10);
    await expect(refused.filter({ hasText: "javascript:alert(1)" }).first()).toBeVisible();
    // Only https:/http: addresses on another site became links, each opened without a
    // referrer, and paths inside the site, under its base.
    const links = await page.locator(".source-url a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.rel]));
    expect(links.filter(([href]) => href.startsWith("https://")).length).toBeGreaterThan(0);
    for (const [href, rel] of links) {
      if (href.startsWith("/")) {
        expect(href).toMatch(/^\/images\/[a-z0-9.-]+$/);
      } else {
        expect(href).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]+\//i);
        expect(rel).toBe("noopener noreferrer");
      }
    }
    // The gallery shows its emblems instead of refused pictures.
    await page.goto("/gallery");
    await settled(page);
    const srcs = await page.locator("main img").evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src")));
    for (const src of srcs) expect(src).toMatch(/^\/images\/[a-z0-9-]+\.(jpg|jpeg|png|webp|avif|gif|svg)$/i);
    expect(await page.locator("main .card-emblem").count()).toBeGreaterThan(0);
  });
});
