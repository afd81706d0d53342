use crate::components::{ConflictVariants, LocalText, PageTitle, WithData};
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::{Page, Route};
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let key_figures = move |loaded: crate::data::SharedLoaded| {
        loaded
            .exhibit
            .conflicts
            .entries
            .iter()
            // The first three groups are the key figures; the statistics page shows them all.
            .take(3)
            .cloned()
            .map(|conflict| {
                let anchor = Route::conflict(&conflict.id);
                view! {
                    <div class="key-figure">
                        <h3>
                            <a href=move || links.to(&anchor)>
                                <LocalText text=conflict.title.clone()/>
                            </a>
                        </h3>
                        <ConflictVariants loaded=loaded.clone() conflict=conflict.clone()/>
                    </div>
                }
            })
            .collect_view()
    };
    let entry = move |route: Route, title: &'static str, blurb: &'static str| {
        view! {
            <li class="entry-card">
                <a href=move || links.to(&route)>
                    <span class="entry-title">{title}</span>
                    <span class="entry-blurb">{blurb}</span>
                </a>
            </li>
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.home).to_string()/>
        <article class="page home">
            <header class="hero">
                <h1>{t!(i18n, home.heading)}</h1>
                <p class="lead">{t!(i18n, home.lead)}</p>
                <p class="terms">{t!(i18n, home.terms)}</p>
            </header>
            <section class="key-figures" aria-labelledby="key-figures-title">
                <h2 id="key-figures-title">{t!(i18n, home.key_figures)}</h2>
                <p>{t!(i18n, home.key_figures_intro)}</p>
                <WithData needs=Page::Home.needs() render=key_figures/>
                <p>
                    <a href=move || links.to(&Route::Statistics(None))>{t!(i18n, home.all_figures)}</a>
                </p>
            </section>
            <section class="explore" aria-labelledby="explore-title">
                <h2 id="explore-title">{t!(i18n, home.explore)}</h2>
                <ul class="entry-cards">
                    {move || {
                        view! {
                            {entry(Route::timeline(), t_string!(i18n, nav.timeline), t_string!(i18n, home.timeline_blurb))}
                            {entry(Route::Gallery(Default::default()), t_string!(i18n, nav.gallery), t_string!(i18n, home.gallery_blurb))}
                            {entry(Route::Statistics(None), t_string!(i18n, nav.statistics), t_string!(i18n, home.statistics_blurb))}
                            {entry(Route::Map(None), t_string!(i18n, nav.map), t_string!(i18n, home.map_blurb))}
                        }
                    }}
                </ul>
            </section>
        </article>
    }
}
