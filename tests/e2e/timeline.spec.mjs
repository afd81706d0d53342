// The interactive timeline: zoom, pan, filters in the URL, the event panel, the list
// alternative and the phone's vertical axis, driven as a visitor would.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

const events = JSON.parse(await readFile(new URL("../../public/data/events.json", import.meta.url), "utf8"));

const range = (page) => page.locator(".tl-range");
const tickLabels = (page) => page.locator(".tl-tick span").allTextContents();

test("buttons and keys zoom; the ticks refine from decades to months and days", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  await expect(range(page)).toHaveText("Showing 1939 to 2025");
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
  expect(await tickLabels(page)).toContain("1950");

  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(range(page)).not.toHaveText("Showing 1939 to 2025");
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeEnabled();

  const axis = page.locator("#tl-viewport");
  await axis.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press("+");
  await expect.poll(async () => (await tickLabels(page)).some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t))).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect.poll(async () => (await tickLabels(page)).filter((t) => /^\d{1,2}$/.test(t)).length).toBeGreaterThan(3);
  await expect(axis).toBeFocused();

  await page.keyboard.press("Home");
  await expect(range(page)).toContainText("Showing 1 January 1939");
  const atStart = await range(page).textContent();
  await page.keyboard.press("ArrowRight");
  await expect(range(page)).not.toHaveText(atStart);
  await page.keyboard.press("End");
  await expect(range(page)).toContainText("December 2025");

  await page.getByRole("button", { name: "Whole period" }).click();
  await expect(range(page)).toHaveText("Showing 1939 to 2025");
});

test("the mouse wheel zooms around the pointer and a drag pans", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  await page.locator("#tl-viewport").scrollIntoViewIfNeeded();
  const box = await page.locator("#tl-viewport").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
  await page.mouse.wheel(0, -600);
  await expect(range(page)).not.toHaveText("Showing 1939 to 2025");
  const zoomed = await range(page).textContent();

  // Drag on empty axis space (the tick band) towards the left: later years come in.
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height - 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height - 10, { steps: 6 });
  await page.mouse.up();
  await expect(range(page)).not.toHaveText(zoomed);
  await expect(page).toHaveURL(/\/timeline$/);
});

test("an event opens by click, by keyboard and by deep link; Escape returns the focus", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  const first = page.locator('.tl-event[data-event="khalkhin-gol"]');
  await first.click();
  await expect(page).toHaveURL(/\/timeline\/khalkhin-gol$/);
  const heading = page.locator("#event-panel-title");
  await expect(heading).toHaveText("Fighting at Khalkhin Gol (Nomonhan)");
  await expect(heading).toBeFocused();
  await expect(page.locator(".event-panel")).toContainText("Sources");
  await expect(first).toHaveAttribute("aria-current", "true");

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.locator(".event-panel")).toHaveCount(0);
  await expect(first).toBeFocused();

  // The keyboard: the focused marker opens with Enter; Close returns to it too.
  await page.keyboard.press("Enter");
  await expect(heading).toBeFocused();
  await page.getByRole("link", { name: "Close" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(first).toBeFocused();

  // A deep link to an event in a crowded year zooms until the event has its own place.
  await page.goto("/timeline/kengir-uprising");
  await settled(page);
  await expect(heading).toHaveText("The Kengir uprising");
  const marker = page.locator('.tl-event.selected[data-event="kengir-uprising"]');
  await expect(marker).toBeVisible();
  const axis = await page.locator("#tl-viewport").boundingBox();
  const box = await marker.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(axis.x - 1);
  expect(box.x).toBeLessThan(axis.x + axis.width);
});

test("a cluster zooms in on the events it holds", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  const cluster = page.locator(".tl-cluster").first();
  await expect(cluster).toHaveAccessibleName(/more events here/);
  const before = await page.locator(".tl-event").count();
  await cluster.click();
  await expect(range(page)).not.toHaveText("Showing 1939 to 2025");
  await expect.poll(() => page.locator(".tl-event").count()).toBeGreaterThan(0);
  expect(before).toBeGreaterThan(0);
});

