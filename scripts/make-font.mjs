// Writes the self-hosted Japanese font into a finished build (run by trunk's post_build hook
// before make-sw.mjs, see Trunk.toml): Noto Sans JP (npm @expo-google-fonts/noto-sans-jp,
// SIL Open Font License) subset to exactly the Japanese characters of this build's datasets
// (<dist>/data), map (<dist>/map) and interface (locales/), as fonts/noto-sans-jp-400.woff2 and
// -600.woff2 (style/main.css's @font-face), and the language switch's “日本語” alone as
// noto-sans-jp-name.woff2. Fails when the font lacks a character, so a
// curator's new kanji can never become a box unnoticed.
// After editing the datasets on a host without rebuilding, run it again on that folder:
//   node scripts/make-font.mjs <dist-dir> && node scripts/make-sw.mjs <dist-dir> release
// Usage: node scripts/make-font.mjs <dist-dir>
import { mkdir, readFile, writeFile, copyFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { japaneseCharacters, nativeName } from "./lib/japanese-text.mjs";

const require = createRequire(import.meta.url);
const subsetFont = require("subset-font");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [dist] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node scripts/make-font.mjs <dist-dir>");
  process.exit(2);
}

const FACES = [
  ["400", "400Regular/NotoSansJP_400Regular.ttf"],
  ["600", "600SemiBold/NotoSansJP_600SemiBold.ttf"],
];
const source = join(root, "node_modules/@expo-google-fonts/noto-sans-jp");

const chars = await japaneseCharacters([join(dist, "data"), join(dist, "map"), join(root, "locales")]);
const text = chars.join("");
const hb = await import("harfbuzzjs");
await mkdir(join(dist, "fonts"), { recursive: true });
for (const [weight, file] of FACES) {
  const ttf = await readFile(join(source, file));
  const covered = new Set(new hb.Face(new hb.Blob(ttf)).collectUnicodes());
  const missing = chars.filter((c) => !covered.has(c.codePointAt(0)));
  if (missing.length > 0) {
    console.error(
      `make-font: Noto Sans JP has no glyph for ${missing.map((c) => `${c} (U+${c.codePointAt(0).toString(16).toUpperCase()})`).join(", ")}; ` +
        "use the common form of the character in the data, or add a font that has it",
    );
    process.exit(1);
  }
  const woff2 = await subsetFont(ttf, text, { targetFormat: "woff2" });
  await writeFile(join(dist, "fonts", `noto-sans-jp-${weight}.woff2`), woff2);
  console.log(`fonts/noto-sans-jp-${weight}.woff2: ${chars.length} characters, ${woff2.length} bytes`);
}
// The language switch shows “日本語” on every page: a face of those three glyphs alone
// (style/main.css, "Exhibit JP Name") keeps pages in other languages from loading the above.
const name = nativeName(await readFile(join(root, "model/src/lang.rs"), "utf8"));
const nameFont = await subsetFont(await readFile(join(source, FACES[0][1])), name, { targetFormat: "woff2" });
await writeFile(join(dist, "fonts", "noto-sans-jp-name.woff2"), nameFont);
console.log(`fonts/noto-sans-jp-name.woff2: “${name}”, ${nameFont.length} bytes`);
await copyFile(join(source, "LICENSE_FONT"), join(dist, "fonts", "OFL.txt"));
