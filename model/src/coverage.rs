//! How complete the exhibit is: citations on every fact, translations per language.

use crate::exhibit::Exhibit;
use crate::lang::{Lang, LocalizedText};
use crate::types::*;

/// The localized texts and citations of an entry, for coverage counts.
pub trait Cited {
    fn texts(&self) -> Vec<&LocalizedText>;
    fn citations(&self) -> &[Citation];
}

impl Cited for Place {
    fn texts(&self) -> Vec<&LocalizedText> {
        [
            Some(&self.name),
            Some(&self.description),
            self.uncertainty.as_ref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for Person {
    fn texts(&self) -> Vec<&LocalizedText> {
        [
            Some(&self.name),
            Some(&self.role),
            self.uncertainty.as_ref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for Event {
    fn texts(&self) -> Vec<&LocalizedText> {
        [
            Some(&self.title),
            Some(&self.summary),
            self.uncertainty.as_ref(),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for Figure {
    fn texts(&self) -> Vec<&LocalizedText> {
        vec![&self.label, &self.unit, &self.scope]
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for Era {
    fn texts(&self) -> Vec<&LocalizedText> {
        vec![&self.title]
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for Conflict {
    fn texts(&self) -> Vec<&LocalizedText> {
        vec![&self.title, &self.explanation]
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

impl Cited for GalleryItem {
    fn texts(&self) -> Vec<&LocalizedText> {
        let alt = self.image.as_ref().map(|i| &i.alt);
        [
            Some(&self.title),
            Some(&self.caption),
            Some(&self.text),
            alt,
        ]
        .into_iter()
        .flatten()
        .collect()
    }
    fn citations(&self) -> &[Citation] {
        &self.citations
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Facts (places, people, events, eras, figures, conflicts, gallery items).
    pub entries: usize,
    /// Facts with at least one citation of a source that exists.
    pub cited: usize,
    /// Localized texts, sources' translated titles and notes included.
    pub texts: usize,
    /// Texts with their own translation, per language in `Lang::ALL` order.
    pub translated: [usize; 4],
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        100.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}

impl Coverage {
    pub fn citation_percent(&self) -> f64 {
        percent(self.cited, self.entries)
    }
    pub fn translation_percent(&self, lang: Lang) -> f64 {
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        percent(self.translated[i], self.texts)
    }
}

impl Exhibit {
    pub fn coverage(&self) -> Coverage {
        let mut c = Coverage::default();
        let count_texts = |texts: Vec<&LocalizedText>, c: &mut Coverage| {
            for text in texts {
                c.texts += 1;
                for (i, lang) in Lang::ALL.into_iter().enumerate() {
                    if text.has(lang) {
                        c.translated[i] += 1;
                    }
                }
            }
        };
        let count = |entry: &dyn Cited, c: &mut Coverage| {
            c.entries += 1;
            if entry
                .citations()
                .iter()
                .any(|ci| self.source(&ci.source).is_some())
            {
                c.cited += 1;
            }
            count_texts(entry.texts(), c);
        };
        self.places.entries.iter().for_each(|e| count(e, &mut c));
        self.people.entries.iter().for_each(|e| count(e, &mut c));
        self.events.entries.iter().for_each(|e| count(e, &mut c));
        self.eras.entries.iter().for_each(|e| count(e, &mut c));
        self.figures.entries.iter().for_each(|e| count(e, &mut c));
        self.conflicts.entries.iter().for_each(|e| count(e, &mut c));
        self.gallery.entries.iter().for_each(|e| count(e, &mut c));
        let mut source_texts = Vec::new();
        for s in &self.sources.entries {
            source_texts.extend(s.title_translated.iter());
            source_texts.extend(s.note.iter());
        }
        count_texts(source_texts, &mut c);
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::DatasetFile;

    #[test]
    fn counts_citations_and_translations() {
        let loaded = Exhibit::load(|file| {
            Ok(match file {
                DatasetFile::Sources => r#"[{"id": "s", "title": "T", "language": "en", "reliability": "press"}]"#.into(),
                DatasetFile::People => r#"[
                    {"id": "a", "name": {"en": "A", "ru": "А", "ja": "ア"}, "role": {"en": "R"}, "citations": [{"source": "s"}]},
                    {"id": "b", "name": {"en": "B"}, "role": {"en": "R", "ru": "Р"}, "citations": [{"source": "missing"}]}
                ]"#
                .into(),
                _ => "[]".into(),
            })
        });
        let c = loaded.exhibit.coverage();
        assert_eq!((c.entries, c.cited, c.texts), (2, 1, 4));
        assert_eq!(c.citation_percent(), 50.0);
        assert_eq!(c.translation_percent(Lang::En), 100.0);
        assert_eq!(c.translation_percent(Lang::Ru), 50.0);
        assert_eq!(c.translation_percent(Lang::Kk), 0.0);
        assert_eq!(c.translation_percent(Lang::Ja), 25.0);
    }
}
