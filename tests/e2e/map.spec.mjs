// The offline map: outlines from the same origin, markers that open a place, labels that
// never overlap, zoom by buttons, keys and wheel, and the walk map → timeline → map.
import { test, expect, settled } from "./fixtures.mjs";

const viewBox = (page) => page.locator(".map-svg").getAttribute("viewBox");

async function labelsDoNotOverlap(page, least = 3) {
  const boxes = await page.locator(".place-label, .country-label").evaluateAll((ls) =>
    ls.map((l) => l.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
  );
  expect(boxes.length).toBeGreaterThanOrEqual(least);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      expect(overlap, `labels ${i} and ${j} overlap: ${JSON.stringify([a, b])}`).toBe(false);
    }
  }
}

test("the map draws the outlines from its own origin and a marker for each place", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/map");
  await settled(page);
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);
  await expect(page.locator(".map-svg .country.home")).toHaveCount(1);
  expect(requests.some((u) => u.endsWith("/map/outlines.json"))).toBe(true);
  // Every place with coordinates has a marker; approximate ones have a ring.
  await expect(page.locator(".marker[data-place=spassk-camp-99] .uncertainty-ring")).toHaveCount(1);
  await expect(page.locator(".marker[data-place=nakhodka]")).toHaveCount(1);
  await expect(page.locator(".map-svg .route")).toHaveCount(1);
  await labelsDoNotOverlap(page);
});

test("a marker opens its place; its events lead to the timeline and back", async ({ page }) => {
  await page.goto("/map");
  await settled(page);
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);
  await page.locator(".marker[data-place=balkhash]").click();
  await expect(page).toHaveURL(/\/map\?place=balkhash$/);
  const heading = page.locator("#place-panel-title");
  await expect(heading).toHaveText("Balkhash");
  await expect(heading).toBeFocused();
  await expect(page.locator(".marker[data-place=balkhash]")).toHaveAttribute("aria-current", "true");
  const event = page.locator(".place-panel").getByRole("link", { name: /The hardest work: the mines near Balkhash/ });
  await event.click();
  await expect(page).toHaveURL(/\/timeline\/balkhash-mining$/);
  await expect(page.locator("#event-panel-title")).toHaveText("The hardest work: the mines near Balkhash");
  // The event names its place, which leads back to the map.
  await page.locator(".event-panel").getByRole("link", { name: "Balkhash", exact: true }).click();
  await expect(page).toHaveURL(/\/map\?place=balkhash$/);
  await expect(heading).toHaveText("Balkhash");
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline\/balkhash-mining$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/map\?place=balkhash$/);
  // "Show these events on the timeline" filters the timeline by the place.
  await page.locator(".place-panel").getByRole("link", { name: "Show these events on the timeline" }).click();
  await expect(page).toHaveURL(/\/timeline\?place=balkhash$/);
  await expect(page.getByLabel("Place")).toHaveValue("balkhash");
});

test("the keyboard opens a marker; Escape closes and returns the focus", async ({ page }) => {
  await page.goto("/map");
  await settled(page);
  const marker = page.locator(".marker[data-place=astana]");
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/map\?place=astana$/);
  await expect(page.locator("#place-panel-title")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/map$/);
  await expect(page.locator(".place-panel")).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test("a deep link opens a place far from Kazakhstan and brings it into view", async ({ page }) => {
  await page.goto("/map?place=nakhodka");
  await settled(page);
  await expect(page.locator("#place-panel-title")).toHaveText("Nakhodka");
  const frame = await page.locator("#map-frame").boundingBox();
  const marker = await page.locator(".marker[data-place=nakhodka] .marker-shape").boundingBox();
  expect(marker.x).toBeGreaterThan(frame.x);
  expect(marker.x + marker.width).toBeLessThan(frame.x + frame.width);
  expect(marker.y).toBeGreaterThan(frame.y);
  expect(marker.y + marker.height).toBeLessThan(frame.y + frame.height);
  await page.reload();
  await settled(page);
  await expect(page.locator("#place-panel-title")).toHaveText("Nakhodka");
});

test("buttons, keys and the wheel zoom and pan; labels never overlap", async ({ page }) => {
  await page.goto("/map");
  await settled(page);
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);
  const first = await viewBox(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(() => viewBox(page)).not.toBe(first);
  await labelsDoNotOverlap(page);
  const zoomed = await viewBox(page);
  await page.locator("#map-frame").focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => viewBox(page)).not.toBe(zoomed);
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await page.keyboard.press("-");
  await expect(page.getByRole("button", { name: "Zoom out" })).toBeDisabled();
  await labelsDoNotOverlap(page);
  await page.getByRole("button", { name: "The way home" }).click();
  await labelsDoNotOverlap(page);
  await page.locator("#map-frame").scrollIntoViewIfNeeded();
  const box = await page.locator("#map-frame").boundingBox();
  const before = await viewBox(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -500);
  await expect.poll(() => viewBox(page)).not.toBe(before);
  await labelsDoNotOverlap(page, 0); // the middle of the way home may hold no place
});

test("the list below the map names every place and opens it on the map", async ({ page }) => {
  await page.goto("/map");
  await settled(page);
  await page.locator("#place-house-of-scientists").getByRole("link", { name: "Show on the map" }).click();
  await expect(page).toHaveURL(/\/map\?place=house-of-scientists$/);
  await expect(page.locator("#place-panel-title")).toHaveText("House of Scientists, Jibek Joly Avenue");
  await expect(page.locator(".place-panel")).toContainText("In the gallery");
});

test("without its outlines the map still shows the places and says why", async ({ page }) => {
  await page.route("**/map/outlines.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  page.expectConsoleError(/status of 404/);
  await page.goto("/map");
  await settled(page);
  await expect(page.locator(".map-note[role=status]")).toContainText("could not be loaded");
  await expect(page.locator(".marker[data-place=karaganda]")).toHaveCount(1);
});

test("on a phone the map fits the width and labels still never overlap", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/map");
  await settled(page);
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await labelsDoNotOverlap(page);
  // Almaty's city, buildings and trail crowd together at this zoom: they are set apart,
  // so each can still be tapped.
  await page.locator(".marker[data-place=almaty]").click();
  await expect(page).toHaveURL(/\/map\?place=almaty$/);
  await expect(page.locator(".place-panel")).toBeInViewport();
  await page.getByRole("link", { name: "Close" }).click();
  await expect(page.locator(".place-panel")).toHaveCount(0);
});
