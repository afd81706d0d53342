// Draws a picture for every gallery item that has no licensed photograph, from the exhibit's
// own data, and writes it to public/images/<item-id>.svg:
//   - a locator map: the country outlines of public/map/outlines.json (Natural Earth, public
//     domain) around the item's place from places.json, projected as the app's map projects
//     them (model/src/map.rs: equirectangular, longitudes shortened by cos 45°), with a
//     marker whose shape tells the coordinate's precision and the place's name in four scripts;
//   - a simple line drawing (a book, a list of names, a strip of film) with the year, for an
//     item listed in DRAWINGS below or one without a mapped place.
// Items whose `image` is a photograph (its credit does not start with CREDIT_MARK) are left
// alone: a curator's licensed photograph always wins, and the drawn file is not rewritten.
//
// Usage (no packages needed, Node 18 or later):
//   node scripts/make-gallery-pictures.mjs               # write the SVG files
//   node scripts/make-gallery-pictures.mjs --write-json  # also set `image` in gallery.json
// Then run `cargo check-data`.
import { readFile, writeFile } from "node:fs/promises";
import { clipRing, ringPath, simplifyRing } from "./lib/geometry.mjs";

const root = new URL("..", import.meta.url).pathname;
const WRITE_JSON = process.argv.includes("--write-json");

const W = 640; // the picture's size in SVG units; also its `width`/`height` in gallery.json
const H = 320;
// Degrees of latitude shown: Kazakhstan with its neighbours, or Japan and its seas. The place
// sits in the middle unless the view has to shift to stay inside the outlines.
const LAT_SPAN = { kazakhstan: 20, japan: 12 };
const K = Math.cos((45 * Math.PI) / 180); // as Projection::fit_width in model/src/map.rs
const KM_PER_DEGREE = 111.32;
const SIMPLIFY = 1.4; // SVG units: Douglas–Peucker tolerance for the outlines

const CREDIT_MARK = "Drawn for the exhibit";
const MAP_CREDIT = `${CREDIT_MARK} from Natural Earth outlines (scripts/make-gallery-pictures.mjs)`;
const MAP_LICENCE = "Public domain (Natural Earth outlines); drawing made for the exhibit";
const DRAWING_CREDIT = `${CREDIT_MARK} (scripts/make-gallery-pictures.mjs)`;
const DRAWING_LICENCE = "Made for the exhibit; no third-party rights";

// Items shown by a drawing rather than a map: documents and films have no single place.
const DRAWINGS = {
  "book-of-memory-1994": "book",
  "karaganda-monograph-2011": "book",
  "death-lists-1991": "list",
  "prisoner-of-war-film-2023": "film",
};

// Colours of the app's map (style/main.css, .map-svg).
const SEA = "#dfe7ea";
const LAND = "#f3efe6";
const LAND_EDGE = "#9aa3a7";
const HOME = "#fffdf9";
const HOME_EDGE = "#2f3a40";
const INK = "#1f2528";
const INK_SOFT = "#4a5256";
const MARKER = {
  camp: "#5a4636",
  memorial: "#8a3b2e",
  cemetery: "#8a3b2e",
  port: "#2b5a60",
  workplace: "#7a5b1e",
  building: "#7a5b1e",
  city: "#2f3a40",
};
const KAZAKHSTAN_ID = "398";

const readJson = async (path) => JSON.parse(await readFile(root + path, "utf8"));
const gallery = await readJson("public/data/gallery.json");
const places = await readJson("public/data/places.json");
const outlines = await readJson("public/map/outlines.json");
const placeById = new Map(places.map((p) => [p.id, p]));

const esc = (s) =>
  String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (v) => Math.round(v * 10) / 10;

// ---------- geometry ----------

// The outlines cover 44–146° E, 29–59° N (scripts/make-map.mjs, BOX); the view is shifted,
// never stretched, to stay inside them, so no land is ever drawn as sea at the edges.
const OUTLINES_BOX = { west: 44.3, south: 29.3, east: 145.7, north: 58.7 };

