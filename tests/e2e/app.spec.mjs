import { test, expect, settled } from "./fixtures.mjs";
import { routes } from "./routes.mjs";


for (const route of routes) {
  test(`route ${route.path} renders its page`, async ({ page }) => {
    await page.goto(route.path);
    await settled(page);
    await expect(page.locator("main h1")).toHaveText(route.h1);
    if (route.text) await expect(page.locator("main")).toContainText(route.text);
    if (route.title) await expect(page).toHaveTitle(route.title);
    await expect(page.locator("[role=alert]")).toHaveCount(0);
  });
}

test("an unknown address shows a real not-found page", async ({ page }) => {
  // Like a real static host, the server answers an unknown address with 404.html and status
  // 404, which the browser logs; the exhibit still starts and shows its page.
  page.expectConsoleError(/status of 404/);
  await page.goto("/no/such/page");
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await expect(page).toHaveTitle(/Page not found/);
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.locator("main h1")).toHaveText("Far from Home");
});

test("an unknown event id says so inside the timeline", async ({ page }) => {
  // Like a real static host, the server answers an address that is no page with 404.html and status
  // 404, which the browser logs; the exhibit still starts and shows its page.
  page.expectConsoleError(/status of 404/);
  await page.goto("/timeline/no-such-event");
  await settled(page);
  await expect(page.locator("main")).toContainText("There is no event with this address");
  await expect(page).toHaveTitle("Timeline — Far from Home");
  await page.goto("/gallery/no-such-item?lang=ru");
  await settled(page);
  await expect(page.locator("main h1")).toHaveText("Мемориальная галерея");
  await expect(page.locator("main [role=status]")).toContainText("Материала с таким адресом нет");
});

test("a deep link survives a reload", async ({ page }) => {
  await page.goto("/timeline/last-group-leaves");
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("The last group of convicted Japanese leaves the USSR");
  await page.reload();
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("The last group of convicted Japanese leaves the USSR");
  await expect(page.locator("main")).toContainText("23 December 1956");
});

test("navigation moves between pages without a full reload, and back works", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.locator(".site-nav").getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.locator("main h1")).toHaveText("Timeline");
  await page.locator(".view-switch").getByRole("link", { name: "List" }).click();
  await expect(page).toHaveURL(/\/timeline\?view=list$/);
  await page.getByRole("link", { name: "State Defence Committee Resolution No. 9898" }).click();
  await expect(page).toHaveURL(/\/timeline\/gko-resolution-9898\?view=list$/);
  await expect(page.locator(".site-nav [aria-current=page]")).toHaveText("Timeline");
  await page.getByRole("link", { name: /Next event/ }).click();
  await expect(page.locator("#event-panel-title")).toHaveText("Japan signs the instrument of surrender");
  await page.goBack();
  await expect(page.locator("#event-panel-title")).toHaveText("State Defence Committee Resolution No. 9898");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test("a citation leads to its source, and a deep link to a figure scrolls to it", async ({ page }) => {
  await page.goto("/timeline/kengir-memorial-2024");
  await settled(page);
  await page.locator(".citations").getByRole("link", { name: "Embassy of Japan in the Republic of Kazakhstan" }).click();
  await expect(page).toHaveURL(/\/sources#source-embassy-kengir-2024$/);
  const source = page.locator("#source-embassy-kengir-2024");
  await expect(source).toBeFocused();
  await expect(source).toBeInViewport();
  await source.locator("summary").click();
  await expect(source.getByRole("link", { name: "Memorial to interned Japanese unveiled at Kengir" })).toBeVisible();

  await page.goto("/statistics#conflict-last-group-1956");
  await settled(page);
  await expect(page.locator("#conflict-last-group-1956")).toBeInViewport();
  await expect(page.locator("#conflict-last-group-1956 .variant")).toHaveCount(2);
});

test("the language is in the URL, survives a reload and follows every link", async ({ page }) => {
  await page.goto("/timeline?lang=ru");
  await settled(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("main h1")).toHaveText("Хронология");
  await expect(page).toHaveTitle("Хронология — Вдали от дома");
  await expect(page.locator("main")).toContainText("13 апреля 1941");

  await page.locator(".language-switch").getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/\/timeline\?lang=ja$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.locator("main h1")).toHaveText("年表");
  await expect(page.locator("main")).toContainText("1941年4月13日");

  await page.locator(".site-nav").getByRole("link", { name: "統計" }).click();
  await expect(page).toHaveURL(/\/statistics\?lang=ja$/);
  await expect(page.locator("main")).toContainText("約575,000人");
  await page.reload();
  await settled(page);
  await expect(page.locator("main h1")).toHaveText("統計");

  await page.locator(".language-switch").getByRole("link", { name: "Қазақша" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.locator("main h1")).toHaveText("Статистика");
  await page.locator(".language-switch").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/statistics$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a missing translation falls back to English, visibly marked", async ({ page }) => {
  // The shipped data is fully translated, so a curator's untranslated entry is simulated.
  await page.route("**/data/events.json", async (route) => {
    const events = await (await route.fetch()).json();
    delete events.find((e) => e.id === "gko-resolution-9898").summary.kk;
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(events) });
  });
  await page.goto("/timeline/gko-resolution-9898?lang=kk");
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("МҚК-нің № 9898 қаулысы");
  const fallback = page.locator(".detail-text .fallback");
  await expect(fallback).toHaveAttribute("lang", "en");
  await expect(fallback).toContainText("The Soviet State Defence Committee");
  await expect(fallback.locator("abbr.fallback-mark")).toHaveText("EN");
  await expect(page.locator(".detail-meta")).toContainText("1945 ж. 23 тамыз");
});

test("the keyboard alone reaches the content, the navigation and an event", async ({ page }) => {
  await page.goto("/");
  await settled(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/\/$/);

  // From the top again: past the skip link, the title and four languages, to the navigation.
  await page.reload();
  await settled(page);
  const timelineLink = page.locator(".site-nav").getByRole("link", { name: "Timeline" });
  for (let i = 0; i < 12 && !(await timelineLink.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(timelineLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText("Timeline");

  // Past the filters, the view switch and the zoom buttons, into the axis.
  const firstEvent = page.locator(".tl-event").first();
  for (let i = 0; i < 30 && !(await firstEvent.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(firstEvent).toBeFocused();
  const outline = await firstEvent.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  const title = (await firstEvent.locator(".tl-title").textContent()).trim();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/timeline\/khalkhin-gol$/);
  await expect(page.locator("#event-panel-title")).toHaveText(title);
  await expect(page.locator("#event-panel-title")).toBeFocused();
});

test("on a phone every page fits the width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const route of routes) {
    await page.goto(route.path);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${route.path}`).toBeLessThanOrEqual(0);
  }
});
