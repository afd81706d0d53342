//! Text folding and tokenizing, shared by the index and the query so both see the same words.
//!
//! Folding is hand-written for the exhibit's scripts instead of using `char::to_lowercase`
//! and Unicode normalization tables: Latin (with Latin-1, Extended-A/B and Extended
//! Additional diacritics), Cyrillic with the Kazakh letters, Greek case, full-width forms,
//! and kana. Two forms are kept per word:
//!
//! - the *surface*: lower case only (`қарағанды`), to rank an exact spelling higher;
//! - the *folded* form: lower case without diacritics, `ё`→`е`, Kazakh `ә ғ қ ң ө ұ ү һ і` →
//!   `а г к н о у у х и`, katakana → hiragana (`караганды`), which is what is indexed.
//!
//! Words are runs of letters; digits form their own tokens (`No.99` → `no`, `99`);
//! CJK text (Han, kana including `ー`, Hangul) has no spaces, so each run of it is one token
//! that the index splits into character bigrams.

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

/// One token of a text, with its byte range in the text.
pub(crate) enum Piece<'a> {
    /// A run of letters: lower-cased and folded forms, and whether it is Cyrillic.
    Word {
        start: usize,
        end: usize,
        surface: &'a str,
        folded: &'a str,
        cyrillic: bool,
    },
    /// A run of digits (ASCII, full-width digits folded).
    Number {
        start: usize,
        end: usize,
        digits: &'a str,
    },
    /// A run of CJK characters, folded, with each character's byte start in the text (and
    /// the end); and the folded run as a string, with each character's start in it (and the
    /// end), so that bigrams are slices of it.
    Cjk {
        chars: &'a [char],
        offsets: &'a [usize],
        folded: &'a str,
        folded_offsets: &'a [usize],
    },
}

/// Reusable buffers for tokenizing, so that building the index allocates little.
#[derive(Default)]
pub(crate) struct Tokenizer {
    surface: String,
    folded: String,
    chars: Vec<char>,
    offsets: Vec<usize>,
    folded_offsets: Vec<usize>,
}

/// The character at byte `i` of `text` and its length (decoded here: at the size-optimized
/// release profile the standard decoder is not inlined, and this loop is the index build).
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes();
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let b0 = u32::from(b[i]);
    let (u, len) = match b0 {
        0..=0x7F => (b0, 1),
        0x80..=0xDF => ((b0 & 0x1F) << 6 | cont(1), 2),
        0xE0..=0xEF => ((b0 & 0x0F) << 12 | cont(1) << 6 | cont(2), 3),
        _ => (
            (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
            4,
        ),
    };
    (char::from_u32(u).unwrap_or(' '), len)
}

