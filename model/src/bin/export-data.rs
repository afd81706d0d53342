//! `cargo export-data <out-dir> [data-dir]`: every dataset as a CSV sheet for a spreadsheet
//! program (docs/DATA.md, “Working in a spreadsheet”).

use exhibit_model::sheets::{export_sheets, Texts};
use exhibit_model::write::read_datasets;
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
Usage: cargo export-data <out-dir> [data-dir]

Writes one CSV sheet per dataset (sources.csv, places.csv, people.csv, events.csv, eras.csv,
figures.csv, conflicts.csv, gallery.csv) into <out-dir>, which is created if needed.
<data-dir> defaults to public/data.

The sheets are UTF-8 with a byte order mark, one row per entry, one column per field and, for
translated texts, one per language (title_en, title_ru, title_kk, title_ja). Lists of ids are
written “a; b”, citations “source-id @ p. 12; other-source”. Edit them in a spreadsheet program
and read them back with `cargo import-data`. See docs/DATA.md.";

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
    let out = PathBuf::from(&args[0]);
    let data = PathBuf::from(args.get(1).map_or("public/data", String::as_str));
    let texts: Texts = read_datasets(&data).into_iter().collect();
    let (sheets, warnings) = match export_sheets(&texts) {
        Ok(done) => done,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("\nNothing exported: some entries in {} cannot be read, so the sheets would lack them. Fix these first (cargo check-data).", data.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, bytes) in &sheets {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, bytes) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("  wrote {}", path.display());
    }
    if !warnings.is_empty() {
        println!("\nExported, but the data has {} problem(s) (cargo check-data lists them); fix them in the sheets before importing.", warnings.len());
    }
    ExitCode::SUCCESS
}
