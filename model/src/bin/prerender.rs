//! Writes a prerendered HTML file for every route into a finished build (run by trunk's
//! post-build hook, see Trunk.toml): `index.html`, `timeline/index.html`,
//! `timeline/<event>/index.html`, … and `404.html`, each from the build's own `index.html`
//! and datasets (see `exhibit_model::prerender`).
//! Usage: prerender <dist-dir> [locales/en.json]   (SITE_URL=https://… for absolute Open Graph addresses)

use exhibit_model::prerender::{self, html, Site, Ui};
use exhibit_model::Exhibit;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(dist: &Path, locale: &Path) -> Result<usize, String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let template = read(&dist.join("index.html"))?;
    let ui = Ui::from_json(&read(locale)?)?;
    let loaded = Exhibit::load(|file| {
        let path = dist.join("data").join(file.file_name());
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        exhibit_model::parse::decode(&bytes).map_err(|why| format!("{}: {why}", path.display()))
    });
    // The app shows a broken file's problems itself; the pages are written from what could be read.
    for problem in &loaded.problems {
        eprintln!("prerender: {problem}");
    }
    let base = html::base_path(&template);
    let site_url = std::env::var("SITE_URL").unwrap_or_default();
    let site_url = site_url.trim_end_matches('/');
    let site = Site {
        ui: &ui,
        exhibit: &loaded.exhibit,
        base: &base,
    };
    let write = |path: PathBuf, text: String| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    let documents = prerender::documents(&site);
    for doc in &documents {
        write(
            dist.join(&doc.dir).join("index.html"),
            html::fill(&template, doc, site_url)?,
        )?;
    }
    let not_found = prerender::not_found(&site);
    write(
        dist.join("404.html"),
        html::fill(&template, &not_found, site_url)?,
    )?;
    Ok(documents.len() + 1)
}

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(dist) = args.next().map(PathBuf::from) else {
        eprintln!("usage: prerender <dist-dir> [locales/en.json]");
        return ExitCode::FAILURE;
    };
    let locale = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("locales/en.json"));
    match run(&dist, &locale) {
        Ok(count) => {
            println!("prerender: {count} pages written into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("prerender: {why}");
            ExitCode::FAILURE
        }
    }
}
