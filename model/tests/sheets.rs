//! The spreadsheet workflow: export then import gives the same data (on the shipped datasets and
//! on a fixture full of tricky text), edits land in the right place with the smallest diff, and a
//! broken sheet is reported by sheet, row and column while nothing is written.

use exhibit_model::sheets::{
    export_sheets, plan_import, read_table, schema::csv_name, Table, Texts,
};
use exhibit_model::write::read_datasets;
use exhibit_model::{DatasetFile, Exhibit};
use std::path::{Path, PathBuf};
use std::process::Command;

fn dir(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn texts(dir: &Path) -> Texts {
    read_datasets(dir).into_iter().collect()
}

/// Every dataset exported, and each sheet read back as a spreadsheet program would hand it over.
fn sheets(texts: &Texts) -> Vec<(DatasetFile, Table)> {
    let (files, warnings) = export_sheets(texts).expect("the data exports");
    assert!(warnings.is_empty(), "{warnings:?}");
    files
        .into_iter()
        .map(|(name, bytes)| {
            assert!(
                bytes.starts_with("\u{feff}".as_bytes()),
                "{name} has no byte order mark"
            );
            let file = DatasetFile::ALL
                .into_iter()
                .find(|f| csv_name(*f) == name)
                .unwrap();
            (file, read_table(&bytes).unwrap())
        })
        .collect()
}

fn load(texts: &Texts) -> Exhibit {
    let loaded = Exhibit::load(|f| texts[&f].clone());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    loaded.exhibit
}

fn cell<'a>(table: &'a mut Table, id: &str, column: &str) -> &'a mut String {
    let c = table.header.iter().position(|h| h == column).unwrap();
    let row = table
        .rows
        .iter_mut()
        .find(|(_, cells)| cells[0] == id)
        .unwrap();
    &mut row.1[c]
}

#[test]
fn shipped_data_round_trips_byte_for_byte() {
    let shipped = texts(&dir("../public/data"));
    let sheets = sheets(&shipped);
    assert_eq!(sheets.len(), 8);
    let events = &sheets
        .iter()
        .find(|(f, _)| *f == DatasetFile::Events)
        .unwrap()
        .1;
    assert_eq!(events.rows.len(), load(&shipped).events.entries.len());
    assert!(events.header.contains(&"title_ja".to_string()));
    let writes = plan_import(&sheets, &shipped).unwrap_or_else(|p| panic!("{p:#?}"));
    let changed: Vec<_> = writes.iter().map(|(f, _)| f.file_name()).collect();
    assert!(changed.is_empty(), "a round trip changed {changed:?}");
}

#[test]
fn tricky_text_round_trips_when_every_entry_is_written_anew() {
    let original = texts(&dir("tests/fixtures/sheets/data"));
    let sheets = sheets(&original);
    // Against empty datasets every entry is rendered from its row, none kept from the old text.
    let empty: Texts = DatasetFile::ALL
        .into_iter()
        .map(|f| (f, Ok("[]".to_string())))
        .collect();
    let writes = plan_import(&sheets, &empty).unwrap_or_else(|p| panic!("{p:#?}"));
    let mut imported = empty.clone();
    for (file, text) in writes {
        imported.insert(file, Ok(text));
    }
    let (before, after) = (load(&original), load(&imported));
    assert_eq!(after.sources.entries, before.sources.entries);
    assert_eq!(after.places.entries, before.places.entries);
    assert_eq!(after.people.entries, before.people.entries);
    assert_eq!(after.events.entries, before.events.entries);
    assert_eq!(after.eras.entries, before.eras.entries);
    assert_eq!(after.figures.entries, before.figures.entries);
    assert_eq!(after.gallery.entries, before.gallery.entries);
    // Written like the shipped files: 2-space indent, the types' field order, whole numbers.
    let figures = imported[&DatasetFile::Figures].as_ref().unwrap();
    assert!(
        figures.starts_with("[\n  {\n    \"id\": \"pows\",\n    \"label\": {"),
        "{figures}"
    );
    assert!(figures.contains("\"value\": 560000,") && figures.contains("\"value\": 50.5,"));
}

#[test]
fn cells_are_readable() {
    let original = texts(&dir("tests/fixtures/sheets/data"));
    let mut sheets = sheets(&original);
    let places = &mut sheets
        .iter_mut()
        .find(|(f, _)| *f == DatasetFile::Places)
        .unwrap()
        .1;
    assert_eq!(
        cell(places, "karaganda", "citations"),
        "seed @ p. 12\\; n. 3 @ margin \\\\ back"
    );
    assert_eq!(
        cell(places, "nowhere-camp", "citations"),
        "seed; blog @ comment #4"
    );
    assert_eq!(cell(places, "nowhere-camp", "coordinates_lat"), "");
    assert_eq!(cell(places, "nowhere-camp", "description_en"), "  padded  ");
    let events = &mut sheets
        .iter_mut()
        .find(|(f, _)| *f == DatasetFile::Events)
        .unwrap()
        .1;
    assert_eq!(cell(events, "arrival", "places"), "karaganda; nowhere-camp");
    assert_eq!(cell(events, "arrival", "summary_ru"), "");
}

