// The bad-data matrix: every dataset × every way a file can be broken. The pages that need
// the file (Page::needs in model/src/route.rs) show a panel naming it; every other page works
// as usual (it may name a follow-on problem in another file, never this one); nothing panics,
// no page stays blank or loading. One page per dataset, one load per case, pages visited by
// following the site's own links (the datasets are read once per load).
import { test, expect } from "./fixtures.mjs";
import { readFile, readdir } from "node:fs/promises";

const DATA = new URL("../../public/data/", import.meta.url);

/// Page::needs, by the page's address.
const PAGES = [
  ["/", ["figures", "conflicts", "sources"]],
  ["/timeline", ["events", "eras", "places", "people", "sources"]],
  ["/gallery", ["gallery", "places", "events", "people", "sources"]],
  ["/statistics", ["figures", "conflicts", "events", "sources"]],
  ["/map", ["places", "sources"]],
  ["/sources", ["sources"]],
  ["/about", []],
];

const edit = (f) => (text) => {
  const entries = JSON.parse(text);
  return f(entries) === false ? null : JSON.stringify(entries, null, 2);
};

/// Each case: [name, how to break the file's text (null: does not apply), HTTP status, type].
const CASES = [
  ["truncated", (t) => t.slice(0, Math.floor(t.length / 2))],
  ["empty", () => ""],
  ["wrong top-level type", () => '{"entries": []}'],
  ["field missing", edit((e) => void delete e[0].id)],
  ["wrong type", edit((e) => void (e[0].id = 42))],
  ["duplicate id", edit((e) => void e.push(structuredClone(e[0])))],
  [
    "dangling reference",
    edit((e) => {
      const entry = e.find((x) => Array.isArray(x.citations) && x.citations.length);
      if (!entry) return false;
      entry.citations[0].source = "no-such-source";
    }),
  ],
  [
    "impossible date",
    edit((e) => {
      const entry = e.find((x) => typeof x.date === "string" || typeof x.born === "string");
      if (!entry) return false;
      if (typeof entry.date === "string") entry.date = "1945-02-30";
      else entry.born = "1945-02-30";
    }),
  ],
  [
    "huge field",
    edit((e) => {
      const key = ["title", "name", "label"].find((k) => k in e[0]);
      if (typeof e[0][key] === "string") e[0][key] = "W".repeat(100_000);
      else e[0][key].en = "W".repeat(100_000);
    }),
  ],
  ["HTTP 404", (t) => t, 404],
  ["HTTP 500", (t) => t, 500],
  ["HTML instead of JSON", () => "<!doctype html><html><body><h1>Not here</h1></body></html>", 200, "text/html"],
];

const files = (await readdir(DATA)).filter((f) => f.endsWith(".json")).sort();

for (const file of files) {
  const dataset = file.replace(/\.json$/, "");
  test(`bad ${file}: the pages that need it say so, the others work`, async ({ page }) => {
    test.setTimeout(300_000); // twelve loads of the app, seven pages each
    const original = await readFile(new URL(file, DATA), "utf8");
    page.expectConsoleError(/status of (404|500)/); // the browser logs failed requests itself
    let current = null;
    const timings = [];
    await page.route(`**/data/${file}`, (route) => route.fulfill(current));
    for (const [name, breakIt, status = 200, contentType = "application/json"] of CASES) {
      const body = breakIt(original);
      if (body === null) continue;
      current = { status, contentType, body };
      const started = Date.now();
      let first = true;
      for (const [path, needs] of PAGES) {
        const where = `${file}, ${name}, ${path}`;
        if (first) await page.goto(path);
        else await page.locator(`a[href="${path}"]`).first().click();
        first = false;
        await expect(page, where).toHaveURL(new RegExp(`${path === "/" ? "/" : path}$`));
        await expect(page.locator("main h1"), where).toBeVisible();
        await expect(page.locator(".loading"), `${where}: still loading`).toHaveCount(0);
        const problemsIn = page.locator(".data-problem-where");
        if (needs.includes(dataset)) {
          await expect(page.getByRole("alert").first(), where).toContainText(file);
        } else {
          // A follow-on problem in another file may name this one ("no figure … in
          // figures.json"); no problem of this file itself shows here.
          for (const text of await problemsIn.allInnerTexts()) expect(text, where).not.toMatch(new RegExp(`^${file}`));
        }
        expect(await page.locator("main").innerText(), where).not.toBe("");
      }
      timings.push(`${name} ${Date.now() - started} ms`);
    }
    console.log(`bad ${file}: ${timings.join(", ")}`);
  });
}
