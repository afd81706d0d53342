//! The validator, case by case: each test breaks one thing in a small valid
//! exhibit and checks that exactly that problem is reported, where it is.

mod common;

use common::{load, valid_files};
use exhibit_model::{DatasetFile, Problem};

/// Loads the valid files with one file's text changed, and returns the problems.
fn problems_with(file: DatasetFile, edit: impl FnOnce(&str) -> String) -> Vec<Problem> {
    let mut files = valid_files();
    let text = files.remove(&file).unwrap();
    files.insert(file, edit(&text));
    load(&files).problems
}

fn only(problems: Vec<Problem>) -> Problem {
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem, got: {problems:#?}"
    );
    problems.into_iter().next().unwrap()
}

#[test]
fn the_valid_fixture_has_no_problems() {
    let loaded = load(&valid_files());
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.exhibit.events.entries.len(), 2);
}

#[test]
fn malformed_json_is_reported_with_line_and_column() {
    // Drop the comma between the two events: the parser stops at line 12.
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replacen("  },\n  {", "  }\n  {", 1)
    }));
    assert_eq!(p.file, DatasetFile::Events);
    assert!(p.message.starts_with("malformed JSON"), "{}", p.message);
    assert_eq!(p.line, Some(12));
    assert_eq!(p.column, Some(3));
    assert!(p.fix.contains("comma"));
    assert_eq!(p.location(), "events.json:12:3");
}

#[test]
fn a_file_that_is_not_a_list_is_reported() {
    let p = only(problems_with(DatasetFile::Sources, |_| {
        r#"{"id": "seed"}"#.into()
    }));
    assert!(p.message.contains("must be a list"), "{}", p.message);
    assert!(p.fix.contains("[ ]"));
}

#[test]
fn a_missing_file_is_reported_and_references_into_it_are_not_flooded() {
    let mut files = valid_files();
    files.remove(&DatasetFile::Places);
    let problems = load(&files).problems;
    let p = only(problems);
    assert_eq!(p.file, DatasetFile::Places);
    assert!(p.message.contains("could not be read: HTTP 404"));
}

#[test]
fn a_wrong_type_names_entry_field_and_line() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(r#""places": ["karaganda"]"#, r#""places": "karaganda""#)
    }));
    assert_eq!(p.entry.as_deref(), Some("gko"));
    assert_eq!(p.field.as_deref(), Some("places"));
    assert_eq!(p.line, Some(8));
    assert!(p.message.starts_with("invalid type"), "{}", p.message);
}

#[test]
fn a_missing_required_field_is_named() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace("    \"summary\": {\"en\": \"They leave.\"},\n", "")
    }));
    assert_eq!(p.entry.as_deref(), Some("last-group"));
    assert!(
        p.message.contains("missing field `summary`"),
        "{}",
        p.message
    );
    assert!(p.fix.contains("add the required field “summary”"));
}

#[test]
fn one_bad_entry_does_not_hide_the_good_ones() {
    let mut files = valid_files();
    let events = files[&DatasetFile::Events].replace(
        r#""category": "repatriation""#,
        r#""category": "returning""#,
    );
    files.insert(DatasetFile::Events, events);
    let loaded = load(&files);
    assert_eq!(loaded.exhibit.events.entries.len(), 1);
    assert_eq!(loaded.exhibit.events.entries[0].id, "gko");
    let p = only(loaded.problems);
    assert_eq!(p.entry.as_deref(), Some("last-group"));
    assert_eq!(p.field.as_deref(), Some("category"));
    assert!(
        p.message.contains("unknown variant `returning`"),
        "{}",
        p.message
    );
    assert!(
        p.message.contains("`repatriation`"),
        "lists the allowed values: {}",
        p.message
    );
}

#[test]
fn an_unknown_language_is_rejected() {
    let p = only(problems_with(DatasetFile::Places, |t| {
        t.replace(r#""kk": "Қарағанды""#, r#""kz": "Қарағанды""#)
    }));
    assert_eq!(p.entry.as_deref(), Some("karaganda"));
    assert_eq!(p.field.as_deref(), Some("name.kz"));
    assert!(p.message.contains("unknown field `kz`"), "{}", p.message);
}

#[test]
fn an_impossible_date_is_rejected() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace("1945-08-23", "1945-02-30")
    }));
    assert_eq!(p.entry.as_deref(), Some("gko"));
    assert_eq!(p.field.as_deref(), Some("date"));
    assert!(p.message.contains("day 30 does not exist"), "{}", p.message);
    assert!(p.fix.contains("YYYY-MM-DD"));
}

