//! Checks across entries and files: ids, references, citations, values.
//! Per-field checks (types, required fields, dates, languages, categories)
//! already happen while parsing.

mod addresses;
mod numbers;
mod texts;

use crate::exhibit::Exhibit;
use crate::lang::LocalizedText;
use crate::limits::{shown, shown_number};
use crate::parse::Dataset;
use crate::problem::{DatasetFile, Problem};
use crate::types::*;
use std::collections::{HashMap, HashSet};

/// Ids are short, lowercase and stable, because links and other files use them.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// Collects problems of one entry, with the entry's id and line filled in.
struct EntryCheck<'a> {
    file: DatasetFile,
    id: &'a str,
    line: usize,
    problems: &'a mut Vec<Problem>,
}

impl EntryCheck<'_> {
    fn report(&mut self, field: &str, message: String, fix: String) {
        self.problems.push(
            Problem::new(self.file, message, fix)
                .entry(shown(self.id, 80))
                .field(field)
                .at(self.line, None),
        );
    }

    fn text(&mut self, field: &str, text: &LocalizedText) {
        if text.en.trim().is_empty() {
            self.report(
                &format!("{field}.en"),
                "the English text is empty".into(),
                "write the English text; it is shown wherever a translation is missing".into(),
            );
        }
    }

    fn reference(
        &mut self,
        field: &str,
        id: &str,
        target: DatasetFile,
        known: Option<&HashSet<&str>>,
    ) {
        // Skip when the target file could not be read: that file's own problem says why.
        if let Some(known) = known {
            if !known.contains(id) {
                let id = &shown(id, 80);
                self.report(
                    field,
                    format!(
                        "there is no {} with the id “{id}” in {}",
                        target.entry_noun(),
                        target.file_name()
                    ),
                    format!(
                        "correct the id, or add a {} “{id}” to {}",
                        target.entry_noun(),
                        target.file_name()
                    ),
                );
            }
        }
    }

    fn citations(&mut self, citations: &[Citation], sources: Option<&HashSet<&str>>) {
        if citations.is_empty() {
            self.report(
                "citations",
                "no citation: every fact must name its source".into(),
                "add at least one {\"source\": \"source-id\", \"locator\": \"p. 12\"}".into(),
            );
        }
        for (i, c) in citations.iter().enumerate() {
            self.reference(
                &format!("citations[{i}].source"),
                &c.source,
                DatasetFile::Sources,
                sources,
            );
        }
    }

    fn uncertainty(&mut self, note: &Option<LocalizedText>) {
        if let Some(note) = note {
            self.text("uncertainty", note);
        }
    }
}

/// The ids of a readable dataset, and problems for malformed or repeated ids.
fn ids<'a, T>(
    file: DatasetFile,
    dataset: &'a Dataset<T>,
    id_of: impl Fn(&T) -> &str,
    problems: &mut Vec<Problem>,
) -> Option<HashSet<&'a str>> {
    let mut first_line: HashMap<&str, usize> = HashMap::new();
    for (entry, line) in dataset.iter() {
        let id = id_of(entry);
        if !is_valid_id(id) {
            problems.push(
                Problem::new(
                    file,
                    format!("the id “{}” is not valid", shown(id, 80)),
                    "use lowercase Latin letters, digits and hyphens only, e.g. “spassk-camp-99”",
                )
                .entry(shown(id, 80))
                .field("id")
                .at(line, None),
            );
        }
        if let Some(first) = first_line.get(id) {
            problems.push(
                Problem::new(
                    file,
                    format!(
                        "the id “{}” is used twice (first on line {first})",
                        shown(id, 80)
                    ),
                    "give each entry its own id",
                )
                .entry(shown(id, 80))
                .field("id")
                .at(line, None),
            );
        } else {
            first_line.insert(id, line);
        }
    }
    let mut known: HashSet<&str> = first_line.into_keys().collect();
    known.extend(dataset.unreadable_ids.iter().map(String::as_str));
    dataset.readable.then_some(known)
}

