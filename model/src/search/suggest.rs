//! What to offer before the visitor has typed anything, or when nothing matched.

use crate::exhibit::Exhibit;
use crate::lang::Lang;
use crate::types::PlaceKind;

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
    let places = (0..4).flat_map(|r| {
        let places = exhibit.places.entries.iter();
        places.filter(move |p| rank(p.kind) == r)
    });
    out.extend(places.take(PLACES).map(|p| Suggestion {
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
    // Years by their number of events, most first, then the earlier; as u64 keys, the sort
    // the search uses too (wasm size).
    let mut years: Vec<u64> = exhibit
        .events
        .entries
        .iter()
        .map(|e| e.date.start.year.clamp(0, 9999) as u64)
        .collect();
    years.sort_unstable();
    let mut counted: Vec<u64> = years
        .chunk_by(|a, b| a == b)
        .map(|run| u64::from(!(run.len() as u32)) << 32 | run[0])
        .collect();
    counted.sort_unstable();
    let mut years: Vec<u64> = counted
        .iter()
        .take(YEARS)
        .map(|k| k & 0xFFFF_FFFF)
        .collect();
    years.sort_unstable();
    out.extend(years.into_iter().map(|year| Suggestion {
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
