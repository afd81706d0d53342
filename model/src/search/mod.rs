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

mod build;
mod fold;
mod index;
mod lookup;
mod query;
mod snippet;
mod sort;
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
        build::build(exhibit)
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
}
