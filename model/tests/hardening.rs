//! Hostile and broken data: addresses, text limits, invisible characters, lists where
//! objects belong, impossible numbers, enum values, the byte-order mark and the shape of
//! every message. Each test breaks the small valid exhibit in tests/fixtures/valid.

mod common;

use common::*;
use exhibit_model::DatasetFile;

#[test]
fn the_valid_fixture_has_no_problems() {
    let loaded = load(&valid_files());
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.exhibit.figures.entries.len(), 4);
    assert!(loaded.exhibit.gallery.entries[0].image.is_some());
}

// ---------------------------------------------------------------------------------------
// The shapes of a problem's Display: no empty part between colons.

mod display {
    use exhibit_model::{DatasetFile, Problem};

    fn shapes() -> Vec<(Problem, &'static str)> {
        let p = || Problem::new(DatasetFile::Events, "what is wrong", "what to do");
        vec![
            (p(), "events.json: what is wrong\n    fix: what to do"),
            (
                p().at(895, Some(29)),
                "events.json:895:29: what is wrong\n    fix: what to do",
            ),
            (
                p().at(12, None),
                "events.json:12: what is wrong\n    fix: what to do",
            ),
            (
                p().entry("gko").at(12, None),
                "events.json:12: event “gko”: what is wrong\n    fix: what to do",
            ),
            (
                p().entry("gko").field("places[0]").at(12, Some(3)),
                "events.json:12:3: event “gko”, field “places[0]”: what is wrong\n    fix: what to do",
            ),
            (
                p().field("title.en"),
                "events.json: field “title.en”: what is wrong\n    fix: what to do",
            ),
        ]
    }

    #[test]
    fn every_shape_reads_as_one_location_then_the_message() {
        for (problem, expected) in shapes() {
            let text = problem.to_string();
            assert_eq!(text, expected);
            assert!(!text.contains("::"), "{text}");
            assert!(!text.contains(": :"), "{text}");
        }
    }

    #[test]
    fn a_whole_file_error_has_a_single_colon_before_its_message() {
        let text = super::common::load_with(DatasetFile::Events, "[\n  {\"id\": ".into())
            .problems
            .remove(0)
            .to_string();
        assert!(text.starts_with("events.json:2:"), "{text}");
        assert!(!text.contains("::"), "{text}");
        assert!(text.contains(": malformed JSON"), "{text}");
    }
}
