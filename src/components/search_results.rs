use crate::components::Highlighted;
use crate::i18n::*;
use crate::labels::hit_kind_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::search::SearchResults as Results;
use exhibit_model::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Search results grouped by kind, each group with its count, each hit a link to where the
/// entry is shown, with the matched words marked in its title and snippet. The up and down
/// arrows move between the hits, Escape goes back to the search field.
#[component]
pub fn SearchResults(results: Results) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let groups = results
        .groups
        .into_iter()
        .map(|group| {
            let kind = group.kind;
            let more = group.total.saturating_sub(group.hits.len());
            let hits = group
                .hits
                .into_iter()
                .map(|hit| {
                    let route = Route::of_hit(hit.kind, &hit.id);
                    // A snippet in another language than the page's says which.
                    let other_lang = hit.snippet_lang.filter(|l| *l != lang.get_untracked()).map(
                        |l| view! { <span class="hit-lang" lang=l.code()>{l.native_name()}</span> },
                    );
                    let snippet_lang = hit.snippet_lang.map(|l| l.code());
                    let title_lang = hit.title_lang.map(|l| l.code());
                    view! {
                        <li>
                            <a class="search-hit" href=move || links.to(&route)>
                                <span class="hit-title" lang=title_lang>
                                    <Highlighted text=hit.title ranges=hit.title_highlights/>
                                </span>
                                {(!hit.snippet.is_empty()).then(|| view! {
                                    <span class="hit-snippet" lang=snippet_lang>
                                        <Highlighted text=hit.snippet ranges=hit.highlights/>
                                    </span>
                                })}
                                {other_lang}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let heading_id = format!("results-{}", kind.key());
            view! {
                <section class="search-group" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>
                        {move || hit_kind_label(i18n, kind)}
                        " "
                        <span class="group-count">{group.total}</span>
                    </h2>
                    <ul>{hits}</ul>
                    {(more > 0).then(|| view! {
                        <p class="group-more">{t!(i18n, search.more, count = move || more)}</p>
                    })}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="search-results" on:keydown=move_between_hits aria-describedby="search-help">
            {groups}
            <p id="search-help" class="tl-help">{t!(i18n, search.help)}</p>
        </div>
    }
}

/// Up and down arrows between the hits; Escape back to the search field.
fn move_between_hits(ev: web_sys::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        "Escape" => 0,
        _ => return,
    };
    let document = document();
    let focus = |el: web_sys::Element| {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    };
    ev.prevent_default();
    if step == 0 {
        if let Some(input) = document.get_element_by_id("search-input") {
            focus(input);
        }
        return;
    }
    let Ok(list) = document.query_selector_all(".search-hit") else {
        return;
    };
    let hits: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect();
    let active = document.active_element();
    let at = hits
        .iter()
        .position(|h| Some(h) == active.as_ref())
        .map_or(-1, |i| i as i32);
    let next = at + step;
    if next < 0 {
        if let Some(input) = document.get_element_by_id("search-input") {
            focus(input);
        }
    } else if let Some(hit) = hits.get(next as usize) {
        focus(hit.clone());
    }
}
