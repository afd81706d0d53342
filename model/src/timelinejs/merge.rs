//! Turning slides into the exhibit's entries and merging them with what is already there.
//!
//! - The timeline is one source (`timeline-<slug of its title>`, or `--source-id`); every
//!   imported event and era cites it, with the locator `slide <unique_id>` when the slide has one.
//! - A second import of the same timeline updates instead of adding: an entry is the slide's when
//!   it cites the timeline's source with the slide's locator, or (for a slide without unique_id)
//!   when it cites the source and has the id the slide's date and headline give.
//! - Updating changes the date, the category and the import language's texts only: other
//!   languages, places, people and further citations that curators added are kept.

use super::category::category_of;
use super::html::to_plain_text;
use super::slide_text::{one_line, texts};
use super::slug::{short_hash, slug};
use super::{slide_date, Options, Timeline};
use crate::exhibit::Exhibit;
use crate::lang::{Lang, LocalizedText};
use crate::problem::DatasetFile;
use crate::types::{Citation, Era, Event, Source};
use std::collections::{BTreeMap, HashSet};

/// The exhibit with the timeline merged in, and what the import did.
pub struct Merged {
    pub exhibit: Exhibit,
    pub source_id: String,
    /// (file, id) of every event and era the timeline added or updated.
    pub touched: HashSet<(DatasetFile, String)>,
    pub notes: Vec<String>,
    pub added: usize,
    pub updated: usize,
}

fn set(text: &mut LocalizedText, lang: Lang, value: String) {
    match lang {
        Lang::En => text.en = value,
        Lang::Ru => text.ru = Some(value),
        Lang::Kk => text.kk = Some(value),
        Lang::Ja => text.ja = Some(value),
    }
}

fn localized(lang: Lang, value: String) -> LocalizedText {
    let mut text = LocalizedText::default();
    set(&mut text, lang, value);
    text
}

/// Finds the id for a slide: its own entry from an earlier import, else a new unused id.
fn id_for<'a>(
    base: &str,
    locator: &Option<String>,
    existing: impl Fn(&str) -> Option<&'a [Citation]> + Copy,
    by_locator: Option<&'a str>,
    source_id: &str,
    used: &HashSet<String>,
) -> (String, bool) {
    if let Some(id) = by_locator.filter(|id| !used.contains(*id)) {
        return (id.to_string(), true);
    }
    for n in 1.. {
        let id = if n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        if used.contains(&id) {
            continue;
        }
        match existing(&id) {
            None => return (id, false),
            Some(citations)
                if locator.is_none()
                    && citations
                        .iter()
                        .any(|c| c.source == source_id && c.locator.is_none()) =>
            {
                return (id, true)
            }
            Some(_) => {}
        }
    }
    unreachable!("some id is always free")
}

