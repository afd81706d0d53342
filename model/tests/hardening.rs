//! Broken data: lists where objects belong, enum values, the byte-order mark and the
//! shape of every message (hostile values: `hostile_values.rs`). Each test breaks the
//! small valid exhibit in tests/fixtures/valid.

mod common;

use common::*;

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

// ---------------------------------------------------------------------------------------
// A list where an object belongs is reported, never read field by field.

mod lists_are_not_objects {
    use super::common::*;
    use exhibit_model::DatasetFile;

    #[test]
    fn localized_text_given_as_a_list_is_reported() {
        let p = only(problems_with(DatasetFile::Places, |t| {
            t.replace(r#""name": {"en": "Spassk"}"#, r#""name": ["Spassk"]"#)
        }));
        assert_eq!(p.entry.as_deref(), Some("spassk"));
        assert_eq!(p.field.as_deref(), Some("name"));
        assert!(
            p.message
                .contains(r#"expected an object with language keys such as {"en""#),
            "{}",
            p.message
        );
        assert!(p.fix.contains(r#"{"en": "Karaganda""#), "{}", p.fix);
    }

    #[test]
    fn an_optional_localized_text_given_as_a_list_is_reported() {
        let p = only(problems_with(DatasetFile::Events, |t| {
            t.replace(
                r#""summary": {"en": "They leave."},"#,
                r#""summary": {"en": "They leave."}, "uncertainty": ["x", "y"],"#,
            )
        }));
        assert_eq!(p.field.as_deref(), Some("uncertainty"));
        assert!(
            p.message.contains("invalid type: sequence"),
            "{}",
            p.message
        );
    }

    #[test]
    fn an_unknown_language_inside_the_object_is_still_named() {
        let p = only(problems_with(DatasetFile::Places, |t| {
            t.replace(r#""kk": "Қарағанды""#, r#""jp": "Қарағанды""#)
        }));
        assert_eq!(p.field.as_deref(), Some("name.jp"));
        assert!(p.message.contains("unknown field `jp`"), "{}", p.message);
    }

    #[test]
    fn every_part_that_is_an_object_refuses_a_list() {
        let cases = [
            (
                DatasetFile::Places,
                r#"{"lat": 49.8, "lon": 73.1, "precision": "city"}"#,
                r#"[49.8, 73.1, "city"]"#,
                "coordinates",
            ),
            (
                DatasetFile::Events,
                r#"[{"source": "seed", "locator": "p. 75"}]"#,
                r#"[["seed", "p. 75"]]"#,
                "citations[0]",
            ),
            (
                DatasetFile::Figures,
                r#"{"figure": "interned", "stated_percent": 10}"#,
                r#"["interned", 10]"#,
                "share_of",
            ),
            (
                DatasetFile::Gallery,
                r#"{"src": "images/memorial.jpg", "width": 1600, "height": 1067, "alt": {"en": "A stone"},
             "credit": "Someone", "licence": "CC BY 4.0"}"#,
                r#"["images/memorial.jpg", 1600, 1067, {"en": "A stone"}, "Someone", "CC BY 4.0"]"#,
                "image",
            ),
        ];
        for (file, object, list, field) in cases {
            // (A figure that cannot be read also leaves its conflict group one variant short.)
            let p = problems_with(file, |t| t.replacen(object, list, 1)).remove(0);
            assert_eq!(p.file, file);
            assert_eq!(p.field.as_deref(), Some(field), "{p}");
            assert!(p.message.contains("invalid type: sequence"), "{p}");
            assert!(p.message.contains("expected an object"), "{p}");
        }
    }

    #[test]
    fn an_entry_given_as_a_list_is_reported_and_the_others_load() {
        let loaded = load_with(
            DatasetFile::Eras,
            r#"[
  ["captivity", "1945-08/1956-12", {"en": "Captivity"}, [{"source": "seed"}]],
  {"id": "remembrance", "date": "1991/2024", "title": {"en": "Remembrance"}, "citations": [{"source": "press"}]}
]"#
            .into(),
        );
        assert_eq!(loaded.exhibit.eras.entries.len(), 1);
        let p = only(loaded.problems);
        assert_eq!(p.entry.as_deref(), Some("#1"));
        assert_eq!(p.line, Some(2));
        assert!(p.message.contains("expected an object"), "{}", p.message);
    }
}

// ---------------------------------------------------------------------------------------
// Enum fields list their allowed values, whatever was written there.

mod enum_values {
    use super::common::*;
    use exhibit_model::allowed;
    use exhibit_model::DatasetFile;

    /// file, the valid text, the field's path, the allowed values.
    const FIELDS: [(DatasetFile, &str, &str, &[&str]); 6] = [
        (
            DatasetFile::Gallery,
            r#""kind": "cemetery""#,
            "kind",
            allowed::GALLERY_KINDS,
        ),
        (
            DatasetFile::Places,
            r#""kind": "camp""#,
            "kind",
            allowed::PLACE_KINDS,
        ),
        (
            DatasetFile::Places,
            r#""precision": "city""#,
            "coordinates.precision",
            allowed::COORDINATE_PRECISIONS,
        ),
        (
            DatasetFile::Events,
            r#""category": "repatriation""#,
            "category",
            allowed::EVENT_CATEGORIES,
        ),
        (
            DatasetFile::Sources,
            r#""reliability": "press""#,
            "reliability",
            allowed::RELIABILITIES,
        ),
        (
            DatasetFile::Figures,
            r#""qualifier": "at_least""#,
            "qualifier",
            allowed::QUALIFIERS,
        ),
    ];

    #[test]
    fn a_wrong_value_of_any_type_is_answered_with_the_allowed_values() {
        let key = |valid: &str| valid.split(':').next().unwrap().to_string();
        for (file, valid, field, values) in FIELDS {
            for wrong in [
                r#""Memorial""#,
                r#""""#,
                "5",
                "null",
                "true",
                r#"["camp"]"#,
                r#"{"en": "camp"}"#,
            ] {
                let problems = problems_with(file, |t| {
                    t.replacen(valid, &format!("{}: {wrong}", key(valid)), 1)
                });
                let p = &problems[0];
                assert_eq!(p.file, file);
                assert_eq!(p.field.as_deref(), Some(field), "{p}");
                for value in values {
                    assert!(p.fix.contains(&format!("“{value}”")), "{wrong}: {p}");
                }
                assert!(values.iter().all(|v| p.message.contains(v)), "{wrong}: {p}");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The byte-order mark, empty files and files that are not UTF-8.

mod encoding {
    use super::common::*;
    use exhibit_model::{parse::decode, DatasetFile};

    #[test]
    fn a_byte_order_mark_is_skipped_silently_in_every_file() {
        for file in DatasetFile::ALL {
            let loaded = load_with(file, format!("\u{FEFF}{}", valid_text(file)));
            assert_eq!(loaded.problems, vec![], "{}", file.file_name());
        }
        // And in a file with a problem, line 1 counts its columns as an editor does.
        let p = only(load_with(DatasetFile::Conflicts, "\u{FEFF}[x]".into()).problems);
        assert_eq!((p.line, p.column), (Some(1), Some(2)));
        assert!(!p.fix.contains("byte"), "{p}");
    }

    #[test]
    fn an_empty_file_is_called_empty() {
        for text in ["", "  \n", "\u{FEFF}"] {
            let p = only(load_with(DatasetFile::Eras, text.into()).problems);
            assert_eq!(p.message, "the file is empty");
            assert_eq!(
                p.to_string().lines().next(),
                Some("eras.json: the file is empty")
            );
            assert!(p.fix.contains("[ ]"), "{p}");
        }
    }

    #[test]
    fn bytes_are_decoded_as_utf8_or_refused_with_a_reason() {
        assert_eq!(decode(b"[]").unwrap(), "[]");
        assert_eq!(decode(b"\xEF\xBB\xBF[]").unwrap(), "\u{FEFF}[]");
        let utf16 = decode(b"\xFF\xFE[\x00]\x00").unwrap_err();
        assert!(utf16.contains("UTF-16"), "{utf16}");
        let latin1 = decode(b"[\n{\"id\": \"caf\xE9\"}]").unwrap_err();
        assert!(latin1.contains("byte 14 (line 2)"), "{latin1}");
        assert!(latin1.contains("save the file as UTF-8"), "{latin1}");
    }

    #[test]
    fn a_file_cut_after_a_line_break_has_no_column_0() {
        let p = only(
            load_with(
                DatasetFile::Eras,
                "[
"
                .into(),
            )
            .problems,
        );
        assert_eq!((p.line, p.column), (Some(2), Some(1)), "{p}");
    }
}
