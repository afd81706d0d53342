// The characters the self-hosted Japanese font must draw: every character in the font's
// unicode-range (style/main.css) that the exhibit's text uses. Shared by
// scripts/make-font.mjs and tests/e2e/font.spec.mjs, so the test checks what the build made.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/// The @font-face unicode-range of "Exhibit JP", as [first, last] code points. Keep it equal
/// to the two rules in style/main.css (tests/e2e/font.spec.mjs compares them).
export const JAPANESE_RANGES = [
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x309f], // hiragana
  [0x30a0, 0x30ff], // katakana
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xff00, 0xffef], // half-width and full-width forms
];

export const unicodeRange = () =>
  JAPANESE_RANGES.map(([a, b]) => `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`).join(", ");

export const inJapaneseRange = (cp) => JAPANESE_RANGES.some(([a, b]) => cp >= a && cp <= b);

async function jsonFiles(dir) {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith(".json")).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/// The sorted, distinct characters in the Japanese range of the given folders' JSON files
/// (the datasets, the map's place names, the interface strings of every language).
export async function japaneseCharacters(dirs) {
  const found = new Set();
  for (const dir of dirs) {
    for (const file of await jsonFiles(dir)) {
      for (const c of await readFile(file, "utf8")) {
        if (inJapaneseRange(c.codePointAt(0))) found.add(c);
      }
    }
  }
  return [...found].sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
}

/// Japanese's name in its own language, as the language switch shows it on every page
/// (`Lang::native_name` in model/src/lang.rs, given as that file's text).
export function nativeName(langRs) {
  const body = langRs.slice(langRs.indexOf("fn native_name"));
  return body.match(/Lang::Ja => "([^"]+)"/)[1];
}
