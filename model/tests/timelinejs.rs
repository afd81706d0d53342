//! TimelineJS import on timelines written for the tests: the JSON format and the Google Sheets
//! template's CSV, with year-only dates, ranges, groups, media, HTML with links and a script that
//! must not survive, missing fields, a broken file, and a second import that must not duplicate.

use exhibit_model::sheets::Texts;
use exhibit_model::timelinejs::read::{read_csv, read_json};
use exhibit_model::timelinejs::{plan_import, Options, Plan, Timeline};
use exhibit_model::write::read_datasets;
use exhibit_model::{DatasetFile, Event, EventCategory, Exhibit, Lang};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn data() -> Texts {
    read_datasets(&fixture("sheets/data")).into_iter().collect()
}

fn json_timeline() -> Timeline {
    read_json(&std::fs::read_to_string(fixture("timelinejs/karaganda.json")).unwrap()).unwrap()
}

fn csv_timeline() -> Timeline {
    read_csv(&std::fs::read(fixture("timelinejs/spassk.csv")).unwrap()).unwrap()
}

fn apply(texts: &Texts, plan: &Plan) -> Texts {
    let mut texts = texts.clone();
    for (file, text) in &plan.writes {
        texts.insert(*file, Ok(text.clone()));
    }
    texts
}

fn load(texts: &Texts) -> exhibit_model::Loaded {
    Exhibit::load(|f| texts[&f].clone())
}

fn event<'a>(ex: &'a Exhibit, id: &str) -> &'a Event {
    ex.event(id).unwrap_or_else(|| {
        panic!(
            "no event {id}: {:?}",
            ex.events.entries.iter().map(|e| &e.id).collect::<Vec<_>>()
        )
    })
}

#[test]
fn a_json_timeline_becomes_cited_events_eras_and_a_source() {
    let before = data();
    let plan = plan_import(&json_timeline(), &before, &Options::new("karaganda")).unwrap();
    assert!(plan.must_add.is_empty(), "{:?}", plan.must_add);
    assert_eq!((plan.added, plan.updated), (5, 0));
    let after = apply(&before, &plan);
    let loaded = load(&after);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let ex = &loaded.exhibit;

    let source = ex.source("timeline-karaganda-transports").unwrap();
    assert_eq!(source.title, "Karaganda transports");
    assert_eq!(source.reliability.key(), "secondary");
    assert_eq!(
        source.note.as_ref().unwrap().en,
        "A museum timeline of the transports to Karaganda, by the museum staff."
    );

    // Year only, and a day-to-month range; groups mapped to categories.
    let year = event(ex, "1946-camps-fill-up");
    assert_eq!(year.date.to_string(), "1946");
    assert_eq!(year.category, EventCategory::Captivity);
    let transport = event(ex, "1946-05-first-transport-to-karaganda");
    assert_eq!(transport.date.to_string(), "1946-05-12/1946-06");
    assert_eq!(transport.category, EventCategory::Labour);
    // HTML: words and link text kept, markup, script, handlers and javascript: gone.
    let summary = &transport.summary.en;
    assert!(
        summary.starts_with("The first trains arrive.\nSee the register."),
        "{summary}"
    );
    for bad in [
        "<",
        "script",
        "alert",
        "pwned",
        "onerror",
        "onclick",
        "steal",
        "javascript",
    ] {
        assert!(!summary.contains(bad), "“{bad}” survived in {summary:?}");
    }
    // Media URL, caption and credit are kept, as plain text.
    assert!(summary.ends_with("Media: https://example.org/train.jpg — A train at the station (credit: Photo: A. Ivanov)"), "{summary}");
    // Only the import language is filled.
    assert!(transport.title.has(Lang::En) && !transport.title.has(Lang::Ja));

    // A group that names no category goes to the default, with a note.
    assert_eq!(
        event(ex, "1947-03-a-memorial-service").category,
        EventCategory::Captivity
    );
    assert!(
        plan.notes
            .iter()
            .any(|n| n.contains("“Something else”") && n.contains("captivity")),
        "{:?}",
        plan.notes
    );
    // Missing fields: no text → the headline; no headline → the start of the text.
    assert_eq!(
        event(ex, "1947-03-a-memorial-service").summary.en,
        "A memorial service"
    );
    let untitled = event(ex, "1956-the-last-prisoners-leave-for-maizuru-home");
    assert_eq!(
        untitled.title.en,
        "The last prisoners leave for Maizuru & home."
    );
    assert!(plan.notes.iter().any(|n| n.contains("no headline")));

    // Every imported entry cites the timeline.
    let era = ex
        .eras
        .entries
        .iter()
        .find(|e| e.id == "years-of-captivity")
        .unwrap();
    assert_eq!(era.date.to_string(), "1945-08/1956-12");
    let cited = ex.citing("timeline-karaganda-transports");
    assert_eq!(cited.len(), 5, "{cited:?}");
}

