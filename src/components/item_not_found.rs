use crate::components::PageTitle;
use leptos::prelude::*;

/// What an item page shows for an id the datasets do not hold (renamed, removed, mistyped).
/// In the timeline's event panel (`panel`) the heading is the panel's, below the page's h1.
#[component]
pub fn ItemNotFound(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] message: Signal<String>,
    #[prop(optional)] panel: bool,
) -> impl IntoView {
    let title = move || heading.get();
    view! {
        <PageTitle text=heading/>
        {if panel {
            view! { <h2 id="event-panel-title" tabindex="-1">{title}</h2> }.into_any()
        } else {
            view! { <h1>{title}</h1> }.into_any()
        }}
        <p class="not-found-message" role="status">{move || message.get()}</p>
    }
}
