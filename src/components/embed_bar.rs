use crate::clipboard::current_address;
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The one line of an embedded view (`?embed`): the exhibit's name and a link that opens
/// the same view in the full exhibit, outside the frame.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let href = move || {
        location.pathname.track();
        location.search.track();
        location.hash.track();
        current_address()
    };
    view! {
        <header class="embed-bar">
            <span class="embed-site">{t!(i18n, site.title)}</span>
            <a class="embed-open" href=href target="_top">{t!(i18n, share.open_full)} " ↗"</a>
        </header>
    }
}
