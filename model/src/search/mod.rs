//! Search across every dataset, in all four languages, as the visitor types.
//!
//! ```
//! # use exhibit_model::{Exhibit, Lang, search::SearchIndex};
//! # let exhibit = Exhibit::default();
//! let index = SearchIndex::build(&exhibit); // once, after loading
//! let results = index.search("Spassk", Lang::Ru, 5); // on each keystroke
//! for group in &results.groups {
//!     // group.kind, group.total; each hit: kind + id for the link, title, snippet, highlights
//! }
//! # assert!(results.is_empty());
//! ```
//!
//! **Matching.** Text is folded (case; Latin diacritics `ā é ū` → `a e u`; `ё` → `е`; the
//! Kazakh letters `ә ғ қ ң ө ұ ү һ і` → `а г к н о у у х и`; full-width forms; katakana →
//! hiragana) and cut into words, numbers (`№ 99` → `99`, `9898сс` → `9898`, `сс`) and, for
//! CJK text (Han, kana with `ー`, Hangul), character bigrams, so that any part of a kanji or
//! kana word is found (`抑留` inside `シベリア抑留`; one character alone matches too). A query
//! word matches a word of the text exactly, as a prefix (the last word, being typed, unless a
//! space follows it, and any word of 3+ letters), with one typo (5–7 letters) or two (8+), or
//! through a Latin transliteration of Cyrillic words (`spassk` ↔ `Спасск`, both ways). All
//! query words must match (AND), anywhere in the entry, in any language. `й` is not folded.
//!
//! **Ranking.** Each query word counts with its best match in the entry:
//! field weight × quality × language, summed over the words.
//! - Field weight: title or name 3, role/caption/author/publisher 1.5, running text and years
//!   1; each × (1 + 0.5 / the text's length in words), so that a whole name outranks the same
//!   word in a long title.
//! - Quality: exact 1, same letters with other diacritics or Kazakh letters 0.9, through a
//!   transliteration 0.85 (a Cyrillic query found in Latin text 0.8), prefix 0.5–0.8 (more for
//!   a longer part of the word), one typo 0.45, two 0.3.
//! - Language: 1 for text the interface shows in that language (its own, or English where a
//!   translation is missing), 0.6 for the other languages.
//!
//! Hits are sorted by score; groups by their best hit. The snippet comes from the
//! best-matching text other than the title, in the display language whenever such a text
//! matches, else from the language that matched ([`Hit::snippet_lang`]).
//!
//! **Costs.** The index is one sorted term list with all postings in one array; a keystroke
//! does a binary search per word (a range of terms for a prefix), a bounded edit distance over
//! the terms of similar length for typos, and scores into one array per word. Snippets are cut
//! only for the hits returned. `cargo run --release -p exhibit-model --example search_bench`
//! measures both. No dependencies: the fold tables are hand-written (no Unicode tables from
//! `char::to_lowercase` or `unicode-normalization` in the wasm binary).

mod index;
mod query;
mod snippet;
mod suggest;
mod text;

pub use snippet::SNIPPET_CHARS;
pub use suggest::{suggestions, Suggestion, SuggestionKind};

use crate::exhibit::Exhibit;
use crate::lang::Lang;
use index::{bit, Doc, Field, Posting, Role, NONE, SAME, TRANSLIT_BIT};
use query::{QueryWord, EXACT, FOLDED, VIA_TRANSLIT};
use std::ops::Range;
use text::Tokenizer;

/// What a hit is; the UI turns `kind` and `id` into a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HitKind {
    Event,
    Place,
    Person,
    Gallery,
    Figure,
    Conflict,
    Source,
    Era,
}

impl HitKind {
    pub const ALL: [HitKind; 8] = [
        HitKind::Event,
        HitKind::Place,
        HitKind::Person,
        HitKind::Gallery,
        HitKind::Figure,
        HitKind::Conflict,
        HitKind::Source,
        HitKind::Era,
    ];

