//! Where the query's words are in a text, and a short excerpt around the first of them.

use super::query::QueryWord;
use super::text::{Piece, Tokenizer};
use std::ops::Range;

/// The longest snippet, in characters, not counting the ellipses.
pub const SNIPPET_CHARS: usize = 160;
/// How much text, in characters, is kept before the first match when the text is cut.
const LEAD_CHARS: usize = 40;

/// The matches of `words` in `text`: merged byte ranges of the matched words (whole words;
/// for CJK, the matched characters), and a score: the sum over the query's words of the
/// best quality found, where a CJK word counts only if all its bigrams are in the text.
pub(crate) fn find(
    words: &[QueryWord],
    text: &str,
    tokenizer: &mut Tokenizer,
) -> (Vec<Range<usize>>, f32) {
    let mut ranges = Vec::new();
    let mut best = vec![0f32; words.len()];
    // For each CJK query word, which of its bigrams (or its one character) were seen.
    let mut seen: Vec<Vec<bool>> = words
        .iter()
        .map(|w| match w {
            QueryWord::Cjk(chars) => vec![false; chars.len().saturating_sub(1).max(1)],
            _ => Vec::new(),
        })
        .collect();
    tokenizer.run(text, &mut |piece| match piece {
        Piece::Word {
            start,
            end,
            surface,
            folded,
            cyrillic,
        } => note(words, &mut best, &mut ranges, start..end, |w| {
            w.token_quality(surface, folded, cyrillic)
        }),
        Piece::Number { start, end, digits } => {
            note(words, &mut best, &mut ranges, start..end, |w| {
                w.token_quality(digits, digits, false)
            })
        }
        Piece::Cjk { chars, offsets, .. } => {
            for (w, word) in words.iter().enumerate() {
                let QueryWord::Cjk(query) = word else {
                    continue;
                };
                let gram = query.len().min(2);
                for i in 0..chars.len() {
                    let here = &chars[i..(i + gram).min(chars.len())];
                    if here.len() < gram {
                        break;
                    }
                    if let Some(g) = query.windows(gram).position(|q| q == here) {
                        seen[w][g] = true;
                        ranges.push(offsets[i]..offsets[i + gram]);
                    }
                }
            }
        }
    });
    for (w, grams) in seen.iter().enumerate() {
        if !grams.is_empty() && grams.iter().all(|g| *g) {
            best[w] = 1.0;
        }
    }
    (merge(ranges), best.iter().sum())
}

fn note(
    words: &[QueryWord],
    best: &mut [f32],
    ranges: &mut Vec<Range<usize>>,
    range: Range<usize>,
    quality: impl Fn(&QueryWord) -> f32,
) {
    let mut hit = false;
    for (w, word) in words.iter().enumerate() {
        let q = quality(word);
        if q > 0.0 {
            best[w] = best[w].max(q);
            hit = true;
        }
    }
    if hit {
        ranges.push(range);
    }
}

fn merge(ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    // Sorted as u64 keys: the one sort instantiated for the whole search (wasm size).
    let mut keys: Vec<u64> = ranges
        .iter()
        .map(|r| (r.start as u64) << 32 | r.end as u64)
        .collect();
    keys.sort_unstable();
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in keys
        .iter()
        .map(|k| (k >> 32) as usize..(*k as u32) as usize)
    {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// At most `SNIPPET_CHARS` characters of `text` around its first highlight, cut at spaces
/// where possible and marked with "…" where cut, and the highlights moved to match.
pub(crate) fn excerpt(text: &str, highlights: &[Range<usize>]) -> (String, Vec<Range<usize>>) {
    let text_trimmed = text.trim_end();
    if text_trimmed.chars().count() <= SNIPPET_CHARS {
        let kept = highlights
            .iter()
            .filter(|r| r.end <= text_trimmed.len())
            .cloned()
            .collect();
        return (text_trimmed.to_string(), kept);
    }
    let text = text_trimmed;
    let first = highlights.first().map_or(0, |r| r.start);
    // Back up to LEAD_CHARS characters before the first match, then forward to a word start.
    let mut start = text[..first]
        .char_indices()
        .rev()
        .nth(LEAD_CHARS - 1)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        if let Some(space) = text[start..first].find(char::is_whitespace) {
            start += space;
        }
        start += text[start..].len() - text[start..].trim_start().len();
    }
    let mut end = text[start..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    if end < text.len() {
        // End at a space, unless that would leave out the first match.
        let keep = highlights.first().map_or(start, |r| r.end.min(end));
        if let Some(space) = text[keep..end].rfind(char::is_whitespace) {
            end = keep + space;
        }
        end = start + text[start..end].trim_end().len();
    }
    let mut snippet = String::with_capacity(end - start + 6);
    if start > 0 {
        snippet.push('…');
    }
    let shift = snippet.len();
    snippet.push_str(&text[start..end]);
    if end < text.len() {
        snippet.push('…');
    }
    let moved = highlights
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .collect();
    (snippet, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::single_range_in_vec_init)]
    fn excerpt_keeps_short_text_and_cuts_long_text_around_the_match() {
        let (s, h) = excerpt("Karaganda city", &[0..9]);
        assert_eq!((s.as_str(), h), ("Karaganda city", vec![0..9]));

        let long = format!("{} Spassk {}", "word ".repeat(60), "tail ".repeat(60));
        let at = long.find("Spassk").unwrap();
        let (s, h) = excerpt(&long, &[at..at + 6]);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(&s[h[0].clone()], "Spassk");
    }
}