#[test]
fn a_reversed_range_is_rejected() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace("1956-12-23", "1956/1950")
    }));
    assert!(p.message.contains("ends"), "{}", p.message);
}

#[test]
fn duplicate_ids_are_reported_on_the_second_entry() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(r#""id": "last-group""#, r#""id": "gko""#)
    }));
    assert_eq!(p.field.as_deref(), Some("id"));
    assert_eq!(p.line, Some(12));
    assert!(
        p.message.contains("used twice (first on line 2)"),
        "{}",
        p.message
    );
}

#[test]
fn malformed_ids_are_reported() {
    let p = only(problems_with(DatasetFile::Gallery, |t| {
        t.replace(r#""id": "memorial""#, r#""id": "Memorial stone""#)
    }));
    assert_eq!(p.field.as_deref(), Some("id"));
    assert!(
        p.message.contains("“Memorial stone” is not valid"),
        "{}",
        p.message
    );
    assert!(p.fix.contains("lowercase"));
}

#[test]
fn a_dangling_reference_names_the_target_file() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(r#"["karaganda"]"#, r#"["karagandy"]"#)
    }));
    assert_eq!(p.file, DatasetFile::Events);
    assert_eq!(p.entry.as_deref(), Some("gko"));
    assert_eq!(p.field.as_deref(), Some("places[0]"));
    assert!(
        p.message
            .contains("no place with the id “karagandy” in places.json"),
        "{}",
        p.message
    );
    assert!(p.fix.contains("add a place “karagandy” to places.json"));
}

#[test]
fn an_event_naming_an_unknown_figure_is_reported() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(
            r#""people": ["ahiko"],"#,
            r#""people": ["ahiko"], "figures": ["a", "zz"],"#,
        )
    }));
    assert_eq!(p.field.as_deref(), Some("figures[1]"));
    assert!(
        p.message
            .contains("no figure with the id “zz” in figures.json"),
        "{}",
        p.message
    );
}

#[test]
fn a_citation_of_an_unknown_source_is_reported() {
    let p = only(problems_with(DatasetFile::Gallery, |t| {
        t.replace(r#"{"source": "seed"}"#, r#"{"source": "nowhere"}"#)
    }));
    assert_eq!(p.field.as_deref(), Some("citations[0].source"));
}

#[test]
fn every_fact_needs_a_citation() {
    let p = only(problems_with(DatasetFile::People, |t| {
        t.replace(r#""citations": [{"source": "seed"}]"#, r#""citations": []"#)
    }));
    assert_eq!(p.entry.as_deref(), Some("ahiko"));
    assert!(p.message.contains("no citation"));
}

#[test]
fn empty_english_text_is_reported() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(
            r#"{"en": "Last group"}"#,
            r#"{"en": " ", "ru": "Последняя группа"}"#,
        )
    }));
    assert_eq!(p.field.as_deref(), Some("title.en"));
}

