// A `page` that fails the test on any console error, uncaught exception, request that
// leaves the page's own origin (the exhibit must work with no third party), or violation of
// the Content-Security-Policy (index.html), even one a test expects a console error for.
import { test as base, expect } from "@playwright/test";
import { createServer } from "node:net";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    page.on("request", (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request outside the origin: ${url}`);
      }
    });
    // Every CSP violation, from the browser's console message and from the page's
    // `securitypolicyviolation` events (which also name the directive and the blocked address).
    const violations = [];
    page.on("console", (msg) => {
      if (/Refused to|Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.exposeFunction("__exhibitCspViolation", (v) => violations.push(v));
    await page.addInitScript(() => {
      addEventListener(
        "securitypolicyviolation",
        (e) => window.__exhibitCspViolation?.(`${e.effectiveDirective} refused ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
        true,
      );
    });
    // A page at an unknown address is served with status 404, as a static host does, and the
    // browser logs that: one such message is expected for each 404 page visited.
    let notFoundPages = 0;
    page.on("response", (res) => {
      if (res.status() === 404 && res.request().isNavigationRequest()) notFoundPages += 1;
    });
    // A test that provokes an error on purpose names the console message it expects.
    const expected = [];
    page.expectConsoleError = (pattern) => expected.push(pattern);
    await use(page);
    const unexpected = problems.filter((p) => {
      if (!p.startsWith("console error")) return true;
      if (/status of 404/.test(p) && notFoundPages > 0) {
        notFoundPages -= 1;
        return false;
      }
      return !expected.some((re) => re.test(p));
    });
    expect(violations, "Content-Security-Policy violations").toEqual([]);
    expect(unexpected, "console errors, page errors and foreign requests").toEqual([]);
  },
});

export { expect };

/// Waits until the page's data has loaded (the loading notes are gone).
export async function settled(page) {
  await expect(page.locator("main h1")).toBeVisible();
  await expect(page.locator(".loading")).toHaveCount(0);
}

/// A TCP port that nothing listens on now, for a test's own server.
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