    /// A stable name, e.g. for translation keys: "event", "place", …, "gallery", "era".
    pub fn key(self) -> &'static str {
        match self {
            HitKind::Event => "event",
            HitKind::Place => "place",
            HitKind::Person => "person",
            HitKind::Gallery => "gallery",
            HitKind::Figure => "figure",
            HitKind::Conflict => "conflict",
            HitKind::Source => "source",
            HitKind::Era => "era",
        }
    }
}

/// One entry that matches the query, ready to show.
///
/// All highlight ranges are **byte** ranges into the string they belong to, always on
/// character boundaries, sorted and not overlapping: `&hit.snippet[range]` is a matched word.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    /// The entry's id in its dataset.
    pub id: String,
    /// The entry's title (name, label) in the display language, or English where it has no
    /// translation (then `title_lang` is `Some(Lang::En)`).
    pub title: String,
    /// The language `title` is written in; `None` for a source's title in a language other
    /// than the four.
    pub title_lang: Option<Lang>,
    /// Matched words in `title`.
    pub title_highlights: Vec<Range<usize>>,
    /// At most [`SNIPPET_CHARS`] characters (plus "…" where cut) from the best-matching
    /// text other than the title, or the start of the entry's description when only the
    /// title matched. May be empty (eras have no text).
    pub snippet: String,
    /// The language of `snippet`: the display language, English where a translation is
    /// missing, or another language when the query matched only that language's text (set
    /// `lang` on the element). `None` for text in no particular language (an author's name).
    pub snippet_lang: Option<Lang>,
    /// Matched words in `snippet`.
    pub highlights: Vec<Range<usize>>,
    pub score: f32,
}

/// The hits of one kind: how many there are, and the best of them.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultGroup {
    pub kind: HitKind,
    /// Every matching entry of this kind, also those beyond `hits`.
    pub total: usize,
    /// The best hits, best first, at most the limit asked for.
    pub hits: Vec<Hit>,
}

/// Results grouped by kind; the group with the best hit comes first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    pub groups: Vec<ResultGroup>,
}

impl SearchResults {
    /// The number of matching entries of all kinds.
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.total).sum()
    }

    /// No entry matched (or the query had no words): show [`suggestions`].
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    pub fn group(&self, kind: HitKind) -> Option<&ResultGroup> {
        self.groups.iter().find(|g| g.kind == kind)
    }
}

/// The search index of one exhibit. It owns a copy of the searchable texts, so it needs
/// nothing else to answer; rebuild it when the exhibit changes.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    fields: Vec<Field>,
    docs: Vec<Doc>,
    /// Folded terms, sorted; `starts[t]..starts[t + 1]` are term `t`'s postings.
    terms: Vec<Box<str>>,
    starts: Vec<u32>,
    postings: Vec<Posting>,
    /// Per term, `spellings[spelling_starts[t]..spelling_starts[t + 1]]`: its lower-case
    /// spellings other than the folded form (`Posting::spelling` - 1 indexes them).
    spelling_starts: Vec<u32>,
    spellings: Vec<Box<str>>,
    /// The Latin transliteration of each Cyrillic term (4+ letters), sorted, with the term.
    translits: Vec<(Box<str>, u32)>,
    /// Letter terms (and with `TRANSLIT_BIT`, transliterations) by their length in
    /// characters, for typo matching.
    by_len: Vec<Vec<u32>>,
}

/// The size of an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexStats {
    pub entries: usize,
    /// Texts indexed (one per field and distinct translation).
    pub texts: usize,
    pub terms: usize,
    pub postings: usize,
    /// Bytes of the texts the index keeps a copy of (for titles and snippets).
    pub text_bytes: usize,
    /// Approximate heap size of the index, texts included (as on a 64-bit host).
    pub bytes: usize,
}

/// A text shown less prominently when it is not in the interface language.
const OTHER_LANGUAGE: f32 = 0.6;

impl SearchIndex {
    /// Indexes every dataset: events (title, summary, years), places (name, description),
    /// people (name, role, years), gallery items (title, caption, text, year), figures
    /// (label, scope, year), conflicts (title, explanation), sources (title, translated
    /// title, author, publisher, year) and eras (title, years), in every language given.
    pub fn build(exhibit: &Exhibit) -> SearchIndex {
        index::build(exhibit)
    }

