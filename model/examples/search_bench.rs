//! Search benchmark (a measurement, not a test): the shipped datasets plus synthetic events
//! up to 10,000, with words drawn from the shipped texts in all four languages and as many
//! per title and summary as the shipped events have on average.
//!
//!     cargo run --release -p exhibit-model --example search_bench [events]
//!
//! Prints the median time to build the index, and for each query typed one character at a
//! time, the median time per keystroke (search with 5 hits per group, snippets included).

use exhibit_model::search::{suggestions, SearchIndex};
use exhibit_model::{DateSpec, Event, EventCategory, Exhibit, Lang, LocalizedText};
use std::path::Path;
use std::time::{Duration, Instant};

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

/// Time this thread has spent on a CPU (Linux), to tell the work apart from waiting on a
/// shared machine.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split(' ').next()?.parse().ok()?))
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

/// Words per title and summary as in the shipped events (Japanese: runs of 3 characters).
const WORDS: [(usize, usize); 4] = [(6, 25), (6, 20), (6, 19), (5, 18)];

fn synthetic(exhibit: &mut Exhibit, count: usize) {
    let mut random = Random(1945);
    let pools: Vec<Vec<String>> = Lang::ALL.iter().map(|l| vocabulary(exhibit, *l)).collect();
    let text = |random: &mut Random, summary: bool| -> LocalizedText {
        let mut t: Vec<String> = Vec::new();
        for (i, pool) in pools.iter().enumerate() {
            let words = if summary { WORDS[i].1 } else { WORDS[i].0 };
            let n = words / 2 + random.below(words + 1);
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
        let title = text(&mut random, false);
        let summary = text(&mut random, true);
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

    let mut cpu = Vec::new();
    let builds: Vec<Duration> = (0..7)
        .map(|_| {
            let (t, c) = (Instant::now(), cpu_time());
            std::hint::black_box(SearchIndex::build(&exhibit));
            if let (Some(before), Some(after)) = (c, cpu_time()) {
                cpu.push(after - before);
            }
            t.elapsed()
        })
        .collect();
    let index = SearchIndex::build(&exhibit);
    let stats = index.stats();
    println!(
        "index build: median {} of 7 (min {}, max {}; CPU time median {}); \
         {} texts ({:.1} MiB), {} terms, {} postings, ~{:.1} MiB in all",
        ms(median(builds.clone())),
        ms(*builds.iter().min().unwrap()),
        ms(*builds.iter().max().unwrap()),
        if cpu.is_empty() {
            "n/a".into()
        } else {
            ms(median(cpu))
        },
        stats.texts,
        stats.text_bytes as f64 / 1048576.0,
        stats.terms,
        stats.postings,
        stats.bytes as f64 / 1048576.0
    );

    let queries: [(&str, Lang); 12] = [
        ("Karaganda", Lang::Ru),
        ("Spassk", Lang::En),
        ("Спасск зираты", Lang::Kk),
        ("スパスク", Lang::Ja),
        ("シベリア抑留", Lang::Ja),
        ("99", Lang::En),
        ("Karaganada", Lang::En),
        ("Ahiko", Lang::Ja),
        ("Қарағанды", Lang::Kk),
        ("военнопленные", Lang::Ru),
        ("prisoners of war camp", Lang::En),
        ("1956", Lang::En),
    ];
    const RUNS: usize = 21;
    let mut all = Vec::new();
    println!("\nper keystroke (median of {RUNS} runs each; limit 5 hits per group):");
    for (query, lang) in queries {
        let cuts: Vec<usize> = query
            .char_indices()
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let mut per_key = Vec::new();
        let mut found = 0;
        for end in cuts {
            let typed = &query[..end];
            let times: Vec<Duration> = (0..RUNS)
                .map(|_| {
                    let t = Instant::now();
                    let r = std::hint::black_box(index.search(typed, lang, 5));
                    found = r.total();
                    t.elapsed()
                })
                .collect();
            per_key.push(median(times));
        }
        all.extend(per_key.iter().copied());
        println!(
            "  {:<24} {:>2} keystrokes: median {:>9}, slowest {:>9}; {found} entries found",
            format!("{query:?} ({})", lang.code()),
            per_key.len(),
            ms(median(per_key.clone())),
            ms(*per_key.iter().max().unwrap()),
        );
    }
    all.sort();
    println!(
        "all keystrokes: median {}, 90th percentile {}, slowest {}",
        ms(all[all.len() / 2]),
        ms(all[all.len() * 9 / 10]),
        ms(*all.last().unwrap())
    );
    let t = Instant::now();
    let offered = suggestions(&exhibit, Lang::En);
    println!("suggestions: {} in {}", offered.len(), ms(t.elapsed()));
}
