//! The spreadsheet layout of each dataset: which columns, in which order, holding which field.
//!
//! A field is a JSON path in the entry (`coordinates.lat`); its column is the path with `_`
//! (`coordinates_lat`), and a translated field has one column per language (`title_en`,
//! `title_ru`, `title_kk`, `title_ja`). The order follows the fields of the types.

use crate::lang::Lang;
use crate::problem::DatasetFile;

/// How a field is written in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text as it is (also ids, dates, and values such as `captivity`).
    Text,
    /// A number: digits, a point for decimals (`575000`, `50.6`).
    Number,
    /// Translated text: one column per language.
    Localized,
    /// A list of ids: `karaganda; spassk-camp-99`.
    List,
    /// Citations: `source-id @ p. 12; other-source`.
    Citations,
}

/// One field of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Dotted path inside the entry; a dot means the field is part of an optional object
    /// (`coordinates`, `image`, `share_of`) that is left out when all its cells are empty.
    pub path: &'static str,
    pub kind: Kind,
    /// Must be filled in (for a field inside an optional object: whenever the object is there).
    pub required: bool,
}

/// One column of a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub name: String,
    pub field: Field,
    /// The language of a translated field's column.
    pub lang: Option<Lang>,
}

const fn f(path: &'static str, kind: Kind, required: bool) -> Field {
    Field {
        path,
        kind,
        required,
    }
}

use Kind::*;

const SOURCES: &[Field] = &[
    f("id", Text, true),
    f("title", Text, true),
    f("title_translated", Localized, false),
    f("author", Text, false),
    f("publisher", Text, false),
    f("date", Text, false),
    f("url", Text, false),
    f("language", Text, true),
    f("reliability", Text, true),
    f("note", Localized, false),
];
const PLACES: &[Field] = &[
    f("id", Text, true),
    f("name", Localized, true),
    f("kind", Text, true),
    f("coordinates.lat", Number, true),
    f("coordinates.lon", Number, true),
    f("coordinates.precision", Text, true),
    f("description", Localized, true),
    f("uncertainty", Localized, false),
    f("citations", Citations, true),
];
const PEOPLE: &[Field] = &[
    f("id", Text, true),
    f("name", Localized, true),
    f("role", Localized, true),
    f("born", Text, false),
    f("died", Text, false),
    f("uncertainty", Localized, false),
    f("citations", Citations, true),
];
const EVENTS: &[Field] = &[
    f("id", Text, true),
    f("date", Text, true),
    f("category", Text, true),
    f("title", Localized, true),
    f("summary", Localized, true),
    f("places", List, false),
    f("people", List, false),
    f("figures", List, false),
    f("uncertainty", Localized, false),
    f("citations", Citations, true),
];
const ERAS: &[Field] = &[
    f("id", Text, true),
    f("date", Text, true),
    f("title", Localized, true),
    f("citations", Citations, true),
];
const FIGURES: &[Field] = &[
    f("id", Text, true),
    f("label", Localized, true),
    f("value", Number, true),
    f("value_max", Number, false),
    f("qualifier", Text, true),
    f("unit", Localized, true),
    f("scope", Localized, true),
    f("date", Text, false),
    f("conflict", Text, false),
    f("share_of.figure", Text, true),
    f("share_of.stated_percent", Number, false),
    f("citations", Citations, true),
];
const CONFLICTS: &[Field] = &[
    f("id", Text, true),
    f("title", Localized, true),
    f("explanation", Localized, true),
    f("citations", Citations, true),
];
const GALLERY: &[Field] = &[
    f("id", Text, true),
    f("kind", Text, true),
    f("title", Localized, true),
    f("caption", Localized, true),
    f("text", Localized, true),
    f("place", Text, false),
    f("date", Text, false),
    f("events", List, false),
    f("people", List, false),
    f("image.src", Text, true),
    f("image.width", Number, true),
    f("image.height", Number, true),
    f("image.alt", Localized, true),
    f("image.credit", Text, true),
    f("image.licence", Text, true),
    f("citations", Citations, true),
];

/// The fields of a dataset's entries, in the order of the type.
pub fn fields(file: DatasetFile) -> &'static [Field] {
    match file {
        DatasetFile::Sources => SOURCES,
        DatasetFile::Places => PLACES,
        DatasetFile::People => PEOPLE,
        DatasetFile::Events => EVENTS,
        DatasetFile::Eras => ERAS,
        DatasetFile::Figures => FIGURES,
        DatasetFile::Conflicts => CONFLICTS,
        DatasetFile::Gallery => GALLERY,
    }
}

/// The columns of a dataset's sheet, in order.
pub fn columns(file: DatasetFile) -> Vec<Column> {
    let mut columns = Vec::new();
    for field in fields(file) {
        let base = field.path.replace('.', "_");
        if field.kind == Kind::Localized {
            for lang in Lang::ALL {
                columns.push(Column {
                    name: format!("{base}_{}", lang.code()),
                    field: *field,
                    lang: Some(lang),
                });
            }
        } else {
            columns.push(Column {
                name: base,
                field: *field,
                lang: None,
            });
        }
    }
    columns
}

/// The sheet's file name: `events.json` → `events.csv`.
pub fn csv_name(file: DatasetFile) -> String {
    file.file_name().replace(".json", ".csv")
}

/// The column a validator's field path (`title.en`, `citations[0].source`, `coordinates`) is in.
pub fn column_for_field(file: DatasetFile, field: &str) -> Option<String> {
    let mut flat = String::new();
    let mut depth = 0;
    for c in field.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '.' if depth == 0 => flat.push('_'),
            _ if depth == 0 => flat.push(c),
            _ => {}
        }
    }
    let columns = columns(file);
    let names = || columns.iter().map(|c| c.name.as_str());
    names()
        .find(|n| *n == flat)
        .or_else(|| names().find(|n| n.starts_with(&format!("{flat}_"))))
        .or_else(|| {
            names()
                .filter(|n| flat.starts_with(&format!("{n}_")))
                .max_by_key(|n| n.len())
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translated_fields_get_a_column_per_language() {
        let names: Vec<String> = columns(DatasetFile::Eras)
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(
            names,
            [
                "id",
                "date",
                "title_en",
                "title_ru",
                "title_kk",
                "title_ja",
                "citations"
            ]
        );
    }

    #[test]
    fn validator_fields_point_at_columns() {
        let col = |f| column_for_field(DatasetFile::Places, f);
        assert_eq!(col("name.en").as_deref(), Some("name_en"));
        assert_eq!(col("citations[0].source").as_deref(), Some("citations"));
        assert_eq!(col("coordinates").as_deref(), Some("coordinates_lat"));
        assert_eq!(col("description").as_deref(), Some("description_en"));
        assert_eq!(
            column_for_field(DatasetFile::Gallery, "image.alt.ja").as_deref(),
            Some("image_alt_ja")
        );
        assert_eq!(col("nonsense"), None);
    }
}
