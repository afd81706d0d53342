//! All datasets together: loading them from text and looking entries up by id.

use crate::parse::{parse_dataset, Dataset};
use crate::problem::{DatasetFile, Problem};
use crate::types::*;
use crate::validate::validate;

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

/// The exhibit as loaded, and everything that is wrong with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub exhibit: Exhibit,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// The problems of the given files, for a page that needs only those.
    pub fn problems_in<'a>(
        &'a self,
        files: &'a [DatasetFile],
    ) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems
            .iter()
            .filter(move |p| files.contains(&p.file))
    }
}

impl Exhibit {
    /// Builds the exhibit from each file's text; `Err` is why the file could not be read
    /// (missing file, network failure). Every problem found is returned, in file order.
    pub fn load(mut text_of: impl FnMut(DatasetFile) -> Result<String, String>) -> Loaded {
        let mut exhibit = Exhibit::default();
        let mut problems = Vec::new();
        for file in DatasetFile::ALL {
            let text = match text_of(file) {
                Ok(text) => text,
                Err(why) => {
                    problems.push(Problem::new(
                        file,
                        format!("the file could not be read: {why}"),
                        format!(
                            "make sure public/data/{} exists, is published with the site and is saved as UTF-8",
                            file.file_name()
                        ),
                    ));
                    continue;
                }
            };
            macro_rules! read {
                ($field:ident) => {{
                    let (dataset, found) = parse_dataset(file, &text);
                    exhibit.$field = dataset;
                    problems.extend(found);
                }};
            }
            match file {
                DatasetFile::Sources => read!(sources),
                DatasetFile::Places => read!(places),
                DatasetFile::People => read!(people),
                DatasetFile::Events => read!(events),
                DatasetFile::Eras => read!(eras),
                DatasetFile::Figures => read!(figures),
                DatasetFile::Conflicts => read!(conflicts),
                DatasetFile::Gallery => read!(gallery),
            }
        }
        problems.extend(validate(&exhibit));
        problems.sort_by_key(|p| (p.file, p.line.unwrap_or(0)));
        Loaded { exhibit, problems }
    }

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
