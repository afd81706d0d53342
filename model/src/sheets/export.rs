//! Datasets → sheets: one row per entry, one column per field and language.

use super::cells::{citations_to_cell, list_to_cell, number_to_cell};
use super::schema::{columns, fields, Kind};
use crate::exhibit::Exhibit;
use crate::problem::DatasetFile;
use crate::write::normalize_numbers;
use serde::Serialize;
use serde_json::Value;

/// The value at a dotted path, if there is one.
fn at<'a>(entry: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(entry, |v, key| v.get(key))
        .filter(|v| !v.is_null())
}

/// Every field of the entry must have a column, or the sheet would silently lose it.
fn check_covered(file: DatasetFile, entry: &Value, id: &str) -> Result<(), String> {
    let covered = |path: &str| fields(file).iter().any(|f| f.path == path);
    let Some(map) = entry.as_object() else {
        return Ok(());
    };
    for (key, value) in map {
        let nested = value.as_object().filter(|_| !covered(key));
        match nested {
            Some(inner) => {
                for inner_key in inner.keys() {
                    let path = format!("{key}.{inner_key}");
                    if !covered(&path) {
                        return Err(format!("{} “{id}”: the field “{path}” has no column in the sheet layout (model/src/sheets/schema.rs); add it there", file.entry_noun()));
                    }
                }
            }
            None if !covered(key) => {
                return Err(format!("{} “{id}”: the field “{key}” has no column in the sheet layout (model/src/sheets/schema.rs); add it there", file.entry_noun()));
            }
            None => {}
        }
    }
    Ok(())
}

/// The rows of one dataset; `Err` when an entry has a field the layout does not know.
pub fn rows_of<T: Serialize>(file: DatasetFile, entries: &[T]) -> Result<Vec<Vec<String>>, String> {
    let columns = columns(file);
    let mut rows = Vec::with_capacity(entries.len());
    for entry in entries {
        let mut value = serde_json::to_value(entry).map_err(|e| e.to_string())?;
        normalize_numbers(&mut value);
        let id = value["id"].as_str().unwrap_or_default().to_string();
        check_covered(file, &value, &id)?;
        let row = columns
            .iter()
            .map(|column| {
                let cell = at(&value, column.field.path);
                match (column.field.kind, cell) {
                    (_, None) => String::new(),
                    (Kind::Localized, Some(text)) => {
                        let lang = column.lang.map(|l| l.code()).unwrap_or("en");
                        text.get(lang)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string()
                    }
                    (Kind::Number, Some(Value::Number(n))) => number_to_cell(n),
                    (Kind::List, Some(Value::Array(items))) => list_to_cell(items),
                    (Kind::Citations, Some(Value::Array(items))) => citations_to_cell(items),
                    (_, Some(Value::String(s))) => s.clone(),
                    (_, Some(other)) => other.to_string(),
                }
            })
            .collect();
        rows.push(row);
    }
    Ok(rows)
}

/// A dataset's sheet: the dataset, the header, the rows.
pub type Sheet = (DatasetFile, Vec<String>, Vec<Vec<String>>);

/// The header and rows of every dataset's sheet.
pub fn export_sheets(ex: &Exhibit) -> Result<Vec<Sheet>, String> {
    let mut sheets = Vec::new();
    for file in DatasetFile::ALL {
        let rows = match file {
            DatasetFile::Sources => rows_of(file, &ex.sources.entries),
            DatasetFile::Places => rows_of(file, &ex.places.entries),
            DatasetFile::People => rows_of(file, &ex.people.entries),
            DatasetFile::Events => rows_of(file, &ex.events.entries),
            DatasetFile::Eras => rows_of(file, &ex.eras.entries),
            DatasetFile::Figures => rows_of(file, &ex.figures.entries),
            DatasetFile::Conflicts => rows_of(file, &ex.conflicts.entries),
            DatasetFile::Gallery => rows_of(file, &ex.gallery.entries),
        }?;
        let header = columns(file).into_iter().map(|c| c.name).collect();
        sheets.push((file, header, rows));
    }
    Ok(sheets)
}
