use crate::components::PageTitle;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::Route;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    view! {
        <PageTitle text=move || t_string!(i18n, not_found.heading).to_string()/>
        <article class="page not-found">
            <h1>{t!(i18n, not_found.heading)}</h1>
            <p>{t!(i18n, not_found.text)}</p>
            <p><a href=move || links.to(&Route::Home)>{t!(i18n, not_found.home)}</a></p>
        </article>
    }
}
