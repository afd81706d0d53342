//! The datasets that ship in public/data must pass the same check the app runs.

use exhibit_model::Exhibit;
use std::collections::HashSet;
use std::path::Path;

fn load_shipped() -> exhibit_model::Loaded {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/data");
    Exhibit::load(|file| {
        std::fs::read_to_string(dir.join(file.file_name())).map_err(|e| e.to_string())
    })
}

#[test]
fn shipped_datasets_have_no_problems() {
    let loaded = load_shipped();
    let listing: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert!(listing.is_empty(), "{}", listing.join("\n"));
}

#[test]
fn every_dataset_has_content_for_its_page() {
    let ex = load_shipped().exhibit;
    assert!(ex.events.entries.len() >= 12);
    assert!(ex.places.entries.len() >= 8);
    assert!(ex.figures.entries.len() >= 8);
    assert!(ex.sources.entries.len() >= 4);
    assert!(!ex.gallery.entries.is_empty());
    assert!(!ex.people.entries.is_empty());
}

#[test]
fn every_conflict_group_has_variants_from_different_sources() {
    let ex = load_shipped().exhibit;
    for conflict in &ex.conflicts.entries {
        let sources: HashSet<&str> = ex
            .figures_in_conflict(&conflict.id)
            .flat_map(|f| f.citations.iter().map(|c| c.source.as_str()))
            .collect();
        assert!(
            sources.len() >= 2,
            "conflict {} cites only {sources:?}",
            conflict.id
        );
    }
}

#[test]
fn the_seed_documents_are_all_cited() {
    let ex = load_shipped().exhibit;
    let cited: HashSet<&str> = ex
        .events
        .entries
        .iter()
        .flat_map(|e| e.citations.iter().map(|c| c.source.as_str()))
        .collect();
    for seed in [
        "embassy-kengir-2024",
        "katasonova-historical-truth",
        "qalam-japanese-pows",
        "japantoday-tokyo-service-2021",
    ] {
        assert!(cited.contains(seed), "no event cites {seed}");
    }
}

#[test]
fn sources_know_who_cites_them_and_events_their_neighbours() {
    let ex = load_shipped().exhibit;
    let citing = ex.citing("embassy-kengir-2024");
    assert!(citing.contains(&(exhibit_model::DatasetFile::Events, "kengir-memorial-2024")));
    assert!(citing.contains(&(
        exhibit_model::DatasetFile::Gallery,
        "kengir-japanese-memorial"
    )));
    assert!(ex.citing("no-such-source").is_empty());

    let all = exhibit_model::timeline::TimelineFilter::default();
    let (prev, next) = all.neighbours(&ex.events.entries, "gko-resolution-9898");
    assert_eq!(
        prev.map(|e| e.id.as_str()),
        Some("japan-announces-surrender")
    );
    assert_eq!(next.map(|e| e.id.as_str()), Some("surrender-signed"));
    let first = ex.events_chronological()[0].id.clone();
    assert_eq!(all.neighbours(&ex.events.entries, &first).0, None);
}

#[test]
fn every_fact_is_cited_and_translated_into_all_four_languages() {
    let coverage = load_shipped().exhibit.coverage();
    assert_eq!(coverage.citation_percent(), 100.0);
    for lang in exhibit_model::Lang::ALL {
        assert_eq!(coverage.translation_percent(lang), 100.0, "{lang:?}");
    }
}

#[test]
fn there_are_at_least_sixty_events_from_1941_to_the_memorials_of_2024() {
    let ex = load_shipped().exhibit;
    let events = ex.events_chronological();
    assert!(events.len() >= 60, "{} events", events.len());
    assert!(events.first().unwrap().date.year() <= 1941);
    assert!(events.iter().any(|e| e.id == "kengir-memorial-2024"));
    let categories: std::collections::HashSet<_> = events.iter().map(|e| e.category).collect();
    assert_eq!(
        categories.len(),
        exhibit_model::EventCategory::ALL.len(),
        "every category is used"
    );
}

#[test]
fn the_karaganda_share_is_computed_and_agrees_with_the_source() {
    let ex = load_shipped().exhibit;
    let shares = exhibit_model::stats::shares(&ex);
    let karaganda = shares
        .iter()
        .find(|s| s.part.id == "karaganda-japanese-15735")
        .expect("declared share");
    assert_eq!(
        (karaganda.part.value, karaganda.whole.value),
        (15735.0, 31074.0)
    );
    assert!(
        (karaganda.percent - 50.6).abs() < 0.05,
        "{}",
        karaganda.percent
    );
    assert!(karaganda.agrees());
}
