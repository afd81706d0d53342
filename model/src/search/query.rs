//! Reading a query into words, and how well a word matches an indexed term.

use super::fold::translit;
use super::text::{distance_within, typos_allowed, Piece, Tokenizer};

/// A query is cut to this many words; more would not narrow anything down.
pub(crate) const MAX_WORDS: usize = 8;

/// Match qualities, multiplied with the field's weight and the language preference.
pub(crate) const EXACT: f32 = 1.0;
/// The folded forms are equal but the spelling differs (`Караганды` for `Қарағанды`).
pub(crate) const FOLDED: f32 = 0.9;
/// Found through the Latin transliteration of a Cyrillic word.
pub(crate) const VIA_TRANSLIT: f32 = 0.85;
/// A Cyrillic query word found through its transliteration in Latin text.
const QUERY_TRANSLIT: f32 = 0.8;
const TYPO: [f32; 3] = [EXACT, 0.45, 0.3];

/// One word of the query.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum QueryWord {
    Word(Word),
    /// Digits: exact, or a prefix when it is the word being typed.
    Number {
        digits: String,
        prefix: bool,
    },
    /// A run of CJK characters, matched by its bigrams (or as a prefix when one character).
    Cjk(Vec<char>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Word {
    pub surface: String,
    pub folded: String,
    pub chars: Vec<char>,
    /// The Latin transliteration of a Cyrillic word of three letters or more.
    pub translit: Option<String>,
    /// Matches longer terms it begins: the last word (being typed) and words of 3+ letters.
    pub prefix: bool,
    pub typos: usize,
}

/// The words of a query: folded like the index, repeats dropped, at most `MAX_WORDS`.
pub(crate) fn parse(query: &str) -> Vec<QueryWord> {
    let mut words = Vec::new();
    Tokenizer::default().run(query, &mut |piece| {
        if words.len() == MAX_WORDS {
            return; // A pasted text: the first words are enough, and cheap to compare.
        }
        let word = match piece {
            Piece::Word {
                surface,
                folded,
                cyrillic,
                ..
            } => {
                let chars: Vec<char> = folded.chars().collect();
                QueryWord::Word(Word {
                    surface: surface.to_string(),
                    folded: folded.to_string(),
                    translit: if cyrillic && chars.len() >= 3 {
                        translit(folded)
                    } else {
                        None
                    },
                    prefix: chars.len() >= 3,
                    typos: typos_allowed(chars.len()),
                    chars,
                })
            }
            Piece::Number { digits, .. } => QueryWord::Number {
                digits: digits.to_string(),
                prefix: false,
            },
            // Bigrams of 32 characters pin a text down; more would only cost time.
            Piece::Cjk { chars, .. } => QueryWord::Cjk(chars.iter().take(32).copied().collect()),
        };
        if !words.contains(&word) {
            words.push(word);
        }
    });
    // The word being typed is a prefix, unless the visitor has finished it with a space.
    if !query.ends_with(char::is_whitespace) {
        match words.last_mut() {
            Some(QueryWord::Word(w)) => w.prefix = true,
            Some(QueryWord::Number { prefix, .. }) => *prefix = true,
            _ => {}
        }
    }
    words
}

fn prefix_quality(typed: usize, whole: usize) -> f32 {
    0.5 + 0.3 * typed as f32 / whole.max(1) as f32
}

impl Word {
    /// How well this word matches a folded term (a word of the text or a transliteration).
    pub(crate) fn quality(&self, term: &str) -> Option<f32> {
        if term == self.folded {
            return Some(EXACT);
        }
        if self.prefix && term.starts_with(&self.folded) {
            return Some(prefix_quality(self.folded.len(), term.len()));
        }
        if let Some(latin) = &self.translit {
            if term == latin {
                return Some(QUERY_TRANSLIT);
            }
            if self.prefix && term.starts_with(latin.as_str()) {
                return Some(QUERY_TRANSLIT * prefix_quality(latin.len(), term.len()));
            }
        }
        if self.typos > 0 {
            let mut buffer = ['\0'; 33];
            let mut len = 0;
            for c in term.chars() {
                if len == buffer.len() {
                    return None;
                }
                buffer[len] = c;
                len += 1;
            }
            return distance_within(&self.chars, &buffer[..len], self.typos).map(|d| TYPO[d]);
        }
        None
    }
}

impl QueryWord {
    /// The quality of a number or word token of a text (highlighting uses this; the index
    /// finds the same matches through its term list).
    pub(crate) fn token_quality(&self, surface: &str, folded: &str, cyrillic: bool) -> f32 {
        match self {
            QueryWord::Word(w) => {
                let direct = w.quality(folded).map_or(0.0, |q| {
                    if q == EXACT && surface != w.surface {
                        FOLDED
                    } else {
                        q
                    }
                });
                // Transliterations are ASCII: only an ASCII query word can match one (as in
                // the index, where they are looked up by the query word itself).
                let via = if cyrillic && w.folded.is_ascii() && folded.chars().count() >= 4 {
                    translit(folded)
                        .and_then(|latin| w.quality(&latin))
                        .map_or(0.0, |q| q * VIA_TRANSLIT)
                } else {
                    0.0
                };
                direct.max(via)
            }
            QueryWord::Number { digits, prefix } => {
                if folded == digits {
                    EXACT
                } else if *prefix && folded.starts_with(digits.as_str()) {
                    prefix_quality(digits.len(), folded.len())
                } else {
                    0.0
                }
            }
            QueryWord::Cjk(_) => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_is_a_prefix_until_a_space_follows() {
        let words = parse("No 99");
        assert!(matches!(&words[0], QueryWord::Word(w) if !w.prefix));
        assert!(matches!(&words[1], QueryWord::Number { prefix: true, .. }));
        assert!(matches!(
            &parse("99 ")[0],
            QueryWord::Number { prefix: false, .. }
        ));
        assert_eq!(parse("  "), vec![]);
        assert_eq!(parse("kara kara").len(), 1);
        let pasted = "word ".repeat(20_000) + "a b c d e f g h i j";
        assert_eq!(parse(&pasted).len(), MAX_WORDS);
    }

    #[test]
    fn qualities_order_exact_prefix_typo() {
        let QueryWord::Word(w) = &parse("karaganda")[0] else {
            panic!()
        };
        assert_eq!(w.quality("karaganda"), Some(EXACT));
        let prefix = w.quality("karagandalag").unwrap();
        let typo = w.quality("karagamda").unwrap();
        assert!(EXACT > prefix && prefix > typo, "{prefix} {typo}");
        assert_eq!(w.quality("kazakhstan"), None);
    }
}
