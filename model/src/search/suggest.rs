//! What to offer before the visitor has typed anything, or when nothing matched.

use crate::exhibit::Exhibit;
use crate::lang::Lang;
use crate::types::PlaceKind;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SuggestionKind {
    Place,
    Person,
    /// A year in which events happened; searching it finds them (dates are indexed).
    Year,
    /// Only when the exhibit has no places, people or dated events: an era or event title.
    Entry,
}

/// Something to search for that exists in the data. `label` is in the display language and
/// is also the query to run when it is chosen; `id` links straight to the place or person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub label: String,
    pub id: Option<String>,
}

const PLACES: usize = 4;
const PEOPLE: usize = 3;
const YEARS: usize = 3;

/// A few places (cities and camps first), people, and the years with the most events, in
/// dataset order. Never empty unless the exhibit is: if it has none of those, era and event
/// titles are offered instead.
pub fn suggestions(exhibit: &Exhibit, lang: Lang) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let rank = |kind: PlaceKind| match kind {
        PlaceKind::City => 0,
        PlaceKind::Camp => 1,
        PlaceKind::Cemetery | PlaceKind::Memorial => 2,
        _ => 3,
    };
    let mut places: Vec<_> = exhibit.places.entries.iter().collect();
    places.sort_by_key(|p| rank(p.kind));
    out.extend(places.into_iter().take(PLACES).map(|p| Suggestion {
        kind: SuggestionKind::Place,
        label: p.name.text(lang).to_string(),
        id: Some(p.id.clone()),
    }));
    out.extend(
        exhibit
            .people
            .entries
            .iter()
            .take(PEOPLE)
            .map(|p| Suggestion {
                kind: SuggestionKind::Person,
                label: p.name.text(lang).to_string(),
                id: Some(p.id.clone()),
            }),
    );
    let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
    for e in &exhibit.events.entries {
        *per_year.entry(e.date.start.year).or_default() += 1;
    }
    let mut years: Vec<(i32, usize)> = per_year.into_iter().collect();
    years.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    years.truncate(YEARS);
    years.sort();
    out.extend(years.into_iter().map(|(year, _)| Suggestion {
        kind: SuggestionKind::Year,
        label: year.to_string(),
        id: None,
    }));
    if out.is_empty() {
        let eras = exhibit.eras.entries.iter().map(|e| &e.title);
        let events = exhibit.events.entries.iter().map(|e| &e.title);
        out.extend(eras.chain(events).take(PLACES).map(|t| Suggestion {
            kind: SuggestionKind::Entry,
            label: t.text(lang).to_string(),
            id: None,
        }));
    }
    out.retain(|s| !s.label.trim().is_empty());
    out
}
