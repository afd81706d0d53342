//! The allowed values of every enum field, by file and field, so that a wrong value of
//! any type (`"kind": "Memorial"`, `"kind": 5`, `"kind": null`) is answered with the list.

use crate::problem::DatasetFile;

pub const PLACE_KINDS: &[&str] = &[
    "camp",
    "city",
    "workplace",
    "building",
    "cemetery",
    "memorial",
    "port",
];
pub const COORDINATE_PRECISIONS: &[&str] = &["site", "city", "rough"];
pub const EVENT_CATEGORIES: &[&str] = &[
    "war",
    "captivity",
    "labour",
    "repatriation",
    "remembrance",
    "research",
];
pub const QUALIFIERS: &[&str] = &["exact", "about", "more_than", "at_least", "up_to"];
pub const GALLERY_KINDS: &[&str] = &["memorial", "cemetery", "building", "site", "person"];
pub const RELIABILITIES: &[&str] = &[
    "archival",
    "scholarly",
    "official",
    "press",
    "secondary",
    "weak",
];

/// The values allowed in `field` (a path as in [`crate::Problem::field`]) of `file`,
/// when it is an enum field.
pub fn allowed_values(file: DatasetFile, field: &str) -> Option<&'static [&'static str]> {
    match (file, field) {
        (DatasetFile::Places, "kind") => Some(PLACE_KINDS),
        (DatasetFile::Places, "coordinates.precision") => Some(COORDINATE_PRECISIONS),
        (DatasetFile::Events, "category") => Some(EVENT_CATEGORIES),
        (DatasetFile::Figures, "qualifier") => Some(QUALIFIERS),
        (DatasetFile::Gallery, "kind") => Some(GALLERY_KINDS),
        (DatasetFile::Sources, "reliability") => Some(RELIABILITIES),
        _ => None,
    }
}

/// `“memorial”, “cemetery”, … or “person”`.
pub fn listed(values: &[&str]) -> String {
    let quoted: Vec<String> = values.iter().map(|v| format!("“{v}”")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::*;
    use serde::de::DeserializeOwned;

    /// The values serde itself lists for the enum, so that the table cannot drift.
    fn serde_values<T: DeserializeOwned>() -> Vec<String> {
        let err = serde_json::from_str::<T>("\"zzz\"")
            .err()
            .unwrap()
            .to_string();
        let list = err.split("expected one of ").nth(1).unwrap();
        let list = list.split(" at line").next().unwrap();
        list.split(", ")
            .map(|v| v.trim_matches('`').to_string())
            .collect()
    }

    #[test]
    fn the_tables_match_the_types() {
        assert_eq!(serde_values::<PlaceKind>(), PLACE_KINDS);
        assert_eq!(serde_values::<CoordinatePrecision>(), COORDINATE_PRECISIONS);
        assert_eq!(serde_values::<EventCategory>(), EVENT_CATEGORIES);
        assert_eq!(serde_values::<Qualifier>(), QUALIFIERS);
        assert_eq!(serde_values::<GalleryKind>(), GALLERY_KINDS);
        assert_eq!(serde_values::<Reliability>(), RELIABILITIES);
        assert_eq!(listed(&["a", "b", "c"]), "“a”, “b” or “c”");
    }
}
