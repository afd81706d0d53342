//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown --test components`
//! (wasm-bindgen-test-runner drives Chromium through chromedriver; see webdriver.json).
#![cfg(target_arch = "wasm32")]

use exhibit::components::{ConflictVariants, DataProblems, LocalText};
use exhibit::i18n::I18nContextProvider;
use exhibit::routing::provide_links;
use exhibit_model::{DatasetFile, Exhibit, LocalizedText};
use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` with the contexts every component expects, in a fresh element,
/// and returns that element. The page URL decides the language (`?lang=`).
fn mount<V: IntoView + 'static>(
    query: &str,
    view: impl Fn() -> V + Send + Sync + 'static,
) -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        // Children run inside the router, so the links context exists before the view is built.
        let view = view;
        view! {
            <I18nContextProvider enable_cookie=false>
                <Router>
                    {provide_links(String::new());
                    view()}
                </Router>
            </I18nContextProvider>
        }
    });
    handle.forget();
    host
}

fn loaded(events: &str) -> Arc<exhibit_model::Loaded> {
    let sources = r#"[{"id": "seed", "title": "A source", "author": "E. L. Katasonova", "language": "en", "reliability": "scholarly"}]"#;
    let figures = r#"[
      {"id": "a", "label": {"en": "Interned"}, "value": 575000, "qualifier": "about", "unit": {"en": "people", "ru": "человек"}, "scope": {"en": "USSR"}, "conflict": "total", "citations": [{"source": "seed"}]},
      {"id": "b", "label": {"en": "Interned"}, "value": 600000, "qualifier": "more_than", "unit": {"en": "people", "ru": "человек"}, "scope": {"en": "USSR"}, "conflict": "total", "citations": [{"source": "seed"}]}
    ]"#;
    let conflicts = r#"[{"id": "total", "title": {"en": "Total"}, "explanation": {"en": "Scopes differ."}, "citations": [{"source": "seed"}]}]"#;
    let events = events.to_string();
    Arc::new(Exhibit::load(move |file| {
        Ok(match file {
            DatasetFile::Sources => sources.to_string(),
            DatasetFile::Figures => figures.to_string(),
            DatasetFile::Conflicts => conflicts.to_string(),
            DatasetFile::Events => events.clone(),
            _ => "[]".to_string(),
        })
    }))
}

#[wasm_bindgen_test]
fn data_problems_name_file_line_entry_field_and_fix() {
    let broken = r#"[
  {"id": "gko", "date": "1945-08-23", "category": "captivity", "title": {"en": "T"}, "summary": {"en": "S"},
   "places": ["karagandy"], "citations": [{"source": "seed"}]}
]"#;
    let data = loaded(broken);
    assert_eq!(data.problems.len(), 1, "{:?}", data.problems);
    let host = mount(
        "",
        move || view! { <DataProblems loaded=data.clone() files=&[DatasetFile::Events]/> },
    );
    let panel = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert panel");
    let text = panel.text_content().unwrap();
    assert!(text.contains("events.json:2"), "{text}");
    assert!(text.contains("event “gko”"), "{text}");
    assert!(text.contains("places[0]"), "{text}");
    assert!(
        text.contains("there is no place with the id “karagandy”"),
        "{text}"
    );
    assert!(
        text.contains("add a place “karagandy” to places.json"),
        "{text}"
    );
}

#[wasm_bindgen_test]
fn data_problems_stay_silent_for_files_the_page_does_not_need() {
    let data = loaded("[ not json");
    assert!(!data.problems.is_empty());
    let host = mount(
        "",
        move || view! { <DataProblems loaded=data.clone() files=&[DatasetFile::Figures]/> },
    );
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
    assert_eq!(host.text_content().unwrap(), "");
}

#[wasm_bindgen_test]
fn local_text_marks_an_english_fallback() {
    let host = mount("?lang=ru", || {
        view! {
            <p id="translated"><LocalText text=LocalizedText { en: "Karaganda".into(), ru: Some("Караганда".into()), kk: None, ja: None }/></p>
            <p id="fallback"><LocalText text=LocalizedText::en("House of Scientists")/></p>
        }
    });
    let translated = host.query_selector("#translated").unwrap().unwrap();
    assert_eq!(translated.text_content().unwrap(), "Караганда");
    assert!(translated.query_selector(".fallback").unwrap().is_none());
    let fallback = host
        .query_selector("#fallback .fallback")
        .unwrap()
        .expect("marked as fallback");
    assert_eq!(fallback.get_attribute("lang").as_deref(), Some("en"));
    assert!(fallback
        .text_content()
        .unwrap()
        .starts_with("House of Scientists"));
    assert!(host
        .query_selector("#fallback abbr.fallback-mark")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
fn conflict_variants_show_every_variant_with_its_source() {
    let data = loaded("[]");
    let conflict = data.exhibit.conflict("total").cloned().unwrap();
    let host = mount(
        "",
        move || view! { <ConflictVariants loaded=data.clone() conflict=conflict.clone()/> },
    );
    let items = host.query_selector_all("li.variant").unwrap();
    assert_eq!(items.length(), 2);
    let text = host.text_content().unwrap();
    assert!(text.contains("about 575,000 people"), "{text}");
    assert!(text.contains("more than 600,000 people"), "{text}");
    assert!(text.contains("E. L. Katasonova"), "{text}");
    let link = host.query_selector("a.variant-source").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("/sources#source-seed")
    );
}