#[test]
fn coordinates_off_the_globe_are_reported() {
    let p = only(problems_with(DatasetFile::Places, |t| {
        t.replace(r#""lon": 73.1"#, r#""lon": 273.1"#)
    }));
    assert_eq!(p.field.as_deref(), Some("coordinates"));
}

#[test]
fn a_conflict_group_needs_two_variants() {
    let p = only(problems_with(DatasetFile::Figures, |t| {
        t.replacen(r#""conflict": "total", "#, "", 1)
    }));
    assert_eq!(p.file, DatasetFile::Conflicts);
    assert_eq!(p.entry.as_deref(), Some("total"));
    assert!(p.message.contains("only 1 figure"), "{}", p.message);
}

#[test]
fn a_share_that_disagrees_with_the_stated_percentage_is_reported() {
    let part = r#"{"id": "c", "label": {"en": "Part"}, "value": 287500, "qualifier": "about",
   "unit": {"en": "people"}, "scope": {"en": "USSR"}, "share_of": {"figure": "a", "stated_percent": 60}, "citations": [{"source": "seed"}]}"#;
    let p = only(problems_with(DatasetFile::Figures, |t| {
        t.replacen("\n]", &format!(",\n  {part}\n]"), 1)
    }));
    assert_eq!(p.entry.as_deref(), Some("c"));
    assert_eq!(p.field.as_deref(), Some("share_of.stated_percent"));
    assert!(
        p.message
            .contains("287500 of 575000 is 50.00 %, but the source states 60 %"),
        "{}",
        p.message
    );
    // The same share stated correctly passes.
    let ok = problems_with(DatasetFile::Figures, |t| {
        t.replacen("\n]", &format!(",\n  {}\n]", part.replace("60", "50")), 1)
    });
    assert_eq!(ok, vec![]);
}

#[test]
fn a_share_of_an_unknown_figure_is_reported() {
    let part = r#"{"id": "c", "label": {"en": "Part"}, "value": 1, "qualifier": "exact",
   "unit": {"en": "people"}, "scope": {"en": "USSR"}, "share_of": {"figure": "nothing"}, "citations": [{"source": "seed"}]}"#;
    let p = only(problems_with(DatasetFile::Figures, |t| {
        t.replacen("\n]", &format!(",\n  {part}\n]"), 1)
    }));
    assert_eq!(p.field.as_deref(), Some("share_of.figure"));
}

#[test]
fn a_figure_range_must_go_upwards() {
    let p = only(problems_with(DatasetFile::Figures, |t| {
        t.replacen(
            r#""value": 575000,"#,
            r#""value": 575000, "value_max": 560000,"#,
            1,
        )
    }));
    assert_eq!(p.field.as_deref(), Some("value_max"));
}

#[test]
fn a_remote_image_is_rejected() {
    let p = only(problems_with(DatasetFile::Gallery, |t| {
        t.replace(
            r#""events": ["gko"],"#,
            r#""events": ["gko"], "image": {"src": "https://example.org/a.jpg", "width": 800, "height": 600, "alt": {"en": "A stone"}, "credit": "Someone", "licence": "CC BY 4.0"},"#,
        )
    }));
    assert_eq!(p.field.as_deref(), Some("image.src"));
    assert!(p.fix.contains("public/images/"));
}

#[test]
fn an_image_without_alt_text_is_rejected() {
    let p = only(problems_with(DatasetFile::Gallery, |t| {
        t.replace(
            r#""events": ["gko"],"#,
            r#""events": ["gko"], "image": {"src": "images/a.jpg", "width": 800, "height": 600, "credit": "Someone", "licence": "CC BY 4.0"},"#,
        )
    }));
    assert!(p.message.contains("missing field `alt`"), "{}", p.message);
    assert_eq!(p.field.as_deref(), Some("image"));
}

#[test]
fn a_misspelt_field_is_rejected_not_ignored() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(r#""people": ["ahiko"],"#, r#""persons": ["ahiko"],"#)
    }));
    assert!(
        p.message.contains("unknown field `persons`"),
        "{}",
        p.message
    );
}

#[test]
fn the_display_names_file_line_entry_field_and_fix() {
    let p = only(problems_with(DatasetFile::Events, |t| {
        t.replace(r#"["karaganda"]"#, r#"["karagandy"]"#)
    }));
    let text = p.to_string();
    assert!(
        text.starts_with("events.json:2: event “gko”, field “places[0]”: there is no place"),
        "{text}"
    );
    assert!(text.contains("fix: correct the id"), "{text}");
}

#[test]
fn an_era_must_be_a_period() {
    let p = only(problems_with(DatasetFile::Eras, |t| {
        t.replace("1945-08/1956-12", "1945-08")
    }));
    assert_eq!(p.file, DatasetFile::Eras);
    assert_eq!(p.entry.as_deref(), Some("captivity"));
    assert_eq!(p.field.as_deref(), Some("date"));
    assert_eq!(p.line, Some(2));
    assert!(p.fix.contains("slash"), "{}", p.fix);
}
