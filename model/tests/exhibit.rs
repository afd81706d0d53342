//! Look-ups across the datasets, on the small fixture exhibit.

mod common;

use common::fixture;
use exhibit_model::timeline::TimelineFilter;
use exhibit_model::{DatasetFile, Lang};

#[test]
fn sources_know_who_cites_them() {
    let ex = fixture();
    let citing = ex.citing("seed");
    assert!(citing.contains(&(DatasetFile::Events, "gko")));
    assert!(citing.contains(&(DatasetFile::Gallery, "memorial")));
    assert!(citing.contains(&(DatasetFile::Places, "karaganda")));
    assert!(ex.citing("no-such-source").is_empty());
}

#[test]
fn events_know_their_neighbours_in_time() {
    let ex = fixture();
    let all = TimelineFilter::default();
    assert_eq!(all.neighbours(&ex.events.entries, "gko").0, None);
    assert_eq!(
        all.neighbours(&ex.events.entries, "gko")
            .1
            .map(|e| e.id.as_str()),
        Some("last-group")
    );
    assert_eq!(
        all.neighbours(&ex.events.entries, "last-group")
            .0
            .map(|e| e.id.as_str()),
        Some("gko")
    );
    assert_eq!(ex.events_chronological()[0].id, "gko");
}

#[test]
fn conflict_groups_list_their_variants() {
    let ex = fixture();
    let ids: Vec<&str> = ex
        .figures_in_conflict("total")
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn coverage_counts_what_is_cited_and_translated() {
    let coverage = fixture().coverage();
    assert_eq!(coverage.citation_percent(), 100.0);
    assert_eq!(coverage.translation_percent(Lang::En), 100.0);
    // The fixture is written in English only (one Kazakh place name aside).
    assert!(coverage.translation_percent(Lang::Ja) < 10.0);
}