function projection(lon0, lat0, latSpan) {
  const scale = H / latSpan;
  const lonSpan = W / (K * scale);
  let north = Math.min(lat0 + latSpan / 2, OUTLINES_BOX.north);
  north = Math.max(north, OUTLINES_BOX.south + latSpan);
  let west = Math.max(lon0 - lonSpan / 2, OUTLINES_BOX.west);
  west = Math.min(west, OUTLINES_BOX.east - lonSpan);
  return { scale, project: ([lon, lat]) => [(lon - west) * K * scale, (north - lat) * scale] };
}

function countryPaths(project) {
  const paths = [];
  for (const country of outlines.countries) {
    let d = "";
    for (const ring of country.rings) {
      const clipped = clipRing(ring.map(project), W, H);
      if (clipped.length < 3) continue;
      const pts = simplifyRing(clipped, SIMPLIFY);
      if (pts.length < 3) continue;
      // Islets and slivers smaller than a few units add bytes but nothing a visitor can see.
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      if (Math.max(...xs) - Math.min(...xs) < 4 && Math.max(...ys) - Math.min(...ys) < 4) continue;
      d += ringPath(pts);
    }
    if (d) paths.push({ home: country.id === KAZAKHSTAN_ID, d });
  }
  // Kazakhstan last, so its stronger edge is drawn on top of its neighbours'.
  return paths.sort((a, b) => a.home - b.home);
}

// ---------- text ----------

// Rough advance widths, enough to wrap and shrink labels: CJK glyphs are square.
const textWidth = (s, size) =>
  [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6), 0) * size;

