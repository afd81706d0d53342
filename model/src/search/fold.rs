//! Folding characters for search: case, diacritics, the Kazakh letters, full-width forms
//! and kana, by hand-written tables for the exhibit's scripts; and a Latin transliteration
//! of Cyrillic words.

/// Latin base letters for U+00C0..U+024F ('.' = not a letter with a plain base: kept).
const LATIN_C0_24F: &[u8; 400] = b"aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllll..llnnnnnnn..oooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsb.......c.........f......kl...n.oo...p.....t.t.uu...y.z......................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh.....zaaeeooooooooyy........c..sz......e.j.q.r.y";
/// Latin base letters for U+1E00..U+1EFF (Latin Extended Additional).
const LATIN_1E00_1EFF: &[u8; 256] = b"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

/// What a character is to the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Separator,
    Digit,
    Letter,
    /// A combining mark: part of the word it follows, dropped from both forms.
    Mark,
    Cjk,
}

#[inline(always)]
pub(crate) fn class(c: char) -> Class {
    match c {
        '0'..='9' => Class::Digit,
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '\0'..='\x7F' => Class::Separator,
        _ => class_beyond_ascii(c),
    }
}

/// `class` for the rest of Unicode: one copy, called (not inlined) from the tokenizer.
fn class_beyond_ascii(c: char) -> Class {
    let u = c as u32;
    // The common cases first: a match with many ranges is tested in order.
    if matches!(u, 0x400..=0x482 | 0x48A..=0x52F) {
        return Class::Letter;
    }
    if matches!(u, 0x3040..=0x30FA | 0x30FC..=0x30FF | 0x4E00..=0x9FFF) {
        return Class::Cjk;
    }
    match u {
        0x30..=0x39 | 0xFF10..=0xFF19 => Class::Digit,
        0x41..=0x5A | 0x61..=0x7A | 0xAA | 0xB5 | 0xBA => Class::Letter,
        0..=0xBF | 0xD7 | 0xF7 => Class::Separator,
        0xC0..=0x2FF | 0x370..=0x482 | 0x48A..=0x52F => Class::Letter,
        0x300..=0x36F | 0x483..=0x489 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF => {
            Class::Mark
        }
        0xFE20..=0xFE2F | 0x3099 | 0x309A => Class::Mark,
        // Punctuation, letterlike symbols (№), arrows, maths, box drawing, dingbats.
        0x2000..=0x2BFF | 0x2E00..=0x2E7F | 0xFEFF | 0xFFF0..=0xFFFF => Class::Separator,
        // CJK symbols: 々 〆 〇 are written as part of words, the rest is punctuation.
        0x3005..=0x3007 => Class::Cjk,
        0x3000..=0x303F | 0x30A0 | 0x30FB => Class::Separator,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF => Class::Cjk,
        0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF => Class::Cjk,
        // Full-width letters are folded to ASCII; full-width punctuation separates.
        0xFF21..=0xFF3A | 0xFF41..=0xFF5A => Class::Letter,
        0xFF00..=0xFF65 => Class::Separator,
        0xE000..=0xF8FF | 0x1F000..=0x1FFFF => Class::Separator,
        _ if c.is_whitespace() => Class::Separator,
        _ => Class::Letter,
    }
}

/// Lower case for the scripts the exhibit uses (others are left as they are).
pub(crate) fn lower(c: char) -> char {
    let u = c as u32;
    // Lower-case Cyrillic and CJK first: most of the non-ASCII text.
    if matches!(u, 0x430..=0x45F | 0x3040..=0x9FFF) {
        return c;
    }
    if matches!(u, 0x410..=0x42F) {
        return char::from_u32(u + 0x20).unwrap_or(c);
    }
    let to = |v: u32| char::from_u32(v).unwrap_or(c);
    let even = u & 1 == 0;
    match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => to(u + 0x20),
        0x130 => 'i',
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => to(u + 1),
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC if !even => to(u + 1),
        0x1DE..=0x1EF | 0x1F4 | 0x1F8..=0x21F | 0x222..=0x233 if even => to(u + 1),
        0x178 => 'ÿ',
        0x391..=0x3A1 | 0x3A3..=0x3AB => to(u + 0x20),
        0x400..=0x40F => to(u + 0x50),
        0x410..=0x42F => to(u + 0x20),
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => to(u + 1),
        0x4C1..=0x4CE if !even => to(u + 1),
        0x4C0 => '\u{4CF}',
        0xFF21..=0xFF3A => to(u - 0xFF21 + 0x61),
        0xFF41..=0xFF5A => to(u - 0xFF41 + 0x61),
        0xFF10..=0xFF19 => to(u - 0xFF10 + 0x30),
        _ => c,
    }
}

/// The folded form of a lower-case character.
pub(crate) fn fold(c: char) -> char {
    let u = c as u32;
    if matches!(u, 0x430..=0x450 | 0x3040..=0x30A0 | 0x30F7..=0x9FFF) {
        return c;
    }
    let table = |t: &[u8], i: u32| match t[i as usize] {
        b'.' => c,
        b => b as char,
    };
    match u {
        0xC0..=0x24F => table(LATIN_C0_24F, u - 0xC0),
        0x1E00..=0x1EFF => table(LATIN_1E00_1EFF, u - 0x1E00),
        0x451 => 'е',
        0x4D9 => 'а',
        0x493 => 'г',
        0x49B => 'к',
        0x4A3 => 'н',
        0x4E9 => 'о',
        0x4B1 | 0x4AF => 'у',
        0x4BB => 'х',
        0x456 => 'и',
        // Katakana → hiragana, so that either spelling finds the other.
        0x30A1..=0x30F6 => char::from_u32(u - 0x60).unwrap_or(c),
        _ => c,
    }
}

#[inline(always)]
pub(crate) fn is_cyrillic(c: char) -> bool {
    // A pattern, not `RangeInclusive::contains`, which is a call at the size-optimized profile.
    matches!(c, '\u{400}'..='\u{52F}')
}

/// A simple Russian/Kazakh Cyrillic → Latin transliteration of a folded word, so that
/// "spassk" finds "Спасск" and "karaganda" finds "Караганда". `None` when the word is not
/// all Cyrillic.
pub(crate) fn translit(folded: &str) -> Option<String> {
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        let latin = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' => "i",
            'й' | 'ы' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            _ => return None,
        };
        out.push_str(latin);
    }
    Some(out)
}
