// axe-core finds no accessibility violations on any page, in every language.
import { test, expect, settled } from "./fixtures.mjs";
import AxeBuilder from "@axe-core/playwright";
import { paths } from "./routes.mjs";

for (const path of paths) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    if (path === "/no/such/page") page.expectConsoleError(/status of 404/); // 404.html, status 404
    await page.goto(path);
    // The app's page, not the prerendered one it replaces (whose .loading note says it is coming).
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
  });
}

for (const lang of ["ru", "kk", "ja"]) {
  test(`no axe violations on the home page in ${lang}`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
