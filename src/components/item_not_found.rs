use crate::components::PageTitle;
use leptos::prelude::*;

/// What an item page shows for an id the datasets do not hold (renamed, removed, mistyped).
#[component]
pub fn ItemNotFound(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] message: Signal<String>,
) -> impl IntoView {
    view! {
        <PageTitle text=heading/>
        <h1>{move || heading.get()}</h1>
        <p class="not-found-message" role="status">{move || message.get()}</p>
    }
}
