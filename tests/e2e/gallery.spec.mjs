// Gallery filters live in the address: a filtered view can be shared and reloaded.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

// The address's path and query parameters, in any order.
async function expectAddress(page, path, params) {
  await expect.poll(() => {
    const url = new URL(page.url());
    return [url.pathname, Object.fromEntries(url.searchParams)];
  }).toEqual([path, params]);
}

const gallery = JSON.parse(await readFile(new URL("../../public/data/gallery.json", import.meta.url), "utf8"));

test("filter the gallery, share the address, reload it", async ({ page }) => {
  await page.goto("/gallery?lang=ru");
  await settled(page);
  const cards = page.locator(".gallery-card");
  await expect(cards).toHaveCount(gallery.length);
  await expect(page.locator(".filter-count")).toHaveText(`Показано ${gallery.length} из ${gallery.length}`);

  await page.getByLabel("Тип").selectOption("building");
  await expectAddress(page, "/gallery", { lang: "ru", kind: "building" });
  const buildings = gallery.filter((g) => g.kind === "building");
  await expect(cards).toHaveCount(buildings.length);
  await expect(page.locator(".card-kind").first()).toHaveText("Здание");

  await page.getByLabel("Период").selectOption("1950");
  await expectAddress(page, "/gallery", { lang: "ru", kind: "building", decade: "1950" });
  const inFifties = buildings.filter((g) => {
    if (!g.date) return false; // an undated item matches no period, as in model/src/gallery.rs
    const [a, b] = g.date.replace("~", "").split("/");
    return Number(a.slice(0, 4)) <= 1959 && Number((b ?? a).slice(0, 4)) >= 1950;
  });
  await expect(cards).toHaveCount(inFifties.length);

  const shared = page.url();
  await page.goto(shared);
  await settled(page);
  await expect(cards).toHaveCount(inFifties.length);
  await expect(page.getByLabel("Тип")).toHaveValue("building");
  await expect(page.getByLabel("Период")).toHaveValue("1950");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  await page.getByLabel("Тип").selectOption("");
  await expectAddress(page, "/gallery", { lang: "ru", decade: "1950" });
});

test("a filter that matches nothing says so and offers the way back", async ({ page }) => {
  await page.goto("/gallery?kind=person&place=maizuru");
  await settled(page);
  await expect(page.locator(".gallery-card")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("No item matches these filters.");
  await page.getByRole("link", { name: "Show all items" }).click();
  await expect(page.locator(".gallery-card")).toHaveCount(gallery.length);
});

test("the gallery filters work under the sub-path", async ({ page }) => {
  await page.goto("/memorial/exhibit/gallery");
  await settled(page);
  await page.getByLabel("Kind").selectOption("memorial");
  await expectAddress(page, "/memorial/exhibit/gallery", { kind: "memorial" });
  await expect(page.locator(".gallery-card")).toHaveCount(gallery.filter((g) => g.kind === "memorial").length);
});

// A curator's photograph: shown with its size and alt text; a missing file falls back to the emblem.
const PNG_1x1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=", "base64");

async function withImages(page, images) {
  await page.route("**/data/gallery.json", async (route) => {
    const items = await (await route.fetch()).json();
    for (const [id, src] of Object.entries(images)) {
      items.find((g) => g.id === id).image = {
        src, width: 1600, height: 1067, alt: { en: `Photograph of ${id}`, ru: `Фотография ${id}` }, credit: "Test archive", licence: "CC BY 4.0",
      };
    }
    await route.fulfill({ contentType: "application/json", body: JSON.stringify(items) });
  });
  await page.route("**/images/present.png", (route) => route.fulfill({ contentType: "image/png", body: PNG_1x1 }));
}

test("a photograph shows with its size and alt text; a missing one falls back to the emblem", async ({ page }) => {
  page.expectConsoleError(/status of 404/); // the browser reports the missing image file itself
  await withImages(page, { "kengir-japanese-memorial": "images/present.png", "astana-japanese-memorial": "images/missing.jpg" });
  await page.goto("/gallery");
  await settled(page);
  const present = page.locator(".gallery-card", { hasText: "Memorial to interned Japanese at Kengir" });
  const photo = present.locator("img.card-photo");
  await expect(photo).toHaveAttribute("alt", "Photograph of kengir-japanese-memorial");
  await expect(photo).toHaveAttribute("width", "1600");
  await expect(photo).toHaveAttribute("height", "1067");
  await expect(photo).toHaveAttribute("loading", "lazy");
  await expect.poll(() => photo.evaluate((img) => img.complete && img.naturalWidth)).toBe(1);

  const missing = page.locator(".gallery-card", { hasText: "Memorial to interned Japanese in Astana" });
  await expect(missing.locator("img")).toHaveCount(0);
  await expect(missing.locator(".card-emblem svg")).toBeVisible();

  await present.getByRole("link").first().click();
  await expect(page.locator(".detail-figure img.card-photo")).toHaveAttribute("alt", "Photograph of kengir-japanese-memorial");
  await expect(page.locator(".photo-credit")).toHaveText("Image: Test archive · CC BY 4.0");

  // The photograph enlarges in a dialog; Escape closes it and the focus comes back.
  const url = page.url();
  const enlarge = page.getByRole("button", { name: "Enlarge the image" });
  await enlarge.click();
  const dialog = page.getByRole("dialog", { name: "Photograph of kengir-japanese-memorial" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Test archive · CC BY 4.0");
  await page.keyboard.press("ArrowRight"); // the pager waits while the dialog is open
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(enlarge).toBeFocused();
  expect(page.url()).toBe(url);
  await enlarge.click();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(enlarge).toBeFocused();
});

test("arrow keys and a swipe move between items", async ({ page }) => {
  await page.goto(`/gallery/${gallery[1].id}`);
  await settled(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/gallery/${gallery[2].id}$`));
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(new RegExp(`/gallery/${gallery[1].id}$`));

  // A swipe to the left shows the next item.
  await page.evaluate(() => {
    const touch = (x) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 300 });
    window.dispatchEvent(new TouchEvent("touchstart", { touches: [touch(300)], changedTouches: [touch(300)] }));
    window.dispatchEvent(new TouchEvent("touchend", { touches: [], changedTouches: [touch(120)] }));
  });
  await expect(page).toHaveURL(new RegExp(`/gallery/${gallery[2].id}$`));
  await expect(page.locator("main h1")).toHaveText(gallery[2].title.en);
});

test("after a language switch the arrow keys keep the new language", async ({ page }) => {
  await page.goto(`/gallery/${gallery[1].id}`);
  await settled(page);
  await page.locator(".language-switch").getByRole("link", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/gallery/${gallery[2].id}\\?lang=ru$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/timeline/gko-resolution-9898");
  await settled(page);
  await page.locator(".language-switch").getByRole("link", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/timeline\/surrender-signed\?lang=ja$/);
});

test("arrow keys move between events on the timeline", async ({ page }) => {
  await page.goto("/timeline/gko-resolution-9898");
  await settled(page);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/timeline\/surrender-signed$/);
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(/\/timeline\/japan-announces-surrender$/);
});
