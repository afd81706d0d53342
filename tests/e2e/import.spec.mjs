// A TimelineJS timeline imported by the curators' command (`cargo import-timelinejs`) shows on
// the timeline in the same run of the app, each event citing the imported timeline.
import { test, expect, settled } from "./fixtures.mjs";
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

test("imported TimelineJS events appear on the timeline with their citation", async ({ page }) => {
  test.setTimeout(180_000); // the first run may compile the command
  const data = await mkdtemp(join(tmpdir(), "exhibit-import-"));
  try {
    await cp(join(root, "public/data"), data, { recursive: true });
    execFileSync("cargo", ["import-timelinejs", join(root, "model/tests/fixtures/timelinejs/karaganda.json"), data, "--lang", "en"], {
      cwd: root,
      stdio: "pipe",
    });
    // The validator accepts the result (English only: the other languages are reported as
    // missing translations, which the exhibit shows in English).
    execFileSync("cargo", ["check-data", data], { cwd: root, stdio: "pipe" });
    await page.route("**/data/*.json", async (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      route.fulfill({ status: 200, contentType: "application/json", body: await readFile(join(data, name), "utf8") });
    });
    await page.goto("/timeline?view=list");
    await settled(page);
    await expect(page.getByRole("alert")).toHaveCount(0);
    const imported = page.locator(".event-item", { hasText: "First transport to Karaganda" });
    await expect(imported).toHaveCount(1);
    await imported.getByRole("link").first().click();
    const panel = page.locator(".event-panel");
    await expect(panel.locator("#event-panel-title")).toHaveText("First transport to Karaganda");
    await expect(panel).toContainText("Karaganda transports"); // the new source, cited
    await expect(panel).not.toContainText("pwned");
    await expect(panel.locator('a[href^="javascript"]')).toHaveCount(0);
  } finally {
    await rm(data, { recursive: true, force: true });
  }
});
