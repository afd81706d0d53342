//! Building the index: every searchable text of every entry becomes a *field*; its words,
//! numbers and CJK bigrams become *terms* with postings (which field, which spelling),
//! stored as one sorted term list with all postings in a single array.

use super::text::{is_cyrillic, translit, Piece, Tokenizer};
use super::{HitKind, SearchIndex};
use crate::date::DateSpec;
use crate::exhibit::Exhibit;
use crate::lang::{Lang, LocalizedText};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// No field (an entry without a body text, say).
pub(crate) const NONE: u32 = u32::MAX;
/// `Posting::spelling` for a word whose lower-case spelling is its folded form.
pub(crate) const SAME: u8 = 0;
/// `Posting::spelling` when a term has more spellings than are numbered: never exact.
const OTHER_SPELLING: u8 = u8::MAX;
/// Cyrillic words shorter than this get no transliteration (too many short matches).
pub(crate) const TRANSLIT_MIN_CHARS: usize = 4;
/// The longest word compared with a typo; longer ones match exactly or by prefix only.
pub(crate) const FUZZY_MAX_CHARS: usize = 32;
/// `by_len` entries with this bit are indices into `translits`, not `terms`.
pub(crate) const TRANSLIT_BIT: u32 = 1 << 31;
/// Fields are numbered in 24 bits of a posting: up to 16 million texts.
const MAX_FIELDS: usize = 1 << 24;

/// How much a match in a field counts: an entry's title or name counts most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Title, name or label: what the hit's title shows.
    Title,
    /// A short line about the entry: a person's role, a caption, an author, a publisher.
    Short,
    /// Running text: summary, description, text, scope, explanation.
    Body,
    /// The years of the entry's date, so that "1956" finds what happened then.
    Date,
}

