//! What the kiosk's attract screen shows while nobody is using the exhibit: a gentle
//! rotation through events, gallery items and figures, taken from the datasets.

use crate::exhibit::Exhibit;
use crate::types::EventCategory;

/// One slide: an index into the events, the gallery or the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Featured {
    Event(usize),
    Gallery(usize),
    Figure(usize),
}

/// The slides in the order they are shown: gallery item, event, figure, in turn, until every
/// list is used up. Events are those of the camps and the return home, every other one in time
/// order, so that the rotation spans the whole history; figures are the first variant of each
/// conflict group, since the slide names that sources differ.
pub fn featured(exhibit: &Exhibit) -> Vec<Featured> {
    let events: Vec<usize> = {
        let mut found: Vec<(usize, (i64, i64))> = exhibit
            .events
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.category != EventCategory::Research)
            .map(|(i, e)| (i, e.date.span()))
            .collect();
        found.sort_by_key(|(_, span)| *span);
        found.into_iter().step_by(2).map(|(i, _)| i).collect()
    };
    let gallery: Vec<usize> = (0..exhibit.gallery.entries.len()).collect();
    let mut seen_conflicts = Vec::new();
    let figures: Vec<usize> = exhibit
        .figures
        .entries
        .iter()
        .enumerate()
        .filter(|(_, f)| match &f.conflict {
            Some(c) if !seen_conflicts.contains(c) => {
                seen_conflicts.push(c.clone());
                true
            }
            _ => false,
        })
        .map(|(i, _)| i)
        .collect();
    let longest = events.len().max(gallery.len()).max(figures.len());
    let mut slides = Vec::new();
    for k in 0..longest {
        slides.extend(gallery.get(k).map(|i| Featured::Gallery(*i)));
        slides.extend(events.get(k).map(|i| Featured::Event(*i)));
        slides.extend(figures.get(k).map(|i| Featured::Figure(*i)));
    }
    slides
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::DatasetFile;

    fn shipped() -> Exhibit {
        let loaded = Exhibit::load(|file: DatasetFile| {
            std::fs::read_to_string(format!(
                "{}/../public/data/{}",
                env!("CARGO_MANIFEST_DIR"),
                file.file_name()
            ))
            .map_err(|e| e.to_string())
        });
        loaded.exhibit
    }

    #[test]
    fn slides_take_turns_and_cover_the_history() {
        let ex = shipped();
        let slides = featured(&ex);
        assert!(matches!(slides[0], Featured::Gallery(_)));
        assert!(matches!(slides[1], Featured::Event(_)));
        assert!(matches!(slides[2], Featured::Figure(_)));
        let events: Vec<i32> = slides
            .iter()
            .filter_map(|s| match s {
                Featured::Event(i) => Some(ex.events.entries[*i].date.year()),
                _ => None,
            })
            .collect();
        assert!(
            events.windows(2).all(|w| w[0] <= w[1]),
            "events in time order"
        );
        assert!(events.first() < Some(&1946) && events.last() > Some(&2020));
        let figures = slides
            .iter()
            .filter(|s| matches!(s, Featured::Figure(_)))
            .count();
        assert_eq!(
            figures,
            ex.conflicts.entries.len(),
            "one figure per conflict group"
        );
        let gallery = slides
            .iter()
            .filter(|s| matches!(s, Featured::Gallery(_)))
            .count();
        assert_eq!(gallery, ex.gallery.entries.len());
    }

    #[test]
    fn an_empty_exhibit_has_no_slides() {
        assert!(featured(&Exhibit::default()).is_empty());
    }
}
