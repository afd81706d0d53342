use crate::components::clipped;
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::Route;
use exhibit_model::{Citation, Reliability};
use leptos::prelude::*;

/// The sources of a fact, each linking to its entry on the Sources page.
/// `compact` gives one line of source names, for short entries such as the eras.
#[component]
pub fn Citations(
    loaded: SharedLoaded,
    citations: Vec<Citation>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    if compact {
        let names = citations
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                let name = loaded
                    .exhibit
                    .source(&c.source)
                    .map_or(c.source.clone(), |s| clipped(s.short_name()));
                let anchor = Route::source(&c.source);
                view! { {(i > 0).then_some(", ")}<a href=move || links.to(&anchor)>{name}</a> }
            })
            .collect_view();
        return view! {
            <span class="citations-inline">" (" {t!(i18n, cited_sources)} ": " {names} ")"</span>
        }
        .into_any();
    }
    let items = citations
        .into_iter()
        .map(|c| {
            let source = loaded.exhibit.source(&c.source).cloned();
            let name = source.as_ref().map_or(c.source.clone(), |s| clipped(s.short_name()));
            let title = source.as_ref().map(|s| clipped(&s.title)).unwrap_or_default();
            let weak = source.as_ref().is_some_and(|s| s.reliability == Reliability::Weak);
            let anchor = Route::source(&c.source);
            view! {
                <li>
                    <a href=move || links.to(&anchor)>{name}</a>
                    {(!title.is_empty()).then(|| view! { ", " <cite>{title.clone()}</cite> })}
                    {c.locator.map(|l| format!(", {}", clipped(&l)))}
                    {weak.then(|| view! { " " <span class="badge badge-weak">{t!(i18n, weak_source)}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="citations">
            <h2 class="citations-title">{t!(i18n, cited_sources)}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}