pub fn validate(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    let sources = ids(DatasetFile::Sources, &ex.sources, |s| &s.id, &mut problems);
    let places = ids(DatasetFile::Places, &ex.places, |p| &p.id, &mut problems);
    let people = ids(DatasetFile::People, &ex.people, |p| &p.id, &mut problems);
    let events = ids(DatasetFile::Events, &ex.events, |e| &e.id, &mut problems);
    let figures = ids(DatasetFile::Figures, &ex.figures, |f| &f.id, &mut problems);
    let conflicts = ids(
        DatasetFile::Conflicts,
        &ex.conflicts,
        |c| &c.id,
        &mut problems,
    );
    ids(DatasetFile::Eras, &ex.eras, |e| &e.id, &mut problems);
    ids(DatasetFile::Gallery, &ex.gallery, |g| &g.id, &mut problems);
    let (sources, places, people, events, figures, conflicts) = (
        sources.as_ref(),
        places.as_ref(),
        people.as_ref(),
        events.as_ref(),
        figures.as_ref(),
        conflicts.as_ref(),
    );

    macro_rules! check {
        ($file:expr, $entry:expr, $line:expr) => {
            EntryCheck {
                file: $file,
                id: &$entry.id,
                line: $line,
                problems: &mut problems,
            }
        };
    }

    for (s, line) in ex.sources.iter() {
        let mut c = check!(DatasetFile::Sources, s, line);
        if s.title.trim().is_empty() {
            c.report(
                "title",
                "the title is empty".into(),
                "write the source's title in its own language".into(),
            );
        }
        if s.language.len() != 2 || !s.language.bytes().all(|b| b.is_ascii_lowercase()) {
            c.report(
                "language",
                format!("“{}” is not a language code", shown(&s.language, 20)),
                "use the two-letter ISO 639-1 code, e.g. “ru”, “en”, “ja”, “kk”".into(),
            );
        }
        if let Some(t) = &s.title_translated {
            c.text("title_translated", t);
        }
    }

    for (p, line) in ex.places.iter() {
        let mut c = check!(DatasetFile::Places, p, line);
        c.text("name", &p.name);
        c.text("description", &p.description);
        c.uncertainty(&p.uncertainty);
        if let Some(co) = p.coordinates {
            if !(-90.0..=90.0).contains(&co.lat) || !(-180.0..=180.0).contains(&co.lon) {
                c.report(
                    "coordinates",
                    format!(
                        "({}, {}) is not on the globe",
                        shown_number(co.lat),
                        shown_number(co.lon)
                    ),
                    "latitude must be −90…90 and longitude −180…180, in decimal degrees".into(),
                );
            }
        }
        c.citations(&p.citations, sources);
    }

    for (p, line) in ex.people.iter() {
        let mut c = check!(DatasetFile::People, p, line);
        c.text("name", &p.name);
        c.text("role", &p.role);
        c.uncertainty(&p.uncertainty);
        if let (Some(b), Some(d)) = (p.born, p.died) {
            if d.span().1 < b.span().0 {
                c.report(
                    "died",
                    format!("died ({d}) before born ({b})"),
                    "check both dates against the source".into(),
                );
            }
        }
        c.citations(&p.citations, sources);
    }

    for (e, line) in ex.events.iter() {
        let mut c = check!(DatasetFile::Events, e, line);
        c.text("title", &e.title);
        c.text("summary", &e.summary);
        c.uncertainty(&e.uncertainty);
        for (i, id) in e.places.iter().enumerate() {
            c.reference(&format!("places[{i}]"), id, DatasetFile::Places, places);
        }
        for (i, id) in e.people.iter().enumerate() {
            c.reference(&format!("people[{i}]"), id, DatasetFile::People, people);
        }
        for (i, id) in e.figures.iter().enumerate() {
            c.reference(&format!("figures[{i}]"), id, DatasetFile::Figures, figures);
        }
        c.citations(&e.citations, sources);
    }

    let mut variants: HashMap<&str, usize> = HashMap::new();
    for (f, line) in ex.figures.iter() {
        let mut c = check!(DatasetFile::Figures, f, line);
        c.text("label", &f.label);
        c.text("unit", &f.unit);
        c.text("scope", &f.scope);
        if !f.value.is_finite() || f.value < 0.0 {
            c.report(
                "value",
                format!("{} is not a count", shown_number(f.value)),
                "write a number of zero or more".into(),
            );
        }
        if let Some(max) = f.value_max {
            if !(max > f.value) {
                c.report(
                    "value_max",
                    format!(
                        "the upper bound {} is not above the value {}",
                        shown_number(max),
                        shown_number(f.value)
                    ),
                    "for a range, “value” is the lower and “value_max” the higher number".into(),
                );
            }
        }
        if let Some(group) = &f.conflict {
            c.reference("conflict", group, DatasetFile::Conflicts, conflicts);
            *variants.entry(group).or_default() += 1;
        }
        if let Some(share) = &f.share_of {
            c.reference(
                "share_of.figure",
                &share.figure,
                DatasetFile::Figures,
                figures,
            );
        }
        c.citations(&f.citations, sources);
    }

    problems.extend(numbers::share_problems(ex));

    for (era, line) in ex.eras.iter() {
        let mut c = check!(DatasetFile::Eras, era, line);
        c.text("title", &era.title);
        if !era.date.is_range() {
            c.report(
                "date",
                format!("“{}” is a single date, but an era is a period", era.date),
                "write the first and last date with a slash, e.g. “1945-08/1949”".into(),
            );
        }
        c.citations(&era.citations, sources);
    }

    for (k, line) in ex.conflicts.iter() {
        let mut c = check!(DatasetFile::Conflicts, k, line);
        c.text("title", &k.title);
        c.text("explanation", &k.explanation);
        let count = variants.get(k.id.as_str()).copied().unwrap_or(0);
        if ex.figures.readable && count < 2 {
            c.report(
                "id",
                format!("only {count} figure(s) in figures.json name this conflict group"),
                "a conflict shows at least two variants: set \"conflict\" on each figure that belongs to it".into(),
            );
        }
        c.citations(&k.citations, sources);
    }

    for (g, line) in ex.gallery.iter() {
        let mut c = check!(DatasetFile::Gallery, g, line);
        c.text("title", &g.title);
        c.text("caption", &g.caption);
        c.text("text", &g.text);
        if let Some(place) = &g.place {
            c.reference("place", place, DatasetFile::Places, places);
        }
        for (i, id) in g.events.iter().enumerate() {
            c.reference(&format!("events[{i}]"), id, DatasetFile::Events, events);
        }
        for (i, id) in g.people.iter().enumerate() {
            c.reference(&format!("people[{i}]"), id, DatasetFile::People, people);
        }
        if let Some(img) = &g.image {
            if img.width == 0 || img.height == 0 {
                c.report(
                    "image.width",
                    "width and height must be above zero".into(),
                    "write the image's size in pixels".into(),
                );
            }
            c.text("image.alt", &img.alt);
            if img.credit.trim().is_empty() || img.licence.trim().is_empty() {
                c.report(
                    "image.credit",
                    "credit or licence is empty".into(),
                    "name the photographer or archive, and the licence".into(),
                );
            }
        }
        c.citations(&g.citations, sources);
    }

    // Addresses, text lengths and invisible characters, and numbers that cannot be true.
    problems.extend(addresses::address_problems(ex));
    problems.extend(texts::text_problems(ex));
    problems.extend(numbers::number_problems(ex));
    problems
}
