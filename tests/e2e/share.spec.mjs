// Cite, share, print and embed, and the kiosk's QR codes (the QR codes are decoded
// with jsQR from the modules the SVG draws, an independent decoder).
import { test, expect, settled } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import jsQR from "jsqr";

/// Draws a QR code's SVG path (rows of `M x y h w v1 h-w z` runs) into a bitmap, with a
/// scale of `k` pixels a module, and decodes it.
async function decodeQr(svg, k = 6) {
  const viewBox = (await svg.getAttribute("viewBox")).split(" ").map(Number);
  const side = viewBox[2];
  const d = await svg.locator("path").getAttribute("d");
  const size = side * k;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = +y * k; py < (+y + 1) * k; py++) {
      for (let px = +x * k; px < (+x + +w) * k; px++) {
        const at = (py * size + px) * 4;
        data[at] = data[at + 1] = data[at + 2] = 0;
      }
    }
  }
  return jsQR(data, size, size)?.data;
}

async function noAxeViolations(page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("kiosk: a link out shows a scannable QR code of its address, large enough at 50 cm", async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/sources?kiosk");
  await settled(page);
  const external = page.locator('main a[href^="http"]').first();
  await external.scrollIntoViewIfNeeded();
  const href = new URL(await external.getAttribute("href")).href;
  await external.click();
  const notice = page.getByRole("alertdialog");
  const qr = notice.locator("svg.qr-code");
  await expect(qr).toBeVisible();
  expect(await decodeQr(qr)).toBe(href);
  await expect(notice.locator(".kiosk-address")).toHaveText(href);
  // At least about 6 cm on a 24-inch 1920×1080 screen (0.277 mm a pixel).
  const box = await qr.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(217);
  await page.screenshot({ path: test.info().outputPath("share-kiosk-external.png") });
  await noAxeViolations(page);
  expect(page.url()).toBe(`${baseURL}/sources?kiosk`);
});

