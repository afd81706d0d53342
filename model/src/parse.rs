//! Reading one dataset file: malformed JSON is reported with line and column,
//! and each entry is read on its own so that one bad entry does not hide the others.

use crate::allowed::{allowed_values, listed};
use crate::limits::{shorten_message, shown};
use crate::position::{Columns, LineStarts};
use crate::problem::{DatasetFile, Problem};
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;

/// The entries of one file that could be read, with the line each starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset<T> {
    pub entries: Vec<T>,
    pub lines: Vec<usize>,
    /// False when the file could not be read at all (missing, malformed, not an array):
    /// references into it are then not checked, to avoid a flood of follow-on errors.
    pub readable: bool,
    /// Ids of entries that are in the file but could not be read: references to them
    /// are not reported again, since the entry's own problem already is.
    pub unreadable_ids: Vec<String>,
}

impl<T> Default for Dataset<T> {
    fn default() -> Self {
        Dataset {
            entries: Vec::new(),
            lines: Vec::new(),
            readable: false,
            unreadable_ids: Vec::new(),
        }
    }
}

impl<T> Dataset<T> {
    pub fn iter(&self) -> impl Iterator<Item = (&T, usize)> {
        self.entries.iter().zip(self.lines.iter().copied())
    }
}

/// A fix for a serde message, so that every message says what to do.
fn fix_for(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or("");
        format!("add the required field “{field}” (see docs/DATA.md)")
    } else if message.starts_with("unknown field") {
        "remove the field or correct its spelling; the allowed names are listed above".into()
    } else if message.starts_with("unknown variant") {
        "use one of the values listed above".into()
    } else if message.contains("expected an object with language keys") {
        r#"write the text as an object with one key per language, e.g. {"en": "Karaganda", "ru": "Караганда"}"#.into()
    } else if message.starts_with("invalid type") {
        "change the value to the type expected (text in quotes, a number, a list [ ] or an object { })".into()
    } else if message.starts_with("number out of range") {
        "write the number in plain digits, as the source gives it; this one is too large to be any count".into()
    } else if message.starts_with("duplicate field") {
        "keep only one of the two fields".into()
    } else if message.contains("date") || message.contains("day ") || message.contains("month") {
        "write the date as YYYY, YYYY-MM or YYYY-MM-DD; prefix ~ if approximate; A/B for a range"
            .into()
    } else {
        "correct the value (see docs/DATA.md)".into()
    }
}

/// Removes serde's own " at line L column C" suffix: the location is reported separately.
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// The message and fix for an entry that could not be read: an enum field names its
/// allowed values whatever was written there, and quoted values are shortened.
fn explain(file: DatasetFile, path: &str, message: &str) -> (String, String) {
    let message = shorten_message(message);
    match allowed_values(file, path) {
        Some(values) if message.starts_with("unknown variant") => (
            message,
            format!(
                "write one of {}, in lowercase and in quotes",
                listed(values)
            ),
        ),
        Some(values) if message == "expected value" => (
            format!("“{path}” must be one of {}", listed(values)),
            format!(
                "write one of {}, in lowercase and in quotes",
                listed(values)
            ),
        ),
        Some(values) => (
            format!("“{path}” must be one of {} ({message})", listed(values)),
            format!(
                "write one of {}, in lowercase and in quotes",
                listed(values)
            ),
        ),
        None => {
            let fix = fix_for(&message);
            (message, fix)
        }
    }
}

/// The id of an entry that could not be read, when it has a text id: the other fields
/// are skipped unchecked, so an id is found even beside a wrong value.
fn entry_id(raw: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    if !raw.get().starts_with('{') {
        return None;
    }
    serde_json::from_str::<IdOnly>(raw.get())
        .ok()
        .and_then(|entry| entry.id)
        .filter(|id| !id.is_empty())
}

/// Byte offsets where the elements of a top-level JSON array start, in one pass that skips
/// over strings. Only used on text that has already parsed as an array.
fn element_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let (mut depth, mut in_string, mut escaped, mut expecting) = (0usize, false, false, false);
    for (i, b) in text.bytes().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            b',' if depth == 1 => {
                expecting = true;
                continue;
            }
            _ => {}
        }
        if depth == 1 && expecting && b != b']' {
            starts.push(i);
            expecting = false;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth == 1 {
                    expecting = true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    starts
}

/// A file's bytes as text: UTF-8, with or without a byte-order mark (which
/// [`parse_dataset`] skips). `Err` says in a sentence why not, e.g. a file saved as UTF-16
/// or in a legacy code page by a spreadsheet tool.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err("the file is saved as UTF-16; save it as UTF-8 (in a spreadsheet tool: “CSV UTF-8” or “Unicode (UTF-8)”)".into());
    }
    String::from_utf8(bytes.to_vec()).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
        format!("the file is not UTF-8 text: byte {} (line {line}) is not UTF-8; save the file as UTF-8", at + 1)
    })
}

