// The same release build deployed under a sub-path (trunk build --public-url /memorial/exhibit/).
import { test, expect, settled } from "./fixtures.mjs";

const BASE = "/memorial/exhibit";

test("a deep link under the sub-path loads and survives a reload", async ({ page }) => {
  await page.goto(`${BASE}/gallery/house-of-scientists-almaty?lang=ru`);
  await settled(page);
  await expect(page.locator("main h1")).toHaveText("Дом учёных, Алматы");
  await page.reload();
  await settled(page);
  await expect(page.locator("main h1")).toHaveText("Дом учёных, Алматы");
});

test("every link keeps the sub-path and the language", async ({ page }) => {
  await page.goto(`${BASE}/?lang=ja`);
  await settled(page);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const internal = hrefs.filter((h) => !h.startsWith("http") && h !== "#main");
  expect(internal.length).toBeGreaterThan(10);
  for (const href of internal) {
    expect(href.startsWith(`${BASE}/`) || href === BASE, `link ${href} leaves the sub-path`).toBe(true);
  }
  await page.locator(".site-nav").getByRole("link", { name: "年表" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/timeline\\?lang=ja$`));
  await settled(page);
  await expect(page.locator(".tl-event")).not.toHaveCount(0);
  await expect(page.locator(".site-nav [aria-current=page]")).toHaveText("年表");
  // An event opened from the axis keeps the sub-path too, and survives a reload.
  await page.locator(".tl-event").first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/timeline/khalkhin-gol\\?lang=ja$`));
  await page.reload();
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("ノモンハン事件（ハルハ河の戦い）");
});

test("the home link and the language switch work under the sub-path", async ({ page }) => {
  await page.goto(`${BASE}/statistics`);
  await settled(page);
  await page.locator(".language-switch").getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/statistics\\?lang=ru$`));
  await expect(page.locator("main h1")).toHaveText("Статистика");
  await page.locator(".site-title").click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/\\?lang=ru$`));
  await expect(page.locator("main h1")).toHaveText("Вдали от дома");
  await expect(page.locator(".site-nav [aria-current=page]")).toHaveText("Главная");
});

test("an unknown page under the sub-path is the exhibit's not-found page", async ({ page }) => {
  page.expectConsoleError(/status of 404/); // 404.html, with status 404 as on a real host
  await page.goto(`${BASE}/nowhere`);
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/$`));
});