#[test]
fn a_second_import_updates_instead_of_duplicating() {
    let before = data();
    let options = Options::new("karaganda");
    let first = apply(
        &before,
        &plan_import(&json_timeline(), &before, &options).unwrap(),
    );
    let again = plan_import(&json_timeline(), &first, &options).unwrap();
    assert_eq!((again.added, again.updated), (0, 5));
    assert!(
        again.writes.is_empty(),
        "a second import rewrote {:?}",
        again.writes.iter().map(|w| w.0).collect::<Vec<_>>()
    );

    // A changed headline (same unique_id) updates the same event, and a translator's
    // Russian text survives the update.
    let mut timeline = json_timeline();
    timeline.events[1].headline = "First transport reaches Karaganda".into();
    let mut translated = first.clone();
    let events = translated[&DatasetFile::Events].clone().unwrap();
    let events = events.replace(
        "\"en\": \"First transport to Karaganda\"",
        "\"en\": \"First transport to Karaganda\", \"ru\": \"Первый эшелон\"",
    );
    translated.insert(DatasetFile::Events, Ok(events));
    let plan = plan_import(&timeline, &translated, &options).unwrap();
    assert_eq!((plan.added, plan.updated), (0, 5));
    let ex = load(&apply(&translated, &plan)).exhibit;
    let transport = event(&ex, "1946-05-first-transport-to-karaganda");
    assert_eq!(transport.title.en, "First transport reaches Karaganda");
    assert_eq!(transport.title.ru.as_deref(), Some("Первый эшелон"));
    assert_eq!(
        ex.events.entries.len(),
        load(&before).exhibit.events.entries.len() + 4
    );
}

#[test]
fn ids_never_collide_with_existing_ones() {
    let mut before = data();
    // An unrelated event already has the id the first slide would get.
    let events = before[&DatasetFile::Events].clone().unwrap();
    let events = events.replacen("\"id\": \"quiet\"", "\"id\": \"1946-camps-fill-up\"", 1);
    before.insert(DatasetFile::Events, Ok(events));
    let options = Options::new("karaganda");
    let first = apply(
        &before,
        &plan_import(&json_timeline(), &before, &options).unwrap(),
    );
    let ex = load(&first).exhibit;
    assert_eq!(
        event(&ex, "1946-camps-fill-up").title.en,
        "=SUM(A1) is not a formula"
    );
    assert_eq!(event(&ex, "1946-camps-fill-up-2").title.en, "Camps fill up");
    // And the second import finds its own, suffixed entry again.
    let again = plan_import(&json_timeline(), &first, &options).unwrap();
    assert_eq!((again.added, again.updated), (0, 5));
}

