//! All datasets together, and looking entries up by id. `load.rs` builds it from text.

use crate::parse::Dataset;
use crate::problem::DatasetFile;
use crate::types::*;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Exhibit {
    pub sources: Dataset<Source>,
    pub places: Dataset<Place>,
    pub people: Dataset<Person>,
    pub events: Dataset<Event>,
    pub eras: Dataset<Era>,
    pub figures: Dataset<Figure>,
    pub conflicts: Dataset<Conflict>,
    pub gallery: Dataset<GalleryItem>,
}

impl Exhibit {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.entries.iter().find(|s| s.id == id)
    }
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.entries.iter().find(|p| p.id == id)
    }
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.entries.iter().find(|p| p.id == id)
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.entries.iter().find(|e| e.id == id)
    }
    pub fn conflict(&self, id: &str) -> Option<&Conflict> {
        self.conflicts.entries.iter().find(|c| c.id == id)
    }
    pub fn gallery_item(&self, id: &str) -> Option<&GalleryItem> {
        self.gallery.entries.iter().find(|g| g.id == id)
    }

    /// Events in time order; ties keep the dataset's order.
    pub fn events_chronological(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.entries.iter().collect();
        events.sort_by_key(|e| e.date.span());
        events
    }

    /// Every entry that cites `source`, in file order: the back-links of the Sources page.
    pub fn citing(&self, source: &str) -> Vec<(DatasetFile, &str)> {
        fn cites(citations: &[Citation], source: &str) -> bool {
            citations.iter().any(|c| c.source == source)
        }
        let mut found = Vec::new();
        macro_rules! collect {
            ($file:expr, $dataset:expr) => {
                found.extend(
                    $dataset
                        .entries
                        .iter()
                        .filter(|e| cites(&e.citations, source))
                        .map(|e| ($file, e.id.as_str())),
                );
            };
        }
        collect!(DatasetFile::Places, self.places);
        collect!(DatasetFile::People, self.people);
        collect!(DatasetFile::Events, self.events);
        collect!(DatasetFile::Eras, self.eras);
        collect!(DatasetFile::Figures, self.figures);
        collect!(DatasetFile::Conflicts, self.conflicts);
        collect!(DatasetFile::Gallery, self.gallery);
        found
    }

    /// The neighbours of a gallery item in dataset order.
    pub fn gallery_neighbours(&self, id: &str) -> (Option<&GalleryItem>, Option<&GalleryItem>) {
        let items = &self.gallery.entries;
        match items.iter().position(|g| g.id == id) {
            Some(i) => (i.checked_sub(1).map(|j| &items[j]), items.get(i + 1)),
            None => (None, None),
        }
    }

    /// The figures that are variants of one conflict group.
    pub fn figures_in_conflict<'a>(
        &'a self,
        conflict: &'a str,
    ) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures
            .entries
            .iter()
            .filter(move |f| f.conflict.as_deref() == Some(conflict))
    }
}
