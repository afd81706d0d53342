//! Hostile and broken data: addresses, text limits, invisible characters, lists where
//! objects belong, impossible numbers, enum values, the byte-order mark and the shape of
//! every message. Each test breaks the small valid exhibit in tests/fixtures/valid.

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

// ---------------------------------------------------------------------------------------
// Values of any size are quoted short in messages.

mod long_values {
    use super::common::*;
    use exhibit_model::DatasetFile;

    #[test]
    fn a_huge_wrong_value_is_quoted_short() {
        let huge = "x".repeat(1_000_000);
        for (file, valid, broken) in [
            (
                DatasetFile::Events,
                r#""date": "1945-08-23""#.to_string(),
                format!(r#""date": "{huge}""#),
            ),
            (
                DatasetFile::Places,
                r#""kind": "camp""#.to_string(),
                format!(r#""kind": "{huge}""#),
            ),
            (
                DatasetFile::Figures,
                r#""value": 575000"#.to_string(),
                format!(r#""value": "{huge}""#),
            ),
            (
                DatasetFile::Sources,
                r#""id": "press""#.to_string(),
                format!(r#""id": "{huge}""#),
            ),
            (
                DatasetFile::Sources,
                r#""language": "ru""#.to_string(),
                format!(r#""language": "{huge}""#),
            ),
            (
                DatasetFile::Events,
                r#""category": "captivity""#.to_string(),
                format!(r#""category": "captivity", "{huge}": 1"#),
            ),
            (
                DatasetFile::Events,
                r#""people": ["ahiko"]"#.to_string(),
                format!(r#""people": ["{huge}"]"#),
            ),
        ] {
            let problems = problems_with(file, |t| t.replacen(&valid, &broken, 1));
            assert!(!problems.is_empty());
            for p in &problems {
                let text = p.to_string();
                assert!(text.len() < 2_000, "{} chars: {}", text.len(), &text[..300]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Text limits, direction controls and control characters in text fields.

mod texts {
    use super::common::*;
    use exhibit_model::limits::{LONG_TEXT_MAX, NAME_MAX, SUMMARY_MAX};
    use exhibit_model::DatasetFile;

    /// file, valid text, the key to write, the field as reported, the limit.
    fn fields() -> Vec<(DatasetFile, &'static str, &'static str, &'static str, usize)> {
        vec![
            (
                DatasetFile::Events,
                r#""title": {"en": "Last group"}"#,
                r#""title": {"en": "Last group", "ru": "#,
                "title.ru",
                NAME_MAX,
            ),
            (
                DatasetFile::Events,
                r#""summary": {"en": "They leave."}"#,
                r#""summary": {"en": "#,
                "summary.en",
                SUMMARY_MAX,
            ),
            (
                DatasetFile::Gallery,
                r#""text": {"en": "Rows of graves."}"#,
                r#""text": {"en": "#,
                "text.en",
                LONG_TEXT_MAX,
            ),
            (
                DatasetFile::Gallery,
                r#""caption": {"en": "Graves."}"#,
                r#""caption": {"en": "#,
                "caption.en",
                SUMMARY_MAX,
            ),
            (
                DatasetFile::Sources,
                r#""title": "A report""#,
                r#""title": "#,
                "title",
                NAME_MAX,
            ),
            (
                DatasetFile::Figures,
                r#""locator": "table 2""#,
                r#""locator": "#,
                "citations[0].locator",
                NAME_MAX,
            ),
            (
                DatasetFile::People,
                r#""role": {"en": "Ambassador"}"#,
                r#""role": {"en": "#,
                "role.en",
                NAME_MAX,
            ),
        ]
    }

    fn with_text(valid: &str, key: &str, value: &str) -> impl FnOnce(&str) -> String {
        let closing = if key.ends_with("{\"en\": ") || key.contains("\"ru\": ") {
            "}"
        } else {
            ""
        };
        let replacement = format!("{key}{}{closing}", serde_json::to_string(value).unwrap());
        let valid = valid.to_string();
        move |t: &str| t.replacen(&valid, &replacement, 1)
    }

    #[test]
    fn a_text_at_its_limit_passes_and_one_character_more_is_reported() {
        for (file, valid, key, field, limit) in fields() {
            // Cyrillic letters take two bytes: the limit counts characters.
            let at_limit = "я".repeat(limit);
            assert_eq!(
                problems_with(file, with_text(valid, key, &at_limit)),
                vec![],
                "{field}"
            );
            let over = "я".repeat(limit + 1);
            let p = only(problems_with(file, with_text(valid, key, &over)));
            assert_eq!(p.file, file);
            assert_eq!(p.field.as_deref(), Some(field));
            assert!(p.entry.is_some());
            assert!(
                p.message
                    .contains(&format!("“{field}” is {} characters long", limit + 1)),
                "{p}"
            );
            assert!(p.message.contains(&format!("the limit is {limit}")), "{p}");
            assert!(p.fix.contains("docs/DATA.md"), "{p}");
        }
    }

    #[test]
    fn direction_controls_in_a_text_are_reported_and_marks_are_not() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}',
        ] {
            for (file, valid, key, field, _) in fields() {
                let text = format!("abc{c}def");
                let p = only(problems_with(file, with_text(valid, key, &text)));
                assert_eq!(p.field.as_deref(), Some(field));
                assert!(p.message.contains(&format!("U+{:04X}", c as u32)), "{p}");
                assert!(p.message.contains("at character 4"), "{p}");
                assert!(p.fix.contains("delete"), "{p}");
                assert!(
                    !p.to_string().contains(c),
                    "the message itself holds no control"
                );
            }
        }
        // Direction marks and line breaks are ordinary in prose.
        for text in ["a\u{200E}b", "a\u{200F}b", "line\nline", "tab\there"] {
            let (file, valid, key, _, _) = fields().remove(1);
            assert_eq!(problems_with(file, with_text(valid, key, text)), vec![]);
        }
    }

    #[test]
    fn control_characters_in_a_text_are_reported() {
        for c in ['\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}'] {
            let (file, valid, key, field, _) = fields().remove(0);
            let p = only(problems_with(file, with_text(valid, key, &format!("x{c}"))));
            assert_eq!(p.field.as_deref(), Some(field));
            assert!(p.message.contains("at character 2"), "{p}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// Numbers that parse but cannot be true.

mod numbers {
    use super::common::*;
    use exhibit_model::DatasetFile;

    fn figures(edit: impl FnOnce(&str) -> String) -> Vec<exhibit_model::Problem> {
        problems_with(DatasetFile::Figures, edit)
    }

    #[test]
    fn a_huge_value_is_reported() {
        for huge in ["1e308", "1.7976931348623157e308", "1000000000000001"] {
            let p = only(figures(|t| t.replacen("575000", huge, 1)));
            assert_eq!(p.entry.as_deref(), Some("interned"));
            assert_eq!(p.field.as_deref(), Some("value"));
            assert!(p.message.contains("the limit is 1e15"), "{p}");
        }
        // At the limit is fine.
        assert_eq!(
            figures(|t| t.replacen("760000", "1000000000000000", 1)),
            vec![]
        );
    }

    #[test]
    fn a_number_beyond_f64_is_reported_with_a_fix() {
        let p = only(
            figures(|t| t.replacen("575000", "1e400", 1))
                .into_iter()
                .take(1)
                .collect(),
        );
        assert_eq!(p.field.as_deref(), Some("value"));
        assert!(p.message.contains("number out of range"), "{p}");
        assert!(p.fix.contains("plain digits"), "{p}");
        assert_eq!(p.entry.as_deref(), Some("interned"));
    }

    #[test]
    fn negative_and_huge_bounds_are_reported() {
        let p = only(figures(|t| t.replacen("575000", "-575000", 1)));
        assert_eq!(p.field.as_deref(), Some("value"));
        let p = only(figures(|t| t.replacen("760000", "1e300", 1)));
        assert_eq!(p.field.as_deref(), Some("value_max"));
    }

    #[test]
    fn a_stated_percentage_outside_0_to_100_is_reported() {
        for stated in ["1e308", "-1", "100.5"] {
            let problems = figures(|t| {
                t.replacen(
                    r#""stated_percent": 10"#,
                    &format!(r#""stated_percent": {stated}"#),
                    1,
                )
            });
            assert!(
                problems
                    .iter()
                    .any(|p| p.field.as_deref() == Some("share_of.stated_percent")
                        && p.message.contains("not a percentage between 0 and 100")),
                "{stated}: {problems:#?}"
            );
        }
    }

    #[test]
    fn a_share_of_a_zero_whole_is_reported() {
        let p = only(figures(|t| {
            t.replacen(r#""value": 575000"#, r#""value": 0"#, 1)
        }));
        assert_eq!(p.entry.as_deref(), Some("kazakhstan"));
        assert_eq!(p.field.as_deref(), Some("share_of.figure"));
        assert!(p.message.contains("divide by zero"), "{p}");
        assert!(p.message.contains("“interned”"), "{p}");
    }

    #[test]
    fn a_part_larger_than_its_whole_is_reported() {
        let problems = figures(|t| t.replacen(r#""value": 57500,"#, r#""value": 5750000,"#, 1));
        assert!(
            problems
                .iter()
                .any(|p| p.field.as_deref() == Some("share_of.figure")
                    && p.message.contains("larger than the whole")),
            "{problems:#?}"
        );
    }

    #[test]
    fn a_share_of_itself_is_reported() {
        // (The computed 100 % also disagrees with the stated 10 %.)
        let problems =
            figures(|t| t.replacen(r#""figure": "interned""#, r#""figure": "kazakhstan""#, 1));
        assert!(
            problems
                .iter()
                .any(|p| p.field.as_deref() == Some("share_of.figure")
                    && p.message.contains("share of itself")),
            "{problems:#?}"
        );
    }

    #[test]
    fn extreme_numbers_are_shown_short() {
        for (file, valid, broken) in [
            (DatasetFile::Places, r#""lat": 49.8"#, r#""lat": 1e308"#),
            (DatasetFile::Places, r#""lon": 73.1"#, r#""lon": -1e308"#),
            (
                DatasetFile::Figures,
                r#""value": 575000"#,
                r#""value": -1e308"#,
            ),
            (
                DatasetFile::Figures,
                r#""value_max": 760000"#,
                r#""value_max": -1e308"#,
            ),
            (
                DatasetFile::Figures,
                r#""stated_percent": 10"#,
                r#""stated_percent": 1e300"#,
            ),
        ] {
            let problems = problems_with(file, |t| t.replacen(valid, broken, 1));
            assert!(!problems.is_empty(), "{broken}");
            for p in problems {
                assert!(p.message.len() < 200, "{broken}: {p}");
                assert!(!p.message.contains("0000000000000000"), "{broken}: {p}");
            }
        }
    }

    #[test]
    fn deeply_nested_json_is_refused_without_overflowing_the_stack() {
        for file in [DatasetFile::Events, DatasetFile::Gallery] {
            let deep = format!("[{}{}]", "[".repeat(100_000), "]".repeat(100_000));
            // (Entries of other files that refer into it are reported too.)
            let problems = load_with(file, deep).problems;
            assert!(problems.iter().any(|p| p.file == file), "{problems:#?}");
            let deep = format!(
                r#"[{{"id": "x", "title": {}"x"{}}}]"#,
                r#"{"en": "#.repeat(50_000),
                "}".repeat(50_000)
            );
            assert!(!load_with(file, deep).problems.is_empty());
        }
    }

    #[test]
    fn image_sizes_must_be_real() {
        let gallery = |edit: &str| {
            problems_with(DatasetFile::Gallery, |t| {
                t.replacen(r#""width": 1600"#, edit, 1)
            })
        };
        let p = only(gallery(r#""width": 100000"#));
        assert_eq!(p.field.as_deref(), Some("image.width"));
        assert!(p.message.contains("the limit is 20000"), "{p}");
        for wrong in [
            r#""width": -1"#,
            r#""width": 1e308"#,
            r#""width": 1600.5"#,
            r#""width": 0"#,
        ] {
            let p = only(gallery(wrong));
            assert_eq!(p.file, DatasetFile::Gallery);
            assert!(p.field.as_deref().unwrap().starts_with("image"), "{p}");
        }
    }
}
