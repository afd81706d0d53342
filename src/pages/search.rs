use crate::components::{KeyPress, OnScreenKeyboard, PageTitle, SearchResults, WithData};
use crate::data::SharedLoaded;
use crate::hooks::{use_search_index, use_search_query};
use crate::i18n::*;
use crate::kiosk::Kiosk;
use crate::routing::{use_lang, use_links};
use crate::timing::measured;
use exhibit_model::search::{suggestions, SuggestionKind};
use exhibit_model::{Page, Route};
use leptos::prelude::*;

/// Hits shown per kind; the group says how many more there are.
const HITS_PER_GROUP: usize = 8;

/// Search results for `/search?q=…`, the query typed in the header's field (or, on a kiosk,
/// on the keyboard here). With no query or no match it offers places, people and years
/// that the exhibit holds, never an empty page.
#[component]
pub fn Search() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let (query, set_query) = use_search_query();
    let index = use_search_index();
    let kiosk = use_context::<Kiosk>().is_some_and(|k| k.enabled());
    let results = Memo::new(move |_| {
        let query = query.get();
        index.with(|index| {
            index.as_ref().map(|index| {
                measured("search-query", || {
                    index.0.search(&query, lang.get(), HITS_PER_GROUP)
                })
            })
        })
    });

    let keyboard = kiosk.then(|| {
        let on_press = Callback::new(move |press: KeyPress| {
            let mut text = query.get_untracked();
            match press {
                KeyPress::Text(t) => text.push_str(&t),
                KeyPress::Backspace => {
                    text.pop();
                }
                KeyPress::Clear => text.clear(),
            }
            set_query(text);
        });
        view! { <OnScreenKeyboard on_press=on_press/> }
    });

    let body = move |loaded: SharedLoaded| {
        let offer = move |heading: &'static str| {
            let found = suggestions(&loaded.exhibit, lang.get());
            let links_of = |kind: SuggestionKind| {
                found
                    .iter()
                    .filter(|s| {
                        s.kind == kind
                            || (kind == SuggestionKind::Year && s.kind == SuggestionKind::Entry)
                    })
                    .map(|s| {
                        let route = match (&s.kind, &s.id) {
                            (SuggestionKind::Place, Some(id)) => Route::place(id),
                            (SuggestionKind::Person, Some(id)) => Route::person(id),
                            _ => Route::Search(s.label.clone()),
                        };
                        let label = s.label.clone();
                        view! { <li><a href=move || links.to(&route)>{label}</a></li> }
                    })
                    .collect_view()
            };
            view! {
                <section class="search-suggestions">
                    <p>{heading}</p>
                    <h2>{t!(i18n, search.places)}</h2>
                    <ul class="chips-list">{links_of(SuggestionKind::Place)}</ul>
                    <h2>{t!(i18n, search.people)}</h2>
                    <ul class="chips-list">{links_of(SuggestionKind::Person)}</ul>
                    <h2>{t!(i18n, search.years)}</h2>
                    <ul class="chips-list">{links_of(SuggestionKind::Year)}</ul>
                </section>
            }
        };
        move || {
            let q = query.get();
            match results.get() {
                _ if q.trim().is_empty() => offer(t_string!(i18n, search.start)).into_any(),
                Some(found) if found.is_empty() => view! {
                    <p class="not-found-message" role="status">
                        {t!(i18n, search.none, query = move || q.clone())}
                    </p>
                    {offer(t_string!(i18n, search.try_instead))}
                }
                .into_any(),
                Some(found) => {
                    let count = found.total();
                    view! {
                        <p class="filter-count" role="status">
                            {t!(i18n, search.results, count = move || count, query = move || q.clone())}
                        </p>
                        <SearchResults results=found/>
                    }
                    .into_any()
                }
                None => ().into_any(),
            }
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, search.heading).to_string()/>
        <article class="page search">
            <h1>{t!(i18n, search.heading)}</h1>
            <p class="intro">{t!(i18n, search.intro)}</p>
            <div class="search-layout">
                {keyboard.map(|keyboard| view! {
                    <div class="search-keys">
                        <p class="kiosk-query" aria-live="polite">{move || query.get()}</p>
                        {keyboard}
                    </div>
                })}
                <div class="search-output">
                    <WithData needs=Page::Search.needs() render=body/>
                </div>
            </div>
        </article>
    }
}
