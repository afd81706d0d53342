use crate::clipboard::{current_address, document_title, origin};
use crate::components::CopyButton;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::cite::{iframe_code, permanent_url};
use exhibit_model::{LocalizedText, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Numbers each box, so that two on one page have their own ids.
static BOXES: AtomicUsize = AtomicUsize::new(0);

/// The frame sizes offered, in CSS pixels.
const SIZES: [(u32, u32); 3] = [(480, 360), (640, 480), (960, 640)];

/// "Embed": a disclosure with the `<iframe>` code of the current view (its filters, place
/// and language), or of one entry's `route` (a chart), in a choice of sizes, with a copy
/// button.
#[component]
pub fn EmbedBox(
    /// One entry to embed instead of the current view, with its title.
    #[prop(optional)]
    entry: Option<(Route, LocalizedText)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let location = use_location();
    let open = RwSignal::new(false);
    let n = BOXES.fetch_add(1, Ordering::Relaxed);
    let (panel_id, code_id) = (format!("embed-panel-{n}"), format!("embed-code-{n}"));
    let size = RwSignal::new(1usize);
    let code = Signal::derive(move || {
        // The view changes with the address; the title follows it.
        location.pathname.track();
        location.search.track();
        location.hash.track();
        let (width, height) = SIZES[size.get().min(SIZES.len() - 1)];
        match &entry {
            Some((route, title)) => {
                let lang = links.lang.get();
                let url = permanent_url(&origin(), &links.base(), route, lang);
                iframe_code(&url, title.text(lang), width, height)
            }
            None => {
                let title = document_title();
                let title = title.split(" — ").next().unwrap_or_default().to_string();
                iframe_code(&current_address(), &title, width, height)
            }
        }
    });
    let size_name = move |index: usize| match index {
        0 => t_string!(i18n, share.size_small).to_string(),
        1 => t_string!(i18n, share.size_medium).to_string(),
        _ => t_string!(i18n, share.size_large).to_string(),
    };
    view! {
        <div class="embed-box">
            <button type="button" class="button share-control embed-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {t!(i18n, share.embed)}
            </button>
            <section id=panel_id class="share-panel embed-panel" hidden=move || !open.get()
                aria-label=move || t_string!(i18n, share.embed_title)>
                <p class="share-panel-intro">{t!(i18n, share.embed_intro)}</p>
                <label class="embed-size">
                    {t!(i18n, share.size)}
                    <select on:change=move |ev| size.set(event_target_value(&ev).parse().unwrap_or(1))>
                        {(0..SIZES.len()).map(|i| view! {
                            <option value=i.to_string() selected=i == 1>{move || size_name(i)}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label for=code_id.clone()>{t!(i18n, share.code)}</label>
                <textarea id=code_id.clone() class="cite-text" readonly=true rows="4"
                    prop:value=move || if open.get() { code.get() } else { String::new() }></textarea>
                <CopyButton text=code field_id=code_id/>
            </section>
        </div>
    }
}
