//! The small valid exhibit in tests/fixtures/valid, and ways to break one file of it.
#![allow(dead_code)]

use exhibit_model::{DatasetFile, Exhibit, Loaded, Problem};
use std::collections::HashMap;

pub fn valid_text(file: DatasetFile) -> &'static str {
    match file {
        DatasetFile::Sources => include_str!("../fixtures/valid/sources.json"),
        DatasetFile::Places => include_str!("../fixtures/valid/places.json"),
        DatasetFile::People => include_str!("../fixtures/valid/people.json"),
        DatasetFile::Events => include_str!("../fixtures/valid/events.json"),
        DatasetFile::Eras => include_str!("../fixtures/valid/eras.json"),
        DatasetFile::Figures => include_str!("../fixtures/valid/figures.json"),
        DatasetFile::Conflicts => include_str!("../fixtures/valid/conflicts.json"),
        DatasetFile::Gallery => include_str!("../fixtures/valid/gallery.json"),
    }
}

pub fn valid_files() -> HashMap<DatasetFile, String> {
    DatasetFile::ALL
        .into_iter()
        .map(|f| (f, valid_text(f).to_string()))
        .collect()
}

pub fn load(files: &HashMap<DatasetFile, String>) -> Loaded {
    Exhibit::load(|file| {
        files
            .get(&file)
            .cloned()
            .ok_or_else(|| "HTTP 404".to_string())
    })
}

/// Loads the valid exhibit with one file's text replaced.
pub fn load_with(file: DatasetFile, text: String) -> Loaded {
    let mut files = valid_files();
    files.insert(file, text);
    load(&files)
}

/// Loads the valid exhibit with one file's text edited; panics if the edit changed nothing,
/// so that a test whose fixture moved on cannot pass by accident.
pub fn problems_with(file: DatasetFile, edit: impl FnOnce(&str) -> String) -> Vec<Problem> {
    let before = valid_text(file);
    let after = edit(before);
    assert_ne!(
        before,
        after,
        "the edit of {} changed nothing",
        file.file_name()
    );
    load_with(file, after).problems
}

pub fn only(problems: Vec<Problem>) -> Problem {
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem, got: {problems:#?}"
    );
    problems.into_iter().next().unwrap()
}

/// Every problem names a file the exhibit reads, and says what to do.
pub fn assert_well_formed(problems: &[Problem]) {
    for p in problems {
        assert!(DatasetFile::ALL.contains(&p.file));
        assert!(!p.message.is_empty(), "{p:?}");
        assert!(!p.fix.is_empty(), "{p:?}");
        assert!(p.to_string().starts_with(p.file.file_name()), "{p}");
    }
}

/// The valid fixture, loaded.
pub fn fixture() -> Exhibit {
    let loaded = load(&valid_files());
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    loaded.exhibit
}

/// The smallest valid exhibit (`tests/fixtures/minimal/`), whose line numbers the
/// validator's case-by-case tests name.
pub fn minimal_files() -> HashMap<DatasetFile, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
    DatasetFile::ALL
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(file.file_name()))
                .unwrap_or_else(|e| panic!("fixture {}: {e}", file.file_name()));
            (file, text)
        })
        .collect()
}
