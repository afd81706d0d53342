// Touch gestures on a touchscreen (kiosk, phone): a two-finger pinch zooms and a one-finger
// drag pans the timeline and the map, through Chromium's own touch input.
import { test, expect, settled } from "./fixtures.mjs";

test.use({ hasTouch: true, viewport: { width: 1280, height: 800 } });

/// Sends a gesture as raw touch input: each step lists the fingers' positions.
async function gesture(page, steps) {
  const cdp = await page.context().newCDPSession(page);
  const points = (step) => step.map(([x, y], id) => ({ x, y, id }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(steps[0]) });
  for (const step of steps.slice(1)) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(step) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

function pinch(cx, cy, from, to, vertical = false) {
  return Array.from({ length: 8 }, (_, i) => {
    const half = (from + ((to - from) * i) / 7) / 2;
    return vertical ? [[cx, cy - half], [cx, cy + half]] : [[cx - half, cy], [cx + half, cy]];
  });
}

test("pinching the timeline zooms it and a drag pans it", async ({ page }) => {
  await page.goto("/timeline");
  await settled(page);
  const range = page.locator(".tl-range");
  await expect(range).toHaveText("Showing 1939 to 2025");
  await page.locator("#tl-viewport").scrollIntoViewIfNeeded();
  const box = await page.locator("#tl-viewport").boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height - 15];
  await gesture(page, pinch(cx, cy, 100, 500));
  await expect(range).not.toHaveText("Showing 1939 to 2025");
  const zoomed = await range.textContent();
  await gesture(page, Array.from({ length: 8 }, (_, i) => [[cx + 150 - i * 40, cy]]));
  await expect(range).not.toHaveText(zoomed);
  await expect(page).toHaveURL(/\/timeline$/);
});

test("pinching the map zooms it and a drag pans it", async ({ page }) => {
  await page.goto("/map");
  await settled(page);
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);
  const svg = page.locator(".map-svg");
  const first = await svg.getAttribute("viewBox");
  await page.locator("#map-frame").scrollIntoViewIfNeeded();
  const box = await page.locator("#map-frame").boundingBox();
  const [cx, cy] = [box.x + 40, box.y + box.height - 40]; // over the Caspian, away from markers
  await gesture(page, pinch(cx + 100, cy - 100, 80, 300));
  await expect.poll(() => svg.getAttribute("viewBox")).not.toBe(first);
  const zoomed = await svg.getAttribute("viewBox");
  const width = (vb) => Number(vb.split(" ")[2]);
  expect(width(zoomed)).toBeLessThan(width(first));
  await gesture(page, Array.from({ length: 8 }, (_, i) => [[cx + 200 - i * 30, cy - 50]]));
  await expect.poll(() => svg.getAttribute("viewBox")).not.toBe(zoomed);
  await expect(page).toHaveURL(/\/map$/);
});