/// Reads a dataset file's text. Entries that cannot be read are reported and left out.
pub fn parse_dataset<T: DeserializeOwned>(
    file: DatasetFile,
    text: &str,
) -> (Dataset<T>, Vec<Problem>) {
    // Spreadsheet tools and some editors write a UTF-8 byte-order mark first: it is not
    // content, and without it line 1 counts its columns as editors do.
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // The fast path, for the usual case of a file with nothing wrong: one parse of the whole
    // list and one pass for where each entry starts.
    if let Ok(entries) = serde_json::from_str::<Vec<T>>(text) {
        let starts = element_starts(text);
        if starts.len() == entries.len() {
            // Lines only: a column would cost the length of its line (all of a minified file).
            let line_starts = LineStarts::new(text);
            let lines = starts
                .iter()
                .map(|offset| line_starts.line(*offset))
                .collect();
            let dataset = Dataset {
                entries,
                lines,
                readable: true,
                unreadable_ids: Vec::new(),
            };
            return (dataset, Vec::new());
        }
    }
    let mut problems = Vec::new();
    let raws: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(raws) => raws,
        Err(err) => {
            let (message, fix) = if text.trim().is_empty() {
                (
                    "the file is empty".to_string(),
                    "write [ ] for a file with no entries, or restore the file from the last published version".to_string(),
                )
            } else if err.is_syntax() || err.is_eof() {
                (
                    format!(
                        "malformed JSON: {}",
                        shorten_message(&without_position(&err.to_string()))
                    ),
                    "check for a missing or extra comma, quote, bracket or brace just before this point".to_string(),
                )
            } else {
                (
                    format!(
                        "the file must be a list of entries: {}",
                        shorten_message(&without_position(&err.to_string()))
                    ),
                    format!(
                        "wrap the entries in [ ], one object {{ }} per {}",
                        file.entry_noun()
                    ),
                )
            };
            let mut problem = Problem::new(file, message, fix);
            if !text.trim().is_empty() {
                // serde counts columns from 1 but says 0 at the very start of a line.
                problem = problem.at(err.line(), Some(err.column().max(1)));
            }
            problems.push(problem);
            return (Dataset::default(), problems);
        }
    };

    let line_starts = LineStarts::new(text);
    let mut columns = Columns::new(&line_starts);
    let mut dataset = Dataset {
        entries: Vec::with_capacity(raws.len()),
        lines: Vec::with_capacity(raws.len()),
        readable: true,
        unreadable_ids: Vec::new(),
    };
    for (index, raw) in raws.into_iter().enumerate() {
        // RawValue borrows from `text`, so its position in the file is a pointer difference.
        let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        let (line, column) = columns.at(text, offset);
        // The plain parse is the fast path; only a failing entry is parsed again with
        // path tracking, to name the field that is wrong.
        if let Ok(entry) = serde_json::from_str::<T>(raw.get()) {
            dataset.entries.push(entry);
            dataset.lines.push(line);
            continue;
        }
        let mut de = serde_json::Deserializer::from_str(raw.get());
        match serde_path_to_error::deserialize::<_, T>(&mut de) {
            Ok(entry) => {
                dataset.entries.push(entry);
                dataset.lines.push(line);
            }
            Err(err) => {
                let path = err.path().to_string();
                let inner = err.into_inner();
                let message = without_position(&inner.to_string());
                let (err_line, err_column) = if inner.line() <= 1 {
                    (line, column + inner.column().saturating_sub(1))
                } else {
                    (line + inner.line() - 1, inner.column())
                };
                let name = match entry_id(raw) {
                    Some(id) => {
                        let name = shown(&id, 80);
                        dataset.unreadable_ids.push(id);
                        name
                    }
                    None => format!("#{}", index + 1),
                };
                let (message, fix) = explain(file, &path, &message);
                let mut problem = Problem::new(file, message, fix)
                    .entry(name)
                    .at(err_line, Some(err_column));
                if path != "." {
                    // A misspelt field name is part of the path: quote it short too.
                    problem = problem.field(shown(&path, 120));
                }
                problems.push(problem);
            }
        }
    }
    (dataset, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_where_they_start_whatever_their_strings_hold() {
        let text = "[\n  {\"id\": \"a\", \"t\": \"[x], {y}\"},\n  {\"id\": \"b\\\"]\"},\n\n  {\"id\": \"c\", \"l\": [1, 2]}\n]";
        let starts = element_starts(text);
        assert_eq!(starts.len(), 3);
        let lines = LineStarts::new(text);
        let found: Vec<usize> = starts.iter().map(|o| lines.line(*o)).collect();
        assert_eq!(found, [2, 3, 5]);
        assert!(element_starts("[]").is_empty());
        assert_eq!(element_starts("[1,2 , 3]").len(), 3);
    }

    #[test]
    fn the_fast_and_the_careful_path_agree_on_lines() {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            #[allow(dead_code)]
            id: String,
        }
        let good = "[\n  {\"id\": \"a\"},\n\n  {\"id\": \"b\"}\n]";
        let (fast, problems) = parse_dataset::<Entry>(DatasetFile::Events, good);
        assert!(problems.is_empty());
        assert_eq!(fast.lines, [2, 4]);
        // One bad entry sends the file down the careful path; the good one keeps its line.
        let bad = "[\n  {\"id\": \"a\"},\n\n  {\"id\": \"b\", \"x\": 1}\n]";
        let (careful, problems) = parse_dataset::<Entry>(DatasetFile::Events, bad);
        assert_eq!(careful.lines, [2]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(4));
    }

    #[test]
    fn a_minified_file_names_the_line_and_column_of_a_bad_entry() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Entry {
            #[allow(dead_code)]
            id: String,
        }
        let text = r#"[{"id":"a"},{"id":"я"},{"id":"b","x":1},{"id":"c"},{"id":"d","y":2}]"#;
        let (dataset, problems) = parse_dataset::<Entry>(DatasetFile::Events, text);
        assert_eq!(dataset.lines, [1, 1, 1]);
        let at: Vec<_> = problems.iter().map(|p| (p.line, p.column)).collect();
        // serde points at the end of the unknown key: `"x"` ends at the 36th character and
        // `"y"` at the 64th (the Cyrillic letter counts as one character, not two bytes).
        assert_eq!(at, [(Some(1), Some(36)), (Some(1), Some(64))]);
        let lines = LineStarts::new(text);
        let mut columns = Columns::new(&lines);
        for offset in [0, 12, 21, 60] {
            assert_eq!(columns.at(text, offset), lines.line_column(text, offset));
        }
    }
}
