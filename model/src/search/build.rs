//! Building the index: every searchable text of every entry becomes a field, its words, numbers
//! and CJK bigrams terms with postings, sorted into one term list.

use super::fold::{is_cyrillic, translit};
use super::index::*;
use super::sort::sort_terms;
use super::text::{Piece, Tokenizer};
use super::{HitKind, SearchIndex};
use crate::date::DateSpec;
use crate::exhibit::Exhibit;
use crate::lang::{Lang, LocalizedText};

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
