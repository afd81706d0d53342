// Search: the header's field on every page, /search?q=… as a shareable address, matching
// across four languages and scripts, keyboard use, suggestions, and the kiosk keyboard.
import { test, expect, settled } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";

const field = (page) => page.locator("#search-input");
const hits = (page) => page.locator(".search-hit");
const hitTo = (page, href) => page.locator(`.search-hit[href$="${href}"]`);

async function search(page, text, from = "/about") {
  await page.goto(from);
  await settled(page);
  await field(page).fill(text);
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.locator("main h1")).toHaveText(/Search|Поиск|Іздеу|検索/);
  await expect(page.locator(".loading")).toHaveCount(0);
}

test("a Russian word typed in the English interface finds the place", async ({ page }) => {
  await search(page, "Караганда");
  await expect(hitTo(page, "/map?place=karaganda")).toBeVisible();
  await expect(hitTo(page, "/map?place=karaganda").locator("mark").first()).toBeVisible();
  // The same place typed in Latin letters while reading Russian.
  await search(page, "Karaganda", "/about?lang=ru");
  await expect(hitTo(page, "/map?place=karaganda&lang=ru")).toContainText("Караганда");
});

test("part of a kanji word finds the entries that hold it", async ({ page }) => {
  await search(page, "抑留");
  await expect(hits(page).first()).toBeVisible();
  await expect(page.locator(".search-hit mark", { hasText: "抑留" }).first()).toBeVisible();
});

test("a Kazakh word is found with and without its own letters", async ({ page }) => {
  for (const word of ["Қарағанды", "Караганды"]) {
    await search(page, word);
    await expect(hitTo(page, "/map?place=karaganda"), word).toBeVisible();
  }
});

test("a camp number finds the camp", async ({ page }) => {
  await search(page, "99");
  await expect(hitTo(page, "/map?place=spassk-camp-99")).toBeVisible();
});

test("a misspelt name still finds it", async ({ page }) => {
  await search(page, "Karaganada");
  await expect(hitTo(page, "/map?place=karaganda")).toBeVisible();
});

test("results are grouped with counts, and the address is a deep link", async ({ page }) => {
  await page.goto("/search?q=Spassk");
  await settled(page);
  await expect(field(page)).toHaveValue("Spassk");
  const groups = page.locator(".search-group");
  expect(await groups.count()).toBeGreaterThan(1);
  for (const group of await groups.all()) {
    const count = Number(await group.locator(".group-count").textContent());
    expect(count).toBeGreaterThanOrEqual(await group.locator(".search-hit").count());
  }
  await page.reload();
  await expect(field(page)).toHaveValue("Spassk");
  await expect(hitTo(page, "/map?place=spassk-camp-99")).toBeVisible();
  // Under a sub-path, in Japanese.
  await page.goto("/memorial/exhibit/search?q=%E3%82%B9%E3%83%91%E3%82%B9%E3%82%AF&lang=ja");
  await settled(page);
  await expect(field(page)).toHaveValue("スパスク");
  await expect(hitTo(page, "/memorial/exhibit/map?place=spassk-camp-99&lang=ja")).toBeVisible();
});

test("the keyboard moves through the results and opens one", async ({ page }) => {
  await search(page, "Spassky camp");
  await field(page).press("ArrowDown");
  await expect(hits(page).first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(hits(page).nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(hits(page).first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(field(page)).toBeFocused();
  await field(page).press("ArrowDown");
  const href = await hits(page).first().getAttribute("href");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(href.replace(/[?]/g, "\\?") + "$"));
  // Back returns to the results; Escape in the field clears it.
  await page.goBack();
  await expect(field(page)).toHaveValue("Spassky camp");
  await field(page).press("Escape");
  await expect(field(page)).toHaveValue("");
});

test("no query and no match both offer something to search for", async ({ page }) => {
  await page.goto("/search");
  await settled(page);
  await expect(page.locator(".search-suggestions a").first()).toBeVisible();
  await search(page, "zzzqqqxxx");
  await expect(page.locator(".not-found-message")).toContainText("zzzqqqxxx");
  const suggestion = page.locator(".search-suggestions a").first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.locator("main h1")).not.toHaveText("Search");
});

test("no axe violations on results, in English and Japanese", async ({ page }) => {
  for (const path of ["/search?q=Karaganda", "/search?q=%E6%8A%91%E7%95%99&lang=ja", "/search"]) {
    await page.goto(path);
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
  }
});

test("on a kiosk the field opens an on-screen keyboard, and the idle reset clears the query", async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?kiosk");
  await settled(page);
  await field(page).click();
  await expect(page).toHaveURL(/\/search$/);
  const keyboard = page.getByRole("group", { name: "On-screen keyboard" });
  await expect(keyboard).toBeVisible();
  await keyboard.getByRole("button", { name: "АБВ" }).click();
  for (const letter of ["қ", "а", "р", "а"]) await keyboard.getByRole("button", { name: letter, exact: true }).click();
  await expect(field(page)).toHaveValue("қара");
  await expect(hitTo(page, "/map?place=karaganda")).toBeVisible();
  await keyboard.getByRole("button", { name: "Delete the last letter" }).click();
  await expect(field(page)).toHaveValue("қар");
  const key = await keyboard.getByRole("button", { name: "Space" }).boundingBox();
  expect(key.height).toBeGreaterThanOrEqual(48);
  await page.clock.fastForward("02:05");
  await page.mouse.click(900, 500);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(field(page)).toHaveValue("");
});
