use crate::components::{clipped, LocalText};
use crate::data::SharedLoaded;
use crate::routing::use_lang;
use crate::routing::use_links;
use exhibit_model::format::format_quantity;
use exhibit_model::Conflict;
use exhibit_model::Route;
use leptos::prelude::*;

/// The variants of one disputed figure side by side, each with its source.
#[component]
pub fn ConflictVariants(loaded: SharedLoaded, conflict: Conflict) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let variants = loaded
        .exhibit
        .figures_in_conflict(&conflict.id)
        .cloned()
        .map(|figure| {
            let source = figure
                .citations
                .first()
                .and_then(|c| loaded.exhibit.source(&c.source))
                .map(|s| (s.id.clone(), clipped(s.short_name())));
            let quantity = figure.clone();
            let date = figure.date;
            view! {
                <li class="variant" id=format!("figure-{}", figure.id)>
                    <span class="variant-value">{move || format_quantity(&quantity, lang.get())}</span>
                    <span class="variant-scope">
                        <LocalText text=figure.scope.clone()/>
                    </span>
                    {date.map(|d| view! {
                        <time class="variant-date" datetime=d.to_string()>{move || d.format(lang.get())}</time>
                    })}
                    {source
                        .map(|(id, name)| {
                            let anchor = Route::source(&id);
                            view! {
                                <a class="variant-source" href=move || links.to(&anchor)>
                                    {name}
                                </a>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="variants">
            {variants}
        </ul>
    }
}
