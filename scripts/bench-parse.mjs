// Dataset loading benchmark (a measurement, not a test): does reading events.json grow
// linearly with its size, whatever its formatting? Synthetic events (scripts/lib/
// synthetic-events.mjs) written pretty (one field a line) and on one line (minified), then
// read, parsed and validated with the rest of the shipped data by the curators' check
// (`check-data`, the model's `Exhibit::load`, the same code as the app's), built --release
// for the host. Prints the median CPU time (user + system, from /usr/bin/time: steadier than
// the wall time on a shared machine) and wall time of 5 runs per case.
// Usage: node scripts/bench-parse.mjs [sizes...]   (default 10000 20000)
import { execFileSync } from "node:child_process";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { syntheticEvents } from "./lib/synthetic-events.mjs";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
if (sizes.length === 0) sizes.push(10000, 20000);
const root = new URL("..", import.meta.url).pathname;
execFileSync("cargo", ["build", "--quiet", "--offline", "--release", "-p", "exhibit-model", "--bin", "check-data"], { cwd: root, stdio: "inherit" });
const bin = join(root, "target/release/check-data");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("| events | formatting | size | CPU (median of 5) | per 1,000 events | wall (median) |");
console.log("|---:|---|---:|---:|---:|---:|");
for (const size of sizes) {
  const events = syntheticEvents(size);
  for (const [name, text] of [["pretty", JSON.stringify(events, null, 2)], ["one line", JSON.stringify(events)]]) {
    const dir = `/tmp/exhibit-bench-parse-${size}`;
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await cp(join(root, "public/data"), dir, { recursive: true });
    await writeFile(join(dir, "events.json"), text);
    const cpu = [];
    const wall = [];
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      let report;
      try {
        report = execFileSync("/usr/bin/time", ["-f", "%U %S", bin, dir], { stdio: ["ignore", "ignore", "pipe"] });
      } catch (failed) {
        report = failed.stderr; // the check exits 1 on any problem; only the time matters here
      }
      wall.push(performance.now() - start);
      const [user, system] = String(report).trim().split("\n").pop().split(" ").map(Number);
      cpu.push((user + system) * 1000);
    }
    const ms = median(cpu);
    console.log(`| ${size.toLocaleString("en")} | ${name} | ${(text.length / 1048576).toFixed(1)} MiB | ${ms.toFixed(0)} ms | ${((ms / size) * 1000).toFixed(1)} ms | ${median(wall).toFixed(0)} ms |`);
    await rm(dir, { recursive: true, force: true });
  }
}
