// Starts the app. Trunk writes `<script type="module" src=".../start.js" data-glue=… data-wasm=…>`
// into index.html with this build's hashed file names (pattern_script in Trunk.toml) in place
// of its default inline loader, so the Content-Security-Policy can forbid inline scripts.
const script = document.querySelector("script[data-glue][data-wasm]");
const { default: init } = await import(script.dataset.glue);
const wasm = await init({ module_or_path: script.dataset.wasm });
// Trunk's own loader fires this too (scripts/soak.mjs and bench-timeline.mjs listen for it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
