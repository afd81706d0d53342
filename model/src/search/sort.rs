//! The order of the term list.

/// Sorts the terms, each with its id. First by their first five bytes, packed with the id
/// into a u64 (a fast sort of integers), then only terms sharing those bytes by their whole
/// text. Both sorts are the ones the search uses elsewhere, so no more code is generated.
pub(crate) fn sort_terms(texts: Vec<Box<str>>) -> Vec<(Box<str>, u32)> {
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
