//! `cargo import-data <csv-dir> [data-dir]`: reads the sheets of `cargo export-data` back into
//! the JSON datasets, all or nothing (docs/DATA.md, “Working in a spreadsheet”).

use exhibit_model::sheets::{plan_import, read_table, schema::csv_name, Texts};
use exhibit_model::write::{read_datasets, write_datasets};
use exhibit_model::DatasetFile;
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
Usage: cargo import-data <csv-dir> [data-dir]

Reads the sheets in <csv-dir> (sources.csv, places.csv, … as written by `cargo export-data`;
any that are absent leave their dataset as it is) into the JSON datasets in <data-dir>
(default public/data).

Every sheet is checked cell by cell and then with the same rules as `cargo check-data`. If
anything is wrong, each problem is printed with its sheet, row, column and a fix, and NOTHING is
written. Otherwise only the datasets that change are rewritten, each through a temporary file in
the same folder, and entries that did not change keep their exact text. See docs/DATA.md.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{HELP}");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() || args.len() > 2 || args.iter().any(|a| a.starts_with('-')) {
        eprintln!("{HELP}");
        return ExitCode::from(2);
    }
    let sheets_dir = PathBuf::from(&args[0]);
    let data = PathBuf::from(args.get(1).map_or("public/data", String::as_str));
    let mut sheets = Vec::new();
    let mut unreadable = false;
    for file in DatasetFile::ALL {
        let path = sheets_dir.join(csv_name(file));
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        match read_table(&bytes) {
            Ok(table) => sheets.push((file, table)),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                unreadable = true;
            }
        }
    }
    if unreadable {
        eprintln!("\nNothing was written.");
        return ExitCode::FAILURE;
    }
    if sheets.is_empty() {
        eprintln!("No sheets found in {}: expected files such as events.csv (cargo export-data writes them).", sheets_dir.display());
        return ExitCode::FAILURE;
    }
    let texts: Texts = read_datasets(&data).into_iter().collect();
    match plan_import(&sheets, &texts) {
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "\n{} problem(s) found. Nothing was written.",
                problems.len()
            );
            ExitCode::FAILURE
        }
        Ok(writes) => {
            if let Err(e) = write_datasets(&data, &writes) {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
            for (file, _) in &sheets {
                let changed = writes.iter().any(|(f, _)| f == file);
                println!(
                    "  {:<15} {}",
                    file.file_name(),
                    if changed { "updated" } else { "unchanged" }
                );
            }
            println!(
                "Imported {} sheet(s) into {}; the data passes cargo check-data.",
                sheets.len(),
                data.display()
            );
            ExitCode::SUCCESS
        }
    }
}
