//! Building the index: every searchable text of every entry becomes a *field*; its words,
//! numbers and CJK bigrams become *terms* with postings (which field, which spelling),
//! stored as one sorted term list with all postings in a single array.

use super::HitKind;
use crate::lang::Lang;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// No field (an entry without a body text, say).
pub(crate) const NONE: u32 = u32::MAX;
/// `Posting::spelling` for a word whose lower-case spelling is its folded form.
pub(crate) const SAME: u8 = 0;
/// `Posting::spelling` when a term has more spellings than are numbered: never exact.
pub(crate) const OTHER_SPELLING: u8 = u8::MAX;
/// Cyrillic words shorter than this get no transliteration (too many short matches).
pub(crate) const TRANSLIT_MIN_CHARS: usize = 4;
/// The longest word compared with a typo; longer ones match exactly or by prefix only.
pub(crate) const FUZZY_MAX_CHARS: usize = 32;
/// `by_len` entries with this bit are indices into `translits`, not `terms`.
pub(crate) const TRANSLIT_BIT: u32 = 1 << 31;
/// Fields are numbered in 24 bits of a posting: up to 16 million texts.
pub(crate) const MAX_FIELDS: usize = 1 << 24;

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
pub(crate) struct Posting(pub(crate) u32);

impl Posting {
    pub(crate) fn new(field: u32, spelling: u8) -> Posting {
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
pub(crate) const ALL_LANGS: u8 = 0b1111;

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
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
