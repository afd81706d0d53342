//! The curators' spreadsheet workflow: every dataset as a CSV sheet (`cargo export-data`) and
//! back (`cargo import-data`), losslessly. See docs/DATA.md, “Working in a spreadsheet”.

pub mod cells;
pub mod csv_table;
pub mod export;
pub mod import;
pub mod schema;

pub use csv_table::{read_table, write_table, Table};
pub use import::SheetProblem;

use crate::exhibit::Exhibit;
use crate::problem::DatasetFile;
use crate::write::{incomplete_files, render_dataset};
use import::{entries_from_table, in_json, Draft};
use std::collections::HashMap;

/// The current text of each dataset file, or why it could not be read.
pub type Texts = HashMap<DatasetFile, Result<String, String>>;

fn text_of(texts: &Texts, file: DatasetFile) -> Result<String, String> {
    texts
        .get(&file)
        .cloned()
        .unwrap_or_else(|| Err("not given".into()))
}

/// A sheet for every dataset: (`events.csv`, its bytes). Refuses when an entry cannot be read,
/// since the sheet would then silently lack it; other problems are returned as warnings.
#[allow(clippy::type_complexity)]
pub fn export_sheets(texts: &Texts) -> Result<(Vec<(String, Vec<u8>)>, Vec<String>), Vec<String>> {
    let loaded = Exhibit::load(|file| text_of(texts, file));
    let ex = &loaded.exhibit;
    let incomplete = incomplete_files(texts, ex);
    let listing = |keep: &dyn Fn(DatasetFile) -> bool| -> Vec<String> {
        loaded
            .problems
            .iter()
            .filter(|p| keep(p.file))
            .map(|p| p.to_string())
            .collect()
    };
    if !incomplete.is_empty() {
        return Err(listing(&|f| incomplete.contains(&f)));
    }
    let sheets = export::export_sheets(ex).map_err(|e| vec![e])?;
    let files = sheets
        .into_iter()
        .map(|(file, header, rows)| (schema::csv_name(file), write_table(&header, &rows)))
        .collect();
    Ok((files, listing(&|_| true)))
}

/// The dataset files an import of `sheets` would write (only those that change), or every
/// problem found, pointed at sheet, row and column. Datasets without a sheet keep their text.
pub fn plan_import(
    sheets: &[(DatasetFile, Table)],
    texts: &Texts,
) -> Result<Vec<(DatasetFile, String)>, Vec<SheetProblem>> {
    let mut drafts: HashMap<DatasetFile, Draft> = HashMap::new();
    let mut problems = Vec::new();
    for (file, table) in sheets {
        match entries_from_table(*file, table) {
            Ok(entries) => {
                drafts.insert(*file, Draft::new(&entries));
            }
            Err(found) => problems.extend(found),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let loaded = Exhibit::load(|file| match drafts.get(&file) {
        Some(draft) => Ok(draft.text.clone()),
        None => text_of(texts, file),
    });
    if !loaded.problems.is_empty() {
        return Err(loaded
            .problems
            .iter()
            .map(|p| match drafts.get(&p.file) {
                Some(draft) => draft.locate(p),
                None => in_json(p),
            })
            .collect());
    }
    let ex = &loaded.exhibit;
    let mut writes = Vec::new();
    for (file, _) in sheets {
        let old = text_of(texts, *file).ok();
        let old = old.as_deref();
        let new = match file {
            DatasetFile::Sources => render_dataset(old, &ex.sources.entries),
            DatasetFile::Places => render_dataset(old, &ex.places.entries),
            DatasetFile::People => render_dataset(old, &ex.people.entries),
            DatasetFile::Events => render_dataset(old, &ex.events.entries),
            DatasetFile::Eras => render_dataset(old, &ex.eras.entries),
            DatasetFile::Figures => render_dataset(old, &ex.figures.entries),
            DatasetFile::Conflicts => render_dataset(old, &ex.conflicts.entries),
            DatasetFile::Gallery => render_dataset(old, &ex.gallery.entries),
        };
        if old != Some(new.as_str()) {
            writes.push((*file, new));
        }
    }
    // The files as they will be written must read back as exactly what was checked.
    let written = Exhibit::load(|file| match writes.iter().find(|(f, _)| *f == file) {
        Some((_, text)) => Ok(text.clone()),
        None => match drafts.get(&file) {
            Some(draft) => Ok(draft.text.clone()),
            None => text_of(texts, file),
        },
    });
    if !same_entries(&written.exhibit, ex) || !written.problems.is_empty() {
        return Err(vec![SheetProblem {
            sheet: "(all)".into(),
            row: None,
            column: None,
            entry: None,
            line: None,
            message: "internal error: the files to be written do not read back as the sheets"
                .into(),
            fix: "nothing was written; please report this with the sheets attached".into(),
        }]);
    }
    Ok(writes)
}

fn same_entries(a: &Exhibit, b: &Exhibit) -> bool {
    a.sources.entries == b.sources.entries
        && a.places.entries == b.places.entries
        && a.people.entries == b.people.entries
        && a.events.entries == b.events.entries
        && a.eras.entries == b.eras.entries
        && a.figures.entries == b.figures.entries
        && a.conflicts.entries == b.conflicts.entries
        && a.gallery.entries == b.gallery.entries
}
