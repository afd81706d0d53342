use crate::clipboard::{can_share, copy_text, current_address, document_title, share};
use crate::components::{CiteBox, EmbedBox};
use crate::i18n::*;
use exhibit_model::{LocalizedText, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Cite, share, embed and print the page or its entry. Share opens the phone's share
/// sheet where the browser has one, else copies the link; the link keeps the language and
/// the view (filters, chosen place). Hidden in kiosk mode, in an embedded view and on paper.
#[component]
pub fn ShareBar(
    /// The entry to cite: its id, title and permanent route.
    #[prop(optional)]
    entry: Option<(String, LocalizedText, Route)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shared = RwSignal::new(false);
    // No share sheet and no clipboard: the link is shown, selected, for the visitor to copy.
    let manual = RwSignal::new(None::<String>);
    let on_share = move |_| {
        let url = current_address();
        let title = document_title();
        spawn_local(async move {
            if can_share() {
                // Cancelled or refused: nothing to report.
                share(title, url).await;
            } else if copy_text(url.clone()).await {
                shared.set(true);
            } else {
                manual.set(Some(url));
            }
        });
    };
    view! {
        <div class="share-bar" role="group" aria-label=move || t_string!(i18n, share.actions_label)>
            {entry.map(|(id, title, route)| view! { <CiteBox id=id title=title route=route/> })}
            <button type="button" class="button share-control share-button" on:click=on_share>
                {t!(i18n, share.share)}
            </button>
            <EmbedBox/>
            <button type="button" class="button share-control print-button"
                on:click=move |_| { let _ = web_sys::window().map(|w| w.print()); }>
                {t!(i18n, share.print)}
            </button>
            <span class="copy-status" role="status">
                {move || shared.get().then(|| t_string!(i18n, share.link_copied).to_string())}
            </span>
            {move || manual.get().map(|url| view! {
                <label class="share-panel share-link">
                    {t!(i18n, share.copy_manual)}
                    <input class="cite-text" type="text" readonly=true value=url
                        on:focus=move |ev| {
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                input.select();
                            }
                        }/>
                </label>
            })}
        </div>
    }
}
