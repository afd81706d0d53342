//! The search engine against a small fixture exhibit (`tests/fixtures/search/`), never the
//! shipped data: a curator's edit must not break these.

use exhibit_model::search::{
    suggestions, Hit, HitKind, SearchIndex, SearchResults, SuggestionKind,
};
use exhibit_model::{Exhibit, Lang};
use std::path::Path;

fn exhibit() -> Exhibit {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/search");
    let loaded = Exhibit::load(|file| {
        std::fs::read_to_string(dir.join(file.file_name())).map_err(|e| e.to_string())
    });
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    loaded.exhibit
}

fn search(query: &str, lang: Lang) -> SearchResults {
    SearchIndex::build(&exhibit()).search(query, lang, 10)
}

fn ids(results: &SearchResults, kind: HitKind) -> Vec<&str> {
    results
        .group(kind)
        .map(|g| g.hits.iter().map(|h| h.id.as_str()).collect())
        .unwrap_or_default()
}

fn hit<'a>(results: &'a SearchResults, kind: HitKind, id: &str) -> &'a Hit {
    results
        .group(kind)
        .and_then(|g| g.hits.iter().find(|h| h.id == id))
        .unwrap_or_else(|| panic!("no {kind:?} {id} in {results:#?}"))
}

fn highlighted(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<String> {
    ranges.iter().map(|r| text[r.clone()].to_string()).collect()
}

#[test]
fn a_russian_word_typed_with_the_english_interface_finds_the_entry() {
    let results = search("кладбище", Lang::En);
    assert_eq!(ids(&results, HitKind::Place), ["spassk-cemetery"]);
    let h = hit(&results, HitKind::Place, "spassk-cemetery");
    // The title is in the interface language; the snippet shows where it matched, and says
    // in which language.
    assert_eq!(h.title, "Spassk cemetery");
    assert_eq!(h.title_lang, Some(Lang::En));
    assert_eq!(h.snippet_lang, Some(Lang::Ru));
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["кладбище"]);
}

#[test]
fn an_english_name_typed_by_a_russian_reader_shows_the_russian_title() {
    let results = search("Karaganda", Lang::Ru);
    assert_eq!(results.groups[0].kind, HitKind::Place);
    let h = &results.groups[0].hits[0];
    assert_eq!(h.id, "karaganda");
    assert_eq!(h.title, "Караганда");
    assert_eq!(h.title_lang, Some(Lang::Ru));
    // Found in the Russian title itself, through its transliteration.
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["Караганда"]);
}

#[test]
fn cyrillic_words_are_found_by_their_latin_transliteration() {
    // No English text says "Dolinka"; the Russian name does, in Cyrillic.
    let results = search("Dolinka", Lang::En);
    let h = hit(&results, HitKind::Place, "dolinka");
    assert_eq!(h.title, "Camp administration village");
    assert_eq!(h.snippet_lang, Some(Lang::Ru));
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["Долинка"]);
    // And the other way: Cyrillic typed, only Latin text to find it in.
    let results = search("Катасонова", Lang::Ru);
    assert_eq!(ids(&results, HitKind::Source), ["katasonova"]);
}

#[test]
fn a_kanji_substring_matches_inside_a_longer_word() {
    let results = search("抑留", Lang::Ja);
    let h = hit(&results, HitKind::Event, "internment");
    assert_eq!(h.title, "シベリア抑留の始まり");
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["抑留"]);
    assert_eq!(results.total(), 1);

    // Katakana, its hiragana spelling, and a single character.
    let katakana = search("スパスク", Lang::Ja);
    assert_eq!(ids(&katakana, HitKind::Place).len(), 2);
    assert_eq!(ids(&katakana, HitKind::Gallery), ["spassk-memorial"]);
    let hiragana = search("すぱすく", Lang::Ja);
    assert_eq!(
        ids(&hiragana, HitKind::Place),
        ids(&katakana, HitKind::Place)
    );
    let one = search("墓", Lang::Ja);
    assert_eq!(ids(&one, HitKind::Place), ["spassk-cemetery"]);
    assert_eq!(ids(&one, HitKind::Gallery), ["spassk-memorial"]);
    // Bigrams of the query must all be in one text, not scattered.
    assert!(search("抑留墓", Lang::Ja).is_empty());
}

