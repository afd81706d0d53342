// Synthetic events for the benchmarks (scripts/bench-timeline.mjs, scripts/bench-parse.mjs):
// the shipped events plus seeded random ones (60 % known to the day, 15 % to the month,
// 15 % to the year, 10 % approximate ranges), each with a place, a citation and four languages.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const read = (name) => JSON.parse(readFileSync(join(root, "public/data", name), "utf8"));
const shipped = read("events.json");
const places = read("places.json").map((p) => p.id);
const people = read("people.json").map((p) => p.id);
const sources = read("sources.json").map((s) => s.id);
const categories = ["war", "captivity", "labour", "repatriation", "remembrance", "research"];

// A small seeded generator, so every run measures the same data.
let seed = 1945;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const pad = (n) => String(n).padStart(2, "0");

export function syntheticEvents(count) {
  const events = [...shipped];
  for (let i = events.length; i < count; i++) {
    const year = 1939 + Math.floor(random() * 87);
    const shape = random();
    const date =
      shape < 0.6 ? `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`
      : shape < 0.75 ? `${year}-${pad(1 + Math.floor(random() * 12))}`
      : shape < 0.9 ? `${year}`
      : `~${year}/${Math.min(year + 1 + Math.floor(random() * 6), 2025)}`;
    const text = (what) => ({ en: `${what} ${i}`, ru: `${what} ${i} (ru)`, kk: `${what} ${i} (kk)`, ja: `${what} ${i}（ja）` });
    events.push({
      id: `synthetic-${i}`,
      date,
      category: pick(categories),
      title: text("Synthetic event"),
      summary: text("A generated event for the benchmark"),
      places: [pick(places)],
      people: random() < 0.2 ? [pick(people)] : [],
      citations: [{ source: pick(sources), locator: `p. ${i}` }],
    });
  }
  return events;
}
