// Prerendered pages (model/src/prerender, written by trunk's post-build hook): every route
// and one deep link of each kind is a real file that answers 200 with its own title and its
// text in the HTML itself, so it shows before the wasm arrives, and even with JavaScript off.
// An unknown address answers 404 with a page that says so.
import { test, expect } from "./fixtures.mjs";

test.use({ javaScriptEnabled: false });

const site = "Far from Home";
const pages = [
  { path: "/", title: `Home — ${site}`, h1: "Far from Home", text: "Tens of thousands were brought to Kazakhstan" },
  { path: "/timeline", title: `Timeline — ${site}`, h1: "Timeline", text: "Fighting at Khalkhin Gol" },
  { path: "/timeline?view=list", title: `Timeline — ${site}`, h1: "Timeline", text: "Fighting at Khalkhin Gol" },
  { path: "/timeline?person=ahiko-tetsuro", title: `Timeline — ${site}`, h1: "Timeline", text: "Fighting at Khalkhin Gol" },
  { path: "/timeline/gko-resolution-9898", title: `State Defence Committee Resolution No. 9898 — ${site}`, h1: "State Defence Committee Resolution No. 9898", text: "500,000" },
  { path: "/gallery", title: `Memorial gallery — ${site}`, h1: "Memorial gallery", text: "Memorial to interned Japanese at Kengir" },
  { path: "/gallery/kengir-japanese-memorial", title: `Memorial to interned Japanese at Kengir — ${site}`, h1: "Memorial to interned Japanese at Kengir", text: "31 May 2024" },
  { path: "/statistics", title: `Statistics — ${site}`, h1: "Statistics", text: "about 575,000 people" },
  { path: "/map", title: `Map — ${site}`, h1: "Map", text: "Spassky camp No. 99" },
  { path: "/map?place=spassk-camp-99", title: `Map — ${site}`, h1: "Map", text: "Spassky camp No. 99" },
  { path: "/sources", title: `Sources — ${site}`, h1: "Sources", text: "In Search of Historical Truth" },
  { path: "/about", title: `About — ${site}`, h1: "About this exhibit", text: "Prisoners of war or internees?" },
];

for (const base of ["", "/memorial/exhibit"]) {
  for (const p of pages) {
    test(`${base}${p.path} is a prerendered page with its own title and text`, async ({ page }) => {
      const response = await page.goto(`${base}${p.path}`);
      expect(response.status()).toBe(200);
      await expect(page).toHaveTitle(p.title);
      await expect(page.locator("#boot main h1")).toHaveText(p.h1);
      await expect(page.locator("#boot main")).toContainText(p.text);
      await expect(page.getByText(p.text).first()).toBeVisible();
      // Its own description and canonical address, under the deployment's path.
      const canonical = await page.locator("link[rel=canonical]").getAttribute("href");
      expect(canonical).toBe(`${base}${p.path.split("?")[0]}` || "/");
      await expect(page.locator("meta[name=description]")).toHaveCount(1);
      await expect(page.locator("meta[property='og:title']")).toHaveCount(1);
      // The stylesheet loads from the page's folder too (assets follow <base href>).
      await expect(page.locator(".site-header")).toHaveCSS("background-color", "rgb(47, 58, 64)");
      // Its links stay under the deployment's path.
      const hrefs = await page.locator("#boot a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs.length).toBeGreaterThan(6);
      for (const href of hrefs) expect(href.startsWith(`${base}/`), href).toBe(true);
    });
  }

  test(`${base}/no/such/page answers 404 with a page that says not found`, async ({ page }) => {
    page.expectConsoleError(/status of 404/); // the browser logs the 404 itself
    const response = await page.goto(`${base}/no/such/page`);
    expect(response.status()).toBe(404);
    await expect(page).toHaveTitle(`Page not found — ${site}`);
    await expect(page.locator("#boot main h1")).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", `${base}/`);
  });
}
