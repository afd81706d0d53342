use crate::components::PageTitle;
use crate::i18n::*;
use leptos::prelude::*;

/// What the exhibit covers, its two terms, why figures disagree, how to cite it.
/// It needs no dataset, so it renders even when every data file is broken.
#[component]
pub fn About() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=move || t_string!(i18n, nav.about).to_string()/>
        <article class="page about prose">
            <h1>{t!(i18n, about.heading)}</h1>
            <h2>{t!(i18n, about.scope_heading)}</h2>
            <p>{t!(i18n, about.scope)}</p>
            <h2>{t!(i18n, about.terms_heading)}</h2>
            <p>{t!(i18n, about.terms)}</p>
            <h2>{t!(i18n, about.figures_heading)}</h2>
            <p>{t!(i18n, about.figures)}</p>
            <h2>{t!(i18n, about.cite_heading)}</h2>
            <p>{t!(i18n, about.cite)}</p>
            <h2>{t!(i18n, about.credits_heading)}</h2>
            <p>{t!(i18n, about.credits)}</p>
        </article>
    }
}
