// End-to-end tests against the release builds in dist/ (served at /) and dist-sub/
// (served under /memorial/exhibit/), through a static server with an SPA fallback.
import { defineConfig } from "@playwright/test";

// Not 4173, which scripts/screenshots.mjs uses by default; E2E_PORT chooses another (e.g. when
// two work trees run their tests at once).
const PORT = Number(process.env.E2E_PORT) || 4391;

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The service worker would answer requests that tests stub with page.route; only the
    // offline tests (offline.spec.mjs) let it run.
    serviceWorkers: "block",
    browserName: "chromium",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs --port ${PORT} --mount /=dist --mount /memorial/exhibit/=dist-sub`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
