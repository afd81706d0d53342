//! Hostile values: very long ones, text limits, invisible and direction characters, and
//! numbers that parse but cannot be true. Each test breaks the small valid exhibit in
//! tests/fixtures/valid.

mod common;

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
