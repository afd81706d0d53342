// Regenerates public/map/outlines.json, the map's country outlines, from Natural Earth
// (public domain) as packaged on npm by world-atlas: the countries are clipped to the
// region the map shows, simplified, and stored as longitude/latitude rings. The Rust model
// (model/src/map.rs) projects them. Run after changing the region or the data version:
//   node scripts/make-map.mjs
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { feature } from "topojson-client";

const root = new URL("..", import.meta.url).pathname;
// Must cover REGION in model/src/map.rs (45–145° E, 30–58° N), with a margin.
const BOX = { west: 44, south: 29, east: 146, north: 59 };
const TOLERANCE = 0.1; // degrees: after snapping to a 0.05° grid, points closer than this to the last kept one are dropped

// Country names for context labels, with where to write them.
const LABELS = {
  398: { at: [67.5, 48.3], name: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан", ja: "カザフスタン" } },
  643: { at: [80.0, 55.6], name: { en: "Russia", ru: "Россия", kk: "Ресей", ja: "ロシア" } },
  156: { at: [88.0, 40.0], name: { en: "China", ru: "Китай", kk: "Қытай", ja: "中国" } },
  496: { at: [103.0, 46.5], name: { en: "Mongolia", ru: "Монголия", kk: "Моңғолия", ja: "モンゴル" } },
  392: { at: [139.5, 37.6], name: { en: "Japan", ru: "Япония", kk: "Жапония", ja: "日本" } },
  860: { at: [63.5, 41.6], name: { en: "Uzbekistan", ru: "Узбекистан", kk: "Өзбекстан", ja: "ウズベキスタン" } },
  417: { at: [74.6, 41.4], name: { en: "Kyrgyzstan", ru: "Киргизия", kk: "Қырғызстан", ja: "キルギス" } },
};

// Sutherland–Hodgman: clips a ring to one side of the box.
function clip(ring, inside, cross) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[(i + ring.length - 1) % ring.length];
    const b = ring[i];
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) out.push(cross(a, b));
  }
  return out;
}
const atLon = (lon) => (a, b) => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
const atLat = (lat) => (a, b) => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];
function clipToBox(ring) {
  ring = clip(ring, (p) => p[0] >= BOX.west, atLon(BOX.west));
  ring = clip(ring, (p) => p[0] <= BOX.east, atLon(BOX.east));
  ring = clip(ring, (p) => p[1] >= BOX.south, atLat(BOX.south));
  return clip(ring, (p) => p[1] <= BOX.north, atLat(BOX.north));
}

function simplify(ring) {
  const kept = [];
  for (const [lon, lat] of ring) {
    const p = [Math.round(lon * 20) / 20, Math.round(lat * 20) / 20];
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= TOLERANCE) kept.push(p);
  }
  return kept;
}

const topology = JSON.parse(await readFile(`${root}node_modules/world-atlas/countries-50m.json`, "utf8"));
const countries = [];
for (const f of feature(topology, topology.objects.countries).features) {
  if (!f.geometry) continue;
  const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    // Outer rings only: lakes and enclaves are not needed at this scale.
    const ring = simplify(clipToBox(polygon[0]));
    if (ring.length >= 3) rings.push(ring);
  }
  if (rings.length > 0) countries.push({ id: f.id ?? f.properties.name, rings });
}
countries.sort((a, b) => a.id.localeCompare(b.id));
const labels = Object.entries(LABELS).map(([id, l]) => ({ country: id, lon: l.at[0], lat: l.at[1], name: l.name }));
const out = {
  source: "Natural Earth 1:50m country outlines (public domain), via world-atlas 2.0.2; clipped and simplified by scripts/make-map.mjs",
  countries,
  labels,
};
await mkdir(`${root}public/map`, { recursive: true });
const text = JSON.stringify(out);
await writeFile(`${root}public/map/outlines.json`, text + "\n");
console.log(`public/map/outlines.json: ${countries.length} countries, ${(text.length / 1024).toFixed(0)} KiB`);
