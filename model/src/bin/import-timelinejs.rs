//! `cargo import-timelinejs <file.json|file.csv> [data-dir] [options]`: a TimelineJS timeline as
//! events, eras and a source (docs/DATA.md, “Importing a TimelineJS timeline”).

use exhibit_model::sheets::Texts;
use exhibit_model::timelinejs::read::{read_csv, read_json};
use exhibit_model::timelinejs::{plan_import, Options};
use exhibit_model::write::{read_datasets, write_datasets};
use exhibit_model::{EventCategory, Lang, Reliability};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
Usage: cargo import-timelinejs <file.json|file.csv> [data-dir] [options]

Imports a TimelineJS 3 timeline — its JSON, or the CSV of its Google Sheets template — into the
datasets in <data-dir> (default public/data): each event slide becomes an event, each era an era,
and the timeline itself a new source in sources.json that every imported entry cites.
Running it again on the same timeline updates the entries it made instead of adding new ones.

Options:
  --lang CODE               the timeline's language: en (default), ru, kk or ja. Its texts fill
                            that language; the others are left for translators.
  --source-id ID            the id of the timeline's source (default: timeline-<title>)
  --author TEXT             the source's author
  --url URL                 where the timeline is published
  --reliability LEVEL       archival, scholarly, official, press, secondary (default) or weak
  --default-category CAT    the category of events whose group is empty or unknown
                            (default captivity); each such group is named in a note
  --group 'NAME=CAT'        file the events of group NAME under CAT (repeatable)
  --dry-run                 check and report, write nothing
  -h, --help                this text

Categories: war, captivity, labour, repatriation, remembrance, research.
Text is converted from HTML to plain text; media URLs and credits are kept as the summary's last
paragraph. If anything is wrong, every problem is printed and NOTHING is written.";

fn parse<T: serde::de::DeserializeOwned>(value: &str, what: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(value.to_string()))
        .map_err(|_| format!("“{value}” is not a {what}"))
}

fn options(args: &[String]) -> Result<(PathBuf, PathBuf, Options, bool), String> {
    let mut positional = Vec::new();
    let mut options = Options::new("");
    let mut dry_run = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |flag: &str| it.next().cloned().ok_or(format!("{flag} needs a value"));
        match arg.as_str() {
            "--lang" => {
                let code = value(arg)?;
                options.lang = Lang::from_code(&code).ok_or(format!(
                    "“{code}” is not one of the exhibit's languages (en, ru, kk, ja)"
                ))?;
            }
            "--source-id" => options.source_id = Some(value(arg)?),
            "--author" => options.author = Some(value(arg)?),
            "--url" => options.url = Some(value(arg)?),
            "--reliability" => {
                options.reliability = parse::<Reliability>(&value(arg)?, "reliability level")?
            }
            "--default-category" => {
                options.default_category = parse::<EventCategory>(&value(arg)?, "category")?
            }
            "--group" => {
                let pair = value(arg)?;
                let (name, category) = pair
                    .rsplit_once('=')
                    .ok_or(format!("--group wants NAME=CATEGORY, not “{pair}”"))?;
                options.groups.push((
                    name.to_string(),
                    parse::<EventCategory>(category.trim(), "category")?,
                ));
            }
            "--dry-run" => dry_run = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    if positional.is_empty() || positional.len() > 2 {
        return Err("give the timeline file, and optionally the data folder".into());
    }
    let file = positional[0].clone();
    let data = positional
        .get(1)
        .cloned()
        .unwrap_or_else(|| PathBuf::from("public/data"));
    options.name = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok((file, data, options, dry_run))
}

fn read(file: &Path) -> Result<exhibit_model::timelinejs::Timeline, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let is_csv = file
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        read_csv(&bytes)
    } else {
        let text =
            String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string())?;
        read_json(&text)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{HELP}");
        return ExitCode::SUCCESS;
    }
    let (file, data, options, dry_run) = match options(&args) {
        Ok(parsed) => parsed,
        Err(e) => {
            eprintln!("{e}\n\n{HELP}");
            return ExitCode::from(2);
        }
    };
    let timeline = match read(&file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {e}\n\nNothing was written.", file.display());
            return ExitCode::FAILURE;
        }
    };
    let texts: Texts = read_datasets(&data).into_iter().collect();
    let plan = match plan_import(&timeline, &texts, &options) {
        Ok(plan) => plan,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", file.display());
            }
            eprintln!(
                "\n{} problem(s) found. Nothing was written.",
                problems.len()
            );
            return ExitCode::FAILURE;
        }
    };
    for note in &plan.notes {
        println!("note: {note}");
    }
    if !dry_run {
        if let Err(e) = write_datasets(&data, &plan.writes) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    let verb = if dry_run { "Would import" } else { "Imported" };
    println!(
        "{verb} {}: {} entries added, {} updated, all citing the source “{}”.",
        file.display(),
        plan.added,
        plan.updated,
        plan.source_id
    );
    for (f, _) in &plan.writes {
        println!(
            "  {} {}",
            if dry_run { "would change" } else { "changed" },
            data.join(f.file_name()).display()
        );
    }
    let others: Vec<&str> = Lang::ALL
        .into_iter()
        .filter(|l| *l != options.lang)
        .map(Lang::code)
        .collect();
    println!("The imported texts are in “{}” only; their {} translations are missing (cargo check-data shows the coverage; cargo export-data gives translators a sheet).", options.lang.code(), others.join(", "));
    if !plan.must_add.is_empty() {
        println!("\nUntil these are added, cargo check-data fails and the exhibit shows an error panel for the files named. Add:");
        for p in &plan.must_add {
            println!("{p}");
        }
    }
    ExitCode::SUCCESS
}