function wrap(s, size, max) {
  const lines = [];
  let line = "";
  for (const word of s.split(" ")) {
    const next = line ? line + " " + word : word;
    if (line && textWidth(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

// The names of a place in its other scripts, without repeating identical forms.
function otherNames(name) {
  const seen = new Set([name.en]);
  const out = [];
  for (const lang of ["ru", "kk", "ja"]) {
    const n = name[lang];
    if (n && !seen.has(n)) {
      seen.add(n);
      out.push(n);
    }
  }
  return out;
}

// A building or memorial whose coordinates are only the town centre is labelled with the
// town, so the marker never claims to show the building itself.
function markerPlace(place) {
  if (place.coordinates.precision !== "city" || place.kind === "city") return place;
  const { lat, lon } = place.coordinates;
  const town = places.find(
    (p) =>
      p.kind === "city" &&
      p.coordinates &&
      Math.abs(p.coordinates.lat - lat) < 0.05 &&
      Math.abs(p.coordinates.lon - lon) < 0.05,
  );
  return town ?? place;
}

function haloText(x, y, size, weight, fill, content, anchor = "middle") {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}" stroke="${HOME}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${esc(content)}</text>`;
}

// ---------- pictures ----------

const ALT_MAP = {
  kazakhstan: {
    en: (n) => `Locator map of Kazakhstan and its neighbours, marking ${n}.`,
    ru: (n) => `Карта-схема Казахстана и соседних стран; отмечено: ${n}.`,
    kk: (n) => `Қазақстан мен көрші елдердің сызба картасы; белгіленген орын: ${n}.`,
    ja: (n) => `カザフスタンと周辺国の略地図。印の場所：${n}。`,
  },
  japan: {
    en: (n) => `Locator map of Japan and its neighbours, marking ${n}.`,
    ru: (n) => `Карта-схема Японии и соседних стран; отмечено: ${n}.`,
    kk: (n) => `Жапония мен көрші елдердің сызба картасы; белгіленген орын: ${n}.`,
    ja: (n) => `日本と周辺国の略地図。印の場所：${n}。`,
  },
};
const ALT_PRECISION = {
  site: { en: " The dot marks the site.", ru: " Точка показывает само место.", kk: " Нүкте нақты орынды көрсетеді.", ja: "点はその場所を示す。" },
  city: {
    en: " The dot marks the town centre, not the exact site.",
    ru: " Точка показывает центр города, а не точное место.",
    kk: " Нүкте нақты орынды емес, қала орталығын көрсетеді.",
    ja: "点は正確な場所ではなく町の中心を示す。",
  },
  rough: {
    en: " The dashed ring marks an approximate position.",
    ru: " Пунктирный круг показывает приблизительное положение.",
    kk: " Үзік сызықты шеңбер шамамен алынған орынды көрсетеді.",
    ja: "破線の円はおおよその位置を示す。",
  },
};

function locatorMap(item, place) {
  const { lat, lon, precision } = place.coordinates;
  const region = lon > 110 ? "japan" : "kazakhstan";
  const { project, scale } = projection(lon, lat, LAT_SPAN[region]);
  const [cx, cy] = project([lon, lat]);
  const shown = markerPlace(place);

  const countries = countryPaths(project)
    .map(
      ({ home, d }) =>
        `<path d="${d}" fill="${home ? HOME : LAND}" stroke="${home ? HOME_EDGE : LAND_EDGE}" stroke-width="${home ? 1.4 : 0.8}"/>`,
    )
    .join("");

  const colour = MARKER[place.kind] ?? MARKER.city;
  const km = (d) => (d / KM_PER_DEGREE) * scale;
  let marker = "";
  if (precision === "rough") {
    marker += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(Math.max(km(40), 14))}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="1.6" stroke-dasharray="4 3"/>`;
  } else if (precision === "city") {
    marker += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(Math.max(km(10), 9))}" fill="none" stroke="${colour}" stroke-width="1.2" stroke-opacity="0.7"/>`;
  }
  marker += `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="5" fill="${colour}" stroke="${HOME}" stroke-width="1.5"/>`;

  // The name under the marker, in the middle band that survives the gallery card's crop:
  // English in bold, then the other scripts, packed into as few lines as fit.
  const MAX = W - 40;
  const lines = wrap(shown.name.en, 20, MAX)
    .slice(0, 2)
    .map((text) => ({ text, size: 20, weight: 700, fill: INK }));
  let row = "";
  for (const name of otherNames(shown.name)) {
    const next = row ? `${row} · ${name}` : name;
    if (row && textWidth(next, 15) > MAX) {
      lines.push({ text: row, size: 15, weight: 400, fill: INK_SOFT });
      row = name;
    } else row = next;
  }
  if (row) lines.push({ text: row, size: 15, weight: 400, fill: INK_SOFT });
  const blockWidth = Math.max(...lines.map((l) => textWidth(l.text, l.size)));
  const lx = Math.min(Math.max(cx, blockWidth / 2 + 12), W - blockWidth / 2 - 12);
  let y = cy + 34;
  let label = "";
  for (const l of lines) {
    label += haloText(lx, y, l.size, l.weight, l.fill, l.text);
    y += l.size + 5;
  }
  const block = { x0: lx - blockWidth / 2 - 8, x1: lx + blockWidth / 2 + 8, y0: cy - 20, y1: y };

  // Country names for orientation, in the exhibit's base language, where they do not
  // touch the marker or its label.
  const labels = outlines.labels
    .map((l) => {
      const [x, y] = project([l.lon, l.lat]);
      const half = textWidth(l.name.en, 13) / 2 + 4;
      return { text: l.name.en.toUpperCase(), x, y, box: { x0: x - half, x1: x + half, y0: y - 14, y1: y + 4 } };
    })
    .filter(({ box }) => box.x0 > 4 && box.x1 < W - 4 && box.y0 > 4 && box.y1 < H - 14)
    .filter(({ box }) => box.x1 < block.x0 || box.x0 > block.x1 || box.y1 < block.y0 || box.y0 > block.y1)
    .map(
      ({ text, x, y }) =>
        `<text x="${r1(x)}" y="${r1(y)}" font-size="12" font-weight="600" letter-spacing="1.2" fill="#7b8387" text-anchor="middle">${esc(text)}</text>`,
    )
    .join("");

  const credit = `<text x="${W - 6}" y="${H - 6}" font-size="9" fill="#7b8387" text-anchor="end">Outlines: Natural Earth</text>`;
  const title = `Locator map: ${shown.name.en}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t" font-family="'Noto Sans','Noto Sans CJK JP','Segoe UI',Roboto,Arial,sans-serif">` +
    `<title id="t">${esc(title)}</title>` +
    `<rect width="${W}" height="${H}" fill="${SEA}"/>` +
    countries +
    labels +
    marker +
    label +
    credit +
    `</svg>\n`;

  const alt = {};
  for (const lang of ["en", "ru", "kk", "ja"]) {
    alt[lang] = ALT_MAP[region][lang](shown.name[lang] ?? shown.name.en) + ALT_PRECISION[precision][lang];
  }
  return { svg, alt, credit: MAP_CREDIT, licence: MAP_LICENCE };
}

// Line drawings, centred in an 640 × 320 frame.
const GLYPHS = {
  // An open book on a stand of pages.
  book:
    "M320 96 C290 82 250 78 210 84 L210 212 C250 206 290 210 320 224 C350 210 390 206 430 212 L430 84 C390 78 350 82 320 96 Z" +
    "M320 96 L320 224 M232 112 L298 118 M232 132 L298 138 M232 152 L298 158 M232 172 L298 178 M342 118 L408 112 M342 138 L408 132 M342 158 L408 152 M342 178 L408 172",
  // A sheet of ruled lines, a list of names, with a folded corner.
  list:
    "M250 70 L370 70 L396 96 L396 238 L250 238 Z M370 70 L370 96 L396 96" +
    "M268 110 L282 110 M292 110 L372 110 M268 134 L282 134 M292 134 L360 134 M268 158 L282 158 M292 158 L376 158 M268 182 L282 182 M292 182 L352 182 M268 206 L282 206 M292 206 L368 206",
  // A strip of film with three frames and its perforations.
  film:
    "M176 104 L464 104 L464 216 L176 216 Z M176 124 L464 124 M176 196 L464 196" +
    "M208 132 L296 132 L296 188 L208 188 Z M304 132 L392 132 L392 188 L304 188 Z M400 132 L456 132 M400 188 L456 188 M184 132 L200 132 M184 188 L200 188" +
    "M186 110 L194 110 L194 118 L186 118 Z M216 110 L224 110 L224 118 L216 118 Z M246 110 L254 110 L254 118 L246 118 Z M276 110 L284 110 L284 118 L276 118 Z M306 110 L314 110 L314 118 L306 118 Z M336 110 L344 110 L344 118 L336 118 Z M366 110 L374 110 L374 118 L366 118 Z M396 110 L404 110 L404 118 L396 118 Z M426 110 L434 110 L434 118 L426 118 Z" +
    "M186 202 L194 202 L194 210 L186 210 Z M216 202 L224 202 L224 210 L216 210 Z M246 202 L254 202 L254 210 L246 210 Z M276 202 L284 202 L284 210 L276 210 Z M306 202 L314 202 L314 210 L306 210 Z M336 202 L344 202 L344 210 L336 210 Z M366 202 L374 202 L374 210 L366 210 Z M396 202 L404 202 L404 210 L396 210 Z M426 202 L434 202 L434 210 L426 210 Z",
  // A stele on a plinth, for anything else without a place on the map.
  stele: "M320 64 L352 84 L352 220 L288 220 L288 84 Z M256 220 L384 220 L384 240 L256 240 Z",
};
const ALT_DRAWING = {
  book: {
    en: (y) => `Line drawing of an open book${y ? ` and the year ${y}` : ""}, made for the exhibit.`,
    ru: (y) => `Рисунок раскрытой книги${y ? ` и год ${y}` : ""}, выполненный для выставки.`,
    kk: (y) => `Көрмеге арнап салынған ашық кітаптың суреті${y ? `, қасында ${y} жыл` : ""}.`,
    ja: (y) => `本展示のために描いた、開いた本${y ? `と「${y}」の年` : ""}の線画。`,
  },
  list: {
    en: (y) => `Line drawing of a sheet ruled like a list of names${y ? `, and the year ${y}` : ""}, made for the exhibit.`,
    ru: (y) => `Рисунок листа, расчерченного как список имён${y ? `, и год ${y}` : ""}, выполненный для выставки.`,
    kk: (y) => `Көрмеге арнап салынған, есімдер тізіміндей сызылған парақтың суреті${y ? `, қасында ${y} жыл` : ""}.`,
    ja: (y) => `本展示のために描いた、名簿のように罫の引かれた紙${y ? `と「${y}」の年` : ""}の線画。`,
  },
  film: {
    en: (y) => `Line drawing of a strip of film${y ? ` and the year ${y}` : ""}, made for the exhibit.`,
    ru: (y) => `Рисунок киноплёнки${y ? ` и год ${y}` : ""}, выполненный для выставки.`,
    kk: (y) => `Көрмеге арнап салынған кинотаспаның суреті${y ? `, қасында ${y} жыл` : ""}.`,
    ja: (y) => `本展示のために描いた、フィルム${y ? `と「${y}」の年` : ""}の線画。`,
  },
  stele: {
    en: (y) => `Line drawing of a memorial stone${y ? ` and the year ${y}` : ""}, made for the exhibit.`,
    ru: (y) => `Рисунок памятного камня${y ? ` и год ${y}` : ""}, выполненный для выставки.`,
    kk: (y) => `Көрмеге арнап салынған естелік тастың суреті${y ? `, қасында ${y} жыл` : ""}.`,
    ja: (y) => `本展示のために描いた、記念碑${y ? `と「${y}」の年` : ""}の線画。`,
  },
};
const DRAWING_TITLE = { book: "Drawing: a book", list: "Drawing: a list of names", film: "Drawing: a strip of film", stele: "Drawing: a memorial stone" };

function drawing(item, kind) {
  // The year only: a date's first four digits, or a range's first and last year.
  const years = (item.date ?? "").replace(/^~/, "").split("/").map((d) => d.replace(/^~/, "").slice(0, 4));
  const year = years[0] ? (years[1] && years[1] !== years[0] ? `${years[0]}–${years[1]}` : years[0]) : "";
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t" font-family="'Noto Serif','Noto Serif CJK JP',Georgia,serif">` +
    `<title id="t">${esc(DRAWING_TITLE[kind] + (year ? `, ${year}` : ""))}</title>` +
    `<rect width="${W}" height="${H}" fill="#ebe5da"/>` +
    `<path d="${GLYPHS[kind]}" fill="${HOME}" fill-rule="evenodd" stroke="${HOME_EDGE}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>` +
    (year ? `<text x="${W / 2}" y="${H - 52}" font-size="26" fill="${INK}" text-anchor="middle" letter-spacing="2">${esc(year)}</text>` : "") +
    `</svg>\n`;
  const alt = {};
  for (const lang of ["en", "ru", "kk", "ja"]) alt[lang] = ALT_DRAWING[kind][lang](year);
  return { svg, alt, credit: DRAWING_CREDIT, licence: DRAWING_LICENCE };
}

// ---------- run ----------

let written = 0;
for (const item of gallery) {
  if (item.image && !item.image.credit.startsWith(CREDIT_MARK)) {
    console.log(`${item.id}: has a photograph (${item.image.src}); left alone`);
    continue;
  }
  const place = item.place ? placeById.get(item.place) : undefined;
  const picture =
    DRAWINGS[item.id] || !place?.coordinates
      ? drawing(item, DRAWINGS[item.id] ?? "stele")
      : locatorMap(item, place);
  const src = `images/${item.id}.svg`;
  await writeFile(`${root}public/${src}`, picture.svg);
  written++;
  console.log(`${src}: ${(picture.svg.length / 1024).toFixed(1)} KB`);
  if (WRITE_JSON) {
    const image = { src, width: W, height: H, alt: picture.alt, credit: picture.credit, licence: picture.licence };
    // Keep the field order of docs/DATA.md: image just before citations.
    const { citations, image: _old, ...rest } = item;
    for (const key of Object.keys(item)) delete item[key];
    Object.assign(item, rest, { image, citations });
  }
}
if (WRITE_JSON) {
  await writeFile(`${root}public/data/gallery.json`, JSON.stringify(gallery, null, 2) + "\n");
  console.log("gallery.json: image fields set for the drawn pictures");
}
console.log(`${written} picture(s) written`);