impl Role {
    pub(crate) fn weight(self) -> f32 {
        match self {
            Role::Title => 3.0,
            Role::Short => 1.5,
            Role::Body => 1.0,
            Role::Date => 1.0,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub doc: u32,
    pub role: Role,
    /// The language the text is written in; `None` for names and numbers that are the same
    /// in every language (author, publisher, years) or a source's title in another language.
    pub lang: Option<Lang>,
    /// The interface languages that show this text (bit per `Lang as u8`): its own language
    /// and those without a translation, which fall back to English.
    pub shown: u8,
    /// The role's weight, raised for short texts: a query that is the whole name of a
    /// place outranks the same word in a long title.
    pub weight: f32,
    pub start: u32,
    pub end: u32,
}

/// A field a term occurs in, and how it was spelt there: the field in the high 24 bits
/// (so postings sort by field), the spelling in the low 8: `SAME`, or 1 + an index into the
/// term's list of other spellings (`Karaganda`/`Қарағанды` are both the term `караганды`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Posting(u32);

impl Posting {
    fn new(field: u32, spelling: u8) -> Posting {
        Posting(field << 8 | u32::from(spelling))
    }
    pub(crate) fn field(self) -> u32 {
        self.0 >> 8
    }
    pub(crate) fn spelling(self) -> u8 {
        self.0 as u8
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Doc {
    pub kind: HitKind,
    pub id: Box<str>,
    /// Per interface language: the field shown as the title, and the text shown as the
    /// snippet when nothing else matched.
    pub title: [u32; 4],
    pub body: [u32; 4],
    pub fields: (u32, u32),
}

pub(crate) fn bit(lang: Lang) -> u8 {
    1 << lang as u8
}
const ALL_LANGS: u8 = 0b1111;

/// FxHash: interning hundreds of thousands of short words with SipHash is measurably slower.
#[derive(Default)]
pub(crate) struct Fx(u64);
impl Hasher for Fx {
    fn finish(&self) -> u64 {
        // The table picks buckets by the low bits, which the multiplications leave poorly
        // mixed (UTF-8 lead bytes of Cyrillic words collided): fold the high bits down.
        let h = self.0 ^ (self.0 >> 32);
        h.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (h >> 29)
    }
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        let mut word = 0u64;
        for (i, b) in chunks.remainder().iter().enumerate() {
            word |= u64::from(*b) << (8 * i);
        }
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    #[inline(always)]
    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    #[inline(always)]
    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}
type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

#[derive(Default)]
struct Builder {
    text: String,
    fields: Vec<Field>,
    docs: Vec<Doc>,
    term_ids: FxMap<Box<str>, u32>,
    term_texts: Vec<Box<str>>,
    /// Per term, its spellings other than the folded form.
    spellings: Vec<Vec<Box<str>>>,
    /// The last posting added per term, to skip a word repeated in one field.
    last: Vec<Posting>,
    raw: Vec<(u32, Posting)>,
    tokenizer: Tokenizer,
}

impl Builder {
    fn begin(&mut self, kind: HitKind, id: &str) {
        let at = self.fields.len() as u32;
        self.docs.push(Doc {
            kind,
            id: id.into(),
            title: [NONE; 4],
            body: [NONE; 4],
            fields: (at, at),
        });
    }

    fn doc(&mut self) -> &mut Doc {
        self.docs.last_mut().expect("begin() first")
    }

    fn field(&mut self, role: Role, lang: Option<Lang>, shown: u8, text: &str) -> u32 {
        if self.fields.len() >= MAX_FIELDS {
            return NONE; // Beyond what a posting can name: not searchable.
        }
        let id = self.fields.len() as u32;
        let start = self.text.len() as u32;
        self.text.push_str(text);
        self.fields.push(Field {
            doc: self.docs.len() as u32 - 1,
            role,
            lang,
            shown,
            weight: role.weight(),
            start,
            end: self.text.len() as u32,
        });
        self.doc().fields.1 = id + 1;
        let words = self.index_text(id, text);
        self.fields[id as usize].weight *= 1.0 + 0.5 / words.max(1) as f32;
        id
    }

    /// One field per distinct translation; a language without one shares English's field.
    fn localized(&mut self, role: Role, text: &LocalizedText) -> [u32; 4] {
        let mut ids = [NONE; 4];
        for lang in Lang::ALL {
            let shown = text.get(lang);
            if shown.text.trim().is_empty() {
                continue;
            }
            let same = Lang::ALL.into_iter().find(|l| {
                let f = ids[*l as usize];
                f != NONE && self.field_text(f) == shown.text
            });
            ids[lang as usize] = match same {
                Some(l) => {
                    let f = ids[l as usize];
                    self.fields[f as usize].shown |= bit(lang);
                    f
                }
                None => {
                    let written = if shown.is_fallback { Lang::En } else { lang };
                    self.field(role, Some(written), bit(lang), shown.text)
                }
            };
        }
        ids
    }

    fn plain(&mut self, role: Role, lang: Option<Lang>, text: &str) -> u32 {
        if text.trim().is_empty() {
            return NONE;
        }
        self.field(role, lang, ALL_LANGS, text)
    }

    fn date(&mut self, date: Option<&DateSpec>) {
        let Some(date) = date else { return };
        let first = date.start.year;
        let last = date.end.map_or(first, |e| e.year).clamp(first, first + 30);
        let years: Vec<String> = (first..=last).map(|y| y.to_string()).collect();
        self.plain(Role::Date, None, &years.join(" "));
    }

    fn field_text(&self, field: u32) -> &str {
        let f = &self.fields[field as usize];
        &self.text[f.start as usize..f.end as usize]
    }

    fn term(&mut self, text: &str) -> u32 {
        if let Some(id) = self.term_ids.get(text) {
            return *id;
        }
        let id = self.term_texts.len() as u32;
        self.term_texts.push(text.into());
        self.term_ids.insert(text.into(), id);
        self.last.push(Posting(NONE));
        self.spellings.push(Vec::new());
        id
    }

    fn post(&mut self, term: u32, posting: Posting) {
        if self.last[term as usize] != posting {
            self.last[term as usize] = posting;
            self.raw.push((term, posting));
        }
    }

    fn spelling(&mut self, term: u32, surface: &str, folded: &str) -> u8 {
        if surface == folded {
            return SAME;
        }
        let known = &mut self.spellings[term as usize];
        match known.iter().position(|s| **s == *surface) {
            Some(i) => (i + 1).min(OTHER_SPELLING as usize) as u8,
            None if known.len() + 1 < OTHER_SPELLING as usize => {
                known.push(surface.into());
                known.len() as u8
            }
            None => OTHER_SPELLING,
        }
    }

    /// Indexes the text of a field; returns its length in words (two CJK characters count
    /// as one word).
    fn index_text(&mut self, field: u32, text: &str) -> usize {
        let mut tokenizer = std::mem::take(&mut self.tokenizer);
        let mut words = 0;
        let same = Posting::new(field, SAME);
        tokenizer.run(text, &mut |piece| match piece {
            Piece::Word {
                surface, folded, ..
            } => {
                words += 1;
                let term = self.term(folded);
                let spelling = self.spelling(term, surface, folded);
                self.post(term, Posting::new(field, spelling));
            }
            Piece::Number { digits, .. } => {
                words += 1;
                let term = self.term(digits);
                self.post(term, same);
            }
            Piece::Cjk {
                chars,
                folded,
                folded_offsets: at,
                ..
            } => {
                // Bigrams, and the run's last character alone, so every character starts
                // a term: a one-character query is a prefix search.
                let n = chars.len();
                words += n.div_ceil(2);
                for i in 0..n {
                    let term = self.term(&folded[at[i]..at[(i + 2).min(n)]]);
                    self.post(term, same);
                }
            }
        });
        self.tokenizer = tokenizer;
        words
    }

    fn finish(self) -> SearchIndex {
        let Builder {
            text,
            fields,
            docs,
            term_texts,
            mut spellings,
            raw,
            ..
        } = self;
        let sorted = sort_terms(term_texts);
        let mut rank = vec![0u32; sorted.len()];
        for (r, (_, t)) in sorted.iter().enumerate() {
            rank[*t as usize] = r as u32;
        }
        // Counting sort by term rank; stable, so each term's postings stay in field order.
        let mut starts = vec![0u32; sorted.len() + 1];
        for (t, _) in &raw {
            starts[rank[*t as usize] as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut postings = vec![Posting(0); raw.len()];
        for (t, p) in raw {
            let r = rank[t as usize] as usize;
            postings[next[r] as usize] = p;
            next[r] += 1;
        }
        let mut spelling_starts = Vec::with_capacity(sorted.len() + 1);
        let mut all_spellings = Vec::new();
        for (_, t) in &sorted {
            spelling_starts.push(all_spellings.len() as u32);
            all_spellings.append(&mut spellings[*t as usize]);
        }
        spelling_starts.push(all_spellings.len() as u32);
        let terms: Vec<Box<str>> = sorted.into_iter().map(|(t, _)| t).collect();
        // Latin transliterations of the Cyrillic terms, sorted, each with its term.
        let mut translits: Vec<(Box<str>, u32)> = terms
            .iter()
            .enumerate()
            .filter(|(_, t)| t.chars().nth(TRANSLIT_MIN_CHARS - 1).is_some())
            .filter_map(|(i, t)| Some((translit(t)?.into_boxed_str(), i as u32)))
            .collect();
        translits.sort_unstable();
        let mut by_len: Vec<Vec<u32>> = vec![Vec::new(); FUZZY_MAX_CHARS + 1];
        let letters = terms
            .iter()
            .map(|t| &**t)
            .enumerate()
            .map(|(i, t)| (i as u32, t));
        let latin = translits.iter().enumerate();
        let latin = latin.map(|(i, (t, _))| (i as u32 | TRANSLIT_BIT, &**t));
        for (i, term) in letters.chain(latin) {
            let first = term.chars().next().unwrap_or('0');
            if first.is_ascii_lowercase() || is_cyrillic(first) {
                let len = term.chars().count();
                if len <= FUZZY_MAX_CHARS {
                    by_len[len].push(i);
                }
            }
        }
        SearchIndex {
            text,
            fields,
            docs,
            terms,
            starts,
            postings,
            spelling_starts,
            spellings: all_spellings,
            translits,
            by_len,
        }
    }
}

/// Sorts the terms, each with its id. First by their first five bytes, packed with the id
/// into a u64 (a fast sort of integers), then only terms sharing those bytes by their whole
/// text. Both sorts are the ones the search uses elsewhere, so no more code is generated.
fn sort_terms(texts: Vec<Box<str>>) -> Vec<(Box<str>, u32)> {
    assert!(
        texts.len() < 1 << 24,
        "more distinct words than the index can number"
    );
    let mut keys: Vec<u64> = texts
        .iter()
        .zip(0u64..)
        .map(|(t, id)| {
            let mut prefix = [0u8; 8];
            let n = t.len().min(5);
            prefix[..n].copy_from_slice(&t.as_bytes()[..n]);
            u64::from_be_bytes(prefix) | id
        })
        .collect();
    keys.sort_unstable();
    let mut texts: Vec<Option<Box<str>>> = texts.into_iter().map(Some).collect();
    let mut sorted: Vec<(Box<str>, u32)> = keys
        .iter()
        .map(|k| {
            let id = (k & 0xFF_FFFF) as u32;
            (texts[id as usize].take().unwrap_or_default(), id)
        })
        .collect();
    for run in keys.chunk_by(|a, b| a >> 24 == b >> 24).scan(0, |at, run| {
        *at += run.len();
        Some(*at - run.len()..*at)
    }) {
        if run.len() > 1 {
            sorted[run].sort_unstable();
        }
    }
    sorted
}

/// Builds the index of every dataset of `exhibit`.
pub(crate) fn build(exhibit: &Exhibit) -> SearchIndex {
    let mut b = Builder::default();
    // Most postings come from events, about 140 each in four languages. Not more: wasm
    // memory, once grown, is never given back.
    b.raw.reserve(exhibit.events.entries.len() * 160);
    for e in &exhibit.events.entries {
        b.begin(HitKind::Event, &e.id);
        let title = b.localized(Role::Title, &e.title);
        let body = b.localized(Role::Body, &e.summary);
        b.date(Some(&e.date));
        (b.doc().title, b.doc().body) = (title, body);
    }
    for p in &exhibit.places.entries {
        b.begin(HitKind::Place, &p.id);
        let title = b.localized(Role::Title, &p.name);
        let body = b.localized(Role::Body, &p.description);
        (b.doc().title, b.doc().body) = (title, body);
    }
    for p in &exhibit.people.entries {
        b.begin(HitKind::Person, &p.id);
        let title = b.localized(Role::Title, &p.name);
        let body = b.localized(Role::Short, &p.role);
        b.date(p.born.as_ref());
        b.date(p.died.as_ref());
        (b.doc().title, b.doc().body) = (title, body);
    }
    for g in &exhibit.gallery.entries {
        b.begin(HitKind::Gallery, &g.id);
        let title = b.localized(Role::Title, &g.title);
        let body = b.localized(Role::Short, &g.caption);
        b.localized(Role::Body, &g.text);
        b.date(g.date.as_ref());
        (b.doc().title, b.doc().body) = (title, body);
    }
    for f in &exhibit.figures.entries {
        b.begin(HitKind::Figure, &f.id);
        let title = b.localized(Role::Title, &f.label);
        let body = b.localized(Role::Body, &f.scope);
        b.date(f.date.as_ref());
        (b.doc().title, b.doc().body) = (title, body);
    }
    for c in &exhibit.conflicts.entries {
        b.begin(HitKind::Conflict, &c.id);
        let title = b.localized(Role::Title, &c.title);
        let body = b.localized(Role::Body, &c.explanation);
        (b.doc().title, b.doc().body) = (title, body);
    }
    for s in &exhibit.sources.entries {
        b.begin(HitKind::Source, &s.id);
        let original = b.plain(Role::Title, Lang::from_code(&s.language), &s.title);
        let translated = s
            .title_translated
            .as_ref()
            .map(|t| b.localized(Role::Title, t));
        let author = b.plain(Role::Short, None, s.author.as_deref().unwrap_or(""));
        let publisher = b.plain(Role::Short, None, s.publisher.as_deref().unwrap_or(""));
        b.date(s.date.as_ref());
        let byline = if author != NONE { author } else { publisher };
        let doc = b.doc();
        for lang in Lang::ALL {
            let i = lang as usize;
            match translated {
                // The Sources page shows the translation as the title, the original below.
                Some(t) if t[i] != NONE => (doc.title[i], doc.body[i]) = (t[i], original),
                _ => (doc.title[i], doc.body[i]) = (original, byline),
            }
        }
    }
    for e in &exhibit.eras.entries {
        b.begin(HitKind::Era, &e.id);
        let title = b.localized(Role::Title, &e.title);
        b.date(Some(&e.date));
        b.doc().title = title;
    }
    // `SearchIndex::search` relies on entries coming kind by kind, in `HitKind` order.
    debug_assert!(b.docs.windows(2).all(|w| w[0].kind <= w[1].kind));
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_sort_like_strings() {
        let words = [
            "караганда",
            "карагандинская",
            "кара",
            "abc",
            "abcde",
            "abcdef",
            "abcdeg",
            "抑留",
            "抑",
            "99",
            "9",
            "a",
            "ab",
        ];
        let texts: Vec<Box<str>> = words.iter().map(|w| Box::from(*w)).collect();
        let sorted = sort_terms(texts);
        let mut expected: Vec<(Box<str>, u32)> =
            words.iter().map(|w| Box::from(*w)).zip(0..).collect();
        expected.sort();
        assert_eq!(sorted, expected);
    }
}
