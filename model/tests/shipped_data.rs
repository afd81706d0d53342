//! One smoke test of the datasets that ship in `public/data`: they load with no problems,
//! as `cargo check-data` reports them. Everything else is tested on fixtures.

use exhibit_model::Exhibit;
use std::path::Path;

#[test]
fn the_shipped_datasets_load_without_problems() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data");
    let loaded = Exhibit::load(|file| {
        std::fs::read_to_string(dir.join(file.file_name())).map_err(|e| e.to_string())
    });
    let listing: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert!(listing.is_empty(), "{}", listing.join("\n"));
    assert!(!loaded.exhibit.events.entries.is_empty());
}
