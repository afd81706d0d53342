//! Try the search on the shipped data:
//!
//!     cargo run -p exhibit-model --example search_demo -- "Спасск зираты" kk
//!
//! Prints the groups with their counts, and each hit's title, snippet and highlights
//! (highlighted words in [brackets]). With no query, prints the suggestions.

use exhibit_model::search::{suggestions, SearchIndex};
use exhibit_model::{Exhibit, Lang};
use std::ops::Range;
use std::path::Path;

fn marked(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        out.push('[');
        out.push_str(&text[r.clone()]);
        out.push(']');
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let query = args.next().unwrap_or_default();
    let lang = args
        .next()
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::En);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data");
    let exhibit = Exhibit::load(|file| {
        std::fs::read_to_string(data.join(file.file_name())).map_err(|e| e.to_string())
    })
    .exhibit;
    let index = SearchIndex::build(&exhibit);
    let results = index.search(&query, lang, 3);
    if results.is_empty() {
        println!("Nothing found for {query:?}. Suggestions:");
        for s in suggestions(&exhibit, lang) {
            println!("  {:?}: {}", s.kind, s.label);
        }
        return;
    }
    for group in &results.groups {
        println!("{} ({})", group.kind.key(), group.total);
        for hit in &group.hits {
            println!(
                "  {}  [{}] score {:.2}",
                marked(&hit.title, &hit.title_highlights),
                hit.id,
                hit.score
            );
            let lang = hit.snippet_lang.map_or("-", |l| l.code());
            println!("      ({lang}) {}", marked(&hit.snippet, &hit.highlights));
        }
    }
}
