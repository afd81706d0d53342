use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// Sets the document title to "Page — Exhibit", in the visitor's language.
#[component]
pub fn PageTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=move || format!("{} — {}", text.get(), t_string!(i18n, site.title))/> }
}
