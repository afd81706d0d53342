// Offline use: sw.js (written for each release build by scripts/make-sw.mjs) caches the
// whole exhibit. When a new build's worker takes over, the page reloads once, so old and
// new files never mix. A file, not an inline script, so the Content-Security-Policy in
// index.html can forbid inline scripts.
if ("serviceWorker" in navigator) {
  const replacing = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (replacing) location.reload();
  });
  addEventListener("load", () => navigator.serviceWorker.register("sw.js").catch(() => {}));
}