test("kiosk: “Continue on your phone” shows the page's address with its language; idleness closes it", async ({ page, baseURL }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/timeline?lang=ru&category=war&kiosk");
  await settled(page);
  await page.getByRole("button", { name: "Продолжить на телефоне" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Продолжить на телефоне" });
  await expect(dialog).toBeVisible();
  expect(await decodeQr(dialog.locator("svg.qr-code"))).toBe(`${baseURL}/timeline?lang=ru&category=war`);
  await page.screenshot({ path: test.info().outputPath("share-kiosk-phone.png") });
  await noAxeViolations(page);
  await page.clock.fastForward("02:05");
  await expect(page.getByRole("dialog", { name: /Вдали от дома/ })).toBeVisible();
  await expect(dialog).toHaveCount(0);
});

test("cite an event: Chicago, APA and BibTeX with its permanent address, copied", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/timeline/gko-resolution-9898?category=war");
  await settled(page);
  const panel = page.locator(".event-panel");
  const cite = panel.getByRole("button", { name: "Cite" });
  await expect(cite).toHaveAttribute("aria-expanded", "false");
  await cite.click();
  await expect(cite).toHaveAttribute("aria-expanded", "true");
  const url = `${baseURL}/timeline/gko-resolution-9898`;
  const chicago = panel.getByLabel("Chicago");
  await expect(chicago).toHaveValue(new RegExp(`^“.+\\.” Far from Home\\. Accessed .+\\d{4}\\. ${url.replace(/[.]/g, "\\.")}\\.$`));
  await expect(panel.getByLabel("APA")).toHaveValue(new RegExp(`^Far from Home\\. \\(n\\.d\\.\\)\\. .+ Retrieved .+, from ${url}$`));
  await expect(panel.getByLabel("BibTeX")).toHaveValue(/^@misc\{farfromhome:gko-resolution-9898,[\s\S]*url = \{http[^}]+\/timeline\/gko-resolution-9898\}/);
  await noAxeViolations(page);
  await panel.locator(".cite-style").filter({ hasText: "APA" }).getByRole("button", { name: "Copy" }).click();
  await expect(panel.locator(".cite-style").filter({ hasText: "APA" }).getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Far from Home\. \(n\.d\.\)/);
});

test("cite in Japanese keeps the language in the address; without a clipboard the text is selected", async ({ page, baseURL }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
  await page.goto("/gallery/kengir-japanese-memorial?lang=ja");
  await settled(page);
  await page.getByRole("button", { name: "引用", exact: true }).click();
  const field = page.getByLabel("Chicago");
  await expect(field).toHaveValue(new RegExp(`閲覧\\. ${baseURL}/gallery/kengir-japanese-memorial\\?lang=ja\\.$`));
  await page.locator(".cite-style").first().getByRole("button", { name: "コピー" }).click();
  await expect(page.locator(".cite-style").first().getByRole("status")).toContainText("Ctrl+C");
  const selected = await field.evaluate((el) => document.activeElement === el && el.selectionEnd - el.selectionStart === el.value.length);
  expect(selected).toBe(true);
});

test("a place and a figure can be cited too", async ({ page, baseURL }) => {
  await page.goto("/map?place=spassk-camp-99&lang=kk");
  await settled(page);
  await page.locator(".place-panel").getByRole("button", { name: "Сілтеме жасау" }).click();
  await expect(page.locator(".place-panel").getByLabel("APA")).toHaveValue(new RegExp(`${baseURL}/map\\?place=spassk-camp-99&lang=kk$`.replace(/\//g, "\\/")));
  await page.goto("/statistics");
  await settled(page);
  const row = page.locator(".figures-table tbody tr").first();
  const id = (await row.getAttribute("id")).replace(/^figure-/, "");
  await row.getByRole("button", { name: "Cite" }).click();
  await expect(row.getByLabel("Chicago")).toHaveValue(new RegExp(`/statistics#figure-${id}\\.$`));
  await noAxeViolations(page);
});

for (const [name, size] of [["phone", { width: 390, height: 844 }], ["desktop", { width: 1280, height: 900 }]]) {
  test(`share on a ${name}: the share sheet where there is one, else the link is copied, with language and filters`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.setViewportSize(size);
    if (name === "phone") {
      await page.addInitScript(() => {
        navigator.share = (data) => {
          window.sharedData = data;
          return Promise.resolve();
        };
      });
    }
    await page.goto("/timeline?category=war&lang=ru");
    await settled(page);
    await page.locator(".page > .share-bar").getByRole("button", { name: "Поделиться" }).click();
    const expected = `${baseURL}/timeline?category=war&lang=ru`;
    if (name === "phone") {
      await expect.poll(() => page.evaluate(() => window.sharedData?.url)).toBe(expected);
    } else {
      await expect(page.locator(".page > .share-bar > .copy-status")).toHaveText("Ссылка скопирована");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    }
    await page.screenshot({ path: test.info().outputPath(`share-bar-${name}.png`) });
    await noAxeViolations(page);
  });
}

test("embed: the code keeps the view and the language; the framed view links out of the frame", async ({ page, baseURL }) => {
  await page.goto("/timeline?category=war&lang=ru");
  await settled(page);
  await page.locator(".page > .share-bar").getByRole("button", { name: "Встроить" }).click();
  await page.getByLabel("Размер").selectOption({ label: "Большой (960 × 640)" });
  const code = await page.getByLabel("Код для вставки").inputValue();
  expect(code).toContain(`src="${baseURL}/timeline?category=war&amp;lang=ru&amp;embed"`);
  expect(code).toContain('width="960" height="640"');
  await noAxeViolations(page);
  // A host page with the code (served on this origin for the test).
  await page.route(`${baseURL}/host-page.html`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<!doctype html><html lang="en"><title>Host</title><h1>A museum blog</h1>${code}</html>` }),
  );
  await page.goto("/host-page.html");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("main h1")).toHaveText("Хронология");
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.locator(".site-footer")).toHaveCount(0);
  await expect(frame.locator(".event-list, .tl-viewport").first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("share-embed-host.png") });
  const out = frame.getByRole("link", { name: /Открыть на сайте выставки/ });
  await expect(out).toHaveAttribute("target", "_top");
  await out.click();
  await expect(page).toHaveURL(`${baseURL}/timeline?category=war&lang=ru`);
  await expect(page.locator(".site-header")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/embed/);
});

test("embed: one gallery item at phone width is accessible", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/gallery/kengir-japanese-memorial?embed");
  await settled(page);
  await expect(page.locator(".embed-bar")).toBeVisible();
  await expect(page.locator(".share-bar")).toBeHidden();
  await page.screenshot({ path: test.info().outputPath("share-embed-gallery-phone.png"), fullPage: true });
  await noAxeViolations(page);
});

test("embed one chart: its Embed code frames that dispute alone", async ({ page, baseURL }) => {
  await page.goto("/statistics?lang=ja");
  await settled(page);
  const conflict = page.locator("#conflict-deaths-ussr");
  await conflict.getByRole("button", { name: "埋め込み" }).click();
  const code = await conflict.getByLabel("埋め込みコード").inputValue();
  expect(code).toContain(`src="${baseURL}/statistics?lang=ja&amp;embed#conflict-deaths-ussr"`);
  await page.goto("/statistics?lang=ja&embed#conflict-deaths-ussr");
  await settled(page);
  await expect(page.locator(".conflict:visible")).toHaveCount(1);
  await expect(page.locator("#conflict-deaths-ussr")).toBeVisible();
  await expect(page.locator(".figures-table")).toBeHidden();
  await expect(page.locator(".embed-open")).toHaveAttribute("href", `${baseURL}/statistics?lang=ja#conflict-deaths-ussr`);
  await page.screenshot({ path: test.info().outputPath("share-embed-chart.png") });
  await noAxeViolations(page);
});

test("print: no navigation or controls; the timeline as its full filtered list; PDFs", async ({ page }) => {
  await page.goto("/timeline?category=war");
  await settled(page);
  const shown = Number((await page.locator(".filter-count").innerText()).match(/\d+/)[0]);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-list > li")).toHaveCount(shown);
  for (const hidden of [".site-header", ".site-footer", ".share-bar", ".timeline-filters", ".tl-viewport"]) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator(".print-list .citations-inline").first()).toBeVisible();
  await page.pdf({ path: test.info().outputPath("print-timeline.pdf"), format: "A4" });
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-list")).toHaveCount(0);

  await page.goto("/gallery/kengir-japanese-memorial");
  await settled(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".detail-figure img.card-photo")).toBeVisible();
  await expect(page.locator(".photo-credit")).toBeVisible();
  await expect(page.locator(".pager")).toBeHidden();
  await page.pdf({ path: test.info().outputPath("print-gallery-item.pdf"), format: "Letter" });

  await page.goto("/statistics");
  await settled(page);
  await expect(page.locator(".chart-table").first()).toBeVisible();
  await expect(page.locator(".chart-svg").first()).toBeHidden();
  await page.pdf({ path: test.info().outputPath("print-statistics.pdf"), format: "A4" });

  await page.goto("/map?place=karaganda");
  await settled(page);
  await expect(page.locator(".place-list")).toBeVisible();
  await expect(page.locator(".map-frame")).toBeHidden();
  await page.pdf({ path: test.info().outputPath("print-map.pdf"), format: "A4" });
});