#[test]
fn a_kazakh_word_matches_with_and_without_its_special_letters_exact_first() {
    let exact = search("Қарағанды", Lang::Kk);
    assert_eq!(
        ids(&exact, HitKind::Event),
        ["region-founded", "plain-spelling"]
    );
    assert_eq!(ids(&exact, HitKind::Place)[0], "karaganda");
    let plain = search("Караганды", Lang::Kk);
    assert_eq!(
        ids(&plain, HitKind::Event),
        ["plain-spelling", "region-founded"]
    );
    assert!(ids(&plain, HitKind::Place).contains(&"karaganda"));
    let h = hit(&plain, HitKind::Event, "region-founded");
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["Қарағанды"]);
    // Words too short for typo tolerance: only folding can match them.
    for query in ["Ұлы Ақ өзен", "улы ак озен", "УЛЫ АК ОЗЕН"] {
        let results = search(query, Lang::Kk);
        assert_eq!(ids(&results, HitKind::Event), ["region-founded"], "{query}");
        let h = hit(&results, HitKind::Event, "region-founded");
        assert_eq!(
            highlighted(&h.snippet, &h.highlights),
            ["Ұлы", "Ақ", "өзен"]
        );
    }
}

#[test]
fn a_camp_number_matches_no_and_the_numero_sign() {
    let results = search("99", Lang::En);
    assert_eq!(ids(&results, HitKind::Place), ["spassk-camp-99"]);
    assert_eq!(ids(&results, HitKind::Event), ["camp-99-opens"]);
    let h = hit(&results, HitKind::Place, "spassk-camp-99");
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["99"]);
    // In Russian ("№ 99") and Kazakh too.
    let ru = search("лагерь 99", Lang::Ru);
    let h = hit(&ru, HitKind::Place, "spassk-camp-99");
    assert_eq!(h.title, "Спасский лагерь № 99");
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["лагерь", "99"]);
    assert!(search("97", Lang::En).is_empty());
    // Digits are a token of their own even when letters follow ("№ 9898сс").
    let results = search("9898", Lang::Ru);
    let h = hit(&results, HitKind::Event, "internment");
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["9898"]);
}

#[test]
fn a_misspelt_latin_name_is_found() {
    for typo in ["Karaganada", "Karagnada", "Karaganfa"] {
        let results = search(typo, Lang::En);
        assert_eq!(
            ids(&results, HitKind::Place).first(),
            Some(&"karaganda"),
            "{typo}"
        );
    }
    // Short words get no typo tolerance: "Kard" is not "Kara…".
    assert!(search("Kard", Lang::En).is_empty());
    // A misspelt Cyrillic word too.
    assert!(ids(&search("Караганла", Lang::Ru), HitKind::Place).contains(&"karaganda"));
}

#[test]
fn the_word_being_typed_matches_as_a_prefix() {
    for typed in ["K", "Ka", "Kar", "Kara", "Karag"] {
        let results = search(typed, Lang::En);
        assert!(
            ids(&results, HitKind::Place).contains(&"karaganda"),
            "{typed}: {results:#?}"
        );
    }
    // A finished one-letter word (followed by a space) no longer is one.
    assert!(ids(&search("K ", Lang::En), HitKind::Place).is_empty());
    // The exact word ranks above a longer word it begins.
    let results = search("Spassk", Lang::En);
    assert_eq!(
        ids(&results, HitKind::Place),
        ["spassk-cemetery", "spassk-camp-99"]
    );
}

#[test]
fn results_are_grouped_by_kind_with_counts() {
    let index = SearchIndex::build(&exhibit());
    let all = index.search("Spassk", Lang::En, 10);
    let kinds: Vec<HitKind> = all.groups.iter().map(|g| g.kind).collect();
    for kind in [
        HitKind::Place,
        HitKind::Event,
        HitKind::Person,
        HitKind::Gallery,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} missing: {kinds:?}");
    }
    let mut unique = kinds.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), kinds.len(), "one group per kind");
    assert_eq!(all.group(HitKind::Place).unwrap().total, 2);
    for g in &all.groups {
        assert!(g.hits.iter().all(|h| h.kind == g.kind));
        assert_eq!(g.total, g.hits.len());
        assert!(g.hits.windows(2).all(|w| w[0].score >= w[1].score));
    }
    // The limit cuts the hits, not the counts.
    let limited = index.search("Spassk", Lang::En, 1);
    assert_eq!(limited.group(HitKind::Place).unwrap().total, 2);
    assert_eq!(limited.group(HitKind::Place).unwrap().hits.len(), 1);
    assert_eq!(limited.total(), all.total());
    // The group with the best hit comes first: places and the gallery item have "Spassk"
    // in their names and titles, the event only in its summary.
    let event = kinds.iter().position(|k| *k == HitKind::Event).unwrap();
    let place = kinds.iter().position(|k| *k == HitKind::Place).unwrap();
    assert!(place < event, "{kinds:?}");
}

