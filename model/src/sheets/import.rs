//! Sheets → datasets: each row becomes an entry, checked first cell by cell and then by the
//! same rules as `cargo check-data`, with every problem pointed at its sheet, row and column.

use super::cells::{cell_to_citations, cell_to_list, cell_to_number};
use super::csv_table::Table;
use super::schema::{column_for_field, columns, csv_name, fields, Column, Kind};
use crate::lang::Lang;
use crate::problem::{DatasetFile, Problem};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

/// A problem in a sheet (or, for a dataset not imported, in its JSON file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetProblem {
    /// `events.csv`, or `places.json` for a problem in a file that was not imported.
    pub sheet: String,
    /// The spreadsheet row (the header is row 1).
    pub row: Option<usize>,
    pub column: Option<String>,
    pub entry: Option<String>,
    /// The line in a JSON file, for problems outside the sheets.
    pub line: Option<usize>,
    pub message: String,
    pub fix: String,
}

impl SheetProblem {
    fn cell(file: DatasetFile, row: usize, column: &str, message: String, fix: &str) -> Self {
        SheetProblem {
            sheet: csv_name(file),
            row: Some(row),
            column: Some(column.to_string()),
            entry: None,
            line: None,
            message,
            fix: fix.to_string(),
        }
    }
}

impl fmt::Display for SheetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.sheet)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(entry) = &self.entry {
            write!(f, " (“{entry}”)")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column “{column}”")?;
        }
        write!(f, ": {}\n    fix: {}", self.message, self.fix)
    }
}

/// Checks the header: every column of the layout, once, and nothing else.
fn check_header(file: DatasetFile, table: &Table) -> Vec<SheetProblem> {
    let expected = columns(file);
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for name in &table.header {
        if !seen.insert(name.as_str()) {
            problems.push(SheetProblem::cell(
                file,
                1,
                name,
                format!("the column “{name}” appears twice"),
                "delete one of the two columns",
            ));
        } else if !expected.iter().any(|c| &c.name == name) {
            let all: Vec<&str> = expected.iter().map(|c| c.name.as_str()).collect();
            problems.push(SheetProblem::cell(
                file,
                1,
                name,
                format!("“{name}” is not a column of {}", csv_name(file)),
                &format!(
                    "correct the name or delete the column; the columns are: {}",
                    all.join(", ")
                ),
            ));
        }
    }
    for column in &expected {
        if !seen.contains(column.name.as_str()) {
            problems.push(SheetProblem::cell(file, 1, &column.name, format!("the column “{}” is missing", column.name), "add the column back (cargo export-data writes the full header); leave its cells empty if it has no content"));
        }
    }
    problems
}

/// Reads one row into an entry, or says what is wrong with its cells.
fn entry_from_row(
    file: DatasetFile,
    row: usize,
    cell_of: impl Fn(&Column) -> String,
    problems: &mut Vec<SheetProblem>,
) -> Value {
    let columns = columns(file);
    let group_filled = |group: &str| {
        columns
            .iter()
            .filter(|c| c.field.path.split_once('.').map(|(g, _)| g) == Some(group))
            .any(|c| !cell_of(c).is_empty())
    };
    let mut entry = Map::new();
    for field in fields(file) {
        let (group, key) = match field.path.split_once('.') {
            Some((g, k)) => (Some(g), k),
            None => (None, field.path),
        };
        if group.is_some_and(|g| !group_filled(g)) {
            continue;
        }
        let mine: Vec<&Column> = columns.iter().filter(|c| c.field == *field).collect();
        let name = &mine[0].name;
        let cell = cell_of(mine[0]);
        let mut bad = |message: String, fix: &str| {
            problems.push(SheetProblem::cell(file, row, name, message, fix));
        };
        let value = match field.kind {
            Kind::Localized => {
                let mut text = Map::new();
                for column in &mine {
                    let cell = cell_of(column);
                    if !cell.is_empty() {
                        let lang = column.lang.unwrap_or(Lang::En);
                        text.insert(lang.code().to_string(), Value::String(cell));
                    }
                }
                if text.is_empty() && !field.required {
                    continue;
                }
                if !text.contains_key("en") {
                    let why = if text.is_empty() {
                        "the text is required"
                    } else {
                        "there is a translation but no English text"
                    };
                    bad(
                        format!("the cell is empty: {why}"),
                        "write the English text; it is shown wherever a translation is missing",
                    );
                    continue;
                }
                Value::Object(text)
            }
            Kind::Citations => {
                match cell_to_citations(&cell) {
                    Ok(list) => Value::Array(list),
                    Err(e) => {
                        bad(e, "write citations as “source-id @ p. 12; other-source-id” (docs/DATA.md)");
                        continue;
                    }
                }
            }
            _ if cell.is_empty() => {
                if field.required {
                    bad(
                        "the cell is empty, but this column is required".into(),
                        "fill it in (docs/DATA.md says what goes in it)",
                    );
                }
                continue;
            }
            Kind::Number => match cell_to_number(&cell) {
                Ok(n) => Value::Number(n),
                Err(e) => {
                    bad(
                        e,
                        "write digits only, with a point for decimals: 575000 or 50.6",
                    );
                    continue;
                }
            },
            Kind::List => Value::Array(cell_to_list(&cell)),
            Kind::Text => Value::String(cell),
        };
        match group {
            Some(g) => {
                let object = entry.entry(g).or_insert_with(|| Value::Object(Map::new()));
                object[key] = value;
            }
            None => {
                entry.insert(key.to_string(), value);
            }
        }
    }
    Value::Object(entry)
}