test("filters combine, live in the URL and survive a reload", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  await page.getByRole("button", { name: "Labour" }).click();
  await expect(page).toHaveURL(/\/timeline\?category=labour$/);
  const labour = events.filter((e) => e.category === "labour");
  await expect(page.locator(".filter-count")).toContainText(`${labour.length} of ${events.length} events`);

  await page.getByRole("button", { name: "Captivity" }).click();
  await expect(page).toHaveURL(/category=captivity,labour/);
  await page.getByLabel("Place").selectOption("karaganda");
  await expect(page).toHaveURL(/\/timeline\?category=captivity,labour&place=karaganda$/);
  const expected = events.filter((e) => ["captivity", "labour"].includes(e.category) && (e.places ?? []).includes("karaganda"));
  await expect(page.locator(".filter-count")).toContainText(`${expected.length} of ${events.length} events`);

  await page.reload();
  await settled(page);
  await expect(page.getByRole("button", { name: "Labour" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "War" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByLabel("Place")).toHaveValue("karaganda");
  await page.locator(".view-switch").getByRole("link", { name: "List" }).click();
  await expect(page).toHaveURL(/place=karaganda&view=list$/);
  const shown = await page.locator(".event-item [data-event]").evaluateAll((as) => as.map((a) => a.dataset.event));
  expect(shown.sort()).toEqual(expected.map((e) => e.id).sort());

  // An event opened from the filtered list steps only through the filtered events.
  await page.locator(`.event-item [data-event="${shown[0]}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${shown[0]}\\?category=captivity,labour&place=karaganda&view=list$`));
  await page.getByRole("link", { name: "Show all events" }).click();
  await expect(page).toHaveURL(/\/timeline\?view=list$/);
  await expect(page.locator(".event-item")).toHaveCount(events.length);
});

test("the list alternative adds long datasets a hundred at a time", async ({ page }) => {
  const many = Array.from({ length: 250 }, (_, i) => ({
    ...events[0],
    id: `synthetic-${i}`,
    date: `${1946 + (i % 10)}-0${1 + (i % 9)}-1${i % 9}`,
  }));
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify([...events, ...many]) }),
  );
  await page.goto("/timeline?view=list");
  await settled(page);
  await expect(page.locator(".event-item")).toHaveCount(100);
  await page.getByRole("button", { name: "Show 100 more" }).click();
  await expect(page.locator(".event-item")).toHaveCount(200);
  await page.getByRole("button", { name: "Show 100 more" }).click();
  await expect(page.locator(".event-item")).toHaveCount(300);
  await page.getByRole("button", { name: `Show ${events.length + 250 - 300} more` }).click();
  await expect(page.locator(".event-item")).toHaveCount(events.length + 250);
  await expect(page.locator(".show-more")).toHaveCount(0);
});

test("only the events in view are in the DOM, even with thousands", async ({ page }) => {
  const many = Array.from({ length: 3000 }, (_, i) => ({
    ...events[0],
    id: `synthetic-${i}`,
    date: `${1940 + (i % 80)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
  }));
  await page.route("**/data/events.json", (route) =>
    route.fulfill({ contentType: "application/json", body: JSON.stringify([...events, ...many]) }),
  );
  await page.goto("/timeline");
  await settled(page);
  await expect(page.locator(".filter-count")).toContainText(`${events.length + 3000} of ${events.length + 3000} events`);
  const markers = await page.locator(".tl-event").count();
  expect(markers).toBeGreaterThan(0);
  expect(markers).toBeLessThan(200);
  const clustered = await page.locator(".tl-cluster").evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.textContent.slice(1)), 0));
  expect(markers + clustered).toBe(events.length + 3000);
});

test("on a phone the axis runs down the page without horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/timeline");
  await settled(page);
  await expect(page.locator(".tl-viewport.tall")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  // Filters fold away on a phone; the summary opens them.
  await expect(page.getByRole("button", { name: "War" })).toBeHidden();
  await page.locator(".timeline-filters-fold summary").click();
  await expect(page.getByRole("button", { name: "War" })).toBeVisible();
  // Ticks are laid out top to bottom.
  const tops = await page.locator(".tl-tick").evaluateAll((ts) => ts.map((t) => parseFloat(t.style.top)));
  expect(tops.length).toBeGreaterThan(3);
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  // The event panel covers the screen and closes again.
  await page.locator('.tl-event[data-event="khalkhin-gol"]').click();
  await expect(page.locator(".event-panel")).toBeInViewport();
  await page.getByRole("link", { name: "Close" }).click();
  await expect(page.locator(".event-panel")).toHaveCount(0);
});