#[test]
fn highlights_point_at_the_matched_words_in_a_cut_snippet() {
    let results = search("Balkhash", Lang::En);
    let h = hit(&results, HitKind::Event, "long-text");
    assert!(h.snippet.starts_with('…'), "{}", h.snippet);
    assert!(h.snippet.chars().count() <= exhibit_model::search::SNIPPET_CHARS + 2);
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["Balkhash"]);

    // Every highlight of every hit, for a few queries in every language.
    for lang in Lang::ALL {
        for query in [
            "spassk",
            "Спасск",
            "prisoners",
            "военнопленные",
            "99",
            "スパスク",
        ] {
            for g in &search(query, lang).groups {
                for h in &g.hits {
                    for (text, ranges) in
                        [(&h.title, &h.title_highlights), (&h.snippet, &h.highlights)]
                    {
                        for r in ranges {
                            let word = text
                                .get(r.clone())
                                .unwrap_or_else(|| panic!("{r:?} is not in {text:?}"));
                            assert!(!word.trim().is_empty(), "{query}: {text:?} {r:?}");
                        }
                    }
                }
            }
        }
    }
    // A match only in the title: the snippet is the description, without highlights.
    let results = search("Arrivals", Lang::En);
    let h = hit(&results, HitKind::Event, "arrivals-en");
    assert_eq!(h.snippet, "3000 prisoners arrive.");
    assert_eq!(h.snippet_lang, Some(Lang::En));
    assert!(h.highlights.is_empty());
    assert_eq!(highlighted(&h.title, &h.title_highlights), ["Arrivals"]);
}

#[test]
fn matches_in_the_interface_language_rank_first() {
    // "3000" is in the English summary of one event and the Russian summary of the other.
    let ru = search("3000", Lang::Ru);
    assert_eq!(ids(&ru, HitKind::Event), ["arrivals-ru", "arrivals-en"]);
    let en = search("3000", Lang::En);
    assert_eq!(ids(&en, HitKind::Event), ["arrivals-en", "arrivals-ru"]);
    let h = hit(&ru, HitKind::Event, "arrivals-en");
    assert_eq!(h.title, "Прибытие");
    assert_eq!(h.snippet_lang, Some(Lang::En));
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["3000"]);
}

#[test]
fn an_empty_query_gives_no_results_and_there_are_suggestions() {
    let index = SearchIndex::build(&exhibit());
    for query in ["", "   ", "—", "!?"] {
        let results = index.search(query, Lang::En, 10);
        assert!(results.is_empty() && results.total() == 0, "{query:?}");
    }
    for lang in Lang::ALL {
        let offered = suggestions(&exhibit(), lang);
        for kind in [
            SuggestionKind::Place,
            SuggestionKind::Person,
            SuggestionKind::Year,
        ] {
            assert!(offered.iter().any(|s| s.kind == kind), "{lang:?} {kind:?}");
        }
        // Each one finds something when chosen.
        for s in &offered {
            assert!(!index.search(&s.label, lang, 5).is_empty(), "{s:?}");
        }
    }
    let en = suggestions(&exhibit(), Lang::En);
    assert_eq!(en[0].label, "Karaganda");
    assert_eq!(suggestions(&exhibit(), Lang::Ru)[0].label, "Караганда");
    assert!(suggestions(&Exhibit::default(), Lang::En).is_empty());
    let nothing = SearchIndex::build(&Exhibit::default());
    assert!(nothing.is_empty() && nothing.search("Spassk", Lang::En, 5).is_empty());
}

#[test]
fn every_word_of_the_query_must_match() {
    let both = search("Спасск зираты", Lang::Kk);
    assert_eq!(ids(&both, HitKind::Place), ["spassk-cemetery"]);
    assert_eq!(ids(&both, HitKind::Gallery), ["spassk-memorial"]);
    let h = hit(&both, HitKind::Place, "spassk-cemetery");
    assert_eq!(h.title, "Спасск зираты");
    assert_eq!(
        highlighted(&h.title, &h.title_highlights),
        ["Спасск", "зираты"]
    );
    // "Спасск" alone also finds the camp, which has no cemetery.
    assert!(ids(&search("Спасск", Lang::Kk), HitKind::Place).contains(&"spassk-camp-99"));
    assert!(search("Spassk nowhere", Lang::En).is_empty());
    // Words may match in different fields and languages of one entry.
    let mixed = search("Ahiko witness", Lang::Ru);
    assert_eq!(ids(&mixed, HitKind::Person), ["ahiko"]);
}

#[test]
fn years_dates_and_sources_are_searchable() {
    let results = search("1947", Lang::En);
    assert_eq!(ids(&results, HitKind::Event), ["arrivals-en"]);
    assert_eq!(ids(&results, HitKind::Era), ["captivity"]);
    let results = search("Kazakhstan", Lang::En);
    let h = hit(&results, HitKind::Source, "katasonova");
    assert_eq!(h.title, "Japanese prisoners of war in Kazakhstan");
    assert_eq!(h.snippet, "Японские военнопленные в Казахстане");
    // The original Russian title is found by its transliteration too.
    assert_eq!(highlighted(&h.snippet, &h.highlights), ["Казахстане"]);
    assert_eq!(
        ids(&search("Oriental", Lang::Ja), HitKind::Source),
        ["katasonova"]
    );
}
