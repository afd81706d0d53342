//! The data check never panics, whatever the files hold: property-based tests with
//! proptest over arbitrary bytes, arbitrary JSON values and mutations of the small valid
//! exhibit (delete, duplicate or retype any field or entry; edit the text), plus every
//! truncation of every file. Each case asserts that `Exhibit::load` returns, that every
//! problem names its file and says what to do, and that the other files still load.
//!
//! Each property runs `CASES` cases (5 properties × 3,000 = 15,000 generated exhibits per
//! `cargo test`), besides the exhaustive truncations. docs/DATA.md records the numbers.

mod common;

use common::*;
use exhibit_model::{parse::decode, DatasetFile, Lang, Loaded};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Cases per property.
const CASES: u32 = 3_000;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        // A failure prints its minimal input; no regression files are written.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn entry_counts(loaded: &Loaded) -> [usize; 8] {
    let ex = &loaded.exhibit;
    [
        ex.sources.entries.len(),
        ex.places.entries.len(),
        ex.people.entries.len(),
        ex.events.entries.len(),
        ex.eras.entries.len(),
        ex.figures.entries.len(),
        ex.conflicts.entries.len(),
        ex.gallery.entries.len(),
    ]
}

/// Loads, and checks what holds for any input: every problem names one of the files and
/// has a message and a fix, the coverage the check prints can be computed, and, when only
/// `changed` differs from the valid exhibit, every other file loads all its entries.
fn check(
    files: &HashMap<DatasetFile, String>,
    changed: Option<DatasetFile>,
) -> Result<(), TestCaseError> {
    check_loaded(&load(files), changed)
}

fn check_loaded(loaded: &Loaded, changed: Option<DatasetFile>) -> Result<(), TestCaseError> {
    for p in &loaded.problems {
        prop_assert!(DatasetFile::ALL.contains(&p.file));
        prop_assert!(!p.message.is_empty() && !p.fix.is_empty(), "{:?}", p);
        let text = p.to_string();
        prop_assert!(text.starts_with(p.file.file_name()), "{}", text);
        let location = format!("{}: ", p.location());
        prop_assert!(text.starts_with(&location), "{}", text);
        prop_assert!(!text[location.len()..].starts_with(':'), "{}", text);
    }
    let coverage = loaded.exhibit.coverage();
    let _ = coverage.citation_percent();
    for lang in Lang::ALL {
        let _ = coverage.translation_percent(lang);
    }
    if let Some(changed) = changed {
        static VALID: OnceLock<[usize; 8]> = OnceLock::new();
        let valid = VALID.get_or_init(|| entry_counts(&load(&valid_files())));
        let now = entry_counts(loaded);
        for (i, file) in DatasetFile::ALL.into_iter().enumerate() {
            if file != changed {
                prop_assert_eq!(now[i], valid[i], "{} lost entries", file.file_name());
            }
        }
    }
    Ok(())
}

fn any_file() -> impl Strategy<Value = DatasetFile> {
    (0..DatasetFile::ALL.len()).prop_map(|i| DatasetFile::ALL[i])
}

/// Keys the datasets use, so that arbitrary objects often reach deep into an entry.
const KEYS: [&str; 32] = [
    "id",
    "title",
    "name",
    "en",
    "ru",
    "kk",
    "ja",
    "jp",
    "date",
    "category",
    "summary",
    "places",
    "people",
    "figures",
    "citations",
    "source",
    "locator",
    "kind",
    "coordinates",
    "lat",
    "lon",
    "precision",
    "value",
    "value_max",
    "qualifier",
    "share_of",
    "figure",
    "stated_percent",
    "image",
    "src",
    "url",
    "reliability",
];

/// Strings the datasets use: ids, dates, enum values, addresses, and a few hostile ones.
const STRINGS: [&str; 24] = [
    "seed",
    "press",
    "karaganda",
    "gko",
    "interned",
    "kazakh",
    "memorial",
    "1945",
    "1945-08-23",
    "~1953",
    "1946/1948",
    "1945-02-30",
    "camp",
    "city",
    "about",
    "war",
    "scholarly",
    "images/x.jpg",
    "https://example.org",
    "javascript:alert(1)",
    "",
    "\u{202E}",
    "\u{FEFF}",
    "日本語",
];

