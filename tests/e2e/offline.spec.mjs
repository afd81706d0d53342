// Offline use: after one visit the service worker has the whole exhibit, so deep links,
// reloads and the language switch work with the network cut; a new deployment replaces the
// old one whole. These tests let the service worker run (the others block it).
import { test, expect, settled, freePort } from "./fixtures.mjs";
import { test as plain } from "@playwright/test";
import { spawn, execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

test.use({ serviceWorkers: "allow" });
plain.use({ serviceWorkers: "allow" });

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("after one visit the exhibit works with the network cut", async ({ page, context }) => {
  await page.goto("/");
  await settled(page);
  await controlled(page);
  await context.setOffline(true);

  await page.goto("/timeline/kengir-uprising");
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("The Kengir uprising");
  await page.reload();
  await settled(page);
  await expect(page.locator("#event-panel-title")).toHaveText("The Kengir uprising");

  await page.goto("/gallery/house-of-scientists-almaty?lang=ru");
  await settled(page);
  await expect(page.locator("main h1")).toHaveText("Дом учёных, Алматы");
  await page.locator(".language-switch").getByRole("link", { name: "日本語" }).click();
  await expect(page).toHaveURL(/lang=ja$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");

  await page.goto("/map?place=nakhodka");
  await settled(page);
  await expect(page.locator("#place-panel-title")).toHaveText("Nakhodka");
  await expect.poll(() => page.locator(".map-svg .country").count()).toBeGreaterThan(10);

  await page.goto("/statistics");
  await settled(page);
  await expect(page.locator("main")).toContainText("about 575,000 people");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the exhibit is installable: a manifest with icons that exist", async ({ page }) => {
  await page.goto("/");
  const href = await page.locator("link[rel=manifest]").getAttribute("href");
  const manifest = await (await page.request.get(new URL(href, page.url()).href)).json();
  expect(manifest.start_url).toBe("./");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(["192x192", "512x512"]);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  }
});

// Two deployments of the same site, A and B, behind one address. B differs in its page and
// in a file that keeps its name (the map's outlines), the case where a careless cache would
// serve the new page with an old file.
plain("a new deployment is picked up whole, never mixed with the old one", async ({ page }) => {
  const root = new URL("../..", import.meta.url).pathname;
  // A fresh folder and a free port: runs never meet each other's leftovers.
  const place = await mkdtemp(join(tmpdir(), "exhibit-deployments-"));
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  for (const name of ["A", "B"]) {
    const dir = `${place}/${name}`;
    await cp(`${root}dist`, dir, { recursive: true });
    const outlines = JSON.parse(await readFile(`${dir}/map/outlines.json`, "utf8"));
    outlines.source = `build ${name}`;
    await writeFile(`${dir}/map/outlines.json`, JSON.stringify(outlines));
    // Every page of the build (index.html, 404.html and the prerendered ones) names its build.
    const htmls = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html"));
    for (const html of htmls) {
      const text = await readFile(`${dir}/${html}`, "utf8");
      await writeFile(`${dir}/${html}`, text.replace("<meta charset=utf-8>", `<meta charset=utf-8><meta name="exhibit-build" content="${name}">`));
    }
    execFileSync("node", [`${root}scripts/make-sw.mjs`, dir, "release"]);
  }
  await symlink(`${place}/A`, `${place}/current`);
  const server = spawn("node", [`${root}scripts/static-server.mjs`, "--port", String(port), "--mount", `/=${place}/current`], { stdio: "ignore" });
  try {
    // Wait until the server answers (it may be slow to start on a busy machine).
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`${site}/`).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const versions = () =>
      page.evaluate(async () => [
        document.querySelector("meta[name=exhibit-build]")?.content,
        (await (await fetch("map/outlines.json")).json()).source.replace("build ", ""),
      ]);
    await page.goto(`${site}/timeline`);
    await expect(page.locator("main h1")).toHaveText("Timeline");
    await controlled(page);
    expect(await versions()).toEqual(["A", "A"]);

    await unlink(`${place}/current`);
    await symlink(`${place}/B`, `${place}/current`);
    await page.reload();
    // The page may show A once more while B's worker installs; then it reloads into B.
    const seen = [];
    await expect
      .poll(async () => {
        const pair = await versions().catch(() => null); // null while the page reloads
        if (pair) seen.push(pair);
        return pair?.[0];
      }, { timeout: 20_000 })
      .toBe("B");
    expect(seen.filter(([html, file]) => html !== file), "the page and its files come from one build").toEqual([]);
    await expect(page.locator("main h1")).toHaveText("Timeline");
    const caches = await page.evaluate(() => caches.keys());
    expect(caches.filter((k) => k.startsWith("exhibit-"))).toHaveLength(1);
  } finally {
    server.kill();
    await rm(place, { recursive: true, force: true });
  }
});
