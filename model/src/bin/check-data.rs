//! The curators' check: `cargo check-data [DATA_DIR]` (default `public/data`).
//! Prints every problem with file, line, entry, field and fix; exits 1 if there are any.

use exhibit_model::{DatasetFile, Exhibit, Lang};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("public/data"));
    let loaded = Exhibit::load(|file| {
        let path = dir.join(file.file_name());
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        exhibit_model::parse::decode(&bytes).map_err(|why| format!("{}: {why}", path.display()))
    });
    let ex = &loaded.exhibit;
    let counts = [
        (DatasetFile::Sources, ex.sources.entries.len()),
        (DatasetFile::Places, ex.places.entries.len()),
        (DatasetFile::People, ex.people.entries.len()),
        (DatasetFile::Events, ex.events.entries.len()),
        (DatasetFile::Eras, ex.eras.entries.len()),
        (DatasetFile::Figures, ex.figures.entries.len()),
        (DatasetFile::Conflicts, ex.conflicts.entries.len()),
        (DatasetFile::Gallery, ex.gallery.entries.len()),
    ];
    println!("Checking {}", dir.display());
    for (file, count) in counts {
        println!("  {:<15} {count:>4} entries read", file.file_name());
    }
    let coverage = ex.coverage();
    println!(
        "  citations: {:.1} % of {} facts cite a known source",
        coverage.citation_percent(),
        coverage.entries
    );
    let per_language: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| {
            format!(
                "{} {:.1} %",
                lang.code(),
                coverage.translation_percent(lang)
            )
        })
        .collect();
    println!(
        "  translations of {} texts: {}",
        coverage.texts,
        per_language.join(", ")
    );
    if loaded.problems.is_empty() {
        println!("No problems found.");
        return ExitCode::SUCCESS;
    }
    println!();
    for problem in &loaded.problems {
        println!("{problem}");
    }
    println!("\n{} problem(s) found. The exhibit shows an error panel for these files until they are fixed.", loaded.problems.len());
    ExitCode::FAILURE
}
