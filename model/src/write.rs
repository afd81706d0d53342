//! Writing dataset files from the curators' tools (`import-data`, `import-timelinejs`).
//!
//! The output looks like the shipped files: a pretty-printed list with a 2-space indent, fields in
//! the order of the types, whole numbers without a decimal point. An entry that did not change keeps
//! its text exactly as it was in the old file, hand formatting included, so that an import gives
//! the smallest possible git diff; a file whose entries did not change is not rewritten at all.
//!
//! Files are written all or nothing: every new text goes to a temporary file in the same folder
//! first, and only when all of them are written are they renamed over the datasets.

use crate::problem::DatasetFile;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::{Number, Value};
use std::path::Path;

/// Whole floating-point numbers become integers, as curators write them (`575000`, not `575000.0`).
pub fn normalize_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64()) {
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    *n = Number::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalize_numbers),
        Value::Object(map) => map.values_mut().for_each(normalize_numbers),
        _ => {}
    }
}

/// One entry as the shipped files write it, indented for its place in the top-level list.
pub fn entry_text<T: Serialize>(entry: &T) -> String {
    let mut value = serde_json::to_value(entry).expect("dataset entries serialize to JSON");
    normalize_numbers(&mut value);
    let pretty = serde_json::to_string_pretty(&value).expect("a JSON value prints");
    pretty.replace('\n', "\n  ")
}

/// The text of a dataset file holding `entries`. Entries equal to one in `old_text` keep their old
/// text; if the entries are exactly the old ones, `old_text` itself is returned.
pub fn render_dataset<T>(old_text: Option<&str>, entries: &[T]) -> String
where
    T: Serialize + DeserializeOwned + PartialEq,
{
    let old: Vec<(T, &str)> = old_text
        .and_then(|text| serde_json::from_str::<Vec<&RawValue>>(text).ok())
        .map(|raws| {
            raws.into_iter()
                .filter_map(|raw| {
                    serde_json::from_str::<T>(raw.get())
                        .ok()
                        .map(|e| (e, raw.get()))
                })
                .collect()
        })
        .unwrap_or_default();
    if let Some(text) = old_text {
        if old.len() == entries.len() && old.iter().zip(entries).all(|((o, _), n)| o == n) {
            return text.to_string();
        }
    }
    if entries.is_empty() {
        return "[]\n".to_string();
    }
    let parts: Vec<String> = entries
        .iter()
        .map(|entry| match old.iter().find(|(o, _)| o == entry) {
            Some((_, raw)) => raw.to_string(),
            None => entry_text(entry),
        })
        .collect();
    format!("[\n  {}\n]\n", parts.join(",\n  "))
}

/// Writes every `(file, text)` into `dir`, all or nothing: temporary files first, then renames.
/// On an error no dataset has been touched, unless a rename itself fails midway (then the error
/// names the files already replaced).
pub fn write_datasets(dir: &Path, files: &[(DatasetFile, String)]) -> Result<(), String> {
    let mut temps = Vec::new();
    for (file, text) in files {
        let temp = dir.join(format!(".{}.importing", file.file_name()));
        if let Err(e) = std::fs::write(&temp, text) {
            for t in &temps {
                let _ = std::fs::remove_file(t);
            }
            let _ = std::fs::remove_file(&temp);
            return Err(format!(
                "could not write {}: {e}; nothing was changed",
                temp.display()
            ));
        }
        temps.push(temp);
    }
    let mut done = Vec::new();
    for ((file, _), temp) in files.iter().zip(&temps) {
        if let Err(e) = std::fs::rename(temp, dir.join(file.file_name())) {
            for t in &temps {
                let _ = std::fs::remove_file(t);
            }
            return Err(format!(
                "could not replace {}: {e}; already replaced: {}",
                file.file_name(),
                if done.is_empty() {
                    "none".to_string()
                } else {
                    done.join(", ")
                }
            ));
        }
        done.push(file.file_name());
    }
    Ok(())
}

/// Reads every dataset file of `dir`; a missing file is `Err` with the reason, as `Exhibit::load` wants.
pub fn read_datasets(dir: &Path) -> Vec<(DatasetFile, Result<String, String>)> {
    DatasetFile::ALL
        .into_iter()
        .map(|file| {
            let path = dir.join(file.file_name());
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()));
            (file, text)
        })
        .collect()
}

/// The files some of whose entries could not be read (or that could not be read at all):
/// rewriting them from the entries that were read would lose the others.
pub fn incomplete_files(
    texts: &std::collections::HashMap<DatasetFile, Result<String, String>>,
    ex: &crate::exhibit::Exhibit,
) -> Vec<DatasetFile> {
    let read = |file| match file {
        DatasetFile::Sources => ex.sources.entries.len(),
        DatasetFile::Places => ex.places.entries.len(),
        DatasetFile::People => ex.people.entries.len(),
        DatasetFile::Events => ex.events.entries.len(),
        DatasetFile::Eras => ex.eras.entries.len(),
        DatasetFile::Figures => ex.figures.entries.len(),
        DatasetFile::Conflicts => ex.conflicts.entries.len(),
        DatasetFile::Gallery => ex.gallery.entries.len(),
    };
    DatasetFile::ALL
        .into_iter()
        .filter(|file| {
            let raw = texts.get(file).and_then(|t| t.as_ref().ok()).and_then(|t| {
                serde_json::from_str::<Vec<&RawValue>>(t)
                    .ok()
                    .map(|r| r.len())
            });
            raw != Some(read(*file))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Citation;

    #[test]
    fn unchanged_entries_keep_their_text_and_new_ones_are_pretty() {
        let old = "[\n  {\"source\": \"a\"},\n  {\"source\": \"b\", \"locator\": \"p. 1\"}\n]\n";
        let same: Vec<Citation> = serde_json::from_str(old).unwrap();
        assert_eq!(render_dataset(Some(old), &same), old);
        let mut changed = same.clone();
        changed[1].locator = Some("p. 2".into());
        assert_eq!(
            render_dataset(Some(old), &changed),
            "[\n  {\"source\": \"a\"},\n  {\n    \"source\": \"b\",\n    \"locator\": \"p. 2\"\n  }\n]\n"
        );
    }

    #[test]
    fn whole_numbers_lose_the_decimal_point() {
        let mut v = serde_json::json!({"a": 575000.0, "b": 50.6, "c": [1.0]});
        normalize_numbers(&mut v);
        assert_eq!(v.to_string(), r#"{"a":575000,"b":50.6,"c":[1]}"#);
    }
}
