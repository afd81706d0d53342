use crate::hooks::use_search_query;
use crate::i18n::*;
use crate::kiosk::Kiosk;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The search field in the header of every page. Typing shows the results at once on the
/// search page (`/search?q=…`, so they can be shared); the down arrow moves into them and
/// Escape clears the field. On a kiosk, which has no keyboard, the field opens the search
/// page with its on-screen keyboard.
#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let (query, set_query) = use_search_query();
    let kiosk = use_context::<Kiosk>().is_some_and(|k| k.enabled());
    let input = NodeRef::<Input>::new();
    let on_key = {
        let set_query = set_query.clone();
        move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
            "ArrowDown" => {
                if let Some(first) = document().query_selector(".search-hit").ok().flatten() {
                    ev.prevent_default();
                    let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
            "Escape" if !query.get_untracked().is_empty() => set_query(String::new()),
            _ => {}
        }
    };
    let on_submit = {
        let set_query = set_query.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            if let Some(el) = input.get_untracked() {
                set_query(el.value());
            }
        }
    };
    let on_focus = {
        let set_query = set_query.clone();
        move |_| {
            if kiosk && !untrack(is_search_page) {
                set_query(query.get_untracked());
            }
        }
    };
    view! {
        <form class="search-box" role="search" aria-label=move || t_string!(i18n, search.label) on:submit=on_submit>
            <label for="search-input" class="sr-only">{t!(i18n, search.label)}</label>
            <input
                id="search-input"
                node_ref=input
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                placeholder=move || t_string!(i18n, search.placeholder)
                prop:value=move || query.get()
                on:input=move |ev| set_query(event_target_value(&ev))
                on:keydown=on_key
                on:focus=on_focus
            />
            <button type="submit" class="search-submit">{t!(i18n, search.submit)}</button>
        </form>
    }
}

/// Whether the search page is showing (its results list is in the page).
fn is_search_page() -> bool {
    document()
        .query_selector(".page.search")
        .ok()
        .flatten()
        .is_some()
}