/// The rows of a sheet as entries, each with its row number.
pub fn entries_from_table(
    file: DatasetFile,
    table: &Table,
) -> Result<Vec<(usize, Value)>, Vec<SheetProblem>> {
    let mut problems = check_header(file, table);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut entries = Vec::new();
    for (row, cells) in &table.rows {
        if cells.len() > table.header.len()
            && cells[table.header.len()..].iter().any(|c| !c.is_empty())
        {
            problems.push(SheetProblem::cell(
                file,
                *row,
                "",
                format!(
                    "the row has {} cells but the header only {}",
                    cells.len(),
                    table.header.len()
                ),
                "move the extra cells into their columns or delete them",
            ));
            continue;
        }
        let cell_of = |column: &Column| {
            let i = table
                .header
                .iter()
                .position(|h| *h == column.name)
                .unwrap_or(usize::MAX);
            cells.get(i).cloned().unwrap_or_default()
        };
        let entry = entry_from_row(file, *row, cell_of, &mut problems);
        entries.push((*row, entry));
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// A would-be dataset file made from a sheet, and the line each entry starts on.
pub struct Draft {
    pub text: String,
    pub starts: Vec<(usize, usize)>,
}

impl Draft {
    pub fn new(entries: &[(usize, Value)]) -> Draft {
        let mut text = String::from("[\n");
        let mut starts = Vec::new();
        let mut line = 2;
        for (i, (row, entry)) in entries.iter().enumerate() {
            starts.push((line, *row));
            let pretty = serde_json::to_string_pretty(entry).expect("a JSON value prints");
            line += pretty.matches('\n').count() + 1;
            text.push_str("  ");
            text.push_str(&pretty.replace('\n', "\n  "));
            text.push_str(if i + 1 < entries.len() { ",\n" } else { "\n" });
        }
        text.push_str("]\n");
        Draft { text, starts }
    }

    /// The validator's problem, said in terms of the sheet.
    pub fn locate(&self, problem: &Problem) -> SheetProblem {
        let row = problem.line.and_then(|line| {
            let i = self.starts.partition_point(|(start, _)| *start <= line);
            i.checked_sub(1).map(|i| self.starts[i].1)
        });
        let column = problem
            .field
            .as_deref()
            .and_then(|f| column_for_field(problem.file, f));
        let citations = column.as_deref() == Some("citations");
        SheetProblem {
            sheet: csv_name(problem.file),
            row,
            column,
            entry: problem.entry.clone(),
            line: None,
            message: problem.message.clone(),
            fix: if citations && problem.message.starts_with("no citation") {
                "write at least one citation: “source-id @ p. 12” (several: separate them with “;”)"
                    .into()
            } else {
                problem.fix.clone()
            },
        }
    }
}

/// A validator's problem in a file that was not imported.
pub fn in_json(problem: &Problem) -> SheetProblem {
    SheetProblem {
        sheet: problem.file.file_name().to_string(),
        row: None,
        column: problem.field.clone(),
        entry: problem.entry.clone(),
        line: problem.line,
        message: problem.message.clone(),
        fix: problem.fix.clone(),
    }
}