    /// The number of entries indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Sizes, for the benchmark and for judging memory use.
    pub fn stats(&self) -> IndexStats {
        let strings = |v: &mut dyn Iterator<Item = &str>| v.map(|t| t.len() + 16).sum::<usize>();
        let terms = strings(&mut self.terms.iter().map(|t| &**t));
        let spellings = strings(&mut self.spellings.iter().map(|t| &**t));
        let translits =
            strings(&mut self.translits.iter().map(|(t, _)| &**t)) + self.translits.len() * 8;
        let by_len: usize = self.by_len.iter().map(|b| b.len() * 4 + 24).sum();
        IndexStats {
            entries: self.docs.len(),
            texts: self.fields.len(),
            terms: self.terms.len(),
            postings: self.postings.len(),
            text_bytes: self.text.len(),
            bytes: self.text.len()
                + self.fields.len() * std::mem::size_of::<Field>()
                + self
                    .docs
                    .iter()
                    .map(|d| d.id.len() + std::mem::size_of::<Doc>())
                    .sum::<usize>()
                + terms
                + self.starts.len() * 4
                + self.postings.len() * std::mem::size_of::<Posting>()
                + self.spelling_starts.len() * 4
                + spellings
                + translits
                + by_len,
        }
    }

    /// Every entry matching all words of `query`, grouped by kind, with at most
    /// `limit_per_group` hits per group (the counts are of all matches). Ranked for a
    /// visitor reading `lang`, and titles and snippets are in `lang` where the entry has it.
    /// A query without words (empty, spaces, punctuation) gives no groups.
    pub fn search(&self, query: &str, lang: Lang, limit_per_group: usize) -> SearchResults {
        let words = query::parse(query);
        if words.is_empty() || self.docs.is_empty() {
            return SearchResults::default();
        }
        let n = self.docs.len();
        let mut total = vec![0f32; n];
        let mut matched = vec![0u8; n];
        let mut best = vec![0f32; n];
        for (w, word) in words.iter().enumerate() {
            best.fill(0.0);
            self.matches(word, |field, quality| {
                let f = &self.fields[field as usize];
                let language = if f.shown & bit(lang) != 0 {
                    1.0
                } else {
                    OTHER_LANGUAGE
                };
                let score = quality * f.weight * language;
                let b = &mut best[f.doc as usize];
                *b = b.max(score);
            });
            for d in 0..n {
                if best[d] > 0.0 && matched[d] as usize == w {
                    matched[d] += 1;
                    total[d] += best[d];
                }
            }
        }
        // Entries are indexed kind by kind in `HitKind` order, so these come grouped.
        let found: Vec<u32> = (0..n as u32)
            .filter(|d| matched[*d as usize] as usize == words.len())
            .collect();
        // Hits and groups are ordered through u64 keys, best first: the inverted bits of the
        // (positive) score, then the entry or kind. One sort serves the whole search, which
        // keeps the wasm binary small.
        let key = |score: f32, then: u32| u64::from(!score.to_bits()) << 32 | u64::from(then);
        let mut tokenizer = Tokenizer::default();
        let mut groups: Vec<(u64, ResultGroup)> = Vec::new();
        let mut keys: Vec<u64> = Vec::new();
        for chunk in
            found.chunk_by(|a, b| self.docs[*a as usize].kind == self.docs[*b as usize].kind)
        {
            keys.clear();
            keys.extend(chunk.iter().map(|d| key(total[*d as usize], *d)));
            keys.sort_unstable();
            let hits = keys
                .iter()
                .take(limit_per_group)
                .map(|k| {
                    let d = *k as u32;
                    self.hit(d, total[d as usize], &words, lang, &mut tokenizer)
                })
                .collect();
            let kind = self.docs[chunk[0] as usize].kind;
            let top = total[keys[0] as u32 as usize];
            let total = chunk.len();
            groups.push((key(top, kind as u32), ResultGroup { kind, total, hits }));
        }
        let mut order: Vec<u64> = (0..groups.len() as u64)
            .map(|i| groups[i as usize].0 & !0xFF | i)
            .collect();
        order.sort_unstable();
        let mut groups: Vec<Option<ResultGroup>> =
            groups.into_iter().map(|(_, g)| Some(g)).collect();
        SearchResults {
            groups: order
                .iter()
                .filter_map(|k| groups[(*k & 0xFF) as usize].take())
                .collect(),
        }
    }