#[test]
fn an_edited_translation_changes_only_its_entry() {
    let original = texts(&dir("../public/data"));
    let mut sheets = sheets(&original);
    sheets.retain(|(f, _)| *f == DatasetFile::Events);
    let events = &mut sheets[0].1;
    let id = events.rows[1].1[0].clone();
    *cell(events, &id, "title_ja") = "新しい「題」, 🎐".into();
    let writes = plan_import(&sheets, &original).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(writes.len(), 1);
    let (file, new) = &writes[0];
    assert_eq!(*file, DatasetFile::Events);
    let old = original[&DatasetFile::Events].as_ref().unwrap();
    // The lines that differ all lie inside the edited entry.
    let (new, old): (Vec<&str>, Vec<&str>) = (new.lines().collect(), old.lines().collect());
    let same_start = new.iter().zip(&old).take_while(|(a, b)| a == b).count();
    let same_end = new
        .iter()
        .rev()
        .zip(old.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let changed = &new[same_start..new.len() - same_end];
    assert!(changed.len() <= 30, "{changed:#?}");
    assert!(changed.iter().any(|l| l.contains("新しい「題」, 🎐")));
    assert!(
        !changed.iter().any(|l| l.contains("\"id\"")),
        "{changed:#?}"
    );
}

#[test]
fn problems_name_sheet_row_and_column() {
    let original = texts(&dir("tests/fixtures/sheets/data"));
    let mut sheets = sheets(&original);
    let events = &mut sheets
        .iter_mut()
        .find(|(f, _)| *f == DatasetFile::Events)
        .unwrap()
        .1;
    *cell(events, "quiet", "places") = "atlantis".into();
    *cell(events, "arrival", "date") = "1945-02-30".into();
    *cell(events, "quiet", "citations") = " ; ".into();
    let problems = plan_import(&sheets, &original).unwrap_err();
    let found: Vec<_> = problems
        .iter()
        .map(|p| (p.sheet.as_str(), p.row, p.column.as_deref().unwrap_or("")))
        .collect();
    assert!(
        found.contains(&("events.csv", Some(2), "date")),
        "{problems:#?}"
    );
    assert!(
        found.contains(&("events.csv", Some(3), "citations")),
        "{problems:#?}"
    );
    assert!(
        found.contains(&("events.csv", Some(3), "places")),
        "{problems:#?}"
    );
    assert_eq!(problems.len(), 3, "{problems:#?}");

    // Cell-level problems are found before the validator runs.
    let mut sheets = self::sheets(&original);
    let figures = &mut sheets
        .iter_mut()
        .find(|(f, _)| *f == DatasetFile::Figures)
        .unwrap()
        .1;
    *cell(figures, "pows", "value") = "560,000".into();
    *cell(figures, "pows", "label_en") = "".into();
    figures.header.push("notes".into());
    let problems = plan_import(&sheets, &original).unwrap_err();
    assert!(problems
        .iter()
        .any(|p| p.row == Some(1) && p.column.as_deref() == Some("notes")));
    let figures = &mut sheets
        .iter_mut()
        .find(|(f, _)| *f == DatasetFile::Figures)
        .unwrap()
        .1;
    figures.header.pop();
    let problems = plan_import(&sheets, &original).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(text.iter().any(|t| t.starts_with("figures.csv, row 2, column “value”: “560,000” is not a number")), "{text:#?}");
    assert!(
        text.iter().any(|t| t.contains("row 2, column “label_en”")),
        "{text:#?}"
    );
}

fn copy_dir(from: &Path, name: &str) -> PathBuf {
    let to = std::env::temp_dir().join(format!("exhibit-sheets-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    to
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_commands_write_all_or_nothing() {
    let data = copy_dir(&dir("tests/fixtures/sheets/data"), "data");
    let csv = data.with_extension("csv");
    let run = |bin: &str, args: &[&Path]| Command::new(bin).args(args).output().unwrap();
    let out = run(env!("CARGO_BIN_EXE_export-data"), &[&csv, &data]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = snapshot(&data);

    // One good edit in events.csv and one broken cell in places.csv: nothing is written.
    let events = csv.join("events.csv");
    let text = std::fs::read_to_string(&events).unwrap();
    std::fs::write(&events, text.replace("Arrival,", "Arrival (edited),")).unwrap();
    let places = csv.join("places.csv");
    let text = std::fs::read_to_string(&places).unwrap();
    std::fs::write(&places, text.replace("49.8", "north")).unwrap();
    let out = run(env!("CARGO_BIN_EXE_import-data"), &[&csv, &data]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("places.csv, row 2, column “coordinates_lat”: “north” is not a number"),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was written"), "{stderr}");
    assert_eq!(snapshot(&data), before, "the data folder changed");

    // Fixed: only events.json changes, and no temporary file is left behind.
    let text = std::fs::read_to_string(&places).unwrap();
    std::fs::write(&places, text.replace("north", "49.8")).unwrap();
    let out = run(env!("CARGO_BIN_EXE_import-data"), &[&csv, &data]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = snapshot(&data);
    assert_eq!(after.len(), before.len());
    let changed: Vec<_> = after
        .iter()
        .zip(&before)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.0.clone())
        .collect();
    assert_eq!(changed, vec![data.join("events.json")]);
    assert!(String::from_utf8_lossy(
        &after
            .iter()
            .find(|f| f.0 == data.join("events.json"))
            .unwrap()
            .1
    )
    .contains("Arrival (edited)"));
    for bin in [
        env!("CARGO_BIN_EXE_export-data"),
        env!("CARGO_BIN_EXE_import-data"),
    ] {
        let help = Command::new(bin).arg("--help").output().unwrap();
        assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("Usage:"));
    }
    let _ = std::fs::remove_dir_all(&data);
    let _ = std::fs::remove_dir_all(&csv);
}
