// Kiosk mode (?kiosk&idle=SECONDS) for an unattended museum touchscreen, and the phone's
// menu and widths.
import { test, expect, settled } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { paths } from "./routes.mjs";

test("idle time brings the attract screen; a touch resets to Home in English", async ({ page }) => {
  // A controlled clock: the default idle time (two minutes) passes at once, no real waiting.
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/timeline?lang=ru&category=war&kiosk");
  await settled(page);
  await expect(page.locator("html")).toHaveClass(/kiosk/);
  const attract = page.getByRole("dialog", { name: /Вдали от дома/ });
  await page.clock.fastForward("01:50");
  await expect(attract, "not before the idle time").toHaveCount(0);
  await page.clock.fastForward("00:15");
  await expect(attract).toBeVisible();
  await expect(attract.locator(".attract-kicker")).toHaveText(/Из мемориальной галереи|Из хронологии|В цифрах/);
  await expect(attract).toContainText("Коснитесь экрана");
  // Contrast is judged on the settled slide, not midway through its fade-in.
  await page.emulateMedia({ reducedMotion: "reduce" });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.mouse.click(900, 500);
  await expect(attract).toHaveCount(0);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.locator("main h1")).toHaveText("Far from Home");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Idleness brings it back, now in English.
  await page.clock.fastForward("02:05");
  await expect(page.getByRole("dialog", { name: /Far from Home/ })).toBeVisible();
});

test("a short idle time from the address is honoured", async ({ page }) => {
  await page.clock.install();
  await page.goto("/about?kiosk&idle=30");
  await settled(page);
  const attract = page.getByRole("dialog", { name: /Far from Home/ });
  await page.clock.fastForward("00:20");
  await expect(attract).toHaveCount(0);
  await page.clock.fastForward("00:15");
  await expect(attract).toBeVisible();
});

test("kiosk mode is remembered for the session and can be turned off", async ({ page }) => {
  await page.goto("/?kiosk");
  await settled(page);
  await page.locator(".site-nav").getByRole("link", { name: "Map" }).click();
  await expect(page.locator("html")).toHaveClass(/kiosk/);
  await page.goto("/about");
  await expect(page.locator("html")).toHaveClass(/kiosk/);
  const menu = await page.evaluate(() => {
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
    document.querySelector("main").dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(menu, "no context menu in kiosk mode").toBe(true);
  await page.goto("/about?kiosk=off");
  await expect(page.locator("main h1")).toHaveText("About this exhibit");
  await expect(page.locator("html")).not.toHaveClass(/kiosk/);
});

test("in kiosk mode a link out of the exhibit shows its address and stays", async ({ page }) => {
  await page.goto("/sources?kiosk");
  await settled(page);
  const external = page.locator('main a[href^="http"]').first();
  await external.scrollIntoViewIfNeeded();
  const href = await external.getAttribute("href");
  const url = page.url();
  await external.click();
  const notice = page.getByRole("alertdialog");
  await expect(notice).toContainText("This address is outside the exhibit");
  await expect(notice.locator(".kiosk-address")).toHaveText(new URL(href).href);
  expect(page.url()).toBe(url);
  await notice.getByRole("button", { name: "Close" }).click();
  await expect(notice).toHaveCount(0);
});

test("in kiosk mode every control is at least 48 pixels", async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const path of ["/?kiosk", "/timeline", "/timeline/kengir-uprising", "/gallery", "/map?place=karaganda", "/statistics"]) {
    await page.goto(path);
    await settled(page);
    const small = await page
      .locator("button, select, summary, .site-nav a, .language-switch a, .view-switch a, .chip, .tl-event, .tl-cluster, .pager a, .citations li a, .detail-links li a")
      .evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
          .map((el) => [el.outerHTML.slice(0, 80), el.getBoundingClientRect().height])
          .filter(([, h]) => h < 47.5),
      );
    expect(small, `controls under 48 px on ${path}`).toEqual([]);
  }
});

test("on a phone the navigation folds into a menu", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await settled(page);
  const menu = page.getByRole("button", { name: "Menu" });
  const statistics = page.locator(".site-nav").getByRole("link", { name: "Statistics" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(statistics).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await statistics.click();
  await expect(page.locator("main h1")).toHaveText("Statistics");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(statistics).toBeHidden();
});


for (const [width, height] of [[360, 640], [390, 844]]) {
  test(`no horizontal scroll at ${width}×${height} on any route`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    page.expectConsoleError(/status of 404/); // /no/such/page: 404.html, status 404
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      await expect(page.locator(".loading")).toHaveCount(0);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${path} is ${scrollWidth}px wide`).toBeLessThanOrEqual(width);
    }
  });
}