    fn text(&self, field: u32) -> &str {
        let f = &self.fields[field as usize];
        &self.text[f.start as usize..f.end as usize]
    }

    fn postings(&self, term: usize) -> &[Posting] {
        &self.postings[self.starts[term] as usize..self.starts[term + 1] as usize]
    }

    /// The range of terms that begin with `prefix` (or equal it, when `exact`).
    fn term_range(&self, prefix: &str, exact: bool) -> Range<usize> {
        let start = self.terms.partition_point(|t| &**t < prefix);
        let end = if exact {
            start + usize::from(self.terms.get(start).is_some_and(|t| &**t == prefix))
        } else {
            start + self.terms[start..].partition_point(|t| t.starts_with(prefix))
        };
        start..end
    }

    /// Calls `emit(field, quality)` for every field in which `word` matches (a field may
    /// come more than once).
    fn matches(&self, word: &QueryWord, mut emit: impl FnMut(u32, f32)) {
        match word {
            QueryWord::Word(w) => {
                // Terms, and transliterations (with TRANSLIT_BIT) of Cyrillic terms.
                let mut candidates: Vec<u32> = Vec::new();
                let exact = !w.prefix;
                candidates.extend(self.term_range(&w.folded, exact).map(|t| t as u32));
                if let Some(latin) = &w.translit {
                    candidates.extend(self.term_range(latin, exact).map(|t| t as u32));
                }
                let translits = self.translits.partition_point(|(t, _)| **t < *w.folded);
                for (i, (latin, _)) in self.translits[translits..].iter().enumerate() {
                    if **latin != *w.folded && !(w.prefix && latin.starts_with(&w.folded)) {
                        break;
                    }
                    candidates.push((translits + i) as u32 | TRANSLIT_BIT);
                }
                if w.typos > 0 {
                    let lengths = w.chars.len().saturating_sub(w.typos)..=w.chars.len() + w.typos;
                    for bucket in lengths.filter_map(|l| self.by_len.get(l)) {
                        candidates.extend(bucket);
                    }
                }
                let mut candidates: Vec<u64> = candidates.into_iter().map(u64::from).collect();
                candidates.sort_unstable();
                candidates.dedup();
                for c in candidates {
                    let c = c as u32;
                    let (term, text, via) = match c & TRANSLIT_BIT {
                        0 => (c as usize, &*self.terms[c as usize], 1.0),
                        _ => {
                            let (latin, term) = &self.translits[(c & !TRANSLIT_BIT) as usize];
                            (*term as usize, &**latin, VIA_TRANSLIT)
                        }
                    };
                    let Some(quality) = w.quality(text) else {
                        continue;
                    };
                    let spellings = &self.spellings[self.spelling_starts[term] as usize
                        ..self.spelling_starts[term + 1] as usize];
                    for p in self.postings(term) {
                        let q = match p.spelling() {
                            _ if via < 1.0 => quality * via,
                            _ if quality < EXACT => quality,
                            SAME if text == w.surface => EXACT,
                            SAME => FOLDED,
                            s if spellings
                                .get(s as usize - 1)
                                .is_some_and(|s| **s == *w.surface) =>
                            {
                                EXACT
                            }
                            _ => FOLDED,
                        };
                        emit(p.field(), q);
                    }
                }
            }
            QueryWord::Number { digits, prefix } => {
                for t in self.term_range(digits, !prefix) {
                    let quality = if *self.terms[t] == **digits {
                        EXACT
                    } else {
                        0.5 + 0.3 * digits.len() as f32 / self.terms[t].len() as f32
                    };
                    for p in self.postings(t) {
                        emit(p.field(), quality);
                    }
                }
            }
            QueryWord::Cjk(chars) if chars.len() == 1 => {
                let mut buffer = [0u8; 4];
                for t in self.term_range(chars[0].encode_utf8(&mut buffer), false) {
                    for p in self.postings(t) {
                        emit(p.field(), EXACT);
                    }
                }
            }
            QueryWord::Cjk(chars) => {
                // Every bigram must be in the same field: intersect their field lists.
                let mut lists: Vec<&[Posting]> = Vec::with_capacity(chars.len() - 1);
                for pair in chars.windows(2) {
                    let gram: String = pair.iter().collect();
                    let range = self.term_range(&gram, true);
                    if range.is_empty() {
                        return;
                    }
                    lists.push(self.postings(range.start));
                }
                // Walk the shortest list, look the field up in the others.
                let shortest = (0..lists.len())
                    .min_by_key(|i| lists[*i].len())
                    .unwrap_or(0);
                let first = lists.swap_remove(shortest);
                for p in first {
                    if lists
                        .iter()
                        .all(|l| l.binary_search_by_key(&p.field(), |q| q.field()).is_ok())
                    {
                        emit(p.field(), EXACT);
                    }
                }
            }
        }
    }

