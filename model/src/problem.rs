//! A problem found in a dataset, said so that a curator can find and fix it.

use std::fmt;

/// The dataset files, in the order a curator usually fills them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DatasetFile {
    Sources,
    Places,
    People,
    Events,
    Eras,
    Figures,
    Conflicts,
    Gallery,
}

impl DatasetFile {
    /// The one list of datasets: the app's loader, the validator, the pages' needs and the
    /// tests all take the files from here (the service worker precaches the whole build).
    pub const ALL: [DatasetFile; 8] = [
        DatasetFile::Sources,
        DatasetFile::Places,
        DatasetFile::People,
        DatasetFile::Events,
        DatasetFile::Eras,
        DatasetFile::Figures,
        DatasetFile::Conflicts,
        DatasetFile::Gallery,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            DatasetFile::Sources => "sources.json",
            DatasetFile::Places => "places.json",
            DatasetFile::People => "people.json",
            DatasetFile::Events => "events.json",
            DatasetFile::Eras => "eras.json",
            DatasetFile::Figures => "figures.json",
            DatasetFile::Conflicts => "conflicts.json",
            DatasetFile::Gallery => "gallery.json",
        }
    }

    /// What one entry of the file is called in messages.
    pub fn entry_noun(self) -> &'static str {
        match self {
            DatasetFile::Sources => "source",
            DatasetFile::Places => "place",
            DatasetFile::People => "person",
            DatasetFile::Events => "event",
            DatasetFile::Eras => "era",
            DatasetFile::Figures => "figure",
            DatasetFile::Conflicts => "conflict group",
            DatasetFile::Gallery => "gallery item",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: DatasetFile,
    /// The entry's id, or `#N` (1-based) when it has none.
    pub entry: Option<String>,
    /// The field inside the entry, e.g. `places[1]` or `title.en`.
    pub field: Option<String>,
    /// 1-based line and column in the file, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl Problem {
    pub fn new(file: DatasetFile, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem {
            file,
            entry: None,
            field: None,
            line: None,
            column: None,
            message: message.into(),
            fix: fix.into(),
        }
    }

    pub fn entry(mut self, entry: impl Into<String>) -> Self {
        self.entry = Some(entry.into());
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }

    /// `events.json:12:5` — the place to open in an editor.
    pub fn location(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}", self.file.file_name()),
            (Some(l), None) => format!("{}:{l}", self.file.file_name()),
            _ => self.file.file_name().to_string(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `file[:line[:column]]: [entry “id”][, ][field “f”]: message`, with no empty part
        // between colons when the problem concerns the whole file.
        write!(f, "{}: ", self.location())?;
        match (&self.entry, &self.field) {
            (Some(entry), Some(field)) => {
                write!(f, "{} “{entry}”, field “{field}”: ", self.file.entry_noun())?
            }
            (Some(entry), None) => write!(f, "{} “{entry}”: ", self.file.entry_noun())?,
            (None, Some(field)) => write!(f, "field “{field}”: ")?,
            (None, None) => {}
        }
        write!(f, "{}\n    fix: {}", self.message, self.fix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Its place in `ALL`; the match is exhaustive, so a new variant fails to compile here
    /// until it is placed, and the test fails until `ALL` lists it.
    fn position(file: DatasetFile) -> usize {
        match file {
            DatasetFile::Sources => 0,
            DatasetFile::Places => 1,
            DatasetFile::People => 2,
            DatasetFile::Events => 3,
            DatasetFile::Eras => 4,
            DatasetFile::Figures => 5,
            DatasetFile::Conflicts => 6,
            DatasetFile::Gallery => 7,
        }
    }

    #[test]
    fn the_registry_lists_every_dataset_once() {
        for (i, file) in DatasetFile::ALL.into_iter().enumerate() {
            assert_eq!(position(file), i, "{file:?}");
        }
        let names: std::collections::HashSet<&str> =
            DatasetFile::ALL.iter().map(|f| f.file_name()).collect();
        assert_eq!(names.len(), DatasetFile::ALL.len());
    }
}
