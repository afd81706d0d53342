//! The small exhibit the host tests run on (`tests/fixtures/valid/`), written for them:
//! a curator's edit of `public/data` can never fail a logic test.
#![allow(dead_code)]

use exhibit_model::{DatasetFile, Exhibit, Loaded};
use std::collections::HashMap;
use std::path::Path;

/// Each dataset file of the valid fixture, by file.
pub fn valid_files() -> HashMap<DatasetFile, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    DatasetFile::ALL
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(file.file_name()))
                .unwrap_or_else(|e| panic!("fixture {}: {e}", file.file_name()));
            (file, text)
        })
        .collect()
}

/// Loads the given files; a file that is absent reads as an HTTP 404.
pub fn load(files: &HashMap<DatasetFile, String>) -> Loaded {
    Exhibit::load(|file| {
        files
            .get(&file)
            .cloned()
            .ok_or_else(|| "HTTP 404".to_string())
    })
}

/// The valid fixture, loaded.
pub fn fixture() -> Exhibit {
    let loaded = load(&valid_files());
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    loaded.exhibit
}