/// Merges the timeline into a copy of the exhibit.
pub fn merge(timeline: &Timeline, ex: &Exhibit, options: &Options) -> Result<Merged, Vec<String>> {
    let mut out = ex.clone();
    let mut notes = Vec::new();
    let mut errors = Vec::new();
    let lang = options.lang;
    let title_slide = timeline.title.clone().unwrap_or_default();
    let title = Some(one_line(&title_slide.headline)).filter(|t| !t.is_empty());
    let source_id = options.source_id.clone().unwrap_or_else(|| {
        let name = slug(title.as_deref().unwrap_or(&options.name));
        let name = if name.is_empty() {
            short_hash(title.as_deref().unwrap_or(&options.name))
        } else {
            name
        };
        format!("timeline-{name}")
            .chars()
            .take(80)
            .collect::<String>()
            .trim_end_matches('-')
            .to_string()
    });
    let description = to_plain_text(&title_slide.text);
    let boilerplate = "A TimelineJS timeline, imported with cargo import-timelinejs.";
    let note = match (lang, description.is_empty()) {
        (_, true) => LocalizedText::en(boilerplate),
        (Lang::En, false) => LocalizedText::en(&description),
        (_, false) => {
            let mut note = LocalizedText::en(boilerplate);
            set(&mut note, lang, description);
            note
        }
    };
    match out.sources.entries.iter_mut().find(|s| s.id == source_id) {
        Some(source) => {
            source.title = title.clone().unwrap_or_else(|| source.title.clone());
            source.note = Some(note);
            source.author = options.author.clone().or(source.author.take());
            source.url = options.url.clone().or(source.url.take());
            source.reliability = options.reliability;
        }
        None => out.sources.entries.push(Source {
            id: source_id.clone(),
            title: title.unwrap_or_else(|| options.name.clone()),
            title_translated: None,
            author: options.author.clone(),
            publisher: None,
            date: None,
            url: options.url.clone(),
            language: lang.code().to_string(),
            reliability: options.reliability,
            note: Some(note),
        }),
    }

    let (mut added, mut updated) = (0, 0);
    let mut touched = HashSet::new();
    let mut unknown_groups: BTreeMap<String, usize> = BTreeMap::new();
    let mut used = HashSet::new();
    for slide in &timeline.events {
        let date = match slide_date(slide) {
            Ok(date) => date,
            Err(e) => {
                errors.push(format!("{}: {e}\n    fix: write the year (1800–2100), and the month and day where known", slide.at));
                continue;
            }
        };
        let (title, summary) = match texts(slide, &mut notes) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let (category, defaulted) = category_of(&slide.group, options);
        if defaulted {
            *unknown_groups
                .entry(slide.group.trim().to_string())
                .or_default() += 1;
        }
        let uid = slide.unique_id.trim();
        let locator = (!uid.is_empty()).then(|| format!("slide {uid}"));
        let mut name = slug(&title);
        if name.is_empty() {
            name = if slug(uid).is_empty() {
                short_hash(&title)
            } else {
                slug(uid)
            };
        }
        let prefix = match date.start.month {
            Some(m) => format!("{}-{m:02}", date.start.year),
            None => date.start.year.to_string(),
        };
        let events = &out.events.entries;
        let by_locator = locator.as_ref().and_then(|l| {
            events
                .iter()
                .find(|e| {
                    e.citations
                        .iter()
                        .any(|c| c.source == source_id && c.locator.as_ref() == Some(l))
                })
                .map(|e| e.id.as_str())
        });
        let existing = |id: &str| {
            events
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.citations.as_slice())
        };
        let (id, update) = id_for(
            &format!("{prefix}-{name}"),
            &locator,
            existing,
            by_locator,
            &source_id,
            &used,
        );
        used.insert(id.clone());
        touched.insert((DatasetFile::Events, id.clone()));
        let citation = Citation {
            source: source_id.clone(),
            locator,
        };
        if update {
            let event = out
                .events
                .entries
                .iter_mut()
                .find(|e| e.id == id)
                .expect("found above");
            event.date = date;
            // A guessed category does not overwrite one a curator may have chosen since.
            if !defaulted {
                event.category = category;
            }
            set(&mut event.title, lang, title);
            set(&mut event.summary, lang, summary);
            updated += 1;
        } else {
            out.events.entries.push(Event {
                id,
                date,
                category,
                title: localized(lang, title),
                summary: localized(lang, summary),
                places: Vec::new(),
                people: Vec::new(),
                figures: Vec::new(),
                uncertainty: None,
                citations: vec![citation],
            });
            added += 1;
        }
    }
    for (group, count) in unknown_groups {
        let default = options.default_category.key();
        notes.push(if group.is_empty() {
            format!("{count} event(s) without a group were filed under “{default}” (the default category); to choose, give them a group, run again with --default-category, or change “category” afterwards")
        } else {
            format!("{count} event(s) of the group “{group}”, which names no category, were filed under “{default}” (the default category); to choose, run again with --group '{group}=labour' (or another category), or change “category” afterwards")
        });
    }

    let mut used = HashSet::new();
    for slide in &timeline.eras {
        let date = match slide_date(slide) {
            Ok(date) if date.is_range() => date,
            Ok(date) => {
                errors.push(format!("{}: the era has one date ({date}), but an era is a period\n    fix: give it an end date", slide.at));
                continue;
            }
            Err(e) => {
                errors.push(format!(
                    "{}: {e}\n    fix: give the era's start and end year",
                    slide.at
                ));
                continue;
            }
        };
        let title = one_line(&slide.headline);
        if title.is_empty() {
            errors.push(format!(
                "{}: the era has no headline\n    fix: write its name in the headline",
                slide.at
            ));
            continue;
        }
        let uid = slide.unique_id.trim();
        let locator = (!uid.is_empty()).then(|| format!("slide {uid}"));
        let name = Some(slug(&title))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("era-{}", short_hash(&title)));
        let eras = &out.eras.entries;
        let by_locator = locator.as_ref().and_then(|l| {
            eras.iter()
                .find(|e| {
                    e.citations
                        .iter()
                        .any(|c| c.source == source_id && c.locator.as_ref() == Some(l))
                })
                .map(|e| e.id.as_str())
        });
        let existing = |id: &str| {
            eras.iter()
                .find(|e| e.id == id)
                .map(|e| e.citations.as_slice())
        };
        let (id, update) = id_for(&name, &locator, existing, by_locator, &source_id, &used);
        used.insert(id.clone());
        touched.insert((DatasetFile::Eras, id.clone()));
        if update {
            let era = out
                .eras
                .entries
                .iter_mut()
                .find(|e| e.id == id)
                .expect("found above");
            era.date = date;
            set(&mut era.title, lang, title);
            updated += 1;
        } else {
            out.eras.entries.push(Era {
                id,
                date,
                title: localized(lang, title),
                citations: vec![Citation {
                    source: source_id.clone(),
                    locator,
                }],
            });
            added += 1;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Merged {
        exhibit: out,
        source_id,
        touched,
        notes,
        added,
        updated,
    })
}
