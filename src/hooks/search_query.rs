use crate::routing::use_links;
use exhibit_model::paths::{decode_query_value, query_value};
use exhibit_model::Route;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// The query of the search page (`/search?q=…`), empty elsewhere, and a setter that shows
/// the results for a new query: from another page it opens the search page (so Back returns
/// there), on the search page it replaces the address as the visitor types.
pub fn use_search_query() -> (Memo<String>, impl Fn(String) + Clone) {
    let location = use_location();
    let links = use_links();
    let on_search_page = Memo::new(move |_| {
        let base = links.base();
        location
            .pathname
            .with(|p| p.strip_prefix(&base).unwrap_or(p).trim_end_matches('/') == "/search")
    });
    let query = Memo::new(move |_| {
        if on_search_page.get() {
            location.search.with(|q| {
                query_value(q, "q")
                    .map(|q| decode_query_value(&q))
                    .unwrap_or_default()
            })
        } else {
            String::new()
        }
    });
    let navigate = use_navigate();
    let set_query = move |text: String| {
        let href = untrack(|| links.to(&Route::Search(text)));
        navigate(
            &href,
            NavigateOptions {
                resolve: false,
                replace: on_search_page.get_untracked(),
                scroll: false,
                ..Default::default()
            },
        );
    };
    (query, set_query)
}