    fn hit(
        &self,
        d: u32,
        score: f32,
        words: &[QueryWord],
        lang: Lang,
        tokenizer: &mut Tokenizer,
    ) -> Hit {
        let doc = &self.docs[d as usize];
        let l = lang as usize;
        let title_field = doc.title[l];
        let (title, title_lang, title_highlights) = if title_field == NONE {
            (String::new(), None, Vec::new())
        } else {
            let text = self.text(title_field);
            let (ranges, _) = snippet::find(words, text, tokenizer);
            (
                text.to_string(),
                self.fields[title_field as usize].lang,
                ranges,
            )
        };
        // The text to excerpt: the best-matching one other than the title, in the display
        // language if any of those match (other languages' titles only when the shown title
        // has no match), else the entry's description.
        let mut chosen: Option<(f32, u32, Vec<Range<usize>>)> = None;
        let shown_first = |shown: bool| {
            (doc.fields.0..doc.fields.1)
                .filter(move |f| (self.fields[*f as usize].shown & bit(lang) != 0) == shown)
        };
        for field in shown_first(true).chain(shown_first(false)) {
            let f = &self.fields[field as usize];
            let shown = f.shown & bit(lang) != 0;
            if !shown && chosen.as_ref().is_some_and(|c| c.0 >= 1000.0) {
                break; // A text in the display language matched: the others are not shown.
            }
            let eligible = match f.role {
                Role::Short | Role::Body => true,
                // A source's original title is its description when a translation is shown.
                Role::Title => {
                    field == doc.body[l] || (field != title_field && title_highlights.is_empty())
                }
                Role::Date => false,
            };
            if !eligible {
                continue;
            }
            let (ranges, found) = snippet::find(words, self.text(field), tokenizer);
            if ranges.is_empty() {
                continue;
            }
            // Text the visitor reads comes first; another language only when it alone matched.
            let value = found * f.weight + if shown { 1000.0 } else { 0.0 };
            if chosen.as_ref().is_none_or(|c| value > c.0) {
                chosen = Some((value, field, ranges));
            }
        }
        let (field, ranges) = match chosen {
            Some((_, field, ranges)) => (field, ranges),
            None if doc.body[l] != NONE => (doc.body[l], Vec::new()),
            None => (NONE, Vec::new()),
        };
        let (snippet, highlights, snippet_lang) = if field == NONE {
            (String::new(), Vec::new(), None)
        } else {
            let (s, h) = snippet::excerpt(self.text(field), &ranges);
            (s, h, self.fields[field as usize].lang)
        };
        Hit {
            kind: doc.kind,
            id: doc.id.to_string(),
            title,
            title_lang,
            title_highlights,
            snippet,
            snippet_lang,
            highlights,
            score,
        }
    }
}
