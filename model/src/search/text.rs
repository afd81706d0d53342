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

use super::fold::{class, fold, is_cyrillic, lower, Class};

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
    use super::super::fold::translit;
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
