// Japanese on a machine without a Japanese font: Chromium runs here with a fontconfig that
// sees only DejaVu and Liberation (fonts-without-cjk.conf), so without the self-hosted face
// every kana and kanji would be a box. A glyph counts as drawn when its pixels differ from the
// box that a character missing from every font gets.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";
import config from "./playwright.config.mjs";
import { japaneseCharacters, nativeName, unicodeRange } from "../../scripts/lib/japanese-text.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
test.use({
  launchOptions: {
    ...config.use.launchOptions,
    env: { ...process.env, FONTCONFIG_FILE: `${ROOT}tests/e2e/fonts-without-cjk.conf` },
  },
});

const FONT = /\/fonts\/noto-sans-jp-\w+\.woff2$/;
/// A kanji the exhibit never uses, so it is in no font this browser has: its box.
const ABSENT = "鬱";

/// For each character, whether `font` draws it differently from the box of ABSENT.
function drawn({ chars, font, absent }) {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 64;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  const pixels = (c) => {
    ctx.clearRect(0, 0, 64, 64);
    ctx.font = font;
    ctx.textBaseline = "top";
    ctx.fillText(c, 4, 4);
    return ctx.getImageData(0, 0, 64, 64).data.join(",");
  };
  const box = pixels(absent);
  return chars.filter((c) => pixels(c) === box);
}

function fontRequests(page) {
  const seen = [];
  page.on("request", (r) => FONT.test(r.url()) && seen.push(r.url()));
  return seen;
}

test("this browser has no Japanese font of its own (so the tests below mean something)", async ({ page }) => {
  await page.goto("/about");
  await settled(page);
  const boxes = await page.evaluate(drawn, { chars: [..."故郷を遠く離れて"], font: "32px sans-serif", absent: ABSENT });
  expect(boxes).toHaveLength(8);
});

test("the Japanese home heading is drawn with real glyphs, from the self-hosted font", async ({ page }) => {
  const requests = fontRequests(page);
  await page.goto("/?lang=ja");
  await settled(page);
  const h1 = page.locator("main h1");
  await expect(h1).toHaveText("故郷を遠く離れて");
  await page.evaluate(() => document.fonts.ready);
  const font = await h1.evaluate((el) => {
    const s = getComputedStyle(el);
    return `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
  });
  expect(font).toContain("Exhibit JP");
  expect(await page.evaluate((f) => document.fonts.check(f, "故郷"), font)).toBe(true);
  const boxes = await page.evaluate(drawn, { chars: [...(await h1.innerText())], font, absent: ABSENT });
  expect(boxes, "characters drawn as boxes").toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test("pages without Japanese text never download the font, only the language switch's name", async ({ page }) => {
  const requests = fontRequests(page);
  let without = 0;
  for (const path of ["/", "/?lang=ru", "/?lang=kk", "/timeline", "/map?lang=kk", "/gallery", "/statistics?lang=kk", "/about?lang=ru"]) {
    requests.length = 0;
    await page.goto(path);
    await settled(page);
    await page.evaluate(() => document.fonts.ready);
    const name = page.locator('.language-switch a[lang="ja"]');
    await expect(name).toHaveText("日本語");
    const font = await name.evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.fontWeight} 32px ${s.fontFamily}`;
    });
    const boxes = await page.evaluate(drawn, { chars: [..."日本語"], font, absent: ABSENT });
    expect(boxes, `${path}: the switch's “日本語” drawn as boxes`).toEqual([]);
    // Japanese text elsewhere on the page (a source's Japanese title, a term) needs the font.
    const japanese = await page.evaluate(() => {
      const clone = document.body.cloneNode(true);
      clone.querySelector(".language-switch")?.remove();
      return /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(clone.textContent);
    });
    // So does Japanese in the page as first served (the prerendered text before the app starts).
    const served = await page.request.get(path).then((r) => r.text());
    const servedText = served.replace(/<[^>]*>/g, " ").replaceAll("日本語", "");
    const japaneseServed = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(servedText);
    if (!japanese && !japaneseServed) {
      without += 1;
      expect(requests.filter((r) => !r.endsWith("/noto-sans-jp-name.woff2")), path).toEqual([]);
    }
  }
  expect(without, "pages without Japanese text").toBeGreaterThanOrEqual(4);
});

test("the font draws every Japanese character of the datasets, map and interface", async ({ page }) => {
  // Spaces (U+3000) are drawn as nothing, like a missing character.
  const chars = (await japaneseCharacters([`${ROOT}dist/data`, `${ROOT}dist/map`, `${ROOT}locales`])).filter(
    (c) => !/\s/.test(c),
  );
  expect(chars.length).toBeGreaterThan(500);
  await page.goto("/?lang=ja");
  await settled(page);
  for (const weight of [400, 600]) {
    const font = `${weight} 32px "Exhibit JP"`;
    await page.evaluate((f) => document.fonts.load(f, "故"), font);
    const boxes = await page.evaluate(drawn, { chars, font, absent: ABSENT });
    expect(boxes, `weight ${weight}: characters drawn as boxes`).toEqual([]);
  }
});

test("Kazakh letters are drawn in the body and heading faces", async ({ page }) => {
  await page.goto("/?lang=kk");
  await settled(page);
  for (const selector of ["main h1", "main p"]) {
    const font = await page.locator(selector).first().evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.fontWeight} 32px ${s.fontFamily}`;
    });
    const boxes = await page.evaluate(drawn, { chars: [..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"], font, absent: ABSENT });
    expect(boxes, `${selector}: Kazakh letters drawn as boxes`).toEqual([]);
  }
});

test("the stylesheet's unicode-range is the build script's, and the worker precaches the font", async () => {
  const css = await readFile(`${ROOT}style/main.css`, "utf8");
  const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) => m[1].trim());
  expect(ranges.slice(0, 2)).toEqual([unicodeRange(), unicodeRange()]);
  // The name face: exactly the glyphs of Lang::Ja's native name.
  const name = nativeName(await readFile(`${ROOT}model/src/lang.rs`, "utf8"));
  expect(ranges[2]).toBe([...name].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(", "));
  for (const dist of ["dist", "dist-sub"]) {
    const sw = await readFile(`${ROOT}${dist}/sw.js`, "utf8");
    expect(sw).toContain('"fonts/noto-sans-jp-400.woff2"');
    expect(sw).toContain('"fonts/noto-sans-jp-600.woff2"');
    expect(sw).toContain('"fonts/noto-sans-jp-name.woff2"');
  }
});
