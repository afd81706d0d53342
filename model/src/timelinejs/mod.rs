//! Importing a TimelineJS 3 timeline (its JSON, or the CSV of its Google Sheets template) as
//! events, eras and one new source that every imported entry cites. See docs/DATA.md,
//! “Importing a TimelineJS timeline”.

pub mod category;
pub mod html;
pub mod merge;
pub mod read;
pub mod slide_text;
pub mod slug;

use crate::date::DateSpec;
use crate::exhibit::Exhibit;
use crate::lang::Lang;
use crate::problem::DatasetFile;
use crate::sheets::Texts;
use crate::types::{EventCategory, Reliability};
use crate::write::{incomplete_files, render_dataset};
use std::collections::HashSet;

/// A TimelineJS date as written: each part raw, empty when absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlDate {
    pub year: String,
    pub month: String,
    pub day: String,
}

/// One slide: an event, an era or the title slide, as the timeline gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Slide {
    /// Where it is in the file, for messages: `event 3 (events[2])`, `event (row 5)`.
    pub at: String,
    pub start: Option<TlDate>,
    pub end: Option<TlDate>,
    pub headline: String,
    /// HTML.
    pub text: String,
    pub media_url: String,
    pub media_credit: String,
    pub media_caption: String,
    pub group: String,
    pub unique_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub title: Option<Slide>,
    pub events: Vec<Slide>,
    pub eras: Vec<Slide>,
}

/// The choices of an import (the command's flags).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The language the timeline is written in; its texts fill this language only.
    pub lang: Lang,
    /// The new source's id; by default `timeline-` and a slug of the title (or file name).
    pub source_id: Option<String>,
    /// The file name without extension, for a timeline without a title.
    pub name: String,
    pub author: Option<String>,
    pub url: Option<String>,
    pub reliability: Reliability,
    /// The category of events whose group is empty or not a known word.
    pub default_category: EventCategory,
    /// Groups mapped by the curator: (group name, category).
    pub groups: Vec<(String, EventCategory)>,
}

impl Options {
    pub fn new(name: &str) -> Self {
        Options {
            lang: Lang::En,
            source_id: None,
            name: name.to_string(),
            author: None,
            url: None,
            reliability: Reliability::Secondary,
            default_category: EventCategory::Captivity,
            groups: Vec::new(),
        }
    }
}

/// `1946`, `1946-05` or `1946-05-12` from a TimelineJS date.
fn partial_date(date: &TlDate) -> Result<String, String> {
    let year = date.year.trim();
    if year.is_empty() {
        return Err("the date has no year".into());
    }
    if year.starts_with('-') {
        return Err(format!(
            "the year {year} is before the Common Era; the exhibit shows the years 1800–2100 only"
        ));
    }
    let number = |part: &str, what: &str| -> Result<u32, String> {
        part.trim()
            .parse::<u32>()
            .map_err(|_| format!("“{part}” is not a {what}"))
    };
    let mut text = format!("{:04}", number(year, "year")?);
    match (date.month.trim(), date.day.trim()) {
        ("", "") => {}
        ("", _) => return Err("the date has a day but no month".into()),
        (month, day) => {
            text.push_str(&format!("-{:02}", number(month, "month")?));
            if !day.is_empty() {
                text.push_str(&format!("-{:02}", number(day, "day")?));
            }
        }
    }
    Ok(text)
}

/// The date of a slide: one date, or a range when the end differs from the start.
pub fn slide_date(slide: &Slide) -> Result<DateSpec, String> {
    let start = match &slide.start {
        Some(start) => partial_date(start).map_err(|e| format!("start date: {e}"))?,
        None => return Err("there is no start date".into()),
    };
    let text = match &slide.end {
        Some(end) => {
            let end = partial_date(end).map_err(|e| format!("end date: {e}"))?;
            if end == start {
                start
            } else {
                format!("{start}/{end}")
            }
        }
        None => start,
    };
    DateSpec::parse(&text)
}

/// What an import would do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// The dataset files to write (only those that change).
    pub writes: Vec<(DatasetFile, String)>,
    /// What the curator should know: defaults taken, media kept as text, and so on.
    pub notes: Vec<String>,
    /// What the validator now reports about the imported entries and the curator must add
    /// (the English texts, when the timeline is in another language).
    pub must_add: Vec<String>,
    pub source_id: String,
    pub added: usize,
    pub updated: usize,
}

