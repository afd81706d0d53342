//! Every dataset × every kind of breakage: the file is named (with the entry and line
//! where there is one), and every other file's entries still load.
//!
//! | breakage            | sources | places | people | events | eras | figures | conflicts | gallery |
//! | ------------------- | ------- | ------ | ------ | ------ | ---- | ------- | --------- | ------- |
//! | truncated           | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | empty               | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | wrong top-level type| ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | field missing       | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | wrong type          | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | duplicate id        | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | dangling reference  | –¹      | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//! | impossible date     | ✓       | –²     | ✓      | ✓      | ✓    | ✓       | –²        | ✓       |
//! | huge field          | ✓       | ✓      | ✓      | ✓      | ✓    | ✓       | ✓         | ✓       |
//!
//! ¹ sources.json refers to no other file. ² places and conflict groups have no date.

mod common;

use common::*;
use exhibit_model::{DatasetFile, Exhibit, Problem};
use std::collections::HashMap;

/// An edit of one entry: the text to find (first occurrence), its replacement, and the
/// entry the problem must name.
type Edit = (&'static str, &'static str, &'static str);

/// `HUGE` in a replacement stands for a million-character text.
const HUGE: &str = "HUGE";

struct Row {
    file: DatasetFile,
    field_missing: Edit,
    wrong_type: Edit,
    duplicate_id: Edit,
    dangling_reference: Option<Edit>,
    impossible_date: Option<Edit>,
    huge_field: Edit,
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            file: DatasetFile::Sources,
            field_missing: (r#""title": "A report", "#, "", "press"),
            wrong_type: (r#""language": "ru""#, r#""language": 7"#, "press"),
            duplicate_id: (r#""id": "press""#, r#""id": "seed""#, "seed"),
            dangling_reference: None,
            impossible_date: Some((
                r#""reliability": "press"}"#,
                r#""reliability": "press", "date": "1945-02-30"}"#,
                "press",
            )),
            huge_field: (r#""title": "A report""#, r#""title": "HUGE""#, "press"),
        },
        Row {
            file: DatasetFile::Places,
            field_missing: (r#""kind": "camp","#, "", "spassk"),
            wrong_type: (
                r#""name": {"en": "Spassk"}"#,
                r#""name": "Spassk""#,
                "spassk",
            ),
            duplicate_id: (r#""id": "spassk""#, r#""id": "karaganda""#, "karaganda"),
            dangling_reference: Some((
                r#"{"en": "A camp."}, "citations": [{"source": "seed"}]"#,
                r#"{"en": "A camp."}, "citations": [{"source": "nowhere"}]"#,
                "spassk",
            )),
            impossible_date: None,
            huge_field: (
                r#""description": {"en": "A camp."}"#,
                r#""description": {"en": "HUGE"}"#,
                "spassk",
            ),
        },
        Row {
            file: DatasetFile::People,
            field_missing: (r#""role": {"en": "Ambassador"},"#, "", "yamada"),
            wrong_type: (r#""born": "1929""#, r#""born": 1929"#, "ahiko"),
            duplicate_id: (r#""id": "yamada""#, r#""id": "ahiko""#, "ahiko"),
            dangling_reference: Some((
                r#"[{"source": "press"}]"#,
                r#"[{"source": "nowhere"}]"#,
                "yamada",
            )),
            impossible_date: Some((r#""born": "1929""#, r#""born": "1929-13""#, "ahiko")),
            huge_field: (
                r#""role": {"en": "Ambassador"}"#,
                r#""role": {"en": "HUGE"}"#,
                "yamada",
            ),
        },
        Row {
            file: DatasetFile::Events,
            field_missing: (
                "\"summary\": {\"en\": \"They leave.\"},\n",
                "",
                "last-group",
            ),
            wrong_type: (
                r#""places": ["karaganda"]"#,
                r#""places": "karaganda""#,
                "gko",
            ),
            duplicate_id: (r#""id": "last-group""#, r#""id": "gko""#, "gko"),
            dangling_reference: Some((r#""people": ["ahiko"]"#, r#""people": ["nobody"]"#, "gko")),
            impossible_date: Some(("1956-12-23", "1956-02-30", "last-group")),
            huge_field: (
                r#""summary": {"en": "They leave."}"#,
                r#""summary": {"en": "HUGE"}"#,
                "last-group",
            ),
        },
        Row {
            file: DatasetFile::Eras,
            field_missing: (r#", "title": {"en": "Remembrance"}"#, "", "remembrance"),
            wrong_type: (
                r#""date": "1991/2024""#,
                r#""date": ["1991", "2024"]"#,
                "remembrance",
            ),
            duplicate_id: (
                r#""id": "remembrance""#,
                r#""id": "captivity""#,
                "captivity",
            ),
            dangling_reference: Some((
                r#"[{"source": "press"}]"#,
                r#"[{"source": "nowhere"}]"#,
                "remembrance",
            )),
            impossible_date: Some(("1991/2024", "2024/1991", "remembrance")),
            huge_field: (
                r#""title": {"en": "Remembrance"}"#,
                r#""title": {"en": "HUGE"}"#,
                "remembrance",
            ),
        },
        Row {
            file: DatasetFile::Figures,
            field_missing: (r#""qualifier": "at_least","#, "", "kazakhstan-low"),
            wrong_type: (
                r#""value": 50000"#,
                r#""value": "50,000""#,
                "kazakhstan-low",
            ),
            duplicate_id: (
                r#""id": "kazakhstan-low""#,
                r#""id": "kazakhstan""#,
                "kazakhstan",
            ),
            dangling_reference: Some((
                r#""share_of": {"figure": "interned""#,
                r#""share_of": {"figure": "nothing""#,
                "kazakhstan",
            )),
            impossible_date: Some((
                r#""date": "1946""#,
                r#""date": "1946-00""#,
                "kazakhstan-low",
            )),
            huge_field: (
                r#""scope": {"en": "Kazakh SSR, 1946"}"#,
                r#""scope": {"en": "HUGE"}"#,
                "kazakhstan-low",
            ),
        },
        Row {
            file: DatasetFile::Conflicts,
            field_missing: (r#""explanation": {"en": "Dates differ."}, "#, "", "kazakh"),
            wrong_type: (
                r#""title": {"en": "In Kazakhstan"}"#,
                r#""title": null"#,
                "kazakh",
            ),
            duplicate_id: (r#""id": "kazakh""#, r#""id": "total""#, "total"),
            dangling_reference: Some((
                r#""Dates differ."}, "citations": [{"source": "seed"}]"#,
                r#""Dates differ."}, "citations": [{"source": "nowhere"}]"#,
                "kazakh",
            )),
            impossible_date: None,
            huge_field: (
                r#""explanation": {"en": "Dates differ."}"#,
                r#""explanation": {"en": "HUGE"}"#,
                "kazakh",
            ),
        },
        Row {
            file: DatasetFile::Gallery,
            field_missing: (r#""caption": {"en": "Graves."},"#, "", "cemetery"),
            wrong_type: (r#""kind": "cemetery""#, r#""kind": 3"#, "cemetery"),
            duplicate_id: (r#""id": "cemetery""#, r#""id": "memorial""#, "memorial"),
            dangling_reference: Some((
                r#""place": "karaganda""#,
                r#""place": "nowhere""#,
                "memorial",
            )),
            impossible_date: Some(("2024-05-31", "2024-02-30", "memorial")),
            huge_field: (
                r#""text": {"en": "Rows of graves."}"#,
                r#""text": {"en": "HUGE"}"#,
                "cemetery",
            ),
        },
    ]
}

fn counts(ex: &Exhibit) -> HashMap<DatasetFile, usize> {
    HashMap::from([
        (DatasetFile::Sources, ex.sources.entries.len()),
        (DatasetFile::Places, ex.places.entries.len()),
        (DatasetFile::People, ex.people.entries.len()),
        (DatasetFile::Events, ex.events.entries.len()),
        (DatasetFile::Eras, ex.eras.entries.len()),
        (DatasetFile::Figures, ex.figures.entries.len()),
        (DatasetFile::Conflicts, ex.conflicts.entries.len()),
        (DatasetFile::Gallery, ex.gallery.entries.len()),
    ])
}

/// Loads the exhibit with `file` replaced by `text` and checks what every case shares:
/// a problem names the file, every problem is well formed and short, and every other
/// file's entries all load. Returns the broken file's problems and entry count.
fn check(case: &str, file: DatasetFile, text: String) -> (Vec<Problem>, usize) {
    let valid = counts(&load(&valid_files()).exhibit);
    let loaded = load_with(file, text);
    assert_well_formed(&loaded.problems);
    for p in &loaded.problems {
        assert!(p.to_string().len() < 2_000, "{case}: a long message: {p}");
    }
    let now = counts(&loaded.exhibit);
    for other in DatasetFile::ALL.into_iter().filter(|f| *f != file) {
        assert_eq!(
            now[&other],
            valid[&other],
            "{case} in {}: {} lost entries",
            file.file_name(),
            other.file_name()
        );
    }
    let problems: Vec<Problem> = loaded
        .problems
        .into_iter()
        .filter(|p| p.file == file)
        .collect();
    assert!(
        !problems.is_empty(),
        "{case}: no problem names {}",
        file.file_name()
    );
    (problems, now[&file])
}

#[test]
fn whole_file_breakage_names_the_file() {
    for file in DatasetFile::ALL {
        let valid = valid_text(file);
        let half: String = valid.chars().take(valid.chars().count() / 2).collect();
        let cases: [(&str, String, &str); 5] = [
            ("truncated", half, "malformed JSON"),
            (
                "cut before the last bracket",
                valid.trim_end().trim_end_matches(']').to_string(),
                "malformed JSON",
            ),
            ("empty", String::new(), "the file is empty"),
            ("an object", r#"{"id": "x"}"#.into(), "must be a list"),
            ("a string", r#""[]""#.into(), "must be a list"),
        ];
        for (case, text, expected) in cases {
            let (problems, entries) = check(case, file, text);
            let p = only(problems);
            assert!(p.message.contains(expected), "{case}: {p}");
            assert_eq!(entries, 0, "{case}");
            assert!(p.entry.is_none(), "{case}: {p}");
            if case != "empty" {
                assert!(p.line.is_some(), "{case}: {p}");
            }
        }
    }
}

#[test]
fn entry_breakage_names_file_entry_and_line() {
    let mut checked = 0;
    for row in rows() {
        let valid_count = counts(&load(&valid_files()).exhibit)[&row.file];
        let cases = [
            ("field missing", Some(row.field_missing)),
            ("wrong type", Some(row.wrong_type)),
            ("duplicate id", Some(row.duplicate_id)),
            ("dangling reference", row.dangling_reference),
            ("impossible date", row.impossible_date),
            ("huge field", Some(row.huge_field)),
        ];
        for (case, edit) in cases {
            let Some((find, replace, entry)) = edit else {
                continue;
            };
            let valid = valid_text(row.file);
            assert!(
                valid.contains(find),
                "{case}: {find} not in {}",
                row.file.file_name()
            );
            let replace = replace.replace(HUGE, &"x".repeat(1_000_000));
            let (problems, entries) = check(case, row.file, valid.replacen(find, &replace, 1));
            let p = problems
                .iter()
                .find(|p| p.entry.as_deref() == Some(entry))
                .unwrap_or_else(|| panic!("{case}: no problem names “{entry}”: {problems:#?}"));
            assert!(p.line.is_some(), "{case}: {p}");
            // The other entries of the same file still load.
            assert!(
                entries + 1 >= valid_count,
                "{case}: {entries} of {valid_count}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 8 * 6 - 1 - 2);
}
