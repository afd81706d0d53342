// The statistics page: conflicts shown side by side, charts with matching tables,
// numbers formatted per language, and the figures downloadable as CSV and JSON.
import { test, expect, settled } from "./fixtures.mjs";
import { readFile } from "node:fs/promises";

const data = (name) => readFile(new URL(`../../public/data/${name}.json`, import.meta.url), "utf8").then(JSON.parse);
const figures = await data("figures");
const conflicts = await data("conflicts");

test("every conflict group shows all its variants, each with its source", async ({ page }) => {
  await page.goto("/statistics");
  await settled(page);
  for (const conflict of conflicts) {
    const variants = figures.filter((f) => f.conflict === conflict.id);
    expect(variants.length).toBeGreaterThanOrEqual(2);
    const section = page.locator(`#conflict-${conflict.id}`);
    await expect(section.locator("h3")).toHaveText(conflict.title.en);
    await expect(section.locator(".variant")).toHaveCount(variants.length);
    for (const figure of variants) {
      const card = section.locator(`#figure-${figure.id}`);
      await expect(card.locator(".variant-source")).toHaveAttribute("href", `/sources#source-${figure.citations[0].source}`);
    }
    await expect(section.locator(".why-differ")).toContainText(conflict.explanation.en);
  }
});

test("each chart's table says what the chart draws", async ({ page }) => {
  await page.goto("/statistics");
  await settled(page);
  const charts = page.locator(".range-chart");
  await expect(charts).toHaveCount(conflicts.length);
  for (let i = 0; i < conflicts.length; i++) {
    const chart = charts.nth(i);
    const drawn = await chart.locator("svg .row-label").allTextContents();
    await chart.locator("summary").click();
    const tabled = await chart.locator("tbody th").allTextContents();
    expect(tabled).toEqual(drawn);
    expect(drawn.length).toBe(figures.filter((f) => f.conflict === conflicts[i].id).length);
    await expect(chart.locator("svg")).toHaveAttribute("role", "img");
  }

  // The Karaganda share is computed from the two cited numbers and agrees with the source.
  const share = page.locator(".composition-chart").filter({ hasText: "Japanese among the prisoners of war of the Karaganda region" });
  await expect(share.locator("svg .segment-label").first()).toHaveText("50.6%");
  const cells = await share.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
  expect(cells[0].slice(1)).toEqual(["15,735", "50.6%"]);
  expect(cells[1].slice(1)).toEqual(["15,339", "49.4%"]);
  expect(cells[2].slice(1)).toEqual(["31,074", "100%"]);
  await expect(share.locator(".chart-note")).toContainText("50.6% — stated by the source");

  const milestones = page.locator(".milestone-chart");
  const marks = await milestones.locator("svg .marker").count();
  await milestones.locator("summary").click();
  await expect(milestones.locator("tbody tr")).toHaveCount(marks);
});

test("an event links to the figures it gave rise to", async ({ page }) => {
  await page.goto("/timeline/last-group-leaves");
  await settled(page);
  await page.getByRole("link", { name: "more than 1,500 people" }).click();
  await expect(page).toHaveURL(/\/statistics#figure-last-group-dorokhov$/);
  await expect(page.locator("#figure-last-group-dorokhov")).toBeInViewport();
  await expect(page.locator("#figure-last-group-dorokhov .variant-date")).toHaveText("1956");
});

test("switching the language reformats the numbers", async ({ page }) => {
  await page.goto("/statistics");
  await settled(page);
  const official = page.locator("#figure-interned-mhlw .variant-value");
  await expect(official).toHaveText("about 575,000 people");
  await page.locator(".language-switch").getByRole("link", { name: "Русский" }).click();
  await expect(official).toHaveText("около 575\u202f000 человек");
  await expect(page.locator(".range-chart .tick").first()).toHaveText("500\u202f000");
  await page.locator(".language-switch").getByRole("link", { name: "Қазақша" }).click();
  await expect(page.locator("#figure-interned-katasonova .variant-value")).toHaveText("600\u202f000-нан астам адам");
  await page.locator(".language-switch").getByRole("link", { name: "日本語" }).click();
  await expect(official).toHaveText("約575,000人");
});

test("the figures download as CSV and JSON, in the visitor's language", async ({ page }) => {
  await page.goto("/statistics?lang=ru");
  await settled(page);
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV (таблица)" }).click()]);
  expect(csvDownload.suggestedFilename()).toBe("figures.csv");
  const csv = await readFile(await csvDownload.path(), "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("id,label,value,value_max,qualifier,unit,scope,date,conflict,sources");
  expect(lines.length).toBe(figures.length + 1);
  for (const figure of figures) expect(csv).toContain(`\r\n${figure.id},`);
  expect(csv).toContain("karaganda-japanese-15735,Японцы среди военнопленных Карагандинской области,15735,,exact,человек");

  const [jsonDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "JSON (данные)" }).click()]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), "utf8"));
  expect(json.map((f) => f.id)).toEqual(figures.map((f) => f.id));
  expect(json.find((f) => f.id === "interned-mhlw").value).toBe(575000);
});