#[test]
fn a_csv_timeline_in_russian_leaves_the_english_to_add() {
    let before = data();
    let mut options = Options::new("spassk");
    options.lang = Lang::Ru;
    options.url = Some("https://example.org/spassk".into());
    let plan = plan_import(&csv_timeline(), &before, &options).unwrap();
    let ex = load(&apply(&before, &plan)).exhibit;

    let source = ex.source("timeline-spassk-in-letters").unwrap();
    assert_eq!(source.language, "ru");
    assert_eq!(source.url.as_deref(), Some("https://example.org/spassk"));
    assert_eq!(
        source.note.as_ref().unwrap().ru.as_deref(),
        Some("Letters from Spassk, collected by a volunteer.")
    );

    let letters = event(&ex, "1949-letters-home");
    assert_eq!(letters.category, EventCategory::Remembrance);
    assert_eq!(
        letters.summary.ru.as_deref(),
        Some("A year, and \"quoted\" words.")
    );
    assert!(letters.title.en.is_empty() && letters.title.ja.is_none());
    let school = event(&ex, "1950-07-building-the-school");
    assert_eq!(school.date.to_string(), "1950-07-01/1950-09");
    let summary = school.summary.ru.as_deref().unwrap();
    assert_eq!(summary, "Work on a school.\n\nMedia: https://example.org/school.jpg — The school in 1951 (credit: Regional museum)");
    let stalin = event(&ex, "1953-death-of-stalin")
        .summary
        .ru
        .as_deref()
        .unwrap();
    assert_eq!(stalin, "News reaches the camp.");
    assert!(plan
        .notes
        .iter()
        .any(|n| n.contains("javascript:alert(1)") && n.contains("left out")));
    assert_eq!(
        ex.eras
            .entries
            .iter()
            .find(|e| e.id == "camp-period")
            .unwrap()
            .date
            .to_string(),
        "1945-09/1949"
    );

    // The validator names exactly the English texts the curator must add, and nothing else.
    assert_eq!(plan.must_add.len(), 7, "{:#?}", plan.must_add);
    assert!(plan
        .must_add
        .iter()
        .all(|p| p.contains("the English text is empty")));
    assert!(plan
        .must_add
        .iter()
        .any(|p| p.contains("“1949-letters-home”, field “title.en”")));
}

#[test]
fn a_broken_row_is_named_and_nothing_is_written() {
    let data = std::env::temp_dir().join(format!("exhibit-timelinejs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).unwrap();
    for file in DatasetFile::ALL {
        std::fs::copy(
            fixture("sheets/data").join(file.file_name()),
            data.join(file.file_name()),
        )
        .unwrap();
    }
    let snapshot = || {
        let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&data)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.clone(), std::fs::read(p).unwrap()))
            .collect();
        files.sort();
        files
    };
    let before = snapshot();
    let out = Command::new(env!("CARGO_BIN_EXE_import-timelinejs"))
        .arg(fixture("timelinejs/broken.csv"))
        .arg(&data)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("event (row 3): start date: the year -300 is before the Common Era"),
        "{stderr}"
    );
    assert!(
        stderr.contains("event (row 4): “1946-14”: there is no month 14"),
        "{stderr}"
    );
    assert!(stderr.contains("Nothing was written"), "{stderr}");
    assert_eq!(snapshot(), before, "the data folder changed");

    // The good file goes in, and the validator passes afterwards.
    let out = Command::new(env!("CARGO_BIN_EXE_import-timelinejs"))
        .arg(fixture("timelinejs/karaganda.json"))
        .arg(&data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let texts: Texts = read_datasets(&data).into_iter().collect();
    assert!(load(&texts).problems.is_empty());
    let help = Command::new(env!("CARGO_BIN_EXE_import-timelinejs"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("--lang CODE"));
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_file_that_is_not_a_timeline_is_refused() {
    assert!(read_json("{\"title\": {}}")
        .unwrap_err()
        .contains("no “events” list"));
    assert!(read_json("[1, 2").unwrap_err().contains("not valid JSON"));
    assert!(read_csv(b"Name,Date\nx,1946\n")
        .unwrap_err()
        .contains("Year, Headline are missing"));
}
