use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::attract::{featured, Featured};
use exhibit_model::format::format_quantity;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Seconds each slide stays.
const SLIDE_SECONDS: u64 = 8;

/// The kiosk's screen while nobody is using it: one event, gallery item or figure at a time,
/// in the current language, changing every few seconds (a fade only where motion is welcome).
/// Any touch, click or key calls `on_wake`.
#[component]
pub fn AttractScreen(loaded: SharedLoaded, on_wake: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let slides = featured(&loaded.exhibit);
    let count = slides.len().max(1);
    let index = RwSignal::new(0usize);
    if let Ok(timer) = set_interval_with_handle(
        move || index.update(|i| *i = (*i + 1) % count),
        Duration::from_secs(SLIDE_SECONDS),
    ) {
        on_cleanup(move || timer.clear());
    }
    let overlay = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = overlay.get() {
            let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    let slide = move || {
        let lang = lang.get();
        let Some(current) = slides.get(index.get()).copied() else {
            return view! { <div class="attract-slide"></div> }.into_any();
        };
        let ex = &loaded.exhibit;
        let (kicker, title, detail, text) = match current {
            Featured::Event(i) => {
                let e = &ex.events.entries[i];
                (
                    t_string!(i18n, kiosk.slide_event).to_string(),
                    e.title.text(lang).to_string(),
                    e.date.format(lang),
                    e.summary.text(lang).to_string(),
                )
            }
            Featured::Gallery(i) => {
                let g = &ex.gallery.entries[i];
                (
                    t_string!(i18n, kiosk.slide_gallery).to_string(),
                    g.title.text(lang).to_string(),
                    g.date.map(|d| d.format(lang)).unwrap_or_default(),
                    g.caption.text(lang).to_string(),
                )
            }
            Featured::Figure(i) => {
                let f = &ex.figures.entries[i];
                (
                    t_string!(i18n, kiosk.slide_figure).to_string(),
                    format_quantity(f, lang),
                    f.label.text(lang).to_string(),
                    f.scope.text(lang).to_string(),
                )
            }
        };
        view! {
            <div class="attract-slide">
                <p class="attract-kicker">{kicker}</p>
                <h2 class="attract-title">{title}</h2>
                <p class="attract-detail">{detail}</p>
                <p class="attract-text">{text}</p>
            </div>
        }
        .into_any()
    };
    let wake = move || on_wake.run(());
    view! {
        <div
            class="attract"
            role="dialog"
            aria-modal="true"
            aria-label=move || t_string!(i18n, kiosk.attract_label)
            tabindex="-1"
            node_ref=overlay
            on:pointerdown=move |_| wake()
            on:keydown=move |_| wake()
        >
            <p class="attract-site">{t!(i18n, site.title)}</p>
            {slide}
            <p class="attract-touch">{t!(i18n, kiosk.touch)}</p>
        </div>
    }
}
