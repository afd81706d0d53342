//! The lengths and characters of every text field, checked against `limits`.

use super::EntryCheck;
use crate::exhibit::Exhibit;
use crate::lang::{Lang, LocalizedText};
use crate::limits::*;
use crate::problem::{DatasetFile, Problem};
use crate::types::Citation;

impl EntryCheck<'_> {
    fn plain(&mut self, field: &str, text: &str, max: usize) {
        let length = char_count(text);
        if length > max {
            self.report(
                field,
                format!("“{field}” is {length} characters long; the limit is {max}"),
                format!(
                    "shorten it to at most {max} characters (the limits are in docs/DATA.md, “Limits”)"
                ),
            );
        }
        if let Some((at, c)) = text.chars().enumerate().find(|(_, c)| is_bidi_control(*c)) {
            self.report(
                field,
                format!(
                    "“{field}” contains the invisible direction control {} at character {}: it can show the text in another order than it is written",
                    describe_char(c),
                    at + 1
                ),
                "delete the character (it often comes with text pasted from a word processor); the exhibit sets the direction of its texts itself".into(),
            );
        }
        let control = text
            .chars()
            .enumerate()
            .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
        if let Some((at, c)) = control {
            self.report(
                field,
                format!(
                    "“{field}” contains the invisible {} at character {}",
                    describe_char(c),
                    at + 1
                ),
                "delete the character; texts may hold line breaks but no other control characters"
                    .into(),
            );
        }
    }

    fn optional(&mut self, field: &str, text: &Option<String>, max: usize) {
        if let Some(text) = text {
            self.plain(field, text, max);
        }
    }

    fn localized(&mut self, field: &str, text: &LocalizedText, max: usize) {
        for lang in Lang::ALL {
            if let Some(written) = text.written(lang) {
                self.plain(&format!("{field}.{}", lang.code()), written, max);
            }
        }
    }

    fn optional_localized(&mut self, field: &str, text: &Option<LocalizedText>, max: usize) {
        if let Some(text) = text {
            self.localized(field, text, max);
        }
    }

    fn citation_texts(&mut self, citations: &[Citation]) {
        for (i, c) in citations.iter().enumerate() {
            self.optional(&format!("citations[{i}].locator"), &c.locator, NAME_MAX);
        }
    }
}

/// Every text field that is too long or holds bidi or control characters. Addresses are
/// checked by [`crate::address`], ids and dates by their own rules.
pub fn text_problems(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    macro_rules! each {
        ($file:expr, $dataset:expr, |$c:ident, $e:ident| $body:block) => {
            for ($e, line) in $dataset.iter() {
                let mut $c = EntryCheck {
                    file: $file,
                    id: &$e.id,
                    line,
                    problems: &mut problems,
                };
                $body
            }
        };
    }
    each!(DatasetFile::Sources, ex.sources, |c, s| {
        c.plain("title", &s.title, NAME_MAX);
        c.optional_localized("title_translated", &s.title_translated, NAME_MAX);
        c.optional("author", &s.author, NAME_MAX);
        c.optional("publisher", &s.publisher, NAME_MAX);
        c.optional_localized("note", &s.note, SUMMARY_MAX);
    });
    each!(DatasetFile::Places, ex.places, |c, p| {
        c.localized("name", &p.name, NAME_MAX);
        c.localized("description", &p.description, SUMMARY_MAX);
        c.optional_localized("uncertainty", &p.uncertainty, SUMMARY_MAX);
        c.citation_texts(&p.citations);
    });
    each!(DatasetFile::People, ex.people, |c, p| {
        c.localized("name", &p.name, NAME_MAX);
        c.localized("role", &p.role, NAME_MAX);
        c.optional_localized("uncertainty", &p.uncertainty, SUMMARY_MAX);
        c.citation_texts(&p.citations);
    });
    each!(DatasetFile::Events, ex.events, |c, e| {
        c.localized("title", &e.title, NAME_MAX);
        c.localized("summary", &e.summary, SUMMARY_MAX);
        c.optional_localized("uncertainty", &e.uncertainty, SUMMARY_MAX);
        c.citation_texts(&e.citations);
    });
    each!(DatasetFile::Eras, ex.eras, |c, e| {
        c.localized("title", &e.title, NAME_MAX);
        c.citation_texts(&e.citations);
    });
    each!(DatasetFile::Figures, ex.figures, |c, f| {
        c.localized("label", &f.label, NAME_MAX);
        c.localized("unit", &f.unit, NAME_MAX);
        c.localized("scope", &f.scope, SUMMARY_MAX);
        c.citation_texts(&f.citations);
    });
    each!(DatasetFile::Conflicts, ex.conflicts, |c, k| {
        c.localized("title", &k.title, NAME_MAX);
        c.localized("explanation", &k.explanation, SUMMARY_MAX);
        c.citation_texts(&k.citations);
    });
    each!(DatasetFile::Gallery, ex.gallery, |c, g| {
        c.localized("title", &g.title, NAME_MAX);
        c.localized("caption", &g.caption, SUMMARY_MAX);
        c.localized("text", &g.text, LONG_TEXT_MAX);
        if let Some(img) = &g.image {
            c.localized("image.alt", &img.alt, SUMMARY_MAX);
            c.plain("image.credit", &img.credit, NAME_MAX);
            c.plain("image.licence", &img.licence, NAME_MAX);
        }
        c.citation_texts(&g.citations);
    });
    problems
}
