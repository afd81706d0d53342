// A broken dataset gets a clear, specific panel on the pages that need it,
// and every other page keeps working. The server's files are replaced per test.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

const events = JSON.parse(await readFile(new URL("../../public/data/events.json", import.meta.url), "utf8"));

async function serveEvents(page, body, status = 200) {
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ status, contentType: "application/json", body }),
  );
}

test("malformed JSON: the panel names the file, line and column; other pages work", async ({ page }) => {
  const text = JSON.stringify(events, null, 2).replace(/},\n  {/, "}\n  {"); // drop a comma
  const line = text.split("\n").findIndex((l, i, all) => all[i - 1]?.trim() === "}" && l.trim() === "{") + 1;
  await serveEvents(page, text);
  await page.goto("/timeline");
  await settled(page);
  const panel = page.getByRole("alert");
  await expect(panel).toContainText("Some records cannot be shown");
  await expect(panel).toContainText(`events.json:${line}:3`);
  await expect(panel).toContainText("malformed JSON");
  await expect(panel).toContainText("missing or extra comma");

  // The statistics page reads events for its milestones: it says what it cannot show, and
  // shows its figures all the same.
  await page.locator(".site-nav").getByRole("link", { name: "Statistics" }).click();
  await settled(page);
  await expect(page.getByRole("alert")).toContainText("events.json");
  await expect(page.locator("main")).toContainText("about 575,000 people");

  for (const [path, h1] of [["/sources", "Sources"], ["/map", "Map"], ["/about", "About this exhibit"]]) {
    await page.locator(".site-nav").getByRole("link", { name: h1 === "About this exhibit" ? "About" : h1 }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await settled(page);
    await expect(page.locator("main h1")).toHaveText(h1);
    await expect(page.getByRole("alert")).toHaveCount(0);
    if (path === "/map") await expect(page.locator("main")).toContainText("Spassky camp No. 99");
  }
});

test("a dangling reference: the panel names entry, field and fix; the events still show", async ({ page }) => {
  const broken = structuredClone(events);
  broken.find((e) => e.id === "house-of-scientists-completed").places[0] = "house-of-sciences";
  await serveEvents(page, JSON.stringify(broken, null, 2));
  await page.goto("/timeline?view=list");
  await settled(page);
  const panel = page.getByRole("alert");
  await expect(panel).toContainText("event “house-of-scientists-completed”");
  await expect(panel).toContainText("places[0]");
  await expect(panel).toContainText("there is no place with the id “house-of-sciences” in places.json");
  await expect(panel).toContainText("add a place “house-of-sciences” to places.json");
  await expect(page.locator(".event-item")).toHaveCount(events.length);

  await page.goto("/map");
  await settled(page);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a missing dataset file is reported as missing", async ({ page }) => {
  await serveEvents(page, "not found", 404);
  page.expectConsoleError(/status of 404/); // the browser itself logs the failed request
  await page.goto("/timeline");
  await settled(page);
  await expect(page.getByRole("alert")).toContainText("could not be read");
  await expect(page.getByRole("alert")).toContainText("HTTP 404");
  await page.goto("/about");
  await expect(page.locator("main h1")).toHaveText("About this exhibit");
});
