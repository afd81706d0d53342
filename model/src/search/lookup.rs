//! Answering a query: the terms each word matches, scores per entry, the best hits per kind
//! with their snippets.

use super::*;

impl SearchIndex {
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
