//! CSV files as spreadsheet programs write and read them: UTF-8 with a byte order mark (so that
//! Excel and LibreOffice show Cyrillic and Japanese), a header row, cells quoted where needed,
//! line breaks inside quoted cells.

/// A sheet: the header and the rows, with each row's number as a spreadsheet shows it
/// (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

const BOM: &str = "\u{feff}";

/// The CSV bytes of a sheet, starting with a byte order mark.
pub fn write_table(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = BOM.as_bytes().to_vec();
    {
        let mut writer = csv::WriterBuilder::new().from_writer(&mut out);
        writer
            .write_record(header)
            .expect("writing to memory cannot fail");
        for row in rows {
            writer
                .write_record(row)
                .expect("writing to memory cannot fail");
        }
        writer.flush().expect("writing to memory cannot fail");
    }
    out
}

/// Reads a sheet; `Err` says what is wrong with the file as a whole, with a fix.
/// Rows whose cells are all empty (spreadsheets often leave some at the end) are skipped.
pub fn read_table(bytes: &[u8]) -> Result<Table, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (byte {}); fix: save it again as “CSV UTF-8” (Excel) or choose the character set “Unicode (UTF-8)” (LibreOffice)",
            e.valid_up_to()
        )
    })?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            format!(
                "row {}: the file cannot be read as CSV: {e}; fix: check the quotes in that row",
                index + 1
            )
        })?;
        let cells: Vec<String> = record.iter().map(str::to_string).collect();
        if index == 0 {
            table.header = cells.iter().map(|c| c.trim().to_string()).collect();
        } else if cells.iter().any(|c| !c.is_empty()) {
            table.rows.push((index + 1, cells));
        }
    }
    if table.header.is_empty() {
        return Err("the file is empty; fix: export the sheet again with its header row".into());
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tricky_cells_survive_a_round_trip() {
        let header = vec!["a".to_string(), "b".to_string()];
        let rows = vec![
            vec!["say \"hi\", then\nleave".to_string(), String::new()],
            vec![" padded ".to_string(), "\u{200f}עברית 🎐".to_string()],
        ];
        let bytes = write_table(&header, &rows);
        assert!(bytes.starts_with(BOM.as_bytes()));
        let table = read_table(&bytes).unwrap();
        assert_eq!(table.header, header);
        assert_eq!(table.rows, vec![(2, rows[0].clone()), (3, rows[1].clone())]);
    }

    #[test]
    fn a_file_that_is_not_utf8_is_named_as_such() {
        assert!(read_table(b"id\n\xff\n").unwrap_err().contains("UTF-8"));
    }
}
