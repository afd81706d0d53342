use crate::components::LocalText;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::LocalizedText;
use leptos::prelude::*;

/// A neighbour in a sequence: the app path to it and its title.
pub type Neighbour = Option<(String, LocalizedText)>;

/// Previous and next links between the items of a sequence (events, gallery items).
#[component]
pub fn Pager(
    prev: Neighbour,
    next: Neighbour,
    #[prop(into)] prev_label: Signal<String>,
    #[prop(into)] next_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let link = move |neighbour: Neighbour, rel: &'static str, label: Signal<String>| {
        neighbour.map(|(path, title)| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=move || links.href(&path)>
                    <span class="pager-label">{move || label.get()}</span>
                    <LocalText text=title/>
                </a>
            }
        })
    };
    view! {
        <nav class="pager" aria-label=move || t_string!(i18n, pager_label)>
            {link(prev, "prev", prev_label)}
            {link(next, "next", next_label)}
        </nav>
    }
}