fn any_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (0..KEYS.len()).prop_map(|i| KEYS[i].to_string()),
        1 => any::<String>(),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and infinities become null
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            Just(1e308),
            Just(-1e308),
            Just(5e-324)
        ]
        .prop_map(Value::from),
        (0..STRINGS.len()).prop_map(|i| Value::from(STRINGS[i])),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((any_key(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A change somewhere in a JSON value: the path is a list of choices (taken modulo the
/// number of children at each level), the operation applies to the child reached.
#[derive(Debug, Clone)]
enum Op {
    Delete,
    Duplicate,
    Replace(Value),
}

fn any_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        1 => Just(Op::Delete),
        1 => Just(Op::Duplicate),
        2 => any_json().prop_map(Op::Replace),
    ]
}

/// The marker of a duplicated key, removed after serialising (a map holds a key once).
const DUP: &str = "\u{0}dup\u{0}";

fn mutate(value: &mut Value, path: &[usize], op: Op) {
    let len = match value {
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => 0,
    };
    if len == 0 {
        if let Op::Replace(v) = op {
            *value = v;
        }
        return;
    }
    let i = path.first().copied().unwrap_or(0) % len;
    if path.len() > 1 {
        let child = match value {
            Value::Array(a) => &mut a[i],
            Value::Object(o) => o.values_mut().nth(i).unwrap(),
            _ => unreachable!(),
        };
        if matches!(child, Value::Array(_) | Value::Object(_)) {
            return mutate(child, &path[1..], op);
        }
    }
    match (value, op) {
        (Value::Array(a), Op::Delete) => {
            a.remove(i);
        }
        (Value::Array(a), Op::Duplicate) => {
            let copy = a[i].clone();
            a.insert(i, copy);
        }
        (Value::Array(a), Op::Replace(v)) => a[i] = v,
        (Value::Object(o), Op::Delete) => {
            let key = o.keys().nth(i).unwrap().clone();
            o.remove(&key);
        }
        (Value::Object(o), Op::Duplicate) => {
            let (key, v) = o
                .iter()
                .nth(i)
                .map(|(k, v)| (k.clone(), v.clone()))
                .unwrap();
            o.insert(format!("{DUP}{key}"), v);
        }
        (Value::Object(o), Op::Replace(v)) => {
            let key = o.keys().nth(i).unwrap().clone();
            o.insert(key, v);
        }
        _ => unreachable!(),
    }
}

fn with_file(file: DatasetFile, text: String) -> HashMap<DatasetFile, String> {
    let mut files = valid_files();
    files.insert(file, text);
    files
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_are_refused_without_panic(file in any_file(), bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let text = match decode(&bytes) {
            Ok(text) => text,
            Err(why) => {
                prop_assert!(!why.is_empty());
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        check(&with_file(file, text), Some(file))?;
    }

    #[test]
    fn arbitrary_json_in_one_file_is_refused_without_panic(file in any_file(), value in any_json(), wrap in any::<bool>()) {
        let value = if wrap { Value::Array(vec![value]) } else { value };
        check(&with_file(file, value.to_string()), Some(file))?;
    }

    #[test]
    fn arbitrary_json_in_every_file_is_refused_without_panic(values in prop::collection::vec(prop::collection::vec(any_json(), 0..3), 8)) {
        let files = DatasetFile::ALL
            .into_iter()
            .zip(values)
            .map(|(file, entries)| (file, Value::Array(entries).to_string()))
            .collect();
        check(&files, None)?;
    }

    #[test]
    fn any_field_or_entry_deleted_duplicated_or_retyped_is_reported_without_panic(
        file in any_file(),
        path in prop::collection::vec(any::<usize>(), 1..6),
        op in any_op(),
    ) {
        let mut value: Value = serde_json::from_str(valid_text(file)).unwrap();
        mutate(&mut value, &path, op);
        let text = serde_json::to_string_pretty(&value).unwrap().replace(DUP, "");
        check(&with_file(file, text), Some(file))?;
    }

    #[test]
    fn any_edit_of_the_text_is_reported_without_panic(
        file in any_file(),
        edits in prop::collection::vec((any::<usize>(), 0usize..4, prop::sample::select(vec!['{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', 'e', '.', ' ', '\n', 'я', '\u{202E}', '\u{FEFF}'])), 1..5),
    ) {
        let mut chars: Vec<char> = valid_text(file).chars().collect();
        for (at, kind, c) in edits {
            let at = at % (chars.len() + 1);
            match kind {
                0 => chars.insert(at, c),
                1 if at < chars.len() => { chars.remove(at); }
                2 if at < chars.len() => chars[at] = c,
                _ => { let end = (at + 7).min(chars.len()); chars.drain(at..end); }
            }
        }
        check(&with_file(file, chars.into_iter().collect()), Some(file))?;
    }
}

#[test]
fn every_truncation_of_every_file_is_reported_without_panic() {
    let mut truncations = 0;
    for file in DatasetFile::ALL {
        let text = valid_text(file);
        for (at, _) in text.char_indices() {
            let files = with_file(file, text[..at].to_string());
            let loaded = load(&files);
            if text[..at].trim_end() == text.trim_end() {
                continue; // only the final line break is cut
            }
            assert!(
                loaded.problems.iter().any(|p| p.file == file),
                "{} cut at byte {at} passed",
                file.file_name()
            );
            check_loaded(&loaded, Some(file)).unwrap();
            truncations += 1;
        }
    }
    assert!(truncations > 3_000, "{truncations}");
}