impl Tokenizer {
    /// Calls `emit` for each token of `text`, in order.
    ///
    /// Takes `dyn FnMut` so that the three users (index, query, snippets) share one copy of
    /// this loop in the wasm binary.
    pub(crate) fn run(&mut self, text: &str, emit: &mut dyn FnMut(Piece<'_>)) {
        let mut i = 0;
        while i < text.len() {
            let start = i;
            let (c, len) = char_at(text, i);
            match class(c) {
                Class::Separator | Class::Mark => i += len,
                Class::Digit => {
                    self.folded.clear();
                    while i < text.len() {
                        let (c, len) = char_at(text, i);
                        if class(c) != Class::Digit {
                            break;
                        }
                        self.folded.push(lower(c));
                        i += len;
                    }
                    emit(Piece::Number {
                        start,
                        end: i,
                        digits: &self.folded,
                    });
                }
                Class::Letter => {
                    // Most words are already in lower case without diacritics: then the
                    // text itself is both forms, and nothing is copied. Next most common: only
                    // the first letter is a capital.
                    let mut plain = true;
                    let mut plain_after_first = true;
                    let mut undotted = true;
                    let mut cyrillic = true;
                    let mut first = true;
                    while i < text.len() {
                        let (c, len) = char_at(text, i);
                        if matches!(c, 'а'..='я') {
                            // Lower-case Russian: its own folded form.
                        } else if c.is_ascii_lowercase() {
                            cyrillic = false;
                        } else {
                            match class(c) {
                                Class::Letter => {
                                    let l = lower(c);
                                    let f = fold(l);
                                    cyrillic &= is_cyrillic(l);
                                    plain &= l == c && f == l;
                                    plain_after_first &= first || (l == c && f == l);
                                    undotted &= f == l;
                                }
                                Class::Mark => {
                                    plain = false;
                                    plain_after_first = false;
                                }
                                _ => break,
                            }
                        }
                        first = false;
                        i += len;
                    }
                    let word = &text[start..i];
                    if plain {
                        emit(Piece::Word {
                            start,
                            end: i,
                            surface: word,
                            folded: word,
                            cyrillic,
                        });
                        continue;
                    }
                    self.surface.clear();
                    self.folded.clear();
                    if plain_after_first {
                        let (c, len) = char_at(word, 0);
                        let l = lower(c);
                        self.folded.push(fold(l));
                        self.folded.push_str(&word[len..]);
                        if !undotted {
                            self.surface.push(l);
                            self.surface.push_str(&word[len..]);
                        }
                    } else {
                        // The lower-case spelling is kept apart only when it has letters
                        // that fold (diacritics, Kazakh letters, ё, katakana).
                        for c in word.chars() {
                            if class(c) == Class::Letter {
                                let l = lower(c);
                                self.folded.push(fold(l));
                                if !undotted {
                                    self.surface.push(l);
                                }
                            }
                        }
                    }
                    emit(Piece::Word {
                        start,
                        end: i,
                        surface: if undotted {
                            &self.folded
                        } else {
                            &self.surface
                        },
                        folded: &self.folded,
                        cyrillic,
                    });
                }
                Class::Cjk => {
                    self.chars.clear();
                    self.offsets.clear();
                    self.folded.clear();
                    self.folded_offsets.clear();
                    while i < text.len() {
                        let (c, len) = char_at(text, i);
                        match class(c) {
                            Class::Cjk => {
                                let ideograph = matches!(c, '\u{4E00}'..='\u{9FFF}');
                                let f = if ideograph { c } else { fold(c) };
                                self.chars.push(f);
                                self.offsets.push(i);
                                self.folded_offsets.push(self.folded.len());
                                self.folded.push(f);
                            }
                            Class::Mark => {}
                            _ => break,
                        }
                        i += len;
                    }
                    self.offsets.push(i);
                    self.folded_offsets.push(self.folded.len());
                    emit(Piece::Cjk {
                        chars: &self.chars,
                        offsets: &self.offsets,
                        folded: &self.folded,
                        folded_offsets: &self.folded_offsets,
                    });
                }
            }
        }
    }
}

/// The optimal-string-alignment distance between `a` and `b` if it is at most `max`
/// (insertions, deletions, substitutions and swaps of neighbours count 1), stopping as soon
/// as every alignment costs more. Words over 32 characters are not compared.
pub(crate) fn distance_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    const N: usize = 33;
    if a.len().abs_diff(b.len()) > max || a.len() >= N || b.len() >= N {
        return None;
    }
    let mut before = [0usize; N];
    let mut prev: [usize; N] = std::array::from_fn(|j| j);
    let mut row = [0usize; N];
    for i in 1..=a.len() {
        row[0] = i;
        let mut smallest = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(row[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            row[j] = d;
            smallest = smallest.min(d);
        }
        if smallest > max {
            return None;
        }
        before = prev;
        prev = row;
    }
    Some(prev[b.len()]).filter(|d| *d <= max)
}

/// The number of typos tolerated in a word of `len` letters: none under 5, one under 8,
/// else two.
pub(crate) fn typos_allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        Tokenizer::default().run(text, &mut |p| match p {
            Piece::Word {
                surface, folded, ..
            } => out.push((surface.to_string(), folded.to_string())),
            Piece::Number { digits, .. } => out.push((digits.to_string(), digits.to_string())),
            Piece::Cjk { chars, .. } => {
                let s: String = chars.iter().collect();
                out.push((s.clone(), s))
            }
        });
        out
    }

    #[test]
    fn folds_case_diacritics_and_kazakh_letters() {
        assert_eq!(
            words("Қарағанды ÉTÉ Ōsaka Ёлка İ Ǵ"),
            vec![
                ("қарағанды".into(), "караганды".into()),
                ("été".into(), "ete".into()),
                ("ōsaka".into(), "osaka".into()),
                ("ёлка".into(), "елка".into()),
                ("i".into(), "i".into()),
                ("ǵ".into(), "g".into()),
            ]
        );
        // Every Kazakh letter, upper and lower case.
        let (_, folded) = &words("ӘҒҚҢӨҰҮҺІәғқңөұүһі")[0];
        assert_eq!(folded, "агкноуухиагкноуухи");
    }

    #[test]
    fn splits_digits_cjk_and_punctuation() {
        assert_eq!(
            words("No.99, №\u{a0}99 シベリア抑留・第９９")
                .into_iter()
                .map(|(_, f)| f)
                .collect::<Vec<_>>(),
            vec!["no", "99", "99", "しべりあ抑留", "第", "99"]
        );
        // A decomposed accent stays inside its word and is dropped.
        assert_eq!(words("Re\u{301}sume\u{301}")[0].1, "resume");
    }

    #[test]
    fn transliterates_cyrillic() {
        assert_eq!(translit("спасск").as_deref(), Some("spassk"));
        assert_eq!(translit("жезказган").as_deref(), Some("zhezkazgan"));
        assert_eq!(translit("казахстан").as_deref(), Some("kazakhstan"));
        assert_eq!(translit("spassk"), None);
    }

    #[test]
    fn bounded_distance() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(
            distance_within(&c("karaganada"), &c("karaganda"), 2),
            Some(1)
        );
        assert_eq!(
            distance_within(&c("karagnada"), &c("karaganda"), 1),
            Some(1)
        );
        assert_eq!(distance_within(&c("karaganda"), &c("kazakhstan"), 2), None);
        assert_eq!(distance_within(&c("abc"), &c("abc"), 0), Some(0));
    }
}