/// Merges the timeline into the datasets and checks the result with `Exhibit::load`. `Err`
/// lists every problem; then nothing may be written.
pub fn plan_import(
    timeline: &Timeline,
    texts: &Texts,
    options: &Options,
) -> Result<Plan, Vec<String>> {
    let text_of = |file| {
        texts
            .get(&file)
            .cloned()
            .unwrap_or_else(|| Err("not given".into()))
    };
    let before = Exhibit::load(text_of);
    let incomplete = incomplete_files(texts, &before.exhibit);
    let written = [DatasetFile::Sources, DatasetFile::Events, DatasetFile::Eras];
    if let Some(file) = incomplete.iter().find(|f| written.contains(f)) {
        return Err(vec![format!("{} has entries that cannot be read, and they would be lost\n    fix: correct them first (cargo check-data lists them)", file.file_name())]);
    }
    let merged = merge::merge(timeline, &before.exhibit, options)?;
    let ex = &merged.exhibit;
    let mut writes = Vec::new();
    for file in written {
        let old = text_of(file).ok();
        let old = old.as_deref();
        let new = match file {
            DatasetFile::Sources => render_dataset(old, &ex.sources.entries),
            DatasetFile::Events => render_dataset(old, &ex.events.entries),
            _ => render_dataset(old, &ex.eras.entries),
        };
        if old != Some(new.as_str()) {
            writes.push((file, new));
        }
    }
    let after = Exhibit::load(|file| match writes.iter().find(|(f, _)| *f == file) {
        Some((_, text)) => Ok(text.clone()),
        None => text_of(file),
    });
    // The English texts of imported entries are reported every time (they are still to add);
    // any other problem the import brings in is an error. Problems the data already had are
    // left to cargo check-data.
    let key = |p: &crate::Problem| (p.file, p.entry.clone(), p.field.clone(), p.message.clone());
    let old_problems: HashSet<_> = before.problems.iter().map(key).collect();
    let (mut must_add, mut errors) = (Vec::new(), Vec::new());
    for problem in &after.problems {
        let ours = problem
            .entry
            .as_ref()
            .is_some_and(|id| merged.touched.contains(&(problem.file, id.clone())));
        if ours && problem.message == "the English text is empty" {
            must_add.push(problem.to_string());
        } else if !old_problems.contains(&key(problem)) {
            errors.push(problem.to_string());
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Plan {
        writes,
        notes: merged.notes,
        must_add,
        source_id: merged.source_id,
        added: merged.added,
        updated: merged.updated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slide(year: &str, month: &str, day: &str, end: Option<(&str, &str, &str)>) -> Slide {
        let date = |(year, month, day): (&str, &str, &str)| TlDate {
            year: year.into(),
            month: month.into(),
            day: day.into(),
        };
        Slide {
            start: Some(date((year, month, day))),
            end: end.map(date),
            ..Slide::default()
        }
    }

    #[test]
    fn dates_keep_their_precision() {
        let date = |s: &Slide| slide_date(s).map(|d| d.to_string());
        assert_eq!(date(&slide("1946", "", "", None)).unwrap(), "1946");
        assert_eq!(date(&slide("1946", "5", "", None)).unwrap(), "1946-05");
        assert_eq!(date(&slide("1946", "05", "3", None)).unwrap(), "1946-05-03");
        assert_eq!(
            date(&slide("1946", "5", "", Some(("1948", "", "")))).unwrap(),
            "1946-05/1948"
        );
        assert_eq!(
            date(&slide("1946", "", "", Some(("1946", "", "")))).unwrap(),
            "1946"
        );
        assert!(date(&slide("-500", "", "", None))
            .unwrap_err()
            .contains("before the Common Era"));
        assert!(date(&slide("1946", "", "3", None))
            .unwrap_err()
            .contains("no month"));
        assert!(date(&slide("19x6", "", "", None))
            .unwrap_err()
            .contains("not a year"));
        assert!(date(&slide("1946", "13", "", None))
            .unwrap_err()
            .contains("no month 13"));
        assert!(date(&slide("1950", "", "", Some(("1946", "", ""))))
            .unwrap_err()
            .contains("ends"));
    }
}
